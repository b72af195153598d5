/**
 * The declarative workbook model: sheets of cells (values, formulas, number formats, styles),
 * tables, defined names and charts. Built once from a case (build.ts) and rendered two ways:
 * into the open workbook with Office.js (src/excel/render.ts) and into an .xlsx file (src/xlsx).
 * Formulas are written as Excel's English formulas with a leading "=", e.g. "=SUM(A1:A3)".
 */

export type Scalar = string | number | boolean;

export type CellStyle = "title" | "subtitle" | "header" | "total" | "label" | "note" | "input" | "check";

export interface CellSpec {
  /** A constant value. */
  v?: Scalar;
  /** A formula, with a leading "=". */
  f?: string;
  /** Number format in Excel's locale-independent form, e.g. '#,##0 "kr"'. */
  fmt?: string;
  style?: CellStyle;
}

export interface TableSpec {
  name: string;
  /** Top-left cell, e.g. "A1"; the header row is the first row. */
  ref: string;
  columns: string[];
  rows: number;
}

export interface ChartSpec {
  title: string;
  type: "line" | "bar";
  /** Category labels (years or actors), as an absolute reference on this sheet, e.g. "$K$4:$AD$4". */
  categories: string;
  series: { name: string; values: string }[];
  /** Where it is drawn: top-left cell and size in columns and rows. */
  at: { col: number; row: number; cols: number; rows: number };
}

export interface SheetModel {
  /** Stable key of the sheet in the template, independent of its (possibly suffixed) name. */
  key:
    | "statement"
    | "lines"
    | "assumptions"
    | "projection"
    | "method"
    | "revision"
    | "sensitivity"
    | "repayment"
    | "compensation"
    | "followup";
  name: string;
  /** Dense grid from A1: rows of cells; null is an empty cell. */
  cells: (CellSpec | null)[][];
  columnWidths: number[];
  tables: TableSpec[];
  charts: ChartSpec[];
  /** Printing: landscape, and fit the width to one page. */
  print?: { landscape: boolean; fitToWidth: boolean };
  /** Cells that only accept a value from a list (drop-down). */
  validations?: { ref: string; list: string[] }[];
  /** Rows and columns kept in view. */
  freeze?: { rows: number; cols: number };
}

export interface NameSpec {
  name: string;
  /** Sheet key and absolute cell or range on it, e.g. { sheet: "projection", ref: "$D$40" }. */
  sheet: SheetModel["key"];
  ref: string;
  comment?: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  names: NameSpec[];
  /** Sheet to activate when the workbook is opened. */
  activeSheet: SheetModel["key"];
}

/** 1-based column number → letters: 1 → A, 27 → AA. */
export function colName(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** 1-based row and column → "B7"; with abs, "$B$7". */
export function addr(row: number, col: number, abs = false): string {
  return abs ? `$${colName(col)}$${row}` : `${colName(col)}${row}`;
}

/** A sheet name quoted for formulas: 'Resultaträkning (2)'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to another sheet: 'Poster'!$A$2. */
export function xref(sheet: string, ref: string): string {
  return `${quoteSheet(sheet)}!${ref}`;
}

/** A grid builder that grows as cells are set. */
export class Grid {
  readonly cells: (CellSpec | null)[][] = [];
  set(row: number, col: number, cell: CellSpec): void {
    while (this.cells.length < row) this.cells.push([]);
    const r = this.cells[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = cell;
  }
  /** A row of cells from a start column. */
  row(row: number, col: number, cells: (CellSpec | null)[]): void {
    cells.forEach((c, i) => {
      if (c) this.set(row, col + i, c);
    });
  }
  /** Rectangular, padded with nulls. */
  dense(): (CellSpec | null)[][] {
    const width = Math.max(0, ...this.cells.map((r) => r.length));
    return this.cells.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]);
  }
}

export const FMT = {
  kr: '#,##0 "kr"',
  krOre: '#,##0.00 "kr"',
  int: "0",
  count: "#,##0",
  percent: "0.0%",
  ratio: "0.00",
  factor: "0.0000",
  text: "@",
} as const;
