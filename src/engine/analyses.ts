import type { Assumptions, Basis, Case, Distribution, MonteCarloSpec, RepaymentSpec, Role } from "./types";
import {
  actorAnnual,
  compute,
  perspective,
  selectedSeries,
  selection,
  sumSeries,
  yearFactors,
  type Perspective,
  type Series,
} from "./compute";
import { formatKr } from "./format";
import { descendantsAndSelf } from "./actors";
import { Dec, ONE, ZERO } from "./decimal";
import { normalCdf, normalInv, percentileInc, mulberry32 } from "./random";
import { assumptionInfo } from "./assumptions";
import { CaseError } from "./validate";
import { DEFAULT_SCENARIOS } from "./validate-analyses";
import { num } from "./report";

export const BASE_PERSPECTIVES = ["total", "public", "economic"] as const;
type BP = (typeof BASE_PERSPECTIVES)[number];

// ------------------------------------------------------------------ scenarios
export interface ScenarioResult {
  name: string;
  assumptions: Assumptions;
  perspectives: Record<BP, { npv: number; roi: number | null; breakEvenYear: number | null }>;
}

/** The case's scenarios, or the default set: 100 %, 50 %, 25 % and 0 % of the expected successes. */
export function scenarioList(c: Case): { name: string; assumptions: Assumptions }[] {
  if (c.scenarios && c.scenarios.length)
    return c.scenarios.map((s) => ({ name: s.name, assumptions: { ...c.assumptions, ...s.assumptions } }));
  return DEFAULT_SCENARIOS.map((d) => ({
    name: d.name,
    assumptions: { ...c.assumptions, successes: c.assumptions.successes * d.share },
  }));
}

export function runScenarios(c: Case): ScenarioResult[] {
  return scenarioList(c).map(({ name, assumptions }) => {
    const comp = compute({ ...c, assumptions });
    const perspectives = {} as ScenarioResult["perspectives"];
    for (const p of BASE_PERSPECTIVES) {
      const r = perspective(comp, p);
      perspectives[p] = { npv: num(r.npv), roi: r.roi === null ? null : num(r.roi), breakEvenYear: r.breakEvenYear };
    }
    return { name, assumptions, perspectives };
  });
}

// ------------------------------------------------------------------ Monte Carlo
export interface MonteCarloResult {
  iterations: number;
  seed: number;
  breakEvenBy: number;
  distributions: Distribution[];
  perspectives: Record<
    BP,
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

/**
 * Monte Carlo over the case: float64 arithmetic, since its inputs are random draws and its
 * results statistics (the deterministic figures elsewhere are exact decimals). Lines without a
 * distribution are summed once per perspective, role and basis; each iteration recomputes only
 * the yearly factors, so the cost is O(iterations · H) plus the varied lines.
 */
export function runMonteCarlo(c: Case, spec: MonteCarloSpec): MonteCarloResult {
  const H = c.assumptions.horizon;
  const varied = new Set(spec.distributions.filter((d) => "line" in d).map((d) => (d as { line: number }).line));
  const rbIndex = (role: Role, basis: Basis) => (role === "investment" ? 0 : basis === "total" ? 1 : 2);
  const fixed: Record<BP, number[][]> = {} as Record<BP, number[][]>;
  const variedLines: Record<BP, { line: number; rb: number; s: number; from: number; to: number }[]> = {} as Record<
    BP,
    never[]
  >;
  for (const p of BASE_PERSPECTIVES) {
    const sel = selection(c, p);
    const actors = new Set(sel.actors);
    const cats = new Set(sel.categories);
    fixed[p] = RB.map(() => new Array<number>(H + 1).fill(0));
    variedLines[p] = [];
    c.lines.forEach((l, i) => {
      if (!actors.has(l.actor) || !cats.has(l.category)) return;
      const rb = rbIndex(l.role, l.basis);
      const s = l.direction === "revenue" ? 1 : -1;
      if (varied.has(i)) variedLines[p].push({ line: i, rb, s, from: l.fromYear, to: l.toYear });
      else {
        fixed[p][rb][l.fromYear - 1] += s * l.amount;
        fixed[p][rb][l.toYear] -= s * l.amount;
      }
    });
    for (const arr of fixed[p]) for (let t = 1; t < arr.length; t++) arr[t] += arr[t - 1];
  }
  const rand = mulberry32(spec.seed);
  const breakEvenBy = spec.breakEvenBy ?? H;
  const npvs: Record<BP, number[]> = { total: [], public: [], economic: [] };
  const beHits: Record<BP, number> = { total: 0, public: 0, economic: 0 };
  const F = RB.map(() => new Array<number>(H).fill(0));
  const amounts = new Map<number, number>();
  for (let it = 0; it < spec.iterations; it++) {
    const a: Assumptions = { ...c.assumptions };
    amounts.clear();
    for (const d of spec.distributions) {
      const [lo, hi] = validRange(d);
      const x = sample(d, rand(), lo, hi);
      if ("line" in d) amounts.set(d.line, x);
      else a[d.assumption] = x;
    }
    const k = (1 - a.deadweight) * (1 - a.displacement) * a.attribution;
    let disc = 1;
    let eff = k;
    let persons = a.successes;
    for (let t = 0; t < H; t++) {
      F[0][t] = disc;
      F[1][t] = eff * disc;
      F[2][t] = eff * persons * disc;
      disc /= 1 + a.discountRate;
      eff *= (1 - a.decay) * (1 + a.growth);
      persons *= 1 - a.relapse;
    }
    for (const p of BASE_PERSPECTIVES) {
      let acc = 0;
      let npv = 0;
      let lastNegative = 0;
      const fx = fixed[p];
      const vl = variedLines[p];
      for (let t = 0; t < H; t++) {
        let v = fx[0][t] * F[0][t] + fx[1][t] * F[1][t] + fx[2][t] * F[2][t];
        for (const l of vl)
          if (t + 1 >= l.from && t + 1 <= l.to) v += l.s * (amounts.get(l.line) ?? c.lines[l.line].amount) * F[l.rb][t];
        acc += v;
        npv += v;
        if (acc < 0) lastNegative = t + 1;
      }
      npvs[p].push(npv);
      const be = acc < 0 ? null : lastNegative + 1;
      if (be !== null && be <= breakEvenBy) beHits[p]++;
    }
  }
  const perspectives = {} as MonteCarloResult["perspectives"];
  for (const p of BASE_PERSPECTIVES) {
    const xs = npvs[p].slice().sort((x, y) => x - y);
    const n = xs.length;
    perspectives[p] = {
      mean: xs.reduce((s, x) => s + x, 0) / n,
      p10: percentileInc(xs, 0.1),
      p50: percentileInc(xs, 0.5),
      p90: percentileInc(xs, 0.9),
      probNpvNonNegative: xs.filter((x) => x >= 0).length / n,
      probBreakEvenBy: beHits[p] / n,
    };
  }
  return { iterations: spec.iterations, seed: spec.seed, breakEvenBy, distributions: spec.distributions, perspectives };
}

// ------------------------------------------------------------------ repayment
export interface RepaymentResult {
  model: RepaymentSpec["model"];
  fund: number;
  units: string[];
  /** [year index][unit index] payments, undiscounted kronor. */
  schedule: number[][];
  /** Remaining debt at the end of each year. */
  balance: number[];
  repaidYear: number | null;
  message: string;
}

export function runRepayment(c: Case, spec: RepaymentSpec): RepaymentResult {
  const H = c.assumptions.horizon;
  const start = spec.startYear ?? 1;
  const F = new Dec(spec.fund);
  if (spec.model === "frameShare") {
    const units = Object.keys(spec.frames);
    const totalFrames = units.reduce((s, u) => s.plus(spec.frames[u]), ZERO);
    const part = F.div(spec.years);
    const schedule: number[][] = [];
    const balance: number[] = [];
    let paid = ZERO;
    for (let t = 1; t <= H; t++) {
      const active = t >= start && t < start + spec.years;
      const row = units.map((u) => (active ? part.times(spec.frames[u]).div(totalFrames) : ZERO));
      paid = paid.plus(active ? part : ZERO);
      schedule.push(row.map((x) => num(x)));
      balance.push(num(F.minus(paid)));
    }
    const last = start + spec.years - 1;
    const repaidYear = last <= H ? last : null;
    return {
      model: spec.model,
      fund: spec.fund,
      units,
      schedule,
      balance,
      repaidYear,
      message: repaidYear
        ? `Fonden är återbetald år ${repaidYear}.`
        : `Fonden blir återbetald år ${last}, efter horisonten ${H}.`,
    };
  }
  const comp = compute(c);
  const roots = c.actors.filter(
    (a) =>
      a.kind === "public" &&
      (a.parent === undefined || !c.actors.some((p) => p.id === a.parent && p.kind === "public")),
  );
  const units = spec.units ?? roots.map((a) => a.id);
  for (let i = 0; i < units.length; i++) {
    for (let j = 0; j < units.length; j++) {
      if (i !== j && descendantsAndSelf(c.actors, units[i]).includes(units[j])) {
        throw new CaseError([
          {
            path: "repayment.units",
            message: `${units[j]} ingår i ${units[i]}; en enhet kan inte återbetala två gånger`,
          },
        ]);
      }
    }
  }
  const gains = units.map((u) =>
    selectedSeries(comp, selection(c, `actor:${u}` as Perspective), "effect", false).map((x) =>
      x.isNegative() ? ZERO : x,
    ),
  );
  const possible = gains.reduce((s, g) => s.plus(sumSeries(g.slice(start - 1))), ZERO);
  if (F.gt(possible)) {
    throw new CaseError([
      {
        path: "repayment.fund",
        message: `${formatKr(F)} kr är mer än enheternas samlade vinster inom horisonten (${formatKr(possible)} kr); fonden kan inte återbetalas ens med hela vinsten`,
      },
    ]);
  }
  const share = new Dec(spec.share);
  const schedule: number[][] = [];
  const balance: number[] = [];
  let paid = ZERO;
  let repaidYear: number | null = null;
  for (let t = 1; t <= H; t++) {
    let row = units.map((_, i) => (t >= start ? gains[i][t - 1].times(share) : ZERO));
    const total = row.reduce((s, x) => s.plus(x), ZERO);
    const left = F.minus(paid);
    if (total.gt(left)) {
      const scale = total.isZero() ? ZERO : left.div(total);
      row = row.map((x) => x.times(scale));
    }
    paid = paid.plus(total.gt(left) ? left : total);
    schedule.push(row.map((x) => num(x)));
    balance.push(num(F.minus(paid)));
    if (repaidYear === null && F.minus(paid).lte(0)) repaidYear = t;
  }
  return {
    model: spec.model,
    fund: spec.fund,
    units,
    schedule,
    balance,
    repaidYear,
    message: repaidYear
      ? `Fonden är återbetald år ${repaidYear}.`
      : `Fonden är inte återbetald inom horisonten; kvar år ${H}: ${formatKr(balance[H - 1])} kr.`,
  };
}

// ------------------------------------------------------------------ compensation
export interface CompensationResult {
  possible: boolean;
  message: string;
  /** Accumulated (discounted) net of each public actor's own lines over the horizon. */
  net: Record<string, number>;
  transfers: { from: string; to: string; amount: number }[];
}

/**
 * Compensation between public actors (their budgets can transfer money; the individual and the
 * economy's production value cannot): each loser is made whole pro rata to the winners' gains.
 */
export function runCompensation(c: Case): CompensationResult {
  const comp = compute(c);
  const nets = new Map(
    c.actors.filter((a) => a.kind === "public").map((a) => [a.id, sumSeries(actorAnnual(comp, a.id, true))]),
  );
  const winners = [...nets].filter(([, v]) => v.gt(0));
  const losers = [...nets].filter(([, v]) => v.lt(0));
  const total = [...nets.values()].reduce((s, v) => s.plus(v), ZERO);
  const sumWin = winners.reduce((s, [, v]) => s.plus(v), ZERO);
  const net: Record<string, number> = {};
  for (const [k, v] of nets) net[k] = num(v);
  if (losers.length === 0)
    return { possible: true, message: "Ingen aktör förlorar; ingen omfördelning behövs.", net, transfers: [] };
  if (total.lt(0)) {
    return {
      possible: false,
      message: `Summan över de offentliga aktörerna är negativ (${formatKr(total)} kr): vinnarna kan inte kompensera förlorarna.`,
      net,
      transfers: [],
    };
  }
  const transfers: CompensationResult["transfers"] = [];
  for (const [l, lv] of losers)
    for (const [w, wv] of winners) transfers.push({ from: w, to: l, amount: num(lv.abs().times(wv).div(sumWin)) });
  return {
    possible: true,
    message: `${losers.length} förlorare kompenseras av ${winners.length} vinnare i proportion till deras vinster.`,
    net,
    transfers,
  };
}

// ------------------------------------------------------------------ follow-up
export interface FollowUpResult {
  lastYear: number;
  byActor: Record<string, { plan: number[]; actual: number[]; variance: number[] }>;
  total: { plan: number[]; actual: number[]; variance: number[] };
  npvPlan: number;
  npvUpdated: number;
}

export function runFollowUp(c: Case): FollowUpResult | undefined {
  const spec = c.followUp;
  if (!spec || spec.years.length === 0) return undefined;
  const a = c.assumptions;
  const H = a.horizon;
  const f = yearFactors(a);
  const byYear = new Map(spec.years.map((y) => [y.year, y]));
  const lastYear = Math.max(...spec.years.map((y) => y.year));
  // persons in outcome: actual where followed up, then declining from the last actual count
  const planQ: Dec[] = [];
  const actualQ: Dec[] = [];
  let q = new Dec(a.successes);
  let last: { year: number; q: Dec } | null = null;
  for (let t = 1; t <= H; t++) {
    planQ.push(q);
    const y = byYear.get(t);
    if (y?.successes !== undefined) {
      actualQ.push(new Dec(y.successes));
      last = { year: t, q: new Dec(y.successes) };
    } else if (last) actualQ.push(last.q.times(ONE.minus(a.relapse).pow(t - last.year)));
    else actualQ.push(q);
    q = q.times(ONE.minus(a.relapse));
  }
  const plan = new Map(c.actors.map((x) => [x.id, Array.from({ length: H }, () => ZERO)]));
  const actual = new Map(c.actors.map((x) => [x.id, Array.from({ length: H }, () => ZERO)]));
  c.lines.forEach((l, i) => {
    const s = l.direction === "revenue" ? 1 : -1;
    for (let t = l.fromYear; t <= l.toYear; t++) {
      const d = f.discount[t - 1];
      let pv: Dec;
      let av: Dec;
      if (l.role === "investment") {
        pv = new Dec(l.amount);
        const inv = byYear.get(t)?.investment?.find((x) => x.line === i);
        av = inv ? new Dec(inv.amount) : pv;
      } else {
        const e = f.effectTotal[t - 1];
        pv = e.times(l.amount).times(l.basis === "perSuccess" ? planQ[t - 1] : ONE);
        av = e.times(l.amount).times(l.basis === "perSuccess" ? actualQ[t - 1] : ONE);
      }
      plan.get(l.actor)![t - 1] = plan.get(l.actor)![t - 1].plus(pv.times(s).times(d));
      actual.get(l.actor)![t - 1] = actual.get(l.actor)![t - 1].plus(av.times(s).times(d));
    }
  });
  const byActor: FollowUpResult["byActor"] = {};
  const tp = Array.from({ length: H }, () => ZERO);
  const ta = Array.from({ length: H }, () => ZERO);
  for (const x of c.actors) {
    const p = plan.get(x.id)!;
    const av = actual.get(x.id)!;
    byActor[x.id] = { plan: p.map(num), actual: av.map(num), variance: av.map((v, i) => num(v.minus(p[i]))) };
    p.forEach((v, i) => (tp[i] = tp[i].plus(v)));
    av.forEach((v, i) => (ta[i] = ta[i].plus(v)));
  }
  return {
    lastYear,
    byActor,
    total: { plan: tp.map(num), actual: ta.map(num), variance: ta.map((v, i) => num(v.minus(tp[i]))) },
    npvPlan: num(sumSeries(tp)),
    npvUpdated: num(sumSeries(ta)),
  };
}

// ------------------------------------------------------------------ compare
export interface CompareResult {
  years: number[];
  actors: { id: string; name: string; npvA: number; npvB: number; difference: number[]; prefers: "A" | "B" | "lika" }[];
  perspectives: Record<BP, { npvA: number; npvB: number; difference: number }>;
}

/** Two alternatives for the same target group: A − B per actor and year, and who prefers which. */
export function compareCases(a: Case, b: Case): CompareResult {
  const H = Math.max(a.assumptions.horizon, b.assumptions.horizon);
  const ca = compute(a);
  const cb = compute(b);
  const pad = (s: Series) => [...s, ...Array.from({ length: H - s.length }, () => ZERO)];
  const ids = [...new Set([...a.actors.map((x) => x.id), ...b.actors.map((x) => x.id)])];
  const actors = ids.map((id) => {
    const sa = a.actors.some((x) => x.id === id) ? pad(actorAnnual(ca, id, true)) : pad([]);
    const sb = b.actors.some((x) => x.id === id) ? pad(actorAnnual(cb, id, true)) : pad([]);
    const na = sumSeries(sa);
    const nb = sumSeries(sb);
    return {
      id,
      name: (a.actors.find((x) => x.id === id) ?? b.actors.find((x) => x.id === id))!.name,
      npvA: num(na),
      npvB: num(nb),
      difference: sa.map((x, i) => num(x.minus(sb[i]))),
      prefers: na.gt(nb) ? ("A" as const) : na.lt(nb) ? ("B" as const) : ("lika" as const),
    };
  });
  const perspectives = {} as CompareResult["perspectives"];
  for (const p of BASE_PERSPECTIVES) {
    const x = perspective(ca, p).npv;
    const y = perspective(cb, p).npv;
    perspectives[p] = { npvA: num(x), npvB: num(y), difference: num(x.minus(y)) };
  }
  return { years: Array.from({ length: H }, (_, i) => i + 1), actors, perspectives };
}
