import type { Case } from "../../engine";
import { Years } from "../cells";

/**
 * Where everything goes on Årsbelopp (method v3, only for a case with yearly amounts): one row per
 * line with yearly amounts and one column per year 1..H, the line's amount in that year as input;
 * under the grid, hidden, one row of checks per line that carries the first problem so far.
 */

export interface YearlyAmountsLayout {
  headerRow: number;
  /** Line index → its row in the grid (the lines with yearly amounts, in the case's order). */
  row: Map<number, number>;
  firstRow: number;
  lastRow: number;
  col: { line: number; label: number; actor: number; fromYear: number; toYear: number };
  years: Years;
  /** The hidden check rows, one per grid row (line index → row). */
  checkRow: Map<number, number>;
  checkTitleRow: number;
  /** The cell holding the first problem of the whole grid ("" when there is none): the last check row's last year. */
  firstProblem: { row: number; col: number };
}

/** The layout of Årsbelopp, or undefined for a case without yearly amounts. */
export function yearlyAmountsLayout(c: Case): YearlyAmountsLayout | undefined {
  const lines = c.lines.map((l, i) => [l, i] as const).filter(([l]) => l.yearlyAmounts !== undefined);
  if (lines.length === 0) return undefined;
  const headerRow = 4;
  const firstRow = headerRow + 1;
  const row = new Map(lines.map(([, i], k) => [i, firstRow + k] as const));
  const lastRow = firstRow + lines.length - 1;
  const checkTitleRow = lastRow + 3;
  const checkRow = new Map(lines.map(([, i], k) => [i, checkTitleRow + 1 + k] as const));
  const years = new Years(6, c.assumptions.horizon);
  return {
    headerRow,
    row,
    firstRow,
    lastRow,
    col: { line: 1, label: 2, actor: 3, fromYear: 4, toYear: 5 },
    years,
    checkRow,
    checkTitleRow,
    firstProblem: { row: checkTitleRow + lines.length, col: years.last },
  };
}
