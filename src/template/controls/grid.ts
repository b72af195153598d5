import { FMT, Fx, N, T, addr, colName, colRange, line, quoteSheet, type Block } from "../cells";
import type { CellSpec } from "../model";
import { again } from "./qualify";
import type { GridArea } from "./targets";

/**
 * A rectangle of a sheet checked on Revision as a grid of the same shape, one row of the grid per
 * row of the sheet:
 *
 * - **results** (Uppföljning's lines year by year): every formula computed again here; the row is
 *   flagged when a text cell differs, or the sum of its numbers or how many they are (a constant
 *   typed over one changes the sum, a text typed over one the count);
 * - **inputs** (Poster's lines): every input as it was when the book was made; the row is flagged
 *   when its cells joined now ("Nu") differ from its cells joined then.
 *
 * Over the grid: the first flagged row, and that row compared cell by cell, so the status names the
 * cell ("Uppföljning!E14", "Poster!G2") without a comparison per cell of the whole grid.
 */

export interface GridPart {
  blocks: Block[];
  /** The row after the grid. */
  end: number;
  /** Formula: the number of flagged rows. */
  count: string;
  /** Formula: the first flagged cell's name, "" when none. */
  first: string;
}

const SEP = `&"|"&`;

interface Frame {
  kind: "results" | "inputs";
  area: GridArea;
  top: number;
  /** Columns before the data: Rad, Avviker (and Nu). */
  meta: number;
  firstData: number;
  lastData: number;
}

const rowOf = (F: Frame, r: number) => F.top + 4 + (r - F.area.firstRow);
const colOf = (F: Frame, c: number) => F.meta + 1 + (c - F.area.firstCol);
const specAt = (F: Frame, r: number, c: number): CellSpec | null => F.area.sheet.cells[r - 1]?.[c - 1] ?? null;
const src = (F: Frame, ref: string) => `${quoteSheet(F.area.sheet.name)}!${ref}`;

/** The columns of the grid that are checked: results where a formula is, inputs every column. */
function columns(F: Frame): number[] {
  const out: number[] = [];
  for (let c = F.area.firstCol; c <= F.area.lastCol; c++) {
    if (F.kind === "inputs") out.push(c);
    else
      for (let r = F.area.firstRow; r <= F.area.lastRow; r++)
        if (specAt(F, r, c)?.f !== undefined) {
          out.push(c);
          break;
        }
  }
  return out;
}

/** One row of a results grid: each formula again, and the flag. */
function resultRow(F: Frame, r: number, cols: number[]): Block {
  const at = rowOf(F, r);
  const cells: (CellSpec | null)[] = [N(r, FMT.int), null];
  const compare: string[] = [];
  for (const c of cols) {
    const spec = specAt(F, r, c);
    cells[colOf(F, c) - 1] = spec?.f === undefined ? null : again(spec, F.area.sheet.name, r, c);
    const sum = F.area.sum;
    if (spec?.f !== undefined && !(sum && c >= sum.first && c <= sum.last))
      compare.push(`IFERROR(${src(F, addr(r, c))},"#")=IFERROR(${addr(at, colOf(F, c))},"#")`);
  }
  const sum = F.area.sum;
  if (sum) {
    const span = (row: number, a: number, b: number) => `${addr(row, a)}:${addr(row, b)}`;
    const shown = `SUM(${src(F, span(r, sum.first, sum.last))})`;
    const again = `SUM(${span(at, colOf(F, sum.first), colOf(F, sum.last))})`;
    compare.push(`IFERROR(${shown},"#")=IFERROR(${again},"#")`);
    // a text typed over a number is left out of the sum: the count of numbers tells it (over a 0 too)
    const numbers = (r: string) => `COUNTIF(${r},">-1E+300")`;
    compare.push(
      `${numbers(src(F, span(r, sum.first, sum.last)))}=${numbers(span(at, colOf(F, sum.first), colOf(F, sum.last)))}`,
    );
  }
  cells[1] = Fx(`=IF(AND(${compare.join(",")}),0,1)`, FMT.int);
  return line(at, 1, cells);
}

/** One row of an inputs grid: its cells then, joined now and then, and the flag. */
function inputRow(F: Frame, r: number, cols: number[]): Block {
  const at = rowOf(F, r);
  const cells: (CellSpec | null)[] = [N(r, FMT.int), null, null];
  const now: string[] = [];
  const then: string[] = [];
  for (const c of cols) {
    const spec = specAt(F, r, c);
    const here = colOf(F, c);
    if (spec?.f !== undefined) {
      // a formula on Poster (an amount from a unit cost) is a result, checked with the results: shown as it is now
      cells[here - 1] = Fx(`=${src(F, addr(r, c))}`, spec.fmt, "note");
      continue;
    }
    const v = spec?.v;
    cells[here - 1] = v === undefined || v === "" ? null : typeof v === "number" ? N(v, spec?.fmt) : T(String(v));
    now.push(src(F, addr(r, c)));
    then.push(addr(at, here));
  }
  cells[2] = Fx(`=${now.join(SEP)}`);
  cells[1] = Fx(`=IF(${addr(at, 3)}=${then.join(SEP)},0,1)`, FMT.int);
  return line(at, 1, cells);
}

/** The grid's head: title, the first flagged row, that row cell by cell, the column letters. */
function head(F: Frame, cols: number[]): Block[] {
  const { area, top } = F;
  const [d1, dn] = [rowOf(F, area.firstRow), rowOf(F, area.lastRow)];
  const k = addr(top + 1, 2, true);
  const helper: (CellSpec | null)[] = [T("Den raden cell för cell (1 = avviker)", "label")];
  const letters: (CellSpec | null)[] = ["Rad", F.kind === "results" ? "Avviker" : "Ändrad"].map((h) => T(h, "header"));
  if (F.kind === "inputs") letters.push(T("Nu (cellerna i följd)", "header"));
  for (const c of cols) {
    const here = colOf(F, c);
    const shown = `INDEX(${src(F, colRange(c, area.firstRow, area.lastRow))},${k})`;
    const again = `INDEX(${colRange(here, d1, dn)},${k})`;
    const same = F.kind === "inputs" ? `${shown}&""=${again}&""` : `IFERROR(${shown},"#")=IFERROR(${again},"#")`;
    helper[here - 1] = Fx(`=IF(${k}=0,0,IF(${same},0,1))`, FMT.int);
    letters[here - 1] = T(colName(c), "header");
  }
  return [
    line(top, 1, [T(area.title, "header")]),
    line(top + 1, 1, [
      T("Första avvikande rad i rutnätet (0 = ingen)", "label"),
      Fx(`=IFERROR(MATCH(1,${colRange(2, d1, dn)},0),0)`, FMT.int),
    ]),
    line(top + 2, 1, helper),
    line(top + 3, 1, letters),
  ];
}

/** The grid for an area of results or inputs, from row `top` on Revision. */
export function gridPart(kind: Frame["kind"], area: GridArea, top: number): GridPart {
  const meta = kind === "results" ? 2 : 3;
  const F: Frame = { kind, area, top, meta, firstData: meta + 1, lastData: meta + area.lastCol - area.firstCol + 1 };
  const cols = columns(F);
  const rows: Block[] = [];
  for (let r = area.firstRow; r <= area.lastRow; r++)
    rows.push(kind === "results" ? resultRow(F, r, cols) : inputRow(F, r, cols));
  const [d1, dn] = [rowOf(F, area.firstRow), rowOf(F, area.lastRow)];
  const k = addr(top + 1, 2, true);
  const letters = `${addr(top + 3, F.firstData, true)}:${addr(top + 3, F.lastData, true)}`;
  const helper = `${addr(top + 2, F.firstData, true)}:${addr(top + 2, F.lastData, true)}`;
  const name = `"${area.sheet.name.replace(/"/g, '""')}!"`;
  const fallback = `"${colName(area.firstCol)}"`;
  return {
    blocks: [...head(F, cols), ...rows],
    end: dn + 1,
    count: `=SUM(${colRange(2, d1, dn)})`,
    first: `=IF(${k}=0,"",${name}&IFERROR(INDEX(${letters},MATCH(1,${helper},0)),${fallback})&INDEX(${colRange(1, d1, dn)},${k}))`,
  };
}
