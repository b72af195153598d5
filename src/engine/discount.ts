import { Dec, ONE } from "./decimal";
import type { Assumptions, DiscountBand, DiscountScheduleSpec, DiscountTiming } from "./types";

/**
 * Discount factors (method.md, "Discount schedule" and "Discount timing"): r_j is the rate in
 * force in year j and
 *
 *   δ(t) = Π_{j=s..t} 1 / (1 + r_j),   s = 2 at the start of the year (δ(1) = 1), s = 1 at its end
 *
 * A flat rate r gives δ(t) = (1 + r)^-(t-1) by the same Decimal operations as method
 * version 1 (one step 1/(1 + r), multiplied in year by year), so its figures are unchanged;
 * at the end of the year, (1 + r)^-t.
 */

/**
 * HM Treasury's declining schedule in years elapsed e: 3.5 % for e ≤ 30, 3.0 % to 75, 2.5 % after.
 * The step into year j has e = j − 1 when amounts fall at the start of the year (so the bands
 * start at years 2, 32, 77) and e = j when they fall at its end (years 1, 31, 76).
 */
export const GREEN_BOOK_BANDS: readonly DiscountBand[] = Object.freeze([
  { fromYear: 2, rate: 0.035 },
  { fromYear: 32, rate: 0.03 },
  { fromYear: 77, rate: 0.025 },
]);
export const GREEN_BOOK_BANDS_END_OF_YEAR: readonly DiscountBand[] = Object.freeze([
  { fromYear: 1, rate: 0.035 },
  { fromYear: 31, rate: 0.03 },
  { fromYear: 76, rate: 0.025 },
]);

/** The first and last year a band may start in (method v3: from year 1, used when year 1 is discounted). */
export const BAND_YEARS = { min: 1, max: 100 } as const;

/** The timing in force: the case's, or the start of the year (method v1 and v2). */
export function discountTiming(a: Pick<Assumptions, "discountTiming">): DiscountTiming {
  return a.discountTiming ?? "startOfYear";
}

/** The bands of a schedule ("greenbook" → its bands for the timing); none for a flat rate. */
export function scheduleBands(
  schedule: DiscountScheduleSpec | undefined,
  timing: DiscountTiming = "startOfYear",
): readonly DiscountBand[] {
  if (schedule === undefined) return [];
  if (schedule !== "greenbook") return schedule;
  return timing === "endOfYear" ? GREEN_BOOK_BANDS_END_OF_YEAR : GREEN_BOOK_BANDS;
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

/** r_j for years 1..H (index j − 1; at the start of the year r_1 is shown but never used). */
export function yearlyRates(
  horizon: number,
  rate: number,
  schedule?: DiscountScheduleSpec,
  timing: DiscountTiming = "startOfYear",
): number[] {
  const bands = scheduleBands(schedule, timing);
  return Array.from({ length: horizon }, (_, i) => rateInYear(rate, bands, i + 1));
}

/** δ(t) for years 1..H (index t − 1). */
export function discountSeries(
  horizon: number,
  rate: number,
  schedule?: DiscountScheduleSpec,
  timing: DiscountTiming = "startOfYear",
): Dec[] {
  const bands = scheduleBands(schedule, timing);
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
  let d = timing === "endOfYear" ? step(rateInYear(rate, bands, 1)) : ONE;
  for (let t = 1; t <= horizon; t++) {
    out.push(d);
    d = d.times(step(rateInYear(rate, bands, t + 1)));
  }
  return out;
}

/** The same factors in float64, for Monte Carlo (its draws are statistics, not exact figures). */
export function discountSeriesFloat(
  horizon: number,
  rate: number,
  schedule?: DiscountScheduleSpec,
  timing: DiscountTiming = "startOfYear",
): number[] {
  const bands = scheduleBands(schedule, timing);
  const out: number[] = [];
  let d = timing === "endOfYear" ? 1 / (1 + rateInYear(rate, bands, 1)) : 1;
  for (let t = 1; t <= horizon; t++) {
    out.push(d);
    d /= 1 + rateInYear(rate, bands, t + 1);
  }
  return out;
}

/** A short Swedish description: "fast ränta 3,5 %", "Green Book (HM Treasury): …", "egna band: …". */
export function scheduleText(
  rate: number,
  schedule?: DiscountScheduleSpec,
  timing: DiscountTiming = "startOfYear",
): string {
  const pct = (r: number) => `${String(Math.round(r * 1e6) / 1e4).replace(".", ",")} %`;
  const bands = scheduleBands(schedule, timing);
  const first = timing === "endOfYear" ? 1 : 2;
  const parts = bands.map((b) => `${pct(b.rate)} från år ${b.fromYear}`);
  if (bands.length === 0 || bands[0].fromYear > first) {
    const last = (bands[0]?.fromYear ?? 101) - 1;
    parts.unshift(`${pct(rate)} år ${first}${last > first ? `–${last}` : ""}`);
  }
  if (schedule === undefined) return `fast ränta ${pct(rate)}`;
  const name = schedule === "greenbook" ? "Green Book (HM Treasury), fallande ränta" : "egna band";
  return `${name}: ${parts.join(", ")}`;
}
