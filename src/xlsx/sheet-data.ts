import type { CellSpec, CellStyle, Scalar, SheetModel } from "../template/model";
import { colName, colNumber } from "../template/cells";
import { sharedFormulas, type SharedFormula } from "./shared-formulas";

/**
 * A sheet's cells as SpreadsheetML (`<sheetData>` and the `<dimension>` it spans), written
 * straight from the template model. ExcelJS still writes everything around the cells (styles,
 * shared strings, columns, views, validations, conditional formats, tables, page setup, names);
 * only the cells skip its cell model, which built an object per cell and wrote it through its
 * XML stream: most of the time of a large workbook (bench/README.md, "The workbook").
 *
 * The cells are those ExcelJS wrote from the same model (checked part by part on the examples and
 * a 1 000-line workbook when this replaced it; `test/xlsx/sheet-data.test.ts` reads every cell
 * back against the model): a constant text is a shared
 * string, a number or truth value is written as such, a formula with its cached value (a text
 * result as t="str", an error as t="e"); a table's cells hold the table's values (its header
 * row the column names), keep their number format and the input fill, and no other style.
 */

/** Everything the cells need from the workbook: a style's index and a shared string's. */
export interface CellSink {
  /** Index in cellXfs of a cell style: the template's style, number format and alignment. */
  style(key: StyleKey): number;
  /** Index of a text among the shared strings. */
  text(s: string): number;
}

/** A cell's look: its number format, the template's style (not in a table), its alignment. */
export interface StyleKey {
  fmt?: string;
  style?: CellStyle;
  align?: Align;
}

/**
 * A cell's alignment, where it is not Excel's default (bottom, not wrapped): "wrap" in a wrapped
 * column and a merged cell (wrapped, at the top); "top" in a row made taller for a wrapped text,
 * and for a long text elsewhere (at the top, not wrapped).
 */
export type Align = "top" | "wrap";

/** Texts longer than this, outside a wrapped column, are aligned to the top and not wrapped. */
export const LONG_TEXT = 200;

/** Text content of an element: &, < and > escaped, characters XML 1.0 does not allow dropped. */
export function xmlText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(ESCAPED, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ""));
}
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

/** The cells of a sheet's tables, by row and column (1-based): the value the table holds there. */
function tableCells(sheet: SheetModel): Map<number, Map<number, Scalar>> {
  const out = new Map<number, Map<number, Scalar>>();
  for (const t of sheet.tables) {
    const m = /^([A-Z]+)(\d+)$/.exec(t.ref.split(":")[0]);
    if (!m) throw new Error(`tabellen ${t.name} har ett ogiltigt hörn ${t.ref}`);
    const [r0, c0] = [Number(m[2]), colNumber(m[1])];
    for (let i = 0; i <= t.rows; i++) {
      let row = out.get(r0 + i);
      if (!row) out.set(r0 + i, (row = new Map()));
      for (let j = 0; j < t.columns.length; j++) {
        row.set(c0 + j, i === 0 ? t.columns[j] : (sheet.cells[r0 + i - 1]?.[c0 - 1 + j]?.v ?? ""));
      }
    }
  }
  return out;
}

/** A cell's value and type attribute: `<v>` text and t ("" for a number). */
function valueXml(v: Scalar, sink: CellSink): [string, string] {
  if (typeof v === "string") return [String(sink.text(v)), ' t="s"'];
  if (typeof v === "boolean") return [v ? "1" : "0", ' t="b"'];
  return [String(v), ""];
}

/**
 * A formula cell's content and type: the formula (or its place in a shared formula) and its
 * cached value (none before evaluation).
 */
function formulaXml(spec: CellSpec, shared?: SharedFormula): [string, string] {
  const text = () => xmlText(spec.f!.charCodeAt(0) === 61 ? spec.f!.slice(1) : spec.f!);
  const f = !shared
    ? `<f>${text()}</f>`
    : shared.ref
      ? `<f t="shared" ref="${shared.ref}" si="${shared.si}">${text()}</f>`
      : `<f t="shared" si="${shared.si}"/>`;
  const r = spec.cached;
  if (r === undefined) return [f, ""];
  if (spec.error) return [`${f}<v>${xmlText(String(r))}</v>`, ' t="e"'];
  if (typeof r === "string") return [`${f}<v>${xmlText(r)}</v>`, ' t="str"'];
  if (typeof r === "boolean") return [`${f}<v>${r ? 1 : 0}</v>`, ' t="b"'];
  return [`${f}<v>${r}</v>`, ""];
}

/** ` s="N"` for a style other than the default, else "". */
const sAttr = (id: number) => (id ? ` s="${id}"` : "");

/** The alignment of a cell: in a wrapped column, in a row made taller, or a long text. */
function alignOf(spec: CellSpec | null | undefined, wrapped: boolean, tall: boolean): Align | undefined {
  if (wrapped) return "wrap";
  return tall || (typeof spec?.v === "string" && spec.v.length > LONG_TEXT) ? "top" : undefined;
}

/** One cell outside a table; "" when it has nothing to write. */
function cellXml(
  ref: string,
  spec: CellSpec,
  sink: CellSink,
  align: Align | undefined,
  shared?: SharedFormula,
): string {
  const s = spec.fmt || spec.style || align ? sAttr(sink.style({ fmt: spec.fmt, style: spec.style, align })) : "";
  if (spec.f !== undefined) {
    const [body, t] = formulaXml(spec, shared);
    return `<c r="${ref}"${s}${t}>${body}</c>`;
  }
  if (spec.v !== undefined) {
    const [v, t] = valueXml(spec.v, sink);
    return `<c r="${ref}"${s}${t}><v>${v}</v></c>`;
  }
  return s ? `<c r="${ref}"${s}/>` : "";
}

/**
 * One cell of a table: the table's value (or the cell's formula, e.g. Poster's amount of a line
 * with yearly amounts, read from Årsbelopp), with the cell's number format and input fill.
 */
function tableCellXml(
  ref: string,
  value: Scalar,
  spec: CellSpec | null | undefined,
  sink: CellSink,
  align: Align | undefined,
): string {
  const input = spec?.style === "input" ? ("input" as const) : undefined;
  const s = spec?.fmt || input || align ? sAttr(sink.style({ fmt: spec?.fmt, style: input, align })) : "";
  if (spec?.f !== undefined) {
    // a computed column value (a line's amount from a unit cost): the formula with its cached value
    const [body, ft] = formulaXml(spec);
    return `<c r="${ref}"${s}${ft}>${body}</c>`;
  }
  const [v, t] = valueXml(value, sink);
  return `<c r="${ref}"${s}${t}><v>${v}</v></c>`;
}

/**
 * The `<sheetData>` element of a sheet and its dimension ("A1:AF1120", "" when it has no
 * cells). Rows as ExcelJS writes them: their span of columns, and a hidden row grouped at
 * outline level 1 so that the outline's "+" shows it.
 */
export function sheetDataXml(sheet: SheetModel, sink: CellSink): { xml: string; dimension: string } {
  const tables = tableCells(sheet);
  const hidden = new Set(sheet.hiddenRows ?? []);
  const wraps = new Set(sheet.wrapColumns ?? []);
  const merged = new Set((sheet.merges ?? []).map((m) => `${m.row}:${m.col}`));
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.points]));
  const shared = sharedFormulas(sheet, (r, c) => tables.get(r)?.has(c) ?? false);
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= colName(c));
  // rows are joined from arrays, not grown by concatenation: a growing rope of every cell would
  // live through every young-generation collection of the write
  const rowsXml: string[] = [];
  const cells: string[] = [];
  let [minRow, maxRow, minCol, maxCol] = [Infinity, 0, Infinity, 0];
  let rows = sheet.cells.length;
  for (const r of tables.keys()) rows = Math.max(rows, r);
  for (let r = 1; r <= rows; r++) {
    const specs = sheet.cells[r - 1] ?? [];
    const inTable = tables.get(r);
    const sharedIn = shared.get(r);
    let width = specs.length;
    if (inTable) for (const c of inTable.keys()) width = Math.max(width, c);
    const height = heights.get(r);
    cells.length = 0;
    let [lo, hi] = [0, 0];
    for (let c = 1; c <= width; c++) {
      const spec = specs[c - 1];
      const tv = inTable?.get(c);
      if (tv === undefined && !spec) continue;
      const ref = letter(c) + r;
      const align = alignOf(
        tv === undefined ? spec : null,
        wraps.has(c) || merged.has(`${r}:${c}`),
        height !== undefined,
      );
      cells.push(
        tv !== undefined
          ? tableCellXml(ref, tv, spec, sink, align)
          : cellXml(ref, spec!, sink, align, sharedIn?.get(c)),
      );
      if (!lo) lo = c;
      hi = c;
    }
    if (!lo) continue;
    const h = hidden.has(r);
    rowsXml.push(
      `<row r="${r}"${h ? ' hidden="1"' : ""} spans="${lo}:${hi}"` +
        `${height ? ` ht="${height}" customHeight="1"` : ""} x14ac:dyDescent="0.25"` +
        `${h ? ' outlineLevel="1" collapsed="1"' : ""}>${cells.join("")}</row>`,
    );
    [minRow, maxRow, minCol, maxCol] = [Math.min(minRow, r), r, Math.min(minCol, lo), Math.max(maxCol, hi)];
  }
  const dimension = maxRow ? `${letter(minCol)}${minRow}:${letter(maxCol)}${maxRow}` : "";
  return { xml: rowsXml.length ? `<sheetData>${rowsXml.join("")}</sheetData>` : "<sheetData/>", dimension };
}
