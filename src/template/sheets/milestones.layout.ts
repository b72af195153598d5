import { perPerspective, type P } from "./rows";

/**
 * Where the perspectives at the milestone years go on Prognos (method v3): under the milestones
 * per category, a table with per perspective the nettonuvärde NPV_T, the avkastningskvot B_T / I_T
 * and the nettonuvärdeskvot NPV_T / I_T over years 1..T for T = 1, 2, 3, 4 (a mandatperiod), 5,
 * 10, 20 … and H; and under the perspective sections of the year grid, the accumulated
 * investment I_T of each perspective that the ratios divide by.
 */

export interface PerspectiveMilestonesLayout {
  titleRow: number;
  noteRow: number;
  yearRow: number;
  row: Record<P, { npv: number; roi: number; npvRatio: number }>;
  col: { perspective: number; measure: number; first: number };
  /** The last row of the table. */
  lastRow: number;
  /** Rows of the year grid: the accumulated investment I_T of each perspective (set with `investmentRows`). */
  investmentAcc: Record<P, number>;
}

/** The table from row `start`; its investment rows are placed later, under the year grid. */
export function perspectiveMilestonesLayout(start: number): PerspectiveMilestonesLayout {
  let r = start;
  const titleRow = r++;
  const noteRow = r++;
  const yearRow = r++;
  const row = perPerspective(() => ({ npv: r++, roi: r++, npvRatio: r++ }));
  return {
    titleRow,
    noteRow,
    yearRow,
    row,
    col: { perspective: 2, measure: 3, first: 4 },
    lastRow: r - 1,
    investmentAcc: perPerspective(() => 0),
  };
}

/** Places the accumulated investment rows from row `next()` on. */
export function investmentRows(m: PerspectiveMilestonesLayout, next: () => number): void {
  m.investmentAcc = perPerspective(() => next());
}
