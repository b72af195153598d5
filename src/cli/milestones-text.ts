import {
  DISCOUNT_TIMING,
  discountTiming,
  formatDecimal,
  formatKr,
  intakeYears,
  accumulatedFigures,
  milestoneYears,
  perspective,
  perspectivesOf,
  type Assumptions,
  type Computation,
  type Dec,
} from "../engine";
import { perspectiveName, table } from "./table";

/**
 * Method v3 in the terminal: every perspective's figures at the milestone years (1, 2, 3, 4,
 * 5, 10, 20, … and H), so that a mandatperiod (year 4) shows beside the horizon, with both
 * ratios named; and the intake and the discount timing among the assumptions.
 */

/** A mandatperiod in Sweden: four years. */
export const MANDATE_YEARS = 4;

function ratio(x: Dec | null): string {
  return x === null ? "–" : formatDecimal(x, 2);
}

function yearLabel(y: number, horizon: number): string {
  if (y === MANDATE_YEARS) return `${y} (mandatperiod)`;
  if (y === horizon) return `${y} (horisont)`;
  return String(y);
}

/** One table per perspective: a row per milestone year with I_T, B_T, NPV_T, B/I and NPV/I. */
export function renderMilestones(comp: Computation): string[] {
  const H = comp.case.assumptions.horizon;
  const years = milestoneYears(H);
  const header = ["År T", "Investering", "Nytta", "Nettonuvärde", "Avkastningskvot (B/I)", "Nettonuvärdeskvot (NPV/I)"];
  const out = ["", "Perspektiven vid milstolpsåren: investering, nytta och nettonuvärde över år 1–T (nuvärden, kr)"];
  for (const p of perspectivesOf(comp.case)) {
    // the running sums of the report's `accumulated` (one pass per perspective)
    const acc = accumulatedFigures(perspective(comp, p));
    const rows = years.map((T) => {
      const [I, B, npv] = [acc.investment[T - 1], acc.benefits[T - 1], acc.npv[T - 1]];
      const div = (x: Dec) => (I.isZero() ? null : x.div(I));
      return [yearLabel(T, H), formatKr(I), formatKr(B), formatKr(npv), ratio(div(B)), ratio(div(npv))];
    });
    out.push("", perspectiveName(comp, p), table(header, rows, [false, true, true, true, true, true]));
  }
  return out;
}

/** The timing as the assumptions table shows it: "Slutet av året (år 1 diskonteras)". */
export function timingText(a: Pick<Assumptions, "discountTiming">): string {
  const t = discountTiming(a);
  return `${DISCOUNT_TIMING.labels[t]} (${t === "endOfYear" ? "år 1 diskonteras" : "år 1 diskonteras inte"})`;
}

/** The rows the assumptions table gains with method v3: Intagsår (K) and Diskontering. */
export function v3AssumptionRows(a: Assumptions): string[][] {
  return [
    ["Intagsår (K)", String(intakeYears(a)), "1"],
    [DISCOUNT_TIMING.name, timingText(a), DISCOUNT_TIMING.labels.startOfYear],
  ];
}
