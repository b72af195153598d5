import { selection } from "../compute";
import { assumptionInfo } from "../assumptions";
import { discountTiming, rateInYear, scheduleBands } from "../discount";
import { lineAmountInYear, lineAmountNumber } from "../prices";
import { num } from "../decimal";
import { mulberry32, normalCdf, normalInv, percentileInc } from "../random";
import type { Assumptions, Basis, Case, DiscountBand, Distribution, MonteCarloSpec, Role } from "../types";
import { BASE_PERSPECTIVES, type BasePerspective } from "../vocabulary";

/** The largest number of Monte Carlo iterations a case may ask for. */
export const MAX_ITERATIONS = 100_000;

export interface MonteCarloResult {
  iterations: number;
  seed: number;
  breakEvenBy: number;
  distributions: Distribution[];
  perspectives: Record<
    BasePerspective,
    { mean: number; p10: number; p50: number; p90: number; probNpvNonNegative: number; probBreakEvenBy: number }
  >;
}

/** Draws one value of a distribution from a uniform u in [0, 1), truncated to [lo, hi]. */
export function sample(d: Distribution, u: number, lo: number, hi: number): number {
  if (d.type === "uniform") return d.min + u * (d.max - d.min);
  if (d.type === "triangular") {
    const w = d.max - d.min;
    if (w === 0) return d.min;
    const f = (d.mode - d.min) / w;
    return u < f ? d.min + Math.sqrt(u * w * (d.mode - d.min)) : d.max - Math.sqrt((1 - u) * w * (d.max - d.mode));
  }
  const a = Math.max(lo, d.min ?? lo);
  const b = Math.min(hi, d.max ?? hi);
  if (d.sd === 0) return Math.min(b, Math.max(a, d.mean));
  const pa = normalCdf((a - d.mean) / d.sd);
  const pb = normalCdf((b - d.mean) / d.sd);
  const x = d.mean + d.sd * normalInv(pa + u * (pb - pa));
  return Math.min(b, Math.max(a, x));
}

function validRange(d: Distribution): [number, number] {
  if ("line" in d) return [0, 1e15];
  const i = assumptionInfo(d.assumption);
  return [i.minExclusive ? i.min + 1e-12 : i.min, i.max];
}

const RB: [Role, Basis][] = [
  ["investment", "total"],
  ["effect", "total"],
  ["effect", "perSuccess"],
];

/** Lines of one perspective: the fixed ones summed per role and basis, the varied ones apart. */
interface PerspectiveLines {
  /** [role/basis][year index] signed amounts of the lines without a distribution. */
  fixed: number[][];
  /** `draw`: the index of the line's distribution, whose draw is the line's amount. */
  varied: { line: number; rb: number; s: number; from: number; to: number; draw: number }[];
}

/**
 * `varied`: line index → index of its distribution (validation allows one per line; were there
 * more, the last one's draw would be the amount, as it was).
 */
function perspectiveLines(c: Case, p: BasePerspective, varied: Map<number, number>): PerspectiveLines {
  const H = c.assumptions.horizon;
  const rbIndex = (role: Role, basis: Basis) => (role === "investment" ? 0 : basis === "total" ? 1 : 2);
  const sel = selection(c, p);
  const actors = new Set(sel.actors);
  const cats = new Set(sel.categories);
  const out: PerspectiveLines = { fixed: RB.map(() => new Array<number>(H + 1).fill(0)), varied: [] };
  c.lines.forEach((l, i) => {
    if (!actors.has(l.actor) || !cats.has(l.category)) return;
    const rb = rbIndex(l.role, l.basis);
    const s = l.direction === "revenue" ? 1 : -1;
    const draw = varied.get(i);
    if (draw !== undefined) out.varied.push({ line: i, rb, s, from: l.fromYear, to: l.toYear, draw });
    else if (l.yearlyAmounts !== undefined) {
      // Method v3: each year of the profile on its own (validation allows no distribution on such a line).
      for (let t = l.fromYear; t <= l.toYear; t++) {
        const amount = num(lineAmountInYear(c, l, t));
        out.fixed[rb][t - 1] += s * amount;
        out.fixed[rb][t] -= s * amount;
      }
    } else {
      const amount = lineAmountNumber(c, l);
      out.fixed[rb][l.fromYear - 1] += s * amount;
      out.fixed[rb][l.toYear] -= s * amount;
    }
  });
  for (const arr of out.fixed) for (let t = 1; t < arr.length; t++) arr[t] += arr[t - 1];
  return out;
}

/**
 * Fills F[role/basis][year index] with the discounted yearly factors of one draw's assumptions;
 * `bands`: scheduleBands(a.discountSchedule), which no draw changes.
 */
function drawFactors(a: Assumptions, H: number, F: number[][], bands: readonly DiscountBand[]): void {
  const k = (1 - a.deadweight) * (1 - a.displacement) * a.attribution;
  const K = a.intakeYears ?? 1;
  const endOfYear = a.discountTiming === "endOfYear";
  const rate = (j: number) => (bands.length === 0 ? a.discountRate : rateInYear(a.discountRate, bands, j));
  let disc = endOfYear ? 1 / (1 + rate(1)) : 1;
  let eff = k;
  let persons = a.successes;
  // Method v3, K intake years: k · (1+g)^(t-1) · N · S(t), S(t) = x · S(t−1) + [t ≤ K], x = (1−ρ)(1−λ).
  let growth = k;
  let cohorts = 0;
  const x = (1 - a.relapse) * (1 - a.decay);
  for (let t = 0; t < H; t++) {
    F[0][t] = disc;
    F[1][t] = eff * disc;
    if (K === 1) F[2][t] = eff * persons * disc;
    else {
      cohorts = cohorts * x + (t < K ? 1 : 0);
      F[2][t] = growth * a.successes * cohorts * disc;
      growth *= 1 + a.growth;
    }
    disc /= 1 + rate(t + 2);
    eff *= (1 - a.decay) * (1 + a.growth);
    persons *= 1 - a.relapse;
  }
}

/**
 * One draw's net present value of a perspective and its break-even year (null when none);
 * `draws[i]` is the value drawn from distribution i.
 */
function evaluate(
  H: number,
  pl: PerspectiveLines,
  F: number[][],
  draws: Float64Array,
): { npv: number; breakEven: number | null } {
  let acc = 0;
  let npv = 0;
  let lastNegative = 0;
  const fx = pl.fixed;
  for (let t = 0; t < H; t++) {
    let v = fx[0][t] * F[0][t] + fx[1][t] * F[1][t] + fx[2][t] * F[2][t];
    for (const l of pl.varied) if (t + 1 >= l.from && t + 1 <= l.to) v += l.s * draws[l.draw] * F[l.rb][t];
    acc += v;
    npv += v;
    if (acc < 0) lastNegative = t + 1;
  }
  return { npv, breakEven: acc < 0 ? null : lastNegative + 1 };
}

/**
 * The values in ascending order. A Float64Array sorts numerically without a comparator, several
 * times faster; for finite values other than -0 (an NPV, summed from +0, is never -0) it gives
 * the same order as sort((x, y) => x - y), which anything else still takes.
 */
function sortedValues(xs: Float64Array): ArrayLike<number> {
  if (xs.every((x) => Number.isFinite(x) && !Object.is(x, -0))) return xs.sort();
  return Array.from(xs).sort((x, y) => x - y);
}

/** `npvs`: one NPV per iteration (sorted in place). */
function statistics(npvs: Float64Array, hits: number): MonteCarloResult["perspectives"][BasePerspective] {
  const xs = sortedValues(npvs);
  const n = xs.length;
  let sum = 0;
  let nonNegative = 0;
  for (let i = 0; i < n; i++) {
    sum += xs[i];
    if (xs[i] >= 0) nonNegative++;
  }
  return {
    mean: sum / n,
    p10: percentileInc(xs, 0.1),
    p50: percentileInc(xs, 0.5),
    p90: percentileInc(xs, 0.9),
    probNpvNonNegative: nonNegative / n,
    probBreakEvenBy: hits / n,
  };
}

/**
 * Monte Carlo over the case: float64 arithmetic, since its inputs are random draws and its
 * results statistics (the deterministic figures elsewhere are exact decimals). Lines without a
 * distribution are summed once per perspective, role and basis; each iteration recomputes only
 * the yearly factors, so the cost is O(iterations · H) plus the varied lines.
 */
export function runMonteCarlo(c: Case, spec: MonteCarloSpec): MonteCarloResult {
  const H = c.assumptions.horizon;
  const N = spec.iterations;
  const ds = spec.distributions.map((d) => ({ d, range: validRange(d) }));
  const varied = new Map<number, number>();
  ds.forEach(({ d }, i) => "line" in d && varied.set(d.line, i));
  const lines = {} as Record<BasePerspective, PerspectiveLines>;
  for (const p of BASE_PERSPECTIVES) lines[p] = perspectiveLines(c, p, varied);
  const rand = mulberry32(spec.seed);
  const breakEvenBy = spec.breakEvenBy ?? H;
  const npvs = { total: new Float64Array(N), public: new Float64Array(N), economic: new Float64Array(N) };
  const beHits: Record<BasePerspective, number> = { total: 0, public: 0, economic: 0 };
  const F = RB.map(() => new Array<number>(H).fill(0));
  const bands = scheduleBands(c.assumptions.discountSchedule, discountTiming(c.assumptions));
  // Every draw sets each varied assumption, so one copy of the assumptions serves all of them.
  const a: Assumptions = { ...c.assumptions };
  const draws = new Float64Array(ds.length);
  for (let it = 0; it < N; it++) {
    for (let i = 0; i < ds.length; i++) {
      const { d, range } = ds[i];
      const x = sample(d, rand(), range[0], range[1]);
      draws[i] = x;
      if (!("line" in d)) a[d.assumption] = x;
    }
    drawFactors(a, H, F, bands);
    for (const p of BASE_PERSPECTIVES) {
      const { npv, breakEven } = evaluate(H, lines[p], F, draws);
      npvs[p][it] = npv;
      if (breakEven !== null && breakEven <= breakEvenBy) beHits[p]++;
    }
  }
  const perspectives = {} as MonteCarloResult["perspectives"];
  for (const p of BASE_PERSPECTIVES) perspectives[p] = statistics(npvs[p], beHits[p]);
  return { iterations: spec.iterations, seed: spec.seed, breakEvenBy, distributions: spec.distributions, perspectives };
}
