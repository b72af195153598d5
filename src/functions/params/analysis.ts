/**
 * Shared by the analysis ranges (Scenarier, Fördelningar, Utfall, Återföring): the non-empty
 * rows with their row numbers, header lookup, and the locator that turns a path of the case
 * format (monteCarlo.distributions[1].max) into the range's row and column.
 */
import { validateCase, type Case } from "../../engine";
import { SocinvError } from "../../engine/errors";
import { asMatrix, cellText, isBlankOrZero, key } from "../cells";
import type { Locator } from "../errors";
import { assumptionLabel } from "./assumptions";

/** The non-empty rows of a range, each with its row number in the range (1-based). */
export function nonEmptyRows(range: unknown): { rows: unknown[][]; rowNo: number[] } {
  const rows: unknown[][] = [];
  const rowNo: number[] = [];
  asMatrix(range).forEach((r, i) => {
    if (r.every(isBlankOrZero)) return;
    rows.push(r);
    rowNo.push(i + 1);
  });
  return { rows, rowNo };
}

/** The column of each header, given its accepted names (-1 when absent). */
export function headerIndex(row: unknown[], names: string[][]): number[] {
  return names.map((alts) => row.findIndex((c) => alts.some((a) => key(cellText(c)) === key(a))));
}

const FIELD_SV: Record<string, string> = {
  min: "Min",
  max: "Max",
  mode: "Typvärde",
  mean: "Medel",
  sd: "Std.avv.",
  type: "Fördelning",
  assumption: "Parameter",
  line: "Parameter",
  year: "År",
  successes: "Antal med utfall",
  amount: "belopp",
  iterations: "Iterationer",
  seed: "Frö",
  breakEvenBy: "Break-even senast år",
  fund: "Fond",
  share: "Andel",
  years: "År",
  frames: "Ramar",
  units: "Enheter",
  name: "Scenario",
};

function fieldOf(path: string): string {
  const assumption = /assumptions\.(\w+)$/.exec(path);
  const last = path
    .split(".")
    .pop()!
    .replace(/\[\d+\]$/, "");
  if (/investment\[\d+\]/.test(path)) return "faktiskt insatsbelopp";
  if (assumption) return assumptionLabel(assumption[1]);
  return FIELD_SV[last] ?? last;
}

/** A path of the case format as the range's row and column; rowNo[i] is the range row of item i. */
export function swedishPath(path: string, range: string, rowNo: readonly number[]): string {
  const frame = /^repayment\.frames\.(\w+)$/.exec(path);
  if (frame) return `Ramar, ${frame[1]}`;
  const unit = /^repayment\.units\[(\d+)\]$/.exec(path);
  if (unit) return `Enheter, cell ${Number(unit[1]) + 1}`;
  const idx = /^\w+\.(?:distributions|years)?\[?(\d+)\]/.exec(path) ?? /^scenarios\[(\d+)\]/.exec(path);
  const field = fieldOf(path);
  if (!idx) return field;
  return `${range} rad ${rowNo[Number(idx[1])] ?? Number(idx[1]) + 2}, ${field}`;
}

/** The locator of one analysis: paths under `section` are named within `range`. */
export function analysisLocator(section: string, range: string, rowNo: readonly number[]): Locator {
  return (path) =>
    path === section || path.startsWith(section + ".") || path.startsWith(section + "[")
      ? swedishPath(path, range, rowNo)
      : undefined;
}

/**
 * Re-validates a case with an analysis added, so that every analysis goes through the rules
 * of the case format; the first problem is thrown with its path (located by the analysis's locator).
 */
export function withAnalysis(c: Case, extra: Record<string, unknown>): Case {
  const v = validateCase({ ...c, ...extra });
  if (!v.ok) throw new SocinvError("invalid-case", [v.errors[0]]);
  return v.case;
}
