/**
 * "Lås värden": turns the selected SOCINV.* cells into their values, for workbooks going to
 * people without the add-in. The formula each value came from is kept in a cell note (or a
 * comment where notes are not supported), appended to any note the user already had.
 * Three context.sync() calls whatever the size of the selection.
 */
import { colName, colNumber } from "../template/cells";

export interface FreezeResult {
  /** Formula cells turned into values (a spilled formula counts once). */
  frozen: number;
  /** Cells written, including spilled ones. */
  cells: number;
  /** Address of each frozen formula and the formula itself. */
  formulas: { address: string; formula: string }[];
}

export const SOCINV_FORMULA = /(^|[^A-Za-z0-9_.])SOCINV\./i;

export function noteText(formula: string, when: Date): string {
  const date = when.toISOString().slice(0, 10);
  return `socinv: låst värde ${date}. Formeln var: ${formula}`;
}

/** "Blad1!B2:D9" (or "'Mitt blad'!B2") and an offset → the address of that cell, e.g. "Blad1!C4". */
export function offsetAddress(rangeAddress: string, row: number, col: number): string {
  const bang = rangeAddress.lastIndexOf("!");
  const sheet = bang >= 0 ? rangeAddress.slice(0, bang + 1) : "";
  const first = rangeAddress
    .slice(bang + 1)
    .split(":")[0]
    .replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)$/i.exec(first);
  if (!m) throw new Error(`unexpected address ${rangeAddress}`);
  return `${sheet}${colName(colNumber(m[1]) + col)}${Number(m[2]) + row}`;
}

export async function freezeSelection(
  context: Excel.RequestContext,
  opts: { useNotes: boolean; now?: Date } = { useNotes: true },
): Promise<FreezeResult> {
  const selection = context.workbook.getSelectedRange();
  selection.load(["formulas", "values", "address"]);
  await context.sync();

  const formulas = selection.formulas as unknown[][];
  const targets: {
    cell: Excel.Range;
    address: string;
    spill: Excel.Range;
    note: Excel.Note | null;
    formula: string;
  }[] = [];
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (typeof f !== "string" || !f.startsWith("=") || !SOCINV_FORMULA.test(f)) return;
      const cell = selection.getCell(r, c);
      const address = offsetAddress(selection.address, r, c);
      const spill = cell.getSpillingToRangeOrNullObject();
      spill.load(["values", "address"]);
      let note: Excel.Note | null = null;
      if (opts.useNotes) {
        note = context.workbook.notes.getItemOrNullObject(address);
        note.load("content");
      }
      targets.push({ cell, address, spill, note, formula: f });
    }),
  );
  if (targets.length === 0) return { frozen: 0, cells: 0, formulas: [] };
  await context.sync();

  const values = selection.values as unknown[][];
  const result: FreezeResult = { frozen: 0, cells: 0, formulas: [] };
  const now = opts.now ?? new Date();
  let i = 0;
  for (let r = 0; r < formulas.length; r++) {
    for (let c = 0; c < formulas[r].length; c++) {
      const f = formulas[r][c];
      if (typeof f !== "string" || !f.startsWith("=") || !SOCINV_FORMULA.test(f)) continue;
      const t = targets[i++];
      if (!t.spill.isNullObject) {
        const spilled = t.spill.values;
        t.spill.values = spilled;
        result.cells += spilled.reduce((s, row) => s + row.length, 0);
      } else {
        t.cell.values = [[values[r][c] as string | number | boolean]];
        result.cells += 1;
      }
      const text = noteText(t.formula, now);
      if (opts.useNotes && t.note) {
        if (t.note.isNullObject) context.workbook.notes.add(t.address, text);
        else t.note.content = `${t.note.content}\n\n${text}`;
      } else {
        context.workbook.comments.add(t.address, text);
      }
      result.frozen += 1;
      result.formulas.push({ address: t.address, formula: t.formula });
    }
  }
  await context.sync();
  return result;
}
