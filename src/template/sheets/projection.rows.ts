import { FMT, Fx, T, yearRow, type Block } from "../cells";
import type { Layout } from "../layout";

/** Rows of Prognos that its two variants of yearly factors share (method v1/v2 and v3, continuing.ts). */

/** Kronor in the year grid and the sums under it, without "kr" (the sheet says kronor): ten years fit a page. */
export const GRID_FMT = FMT.count;

/** Factors with four decimals (the per-person one can be in the thousands). */
export const FACTOR_FMT = "#,##0.0000";

/**
 * A row of yearly factors: its name in Benämning (printed beside every block of years) and its
 * formula in words beside the actor column (printed with the line fields), then its value per year.
 */
export const factorRow =
  (L: Layout) =>
  (r: number, [label, formula]: [string, string], f: (t: number) => string): Block => {
    const X = L.projection;
    const between = { [X.col.direction]: T(formula, "note") };
    return yearRow(X.years, r, T(label, "label"), (t) => Fx(f(t), FACTOR_FMT), { labelCol: X.col.label, between });
  };
