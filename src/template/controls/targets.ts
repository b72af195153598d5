import type { Layout } from "../layout";
import type { CellSpec, SheetModel } from "../model";

/**
 * Which cells the control tables on Revision cover: the results a reader sees and the inputs, and
 * the two rectangles (Uppföljning's lines year by year, Poster's lines) that are checked as grids,
 * one row of the grid per row of the sheet, instead of one row per cell.
 */

export interface Target {
  sheet: SheetModel;
  row: number;
  col: number;
  spec: CellSpec;
}

/** A rectangle of a sheet checked as a grid (rows and columns 1-based, inclusive). */
export interface GridArea {
  sheet: SheetModel;
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  /** The columns whose values are compared by their sum over the row (numbers); the others one by one. */
  sum?: { first: number; last: number };
  /** What the grid is, for its title on Revision. */
  title: string;
}

/** The sheets whose formula cells are results a reader sees (on Poster: an amount from a unit cost; Revision checks). */
const RESULT_SHEETS = new Set<SheetModel["key"]>([
  "statement",
  "lines",
  "projection",
  "sensitivity",
  "repayment",
  "compensation",
  "followup",
  "assumptions",
]);

export const inArea = (a: GridArea | undefined, s: SheetModel, row: number, col: number): boolean =>
  a !== undefined && a.sheet === s && row >= a.firstRow && row <= a.lastRow && col >= a.firstCol && col <= a.lastCol;

/** Uppföljning's line rows (the label and every year): checked as a grid. */
export function resultGrid(sheets: SheetModel[], L: Layout): GridArea | undefined {
  const s = sheets.find((x) => x.key === "followup");
  const F = L.followup;
  if (!s || F.lastLine < F.firstLine) return undefined;
  return {
    sheet: s,
    firstRow: F.firstLine,
    lastRow: F.lastLine,
    firstCol: 1,
    // the years, and right of them each line's sign and amount (compared one by one)
    lastCol: F.followsCol,
    sum: { first: F.years.first, last: F.years.last },
    title: `${s.name}, posterna år för år: samma formler räknade här, en rad per post`,
  };
}

/** Poster's lines and the spare rows under them (every column of the line table): checked as a grid. */
export function inputGrid(sheets: SheetModel[], L: Layout): GridArea | undefined {
  const s = sheets.find((x) => x.key === "lines");
  const P = L.lines;
  if (!s) return undefined;
  return {
    sheet: s,
    firstRow: P.firstRow,
    lastRow: P.lastInputRow,
    firstCol: 1,
    lastCol: P.col.source,
    title: `${s.name}, posterna som de var när boken skapades (och reservraderna, tomma), en rad per rad`,
  };
}

/** Prognos's line rows are computed per year from Poster (checked through the totals); its input checks are checks. */
function isShownResult(s: SheetModel, L: Layout, row: number, col: number): boolean {
  if (s.key !== "projection") return true;
  const X = L.projection;
  if (col === X.checkCol.problem || col === X.checkCol.first) return false;
  return row < X.firstLine || row > X.lastLine || col === X.col.presentValue;
}

function targets(sheets: SheetModel[], pick: (s: SheetModel, spec: CellSpec, r: number, c: number) => boolean) {
  const out: Target[] = [];
  for (const s of sheets)
    s.cells.forEach((cells, r) =>
      cells.forEach((spec, c) => {
        if (spec && pick(s, spec, r + 1, c + 1)) out.push({ sheet: s, row: r + 1, col: c + 1, spec });
      }),
    );
  return out;
}

/** The results checked one by one: every formula of the result sheets outside the grid, except the status itself. */
export function resultTargets(sheets: SheetModel[], L: Layout, grid: GridArea | undefined): Target[] {
  const status = L.name("Revision_Status");
  return targets(
    sheets.filter((s) => RESULT_SHEETS.has(s.key)),
    // the status shown on the first page is the outcome of these tables, not a result
    (s, spec, r, c) =>
      spec.f !== undefined &&
      !spec.error &&
      !spec.f.includes(status) &&
      isShownResult(s, L, r, c) &&
      !inArea(grid, s, r, c),
  );
}

/** The inputs checked one by one: every input cell outside the grid (on Poster every constant under the header). */
export function inputTargets(sheets: SheetModel[], L: Layout, grid: GridArea | undefined): Target[] {
  const P = L.lines;
  return targets(sheets, (s, spec, r, c) => {
    if (spec.f !== undefined || inArea(grid, s, r, c)) return false;
    if (s.key === "lines") return r >= P.firstRow && spec.style !== "note";
    return spec.style === "input";
  });
}
