import { Dec, ONE } from "./decimal";
import type { DiscountBand, DiscountScheduleSpec } from "./types";

/**
 * Discount factors (method.md, "Discount schedule"): r_j is the rate in force in year j and
 *
 *   δ(1) = 1,   δ(t) = Π_{j=2..t} 1 / (1 + r_j)
 *
 * A flat rate r gives δ(t) = (1 + r)^-(t-1) by the same Decimal operations as method
 * version 1 (one step 1/(1 + r), multiplied in year by year), so its figures are unchanged.
 */

/** HM Treasury's declining schedule in years elapsed e = t − 1: 3.5 % for e ≤ 30, 3.0 % to 75, 2.5 % after. */
export const GREEN_BOOK_BANDS: readonly DiscountBand[] = Object.freeze([
  { fromYear: 2, rate: 0.035 },
  { fromYear: 32, rate: 0.03 },
  { fromYear: 77, rate: 0.025 },
]);

/** The first and last year a band may start in. */
export const BAND_YEARS = { min: 2, max: 100 } as const;

/** The bands of a schedule ("greenbook" → GREEN_BOOK_BANDS); none for a flat rate. */
export function scheduleBands(schedule: DiscountScheduleSpec | undefined): readonly DiscountBand[] {
  if (schedule === undefined) return [];
  return schedule === "greenbook" ? GREEN_BOOK_BANDS : schedule;
}

/** The rate r_j in force in year j: the last band starting at or before j, else the flat rate. */
export function rateInYear(rate: number, bands: readonly DiscountBand[], year: number): number {
  let r = rate;
  for (const b of bands) {
    if (b.fromYear > year) break;
    r = b.rate;
  }
  return r;
}

/** r_j for years 1..H (index j − 1; r_1 is shown but never used, since year 1 is not discounted). */
export function yearlyRates(horizon: number, rate: number, schedule?: DiscountScheduleSpec): number[] {
  const bands = scheduleBands(schedule);
  return Array.from({ length: horizon }, (_, i) => rateInYear(rate, bands, i + 1));
}

/** δ(t) for years 1..H (index t − 1). */
export function discountSeries(horizon: number, rate: number, schedule?: DiscountScheduleSpec): Dec[] {
  const bands = scheduleBands(schedule);
  const steps = new Map<number, Dec>();
  const step = (r: number): Dec => {
    let s = steps.get(r);
    if (s === undefined) {
      s = ONE.div(ONE.plus(new Dec(r)));
      steps.set(r, s);
    }
    return s;
  };
  const out: Dec[] = [];
  let d = ONE;
  for (let t = 1; t <= horizon; t++) {
    out.push(d);
    d = d.times(step(rateInYear(rate, bands, t + 1)));
  }
  return out;
}

/** The same factors in float64, for Monte Carlo (its draws are statistics, not exact figures). */
export function discountSeriesFloat(horizon: number, rate: number, schedule?: DiscountScheduleSpec): number[] {
  const bands = scheduleBands(schedule);
  const out: number[] = [];
  let d = 1;
  for (let t = 1; t <= horizon; t++) {
    out.push(d);
    d /= 1 + rateInYear(rate, bands, t + 1);
  }
  return out;
}

/** A short Swedish description: "fast ränta 3,5 %", "Green Book (HM Treasury): …", "egna band: …". */
export function scheduleText(rate: number, schedule?: DiscountScheduleSpec): string {
  const pct = (r: number) => `${String(Math.round(r * 1e6) / 1e4).replace(".", ",")} %`;
  const bands = scheduleBands(schedule);
  const parts = bands.map((b) => `${pct(b.rate)} från år ${b.fromYear}`);
  if (bands.length === 0 || bands[0].fromYear > 2)
    parts.unshift(`${pct(rate)} år 2–${(bands[0]?.fromYear ?? 101) - 1}`);
  if (schedule === undefined) return `fast ränta ${pct(rate)}`;
  const name = schedule === "greenbook" ? "Green Book (HM Treasury), fallande ränta" : "egna band";
  return `${name}: ${parts.join(", ")}`;
}
