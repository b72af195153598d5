/**
 * A plain-number fast path for yearly values (the custom function PROJECTION), the same
 * method as compute.ts with the money summed exactly and only the factors in doubles:
 *
 * - Every amount must be whole öre (a/100 round-trips, |a| < 10^13 kr, as in compute.ts's
 *   bucketing) and the sum of all |öre| at most 2^53; otherwise `plainAnnual` returns
 *   undefined and the caller takes the exact Decimal path.
 * - Per group (an actor or a kostnadslag) and kind (investment, effect total, effect per
 *   person), a difference array of signed öre, so the amount active in year t is an exact
 *   integer A. The year's value is A/100 · f(t) · δ(t), with f(t) and δ(t) the exact
 *   factors (yearFactors) rounded once to doubles. δ(t) comes in as an array: any discount
 *   schedule plugs in unchanged.
 *
 * Error bound (u = 2^-53, the unit roundoff): each term A/100 · f · δ is within 5u of its
 * exact value relative to |term| (the quotient, the two products, and f and δ rounded to
 * doubles); the three kinds of a group-year add 2 roundings, accumulating over H years H
 * more, a sum over G groups G more, and the exact path's own conversion to a double one,
 * 8 + H + G in all (9 leaves room for the second-order terms). So every value differs
 * from the exact path's by at most
 *
 *     (H + G + 9) · u · S,
 *
 * S being the sum of |A/100 · f(t) · δ(t)| over every term in the value (at most the sum
 * over all lines and years). For H = 100, G = 100 and S ≤ 10^11 kr that is under 0.003 kr:
 * the same öre, unless the exact value lies within that distance of a half öre. The property
 * test (test/engine/plain.test.ts) checks the bound and the öre on random cases.
 */
import { num } from "./decimal";
import type { YearFactors } from "./compute";
import type { Case, Line } from "./types";

/** The year factors as doubles, index t-1 for year t. */
export interface PlainFactors {
  discount: readonly number[];
  effectTotal: readonly number[];
  effectPerSuccess: readonly number[];
}

export function plainFactors(f: YearFactors): PlainFactors {
  return {
    discount: f.discount.map(num),
    effectTotal: f.effectTotal.map(num),
    effectPerSuccess: f.effectPerSuccess.map(num),
  };
}

/** The relative error bound's multiplier: |plain − exact| ≤ plainErrorFactor(H, G) · S (see above). */
export function plainErrorFactor(horizon: number, groups: number): number {
  return (horizon + groups + 9) * 2 ** -53;
}

const INVESTMENT = 0;
const TOTAL = 1;
const PER_SUCCESS = 2;

/** Whole öre of an amount, or undefined (the same test as compute.ts's bucketing). */
function oreOf(a: number): number | undefined {
  const ore = Math.round(a * 100);
  return Math.abs(a) < 1e13 && ore / 100 === a ? ore : undefined;
}

/** Per group and kind, the signed öre entering (index from-1) and leaving (index to) each window. */
function oreDifferences(
  lines: readonly Line[],
  H: number,
  groups: number,
  groupOf: (line: Line) => number,
): number[][] | undefined {
  const diffs = Array.from({ length: groups * 3 }, () => new Array<number>(H + 1).fill(0));
  let total = 0;
  const enter = (d: number[], line: Line, amount: number, from: number, to: number): boolean => {
    const ore = oreOf(amount);
    if (ore === undefined) return false;
    total += Math.abs(ore);
    if (total > Number.MAX_SAFE_INTEGER) return false;
    const signed = line.direction === "revenue" ? ore : -ore;
    d[from - 1] += signed;
    d[to] -= signed;
    return true;
  };
  for (const line of lines) {
    const kind = line.role === "investment" ? INVESTMENT : line.basis === "perSuccess" ? PER_SUCCESS : TOTAL;
    const d = diffs[groupOf(line) * 3 + kind];
    const ys = line.yearlyAmounts;
    if (ys === undefined) {
      if (!enter(d, line, line.amount, line.fromYear, line.toYear)) return undefined;
      continue;
    }
    // Method v3: a line with yearly amounts enters as one single-year window per year.
    for (let i = 0; i < ys.length; i++) {
      const year = line.fromYear + i;
      if (!enter(d, line, ys[i], year, year)) return undefined;
    }
  }
  return diffs;
}

/**
 * Annual values (years 1..H) per group, discounted with `discount` (δ(t) at index t-1) or
 * undiscounted when it is null; undefined when an amount is not whole öre (see above).
 */
export function plainAnnual(
  c: Case,
  f: PlainFactors,
  groups: number,
  groupOf: (line: Line) => number,
  discount: readonly number[] | null,
): number[][] | undefined {
  const H = c.assumptions.horizon;
  const diffs = oreDifferences(c.lines, H, groups, groupOf);
  if (!diffs) return undefined;
  const out: number[][] = [];
  for (let g = 0; g < groups; g++) {
    const inv = diffs[g * 3 + INVESTMENT];
    const tot = diffs[g * 3 + TOTAL];
    const per = diffs[g * 3 + PER_SUCCESS];
    const row = new Array<number>(H);
    let a = 0;
    let b = 0;
    let p = 0;
    for (let t = 0; t < H; t++) {
      a += inv[t];
      b += tot[t];
      p += per[t];
      const v = a / 100 + (b / 100) * f.effectTotal[t] + (p / 100) * f.effectPerSuccess[t];
      row[t] = discount ? v * discount[t] : v;
    }
    out.push(row);
  }
  return out;
}
