import type { CellSpec, CellStyle, SheetModel, ValidationSpec } from "./model";

/**
 * The cell helpers of the template, written once: column letters and addresses, the three kinds
 * of cell (text, number, formula), the columns of the years, and the blocks a sheet is declared
 * with. A sheet module declares its blocks (a header row, a table, a row of years…) at the rows
 * the layout gives it; `sheet()` is the one place that turns blocks into a grid of cells.
 */

// ------------------------------------------------------------------ addresses

/** 1-based column number → letters: 1 → A, 27 → AA. */
export function colName(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Column letters → 1-based column number: A → 1, AA → 27 (case-insensitive). */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based row and column → "B7"; with abs, "$B$7". */
export function addr(row: number, col: number, abs = false): string {
  return abs ? `$${colName(col)}$${row}` : `${colName(col)}${row}`;
}

/** An absolute range in one column: "$B$18:$B$40". */
export function colRange(col: number, firstRow: number, lastRow: number): string {
  return `${addr(firstRow, col, true)}:${addr(lastRow, col, true)}`;
}

const quoted = new Map<string, string>();
/** A sheet name quoted for formulas: 'Resultaträkning (2)' (remembered: a workbook quotes its dozen names a million times). */
export function quoteSheet(name: string): string {
  let q = quoted.get(name);
  if (q === undefined) {
    q = `'${name.replace(/'/g, "''")}'`;
    if (quoted.size > 1000) quoted.clear();
    quoted.set(name, q);
  }
  return q;
}

/**
 * In a formula, the end (the index after the closing quote) of the quoted token — a text "…" or a
 * sheet name '…', the quote doubled inside — that starts at i; q is the quote's character code.
 * The one scanner of quoted tokens for the evaluator, the shared formulas and qualify.
 */
export function quotedEnd(f: string, i: number, q: number): number {
  let j = i + 1;
  while (j < f.length && !(f.charCodeAt(j) === q && f.charCodeAt(j + 1) !== q)) j += f.charCodeAt(j) === q ? 2 : 1;
  return j + 1;
}

/** A reference to another sheet: 'Poster'!$A$2. */
export function xref(sheet: string, ref: string): string {
  return `${quoteSheet(sheet)}!${ref}`;
}

// ------------------------------------------------------------------ cells

export const FMT = {
  kr: '#,##0 "kr"',
  krOre: '#,##0.00 "kr"',
  int: "0",
  count: "#,##0",
  /** Persons, which may be fractional (expected values): General shows 218 and 12,5 (never "218,"). */
  persons: "General",
  /** Persons as a prognosis, which shrinks by a factor each year: one decimal (93,9, not 93,86185178). */
  personsForecast: "#,##0.0",
  percent: "0.0%",
  ratio: "0.00",
  factor: "0.0000",
  text: "@",
} as const;

/** A text cell. */
export const T = (v: string, style?: CellStyle): CellSpec => (style ? { v, style } : { v });
/** A number cell. */
export const N = (v: number, fmt?: string, style?: CellStyle): CellSpec => ({ v, fmt, style });
/**
 * A formula cell (with its leading "="). The formula is flattened here: built by concatenation, it
 * is a rope of as many pieces as it was written in, and it lives as long as the workbook, so every
 * young-generation collection would copy every piece of every formula again (most of the time of
 * building a 1 000-line workbook, bench/README.md). Reading a character makes the engine copy the
 * rope into one string once, and the pieces die young.
 */
export const Fx = (f: string, fmt?: string, style?: CellStyle): CellSpec => {
  f.charCodeAt(0);
  return { f, fmt, style };
};
/** Text cells in the header style. */
export const headers = (labels: readonly string[]): CellSpec[] => labels.map((h) => T(h, "header"));

/** Excel's power written so that year 1 is 1 whatever the base: IF(t=1,1,(base)^(t-1)). */
export const powT = (base: string, tc: string): string => `IF(${tc}=1,1,(${base})^(${tc}-1))`;

/** A number rule on input cells: a whole or decimal number from min to max, with a Swedish message. */
export const numberRule = (
  ref: string,
  kind: "whole" | "decimal",
  min: number,
  max: number,
  title: string,
  message: string,
): ValidationSpec => ({ ref, rule: { kind, min, max }, title, message });

/** A Swedish number as a message shows it: 0,25; 1 000 000. */
export const svNumber = (n: number): string =>
  n.toLocaleString("sv-SE", { maximumFractionDigits: 4 }).replace(/\u2212/g, "−");

// ------------------------------------------------------------------ years

/** The columns of years 1..H on a sheet, from a first column. */
export class Years {
  constructor(
    readonly first: number,
    readonly H: number,
  ) {}
  /** Column of year t. */
  col(t: number): number {
    return this.first + t - 1;
  }
  /** Column letters of year t. */
  letter(t: number): string {
    return colName(this.col(t));
  }
  /** Column of the last year. */
  get last(): number {
    return this.col(this.H);
  }
  /** 1..H. */
  get all(): number[] {
    return Array.from({ length: this.H }, (_, i) => i + 1);
  }
  /** The years of a row as a range, "K5:AD5" (with abs, "$K$5:$AD$5"); up to year `to`. */
  span(row: number, abs = false, to = this.H): string {
    return `${addr(row, this.first, abs)}:${addr(row, this.col(to), abs)}`;
  }
}

// ------------------------------------------------------------------ blocks

/** A rectangle of cells at a position; null cells are left as they are. */
export interface Block {
  row: number;
  col: number;
  cells: (CellSpec | null)[][];
}

/** One row of cells from a column. */
export const line = (row: number, col: number, cells: (CellSpec | null)[]): Block => ({ row, col, cells: [cells] });

/** One cell. */
export const cell = (row: number, col: number, c: CellSpec): Block => line(row, col, [c]);

/** Cells down one column. */
export const column = (row: number, col: number, cells: CellSpec[]): Block => ({
  row,
  col,
  cells: cells.map((c) => [c]),
});

/** A table: a header row, then its body rows. */
export const table = (row: number, col: number, header: readonly string[], body: (CellSpec | null)[][]): Block => ({
  row,
  col,
  cells: [headers(header), ...body],
});

/** Title (row 1) and subtitle (row 2) of a sheet. */
export const titled = (title: string, subtitle?: string): Block =>
  column(1, 1, subtitle === undefined ? [T(title, "title")] : [T(title, "title"), T(subtitle, "subtitle")]);

/** A row over the years: a label in `labelCol` and one cell per year (plus any cells between). */
export function yearRow(
  years: Years,
  row: number,
  label: CellSpec | null,
  cellFor: (t: number) => CellSpec,
  opts: { labelCol?: number; between?: Record<number, CellSpec> } = {},
): Block {
  const labelCol = opts.labelCol ?? 1;
  const cells: (CellSpec | null)[] = Array<CellSpec | null>(years.last - labelCol + 1).fill(null);
  cells[0] = label;
  for (const [c, x] of Object.entries(opts.between ?? {})) cells[Number(c) - labelCol] = x;
  for (const t of years.all) cells[years.col(t) - labelCol] = cellFor(t);
  return { row, col: labelCol, cells: [cells] };
}

/** The header row of the years: 1, 2, …, H in the header style, with an optional label. */
export const yearHeader = (years: Years, row: number, label?: CellSpec, labelCol = 1): Block =>
  yearRow(years, row, label ?? null, (t) => N(t, FMT.int, "header"), { labelCol });

/** A grid builder that grows as cells are set. */
export class Grid {
  readonly cells: (CellSpec | null)[][] = [];
  set(row: number, col: number, cell: CellSpec): void {
    while (this.cells.length < row) this.cells.push([]);
    const r = this.cells[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = cell;
  }
  place(b: Block): void {
    b.cells.forEach((r, i) =>
      r.forEach((c, j) => {
        if (c) this.set(b.row + i, b.col + j, c);
      }),
    );
  }
  /** Rectangular, padded with nulls. */
  dense(): (CellSpec | null)[][] {
    const width = this.cells.reduce((w, r) => Math.max(w, r.length), 0); // no spread: 10 000 lines make ~100 000 rows
    return this.cells.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]);
  }
}

/** The one place blocks become cells: a sheet model from its blocks and its settings. */
export function sheet(
  key: SheetModel["key"],
  name: string,
  blocks: Block[],
  rest: Omit<SheetModel, "key" | "name" | "cells" | "tables" | "charts"> &
    Partial<Pick<SheetModel, "tables" | "charts">>,
): SheetModel {
  const g = new Grid();
  for (const b of blocks) g.place(b);
  return { key, name, cells: g.dense(), tables: [], charts: [], ...rest };
}
