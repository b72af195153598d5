import type { Case } from "../../engine";
import { Years } from "../cells";

/** Where everything goes on Uppföljning: the actual figures per year and the plan, updated and variance rows. */

export interface FollowUpLayout {
  headerRow: number;
  years: Years;
  /** Input: actual persons in outcome per year. */
  actualRow: number;
  /** Input: actual amounts of each investment line (line index → row). */
  investmentRow: Map<number, number>;
  latestYearRow: number;
  latestValueRow: number;
  personsRow: number;
  /** Per year: persons in outcome × the effect of a line k·((1−λ)(1+g))^(t−1) × δ(t), what a per-person line's amount is multiplied by. */
  effectRow: number;
  linesTitleRow: number;
  firstLine: number;
  lastLine: number;
  planRow: number;
  updatedRow: number;
  varianceRow: number;
  /** Column of the present values of the plan, updated and variance rows. */
  presentValueCol: number;
  /**
   * Right of the years, per line: the sign × amount of a line that follows the actual persons (a
   * per-person effect), or the sign of a line that was an investment when the book was made and
   * is one still; "" for a line that follows the plan.
   */
  followsCol: number;
}

export function followUpLayout(c: Case): FollowUpLayout {
  const headerRow = 4;
  const actualRow = headerRow + 1;
  let r = actualRow + 1;
  const investmentRow = new Map<number, number>();
  c.lines.forEach((l, i) => {
    if (l.role === "investment") investmentRow.set(i, r++);
  });
  r++;
  const latestYearRow = r++;
  const latestValueRow = r++;
  const personsRow = r++;
  const effectRow = r++;
  r++;
  const linesTitleRow = r++;
  const firstLine = r;
  const lastLine = firstLine + c.lines.length - 1;
  const planRow = lastLine + 2;
  const years = new Years(3, c.assumptions.horizon);
  const rows = { latestYearRow, latestValueRow, personsRow, effectRow, linesTitleRow, firstLine, lastLine, planRow };
  const totals = { updatedRow: planRow + 1, varianceRow: planRow + 2, presentValueCol: 2, followsCol: years.last + 1 };
  return { headerRow, years, actualRow, investmentRow, ...rows, ...totals };
}
