import type { CellSpec, CellStyle, PrintSpec, Scalar, SheetModel } from "./model";

/**
 * Printing legibly: every label whole. A text is cut where the cell to its right is filled (or at
 * a sheet's last repeated label column, which prints beside every block of years), a number
 * shows "####" where its column is too narrow; the columns are widened to the longest text or
 * number in them (counted in characters, bold a little wider). Excel's column width is in
 * characters of the default font, so a count of characters is a fair, slightly generous measure.
 */

/** Column number of letters: "A" → 1, "AF" → 32. */
const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The widest a column grows for a label (a longer text is a paragraph, left to overflow). */
export const MAX_LABEL_WIDTH = 60;

/** Width Excel's default default font needs for a text of n characters in a style (plus padding). */
export function textWidth(text: string, style?: CellStyle): number {
  const bold = style === "header" || style === "total" || style === "check" || style === "title";
  return Math.ceil(text.length * (bold ? 1.1 : 1) + 1);
}

/** Width of a number as shown: a digit is one unit of Excel's width, a space half of one (plus padding). */
export function numberWidth(shown: string, style?: CellStyle): number {
  const bold = style === "header" || style === "total" || style === "check";
  const spaces = shown.split(" ").length - 1;
  return Math.ceil((shown.length - spaces / 2) * (bold ? 1.08 : 1) + 1);
}

/** A number as its format shows it, near enough to count its characters: "-22 743 000 kr", "20,8%". */
export function formattedNumber(n: number, fmt?: string): string {
  if (!fmt || fmt === "General") return String(Number(n.toPrecision(10)));
  const section = fmt.split(";")[n < 0 && fmt.includes(";") ? 1 : 0] ?? fmt;
  const decimals = (/\.(0+)/.exec(section)?.[1] ?? "").length;
  const percent = section.includes("%");
  const grouped = section.includes(",");
  const shown = (percent ? n * 100 : Math.abs(n)).toFixed(decimals);
  const [int, frac] = shown.replace("-", "").split(".");
  const digits = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, " ") : int;
  const suffix = (/"([^"]*)"/.exec(section)?.[1] ?? "") + (percent ? "%" : "");
  const sign = n < 0 && (!fmt.includes(";") || section.includes("-")) ? "-" : "";
  return `${sign}${digits}${frac ? `,${frac}` : ""}${suffix ? ` ${suffix}`.replace(" %", "%") : ""}`;
}

/** What a cell shows: its text or number as formatted (a formula by its cached value), or nothing. */
export function shownText(cell: CellSpec | null): string | undefined {
  if (!cell) return undefined;
  const v: Scalar | undefined = cell.f !== undefined ? cell.cached : cell.v;
  if (cell.error || v === undefined || v === "" || typeof v === "boolean") return undefined;
  if (typeof v === "number") return formattedNumber(v, cell.fmt);
  return v;
}

/** The characters a number format adds to the digits at most: decimals, its unit, sign, percent and grouping. */
const formatExtra = new Map<string, number>();
function extraOf(fmt = "General"): number {
  let x = formatExtra.get(fmt);
  if (x === undefined) {
    const decimals = Math.max(0, ...fmt.split(";").map((sec) => (/\.(0+)/.exec(sec)?.[1] ?? "").length));
    const suffix = Math.max(0, ...fmt.split(";").map((sec) => (/"([^"]*)"/.exec(sec)?.[1] ?? "").length));
    // General shows up to ten significant digits
    x = fmt === "General" ? 12 : decimals + 1 + suffix + 1 + 2;
    formatExtra.set(fmt, x);
  }
  return x;
}

/**
 * A number that fits its column whatever its format does with it (a bound, so that the 100 000
 * numbers of a large workbook are not each formatted to be measured): its integer digits with
 * their group spaces, plus everything the format can add, bold and padded.
 */
function numberFits(cell: CellSpec, has: number): boolean {
  const v = (cell.f !== undefined ? cell.cached : cell.v) as number;
  const a = Math.abs(v) * (cell.fmt?.includes("%") ? 100 : 1);
  if (!Number.isFinite(a) || a >= 1e15) return false;
  const digits = a < 1 ? 1 : Math.floor(Math.log10(a)) + 1;
  const upper = (digits + Math.floor((digits - 1) / 3) + extraOf(cell.fmt)) * 1.1 + 1;
  return Math.ceil(upper) <= has;
}

const filled = (cell: CellSpec | null | undefined) =>
  !!cell && (cell.f !== undefined || (cell.v !== undefined && cell.v !== ""));

/** The last column (1-based) repeated at the left of every printed page, e.g. "A:C" → 3. */
export function lastTitleColumn(sheet: SheetModel): number | undefined {
  const m = /:([A-Z]+)$/.exec(sheet.print?.titleCols ?? "");
  return m ? colNumber(m[1]) : undefined;
}

/**
 * Whether a cell (1-based row and column) prints: in the sheet's print area (every cell when it
 * has none), or in a repeated label column beside a row of it.
 */
export function printedCell(sheet: SheetModel): (row: number, col: number) => boolean {
  const titles = lastTitleColumn(sheet) ?? 0;
  const areas = (sheet.print?.area ?? "").split(",").filter(Boolean);
  const boxes = areas.map((a) => {
    const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(a.trim());
    if (!m) throw new Error(`Utskriftsområdet ${a} förstås inte`);
    return { c1: colNumber(m[1]), r1: Number(m[2]), c2: colNumber(m[3]), r2: Number(m[4]) };
  });
  return (row, col) =>
    !boxes.length || boxes.some((b) => row >= b.r1 && row <= b.r2 && ((col >= b.c1 && col <= b.c2) || col <= titles));
}

/** A cell that would print cut: its text and the width it needs, where it would be cut. */
export interface CutCell {
  row: number;
  col: number;
  text: string;
  needs: number;
  has: number;
}

/** The width of column `col` (1-based) on a sheet: the model's, or Excel's default 8.43. */
export const columnWidth = (sheet: SheetModel, col: number) => sheet.columnWidths[col - 1] ?? 8.43;

/**
 * Cells whose text or number does not fit its column: a text with a filled cell to its right (or
 * in the last repeated column), a number anywhere. Titles, subtitles and notes overflow freely;
 * a text longer than MAX_LABEL_WIDTH is a sentence, not a label.
 */
export function cutCells(sheet: SheetModel): CutCell[] {
  const cut: CutCell[] = [];
  const lastTitle = lastTitleColumn(sheet);
  const inArea = printedCell(sheet);
  const wraps = new Set(sheet.wrapColumns ?? []);
  const merged = new Set((sheet.merges ?? []).map((m) => `${m.row}:${m.col}`));
  sheet.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!cell) return;
      const isNumber = typeof (cell.f !== undefined ? cell.cached : cell.v) === "number";
      if (!isNumber) {
        if (cell.style === "title" || cell.style === "subtitle" || cell.style === "note") return;
        // a wrapped text is never cut: its row is made taller (wrappedRows)
        if (wraps.has(c + 1) || merged.has(`${r + 1}:${c + 1}`)) return;
        if (!filled(cells[c + 1]) && c + 1 !== lastTitle) return;
      }
      // outside the printed range nothing is measured (Revision's control tables: 100 000 cells)
      if (!inArea(r + 1, c + 1)) return;
      const has = columnWidth(sheet, c + 1);
      if (isNumber && numberFits(cell, has)) return;
      const text = shownText(cell);
      if (text === undefined) return;
      const needs = isNumber ? numberWidth(text, cell.style) : textWidth(text, cell.style);
      if (needs > has && (isNumber || needs <= MAX_LABEL_WIDTH)) cut.push({ row: r + 1, col: c + 1, text, needs, has });
    }),
  );
  return cut;
}

/** The sheet with every column at least as wide as its cut cells need (print scales are unchanged). */
export function fitColumns(sheet: SheetModel): SheetModel {
  const cut = cutCells(sheet);
  if (!cut.length) return sheet;
  const widths = [...sheet.columnWidths];
  for (const { col, needs } of cut) {
    while (widths.length < col) widths.push(8.43);
    widths[col - 1] = Math.max(widths[col - 1], needs);
  }
  return { ...sheet, columnWidths: widths };
}

/** Printable width and height of landscape A4 with the renderers' margins (0.5" sides, 0.75" top and bottom), in points. */
const LANDSCAPE = { width: (11.69 - 1) * 72, height: (8.27 - 1.5) * 72 };

/** Years in one printed block at most (ten years side by side, then the next ten). */
export const YEARS_PER_PAGE = 10;

/**
 * The printed width of a column in points. Excel's w characters are 7w + 5 pixels at 96 dpi
 * (5.25w + 3.75 points); LibreOffice prints them wider, about 7 points a character (measured on
 * its PDF of Prognos): the wider measure, so that a block fits in both.
 */
const columnPoints = (sheet: SheetModel, col: number) => columnWidth(sheet, col) * 7;

const sumPoints = (sheet: SheetModel, from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_x, i) => columnPoints(sheet, from + i)).reduce(
    (a, b) => a + b,
    0,
  );

/**
 * The scale and column breaks of a sheet with its years in blocks: the columns before the years
 * on their own pages, then blocks of up to YEARS_PER_PAGE years (the columns after the years with
 * the last block) beside the repeated label columns, at the largest scale at which the widest
 * block fits a landscape page.
 */
export function yearPages(
  sheet: SheetModel,
  years: { first: number; last: number; through: number },
): Partial<PrintSpec> {
  const titles = lastTitleColumn(sheet) ?? 0;
  const lastCol = years.through;
  const count = years.last - years.first + 1;
  const k = Math.min(count, YEARS_PER_PAGE);
  const blocks: number[] = [];
  for (let col = years.first; col <= years.last; col += k) blocks.push(col);
  // columns between the labels and the years (a line's fields) print on pages of their own
  const fields = years.first - 1 > titles;
  const widths = [fields ? sumPoints(sheet, 1, years.first - 1) : 0];
  blocks.forEach((col, i) => {
    const end = i === blocks.length - 1 ? lastCol : col + k - 1;
    widths.push(sumPoints(sheet, 1, titles) + sumPoints(sheet, col, end));
  });
  // three per cent to spare
  const scale = Math.min(100, Math.floor((0.97 * LANDSCAPE.width * 100) / Math.max(...widths)));
  return { scale, colBreaks: fields ? blocks : blocks.slice(1), fitToWidth: false };
}

/** Height of one line of text in points: Excel's default row (Calibri 11), a title's 14 points. */
export const LINE_POINTS = 15;
const TITLE_LINE_POINTS = 19;

/**
 * The lines a text takes wrapped at a column `width` characters wide: words kept whole (a word
 * longer than a line is broken), a line break in the text kept. A unit of Excel's width is the
 * digit 0; an average letter is narrower (about 1.24 letters a unit in LibreOffice's PDF of
 * Antaganden): 1.1 a unit, less its padding, so a row is a little taller than it needs rather
 * than cut.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * 1.1 - 1));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const len = word.length;
      if (used === 0) used = len;
      else if (used + 1 + len <= room) used += 1 + len;
      else {
        lines++;
        used = len;
      }
      while (used > room) {
        lines++;
        used -= room;
      }
    }
  }
  return lines;
}

/**
 * The rows a sheet's wrapped columns and merged cells make taller: the most lines any wrapped
 * text of the row takes at its column's width (a merged cell's columns together), times the
 * height of a line. Rows of one line keep Excel's height.
 */
export function wrappedRows(sheet: SheetModel): { row: number; points: number }[] {
  const cols = sheet.wrapColumns ?? [];
  const spans = new Map<number, { col: number; cols: number }[]>();
  for (const m of sheet.merges ?? []) spans.set(m.row, [...(spans.get(m.row) ?? []), m]);
  if (!cols.length && !spans.size) return [];
  const out: { row: number; points: number }[] = [];
  sheet.cells.forEach((cells, r) => {
    let points = 0;
    const wrapped = [...cols.map((col) => ({ col, cols: 1 })), ...(spans.get(r + 1) ?? [])];
    for (const { col, cols: n } of wrapped) {
      const cell = cells[col - 1] ?? null;
      const text = shownText(cell);
      if (text === undefined || typeof (cell!.f !== undefined ? cell!.cached : cell!.v) !== "string") continue;
      const line = cell!.style === "title" ? TITLE_LINE_POINTS : LINE_POINTS;
      let width = 0;
      for (let i = 0; i < n; i++) width += columnWidth(sheet, col + i);
      points = Math.max(points, wrappedLines(text, width) * line);
    }
    if (points > LINE_POINTS) out.push({ row: r + 1, points });
  });
  return out;
}

/**
 * A sheet ready to print legibly: every label and number whole (fitColumns), its wrapped texts'
 * rows as tall as they need (wrappedRows), and a sheet with blocks of years given its scale and
 * breaks from the widths it ends up with.
 */
export function printLegibly(sheet: SheetModel): SheetModel {
  const fitted = fitColumns(sheet);
  const tall = wrappedRows(fitted);
  const sized = tall.length ? { ...fitted, rowHeights: tall } : fitted;
  const p = sized.print;
  if (!p?.yearBlocks) return sized;
  return { ...sized, print: { ...p, ...yearPages(sized, p.yearBlocks) } };
}
