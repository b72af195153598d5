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
  linesTitleRow: number;
  firstLine: number;
  lastLine: number;
  planRow: number;
  updatedRow: number;
  varianceRow: number;
  /** Column of the present values of the plan, updated and variance rows. */
  presentValueCol: number;
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
  r++;
  const linesTitleRow = r++;
  const firstLine = r;
  const lastLine = firstLine + c.lines.length - 1;
  const planRow = lastLine + 2;
  const years = new Years(3, c.assumptions.horizon);
  const rows = { latestYearRow, latestValueRow, personsRow, linesTitleRow, firstLine, lastLine, planRow };
  const totals = { updatedRow: planRow + 1, varianceRow: planRow + 2, presentValueCol: 2 };
  return { headerRow, years, actualRow, investmentRow, ...rows, ...totals };
}
