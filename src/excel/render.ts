import type { Case } from "../engine";
import { buildWorkbook, definedNames, sheetNames, nameSuffix, type BuildOptions } from "../template";
import type { CellSpec, CellStyle, SheetModel, WorkbookModel } from "../template/model";
import { colName } from "../template/cells";
import { swedishOfficeError } from "./errors";

/**
 * Writes the workbook model into the open workbook with Office.js: whole 2-D blocks per sheet,
 * two context.sync() calls whatever the number of lines (one to see which sheet and name names
 * are taken, one to write), never touching a user's sheet: when a name is taken the new
 * sheets and names get a version suffix such as " (2)" and "_2". If the write fails, the new
 * sheets and names are removed again (two more syncs, only then).
 */

export interface RenderResult {
  version: number;
  sheets: string[];
  syncs: number;
}

export class RenderError extends Error {
  readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    this.name = "RenderError";
    this.cause = cause;
  }
}

const FILL: Partial<Record<CellStyle, string>> = { header: "#DCEBF0", input: "#FFF6D5" };
const BOLD: Partial<Record<CellStyle, boolean>> = { title: true, header: true, total: true, check: true };
const ITALIC: Partial<Record<CellStyle, boolean>> = { subtitle: true, note: true };
const COLOR: Partial<Record<CellStyle, string>> = { title: "#105E7A", subtitle: "#555555", note: "#666666" };

/** Chooses the lowest version whose sheet names, defined names and table name are all free. */
export function chooseVersion(c: Case, takenSheets: string[], takenNames: string[], takenTables: string[]): number {
  const sheets = new Set(takenSheets.map((s) => s.toLowerCase()));
  const names = new Set([...takenNames, ...takenTables].map((s) => s.toLowerCase()));
  for (let v = 1; v < 1000; v++) {
    const free =
      Object.values(sheetNames(v)).every((s) => !sheets.has(s.toLowerCase())) &&
      definedNames(c, v).every((n) => !names.has(n.toLowerCase())) &&
      !names.has(`poster${nameSuffix(v)}`.toLowerCase());
    if (free) return v;
  }
  throw new RenderError("Arbetsboken har redan 999 versioner av kalkylen.", null);
}

/**
 * Nothing of the user's is overwritten: a sheet or name the model would create that the workbook
 * already has (e.g. the sheets of an earlier comparison, which carry no version) stops the write.
 */
export function refuseOverwrite(model: WorkbookModel, takenSheets: string[], takenNames: string[]): void {
  const sheets = new Set(takenSheets.map((s) => s.toLowerCase()));
  const names = new Set(takenNames.map((s) => s.toLowerCase()));
  const sheet = model.sheets.find((s) => sheets.has(s.name.toLowerCase()));
  if (sheet)
    throw new RenderError(
      `Arbetsboken har redan ett blad som heter ${sheet.name}; ta bort det (t.ex. en tidigare jämförelse) eller skapa i en ny arbetsbok.`,
      null,
    );
  const name = model.names.find((n) => names.has(n.name.toLowerCase()));
  if (name)
    throw new RenderError(
      `Arbetsboken har redan namnet ${name.name}; ta bort det (t.ex. en tidigare jämförelse) eller skapa i en ny arbetsbok.`,
      null,
    );
}

/**
 * Rectangles of equal style: contiguous runs in a row, merged with the same run on the rows
 * below, so that a styled column over many lines costs one API call: [row, col, rows, cols, style].
 */
export function styleBlocks(cells: (CellSpec | null)[][]): [number, number, number, number, CellStyle][] {
  const runs: [number, number, number, CellStyle][] = [];
  cells.forEach((row, r) => {
    let start = -1;
    let cur: CellStyle | undefined;
    for (let c = 0; c <= row.length; c++) {
      const s = c < row.length ? row[c]?.style : undefined;
      if (s !== cur) {
        if (cur !== undefined) runs.push([r, start, c - 1, cur]);
        cur = s;
        start = c;
      }
    }
  });
  const open = new Map<string, [number, number, number, number, CellStyle]>();
  const blocks: [number, number, number, number, CellStyle][] = [];
  for (const [r, c0, c1, style] of runs) {
    const key = `${c0}:${c1}:${style}`;
    const b = open.get(key);
    if (b && b[0] + b[2] === r) b[2]++;
    else {
      const nb: [number, number, number, number, CellStyle] = [r, c0, 1, c1 - c0 + 1, style];
      blocks.push(nb);
      open.set(key, nb);
    }
  }
  return blocks;
}

/** A4 as the .xlsx: orientation, fit to width, repeated titles, the printed range, header and footer. */
function pageSetup(ws: Excel.Worksheet, sheet: SheetModel, hf: WorkbookModel["headerFooter"]): void {
  const p = sheet.print ?? { landscape: true, fitToWidth: true };
  const layout = ws.pageLayout;
  layout.orientation = (p.landscape ? "Landscape" : "Portrait") as Excel.PageOrientation;
  if (p.scale) layout.zoom = { scale: p.scale };
  else if (p.fitToWidth) layout.zoom = { horizontalFitToPages: p.pagesWide ?? 1, verticalFitToPages: p.pagesTall ?? 0 };
  if (p.pageOrder)
    layout.printOrder = (p.pageOrder === "downThenOver" ? "DownThenOver" : "OverThenDown") as Excel.PrintOrder;
  for (const col of p.colBreaks ?? []) ws.verticalPageBreaks.add(`${colName(col)}1`);
  for (const row of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${row}`);
  const abs = (ref: string) => ref.replace(/([A-Z]+|\d+)/g, "$$$1");
  if (p.titleRows) layout.setPrintTitleRows(abs(p.titleRows));
  if (p.titleCols) layout.setPrintTitleColumns(abs(p.titleCols));
  if (p.area) layout.setPrintArea(p.area);
  const all = layout.headersFooters.defaultForAllPages;
  [all.leftHeader, all.centerHeader, all.rightHeader] = hf.header;
  [all.leftFooter, all.centerFooter, all.rightFooter] = hf.footer;
}

/**
 * Wrapped columns and merged cells as the .xlsx has them: their texts wrapped at the top, and the
 * rows made taller for them (printLegibly's heights, a block of consecutive rows of one height at
 * a time) with their other cells at the top.
 */
function wrapTexts(ws: Excel.Worksheet, sheet: SheetModel): void {
  for (const col of sheet.wrapColumns ?? []) {
    const fmt = ws.getRange(`${colName(col)}:${colName(col)}`).format;
    fmt.wrapText = true;
    fmt.verticalAlignment = "Top" as Excel.VerticalAlignment;
  }
  for (const m of sheet.merges ?? []) {
    const range = ws.getRangeByIndexes(m.row - 1, m.col - 1, 1, m.cols);
    range.merge(false);
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
  }
  const tall = [...(sheet.rowHeights ?? [])].sort((a, b) => a.row - b.row);
  for (let i = 0; i < tall.length;) {
    let j = i;
    while (j + 1 < tall.length && tall[j + 1].row === tall[j].row + 1 && tall[j + 1].points === tall[i].points) j++;
    const fmt = ws.getRange(`${tall[i].row}:${tall[j].row}`).format;
    fmt.rowHeight = tall[i].points;
    fmt.verticalAlignment = "Top" as Excel.VerticalAlignment;
    i = j + 1;
  }
}

/** Helper rows hidden and grouped (the outline's "+" shows them), a block of consecutive rows at a time. */
function hideRows(ws: Excel.Worksheet, rows: number[]): void {
  const sorted = [...rows].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const range = ws.getRange(`${sorted[i]}:${sorted[j]}`);
    range.group("ByRows" as Excel.GroupOption);
    range.rowHidden = true;
    i = j + 1;
  }
}

function writeSheet(
  context: Excel.RequestContext,
  sheet: SheetModel,
  ws: Excel.Worksheet,
  headerFooter: WorkbookModel["headerFooter"],
): void {
  const rows = sheet.cells.length;
  const cols = Math.max(1, ...sheet.cells.map((r) => r.length));
  if (rows > 0) {
    const range = ws.getRangeByIndexes(0, 0, rows, cols);
    range.formulas = sheet.cells.map((row) =>
      Array.from({ length: cols }, (_, c) => {
        const cell = row[c];
        return cell?.f ?? cell?.v ?? "";
      }),
    ) as unknown as string[][];
    range.numberFormat = sheet.cells.map((row) => Array.from({ length: cols }, (_, c) => row[c]?.fmt ?? "General"));
  }
  for (const [r, c0, rows, cols, style] of styleBlocks(sheet.cells)) {
    const fmt = ws.getRangeByIndexes(r, c0, rows, cols).format;
    if (BOLD[style]) fmt.font.bold = true;
    if (ITALIC[style]) fmt.font.italic = true;
    if (COLOR[style]) fmt.font.color = COLOR[style]!;
    if (FILL[style]) fmt.fill.color = FILL[style]!;
    if (style === "title") fmt.font.size = 14;
    if (style === "input" && sheet.protect) fmt.protection.locked = false;
  }
  sheet.columnWidths.forEach((w, i) => {
    ws.getRange(`${colName(i + 1)}:${colName(i + 1)}`).format.columnWidth = Math.round(w * 7);
  });
  wrapTexts(ws, sheet);
  for (const t of sheet.tables) {
    const table = ws.tables.add(`${t.ref}:${colName(t.columns.length)}${t.rows + 1}`, true);
    table.name = t.name;
    table.style = "TableStyleLight9";
  }
  for (const v of sheet.validations ?? []) {
    const r = v.rule;
    const dv = ws.getRange(v.ref).dataValidation;
    dv.rule =
      r.kind === "list"
        ? { list: { inCellDropDown: true, source: `=${r.source}` } }
        : { [r.kind]: { formula1: r.min, formula2: r.max, operator: "Between" } };
    dv.errorAlert = {
      title: v.title,
      message: v.message,
      showAlert: true,
      style: "Stop" as Excel.DataValidationAlertStyle,
    };
  }
  if (sheet.freeze) {
    const { rows, cols } = sheet.freeze;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (cols > 0) ws.freezePanes.freezeColumns(cols);
  }
  pageSetup(ws, sheet, headerFooter);
  hideRows(ws, sheet.hiddenRows ?? []);
  // no password (results and controls): unprotecting is visible, a result is not typed over by mistake
  if (sheet.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  for (const cf of sheet.conditionalFormats ?? []) {
    const custom = ws.getRange(cf.ref).conditionalFormats.add("Custom" as Excel.ConditionalFormatType).custom;
    custom.rule.formula = `=${cf.formula}`;
    custom.format.fill.color = "#F4B6B6";
    custom.format.font.color = "#9C0006";
    custom.format.font.bold = true;
  }
  for (const ch of sheet.charts) {
    const type = ch.type === "line" ? "Line" : "ColumnClustered";
    const chart = ws.charts.add(
      type as Excel.ChartType,
      ws.getRange(ch.series[0].values),
      "Rows" as Excel.ChartSeriesBy,
    );
    chart.title.text = ch.title;
    ch.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      if (i > 0) series.setValues(ws.getRange(s.values));
      series.setXAxisValues(ws.getRange(ch.categories));
    });
    chart.setPosition(
      `${colName(ch.at.col)}${ch.at.row}`,
      `${colName(ch.at.col + ch.at.cols)}${ch.at.row + ch.at.rows}`,
    );
  }
}

/** Writes the model; the context must be fresh. Returns the sheets written. */
async function writeModel(context: Excel.RequestContext, model: WorkbookModel): Promise<Map<string, Excel.Worksheet>> {
  context.application.suspendApiCalculationUntilNextSync();
  const byKey = new Map<string, Excel.Worksheet>();
  for (const sheet of model.sheets) {
    const ws = context.workbook.worksheets.add(sheet.name);
    byKey.set(sheet.key, ws);
    writeSheet(context, sheet, ws, model.headerFooter);
  }
  for (const n of model.names) {
    context.workbook.names.add(n.name, byKey.get(n.sheet)!.getRange(n.ref), n.comment);
  }
  byKey.get(model.activeSheet)?.activate();
  return byKey;
}

export async function renderCase(
  context: Excel.RequestContext,
  c: Case,
  opts: Omit<BuildOptions, "version"> & { onProgress?: (step: string) => void } = {},
): Promise<RenderResult> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const progress = opts.onProgress ?? (() => undefined);
  progress("Läser arbetsbokens blad och namn");
  const sheets = context.workbook.worksheets;
  const names = context.workbook.names;
  const tables = context.workbook.tables;
  sheets.load("items/name");
  names.load("items/name");
  tables.load("items/name");
  await sync();
  const version = chooseVersion(
    c,
    sheets.items.map((s) => s.name),
    names.items.map((n) => n.name),
    tables.items.map((t) => t.name),
  );
  const model = buildWorkbook(c, { ...opts, version });
  refuseOverwrite(
    model,
    sheets.items.map((s) => s.name),
    [...names.items.map((n) => n.name), ...tables.items.map((t) => t.name)],
  );
  progress(`Skriver ${model.sheets.length} blad`);
  try {
    await writeModel(context, model);
    await sync();
  } catch (e) {
    progress("Tar bort det som hann skrivas");
    try {
      const created = model.sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.name));
      const createdNames = model.names.map((n) => context.workbook.names.getItemOrNullObject(n.name));
      created.forEach((w) => w.load("isNullObject"));
      createdNames.forEach((n) => n.load("isNullObject"));
      await sync();
      createdNames.forEach((n) => {
        if (!n.isNullObject) n.delete();
      });
      created.forEach((w) => {
        if (!w.isNullObject) w.delete();
      });
      await sync();
    } catch {
      // the original error is what the user needs to see
    }
    throw new RenderError(swedishOfficeError(e), e);
  }
  progress("Klart");
  return { version, sheets: model.sheets.map((s) => s.name), syncs };
}
