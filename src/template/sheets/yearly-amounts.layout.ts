import type { Case } from "../../engine";
import { Years } from "../cells";

/**
 * Where everything goes on Årsbelopp (method v3, only for a case with yearly amounts): one row per
 * line with yearly amounts and one column per year 1..H, the line's amount in that year as input;
 * under the grid, per line a row with the code of each year's problem and a row that carries the
 * first problem so far, and the sentences of the codes.
 */

export interface YearlyAmountsLayout {
  headerRow: number;
  /** Line index → its row in the grid (the lines with yearly amounts, in the case's order). */
  row: Map<number, number>;
  firstRow: number;
  lastRow: number;
  col: { line: number; label: number; actor: number; fromYear: number; toYear: number };
  years: Years;
  /** Per grid row (line index → row): the code of each year's problem (0 none, 1–5), and the first problem so far. */
  codeRow: Map<number, number>;
  checkRow: Map<number, number>;
  checkTitleRow: number;
  /** The sentences of the codes 1–4 (code in the line column, sentence in the label column). */
  messageTitleRow: number;
  messageRows: number[];
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
  const codeRow = new Map(lines.map(([, i], k) => [i, checkTitleRow + 1 + 2 * k] as const));
  const checkRow = new Map(lines.map(([, i], k) => [i, checkTitleRow + 2 + 2 * k] as const));
  const lastCheck = checkTitleRow + 2 * lines.length;
  const messageTitleRow = lastCheck + 2;
  const years = new Years(6, c.assumptions.horizon);
  return {
    headerRow,
    row,
    firstRow,
    lastRow,
    col: { line: 1, label: 2, actor: 3, fromYear: 4, toYear: 5 },
    years,
    codeRow,
    checkRow,
    checkTitleRow,
    messageTitleRow,
    messageRows: [1, 2, 3, 4].map((k) => messageTitleRow + k),
    firstProblem: { row: lastCheck, col: years.last },
  };
}
