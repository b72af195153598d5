/**
 * The declarative workbook model: sheets of cells (values, formulas, number formats, styles),
 * tables, defined names and charts. Built once from a case (index.ts) and rendered two ways:
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
  /** The formula's value as computed when the workbook was made (written as the cached value). */
  cached?: Scalar;
  /** The cached value is an error code (e.g. "#N/A"). */
  error?: boolean;
  /**
   * The formula is another cell's formula read from here (Revision computes every shown result
   * again): its value is that cell's, so the cached values take it from there instead of computing
   * it twice. Only the cached value; the formula is written and recomputed as any other.
   */
  same?: { sheet: string; row: number; col: number };
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

export interface PrintSpec {
  landscape: boolean;
  fitToWidth: boolean;
  pagesWide?: number;
  /** Fit the height too, to this many pages (a sheet with a chart on one page). */
  pagesTall?: number;
  titleRows?: string;
  titleCols?: string;
  /** The printed range; several ranges, separated by commas, each start on a new page. */
  area?: string;
  /** A fixed scale in percent instead of fitting (with manual column breaks the pages are set, not fitted). */
  scale?: number;
  /** Manual page breaks before these columns (1-based: 12 breaks before column L). */
  colBreaks?: number[];
  /** Manual page breaks above these rows. */
  rowBreaks?: number[];
  /** Which pages of a block come first: all rows of the first columns ("downThenOver") or all columns of the first rows. */
  pageOrder?: "downThenOver" | "overThenDown";
  /**
   * Columns of years (first and last, 1-based; the columns after them through `through` go with
   * the last block): printed in blocks of whole years beside the repeated label
   * columns, as many years a landscape page as fit legibly (print.ts sets the scale and the breaks).
   */
  yearBlocks?: { first: number; last: number; through: number };
}

/** The sheets of the template for one case. */
export type TemplateSheetKey =
  | "statement"
  | "lines"
  | "assumptions"
  | "projection"
  | "method"
  | "revision"
  | "sensitivity"
  | "repayment"
  | "compensation"
  | "followup"
  | "yearly";

/**
 * A sheet's key: a sheet of the template, or in a comparison workbook (index.ts, `alternative`)
 * the Jämförelse sheet and alternative B's Poster, Antaganden and Prognos.
 */
export interface SheetModel {
  /** Stable key of the sheet in the template, independent of its (possibly suffixed) name. */
  key: TemplateSheetKey | "comparison" | "fund" | `${"lines" | "assumptions" | "projection" | "yearly"}B`;
  name: string;
  /** Dense grid from A1: rows of cells; null is an empty cell. */
  cells: (CellSpec | null)[][];
  columnWidths: number[];
  tables: TableSpec[];
  charts: ChartSpec[];
  /**
   * Printing: orientation, the width fitted to one page (or `pagesWide` pages), rows repeated at
   * the top of every page ("4:4"), columns repeated at the left ("A:C"), and the printed range.
   */
  print?: PrintSpec;
  /** Rows that are hidden (helper rows that compute but neither show nor print). */
  hiddenRows?: number[];
  /**
   * Columns (1-based) whose texts wrap at the column's width, aligned to the top (Antaganden's
   * explanations and sources, Metod's paragraphs), so that a long text prints whole on a page
   * that is not scaled down to the length of its longest line.
   */
  wrapColumns?: number[];
  /**
   * Cells whose text is laid across `cols` columns from `col` (merged), wrapped and at the top: a
   * note longer than the printed columns (Antaganden's sources of a discount schedule or an index).
   */
  merges?: { row: number; col: number; cols: number }[];
  /**
   * Rows made taller for their wrapped texts, in points, the other cells of the row aligned to the
   * top; set by `printLegibly` from the texts and the widths, so that every program shows and
   * prints the same rows whatever it does with a wrapped row that has no height of its own.
   */
  rowHeights?: { row: number; points: number }[];
  /** Cells shown in red when a formula (written for the range's top-left cell) is true. */
  conditionalFormats?: { ref: string; formula: string }[];
  /** Input cells that only accept some values, one rule per range (ranges do not overlap). */
  validations?: ValidationSpec[];
  /** Rows and columns kept in view. */
  freeze?: { rows: number; cols: number };
  /**
   * Protected without a password (results and controls): anyone can read and unprotect it (Excel's
   * Granska → Ta bort skydd), but a number cannot be typed over a result by mistake. Input cells
   * (style "input") stay unlocked.
   */
  protect?: boolean;
}

/**
 * A data-validation rule on a range of input cells, with a Swedish message when it is broken.
 * A list always refers to a range of the workbook (Excel limits an inline list to 255 characters).
 */
export interface ValidationSpec {
  ref: string;
  rule: { kind: "list"; source: string } | { kind: "decimal" | "whole"; min: number; max: number };
  /** Title and text of the error alert (Excel: title ≤ 32, text ≤ 225 characters). */
  title: string;
  message: string;
}

export interface NameSpec {
  name: string;
  /** Sheet key and absolute cell or range on it, e.g. { sheet: "projection", ref: "$D$40" }. */
  sheet: SheetModel["key"];
  ref: string;
  comment?: string;
}

export interface WorkbookModel {
  /** Document properties: the case's title, its author (empty when the case has none), socinv's version. */
  properties: { title: string; author: string; application: string; version: string };
  /** Header and footer of every printed page (left, center, right), with Excel's codes (&P page, &N pages, &A sheet). */
  headerFooter: { header: [string, string, string]; footer: [string, string, string] };
  sheets: SheetModel[];
  names: NameSpec[];
  /** Sheet to activate when the workbook is opened. */
  activeSheet: SheetModel["key"];
}
