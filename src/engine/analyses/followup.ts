import { sumSeries, yearFactors } from "../compute";
import { Dec, ONE, ZERO, num } from "../decimal";
import { lineAmount, lineAmountInYear } from "../prices";
import type { Case, FollowUpYear } from "../types";

export interface FollowUpResult {
  lastYear: number;
  byActor: Record<string, { plan: number[]; actual: number[]; variance: number[] }>;
  total: { plan: number[]; actual: number[]; variance: number[] };
  npvPlan: number;
  npvUpdated: number;
}

/** Persons in outcome per year: the plan, and the actual where followed up, then declining from the last actual count. */
function personsInOutcome(c: Case, byYear: Map<number, FollowUpYear>): { planQ: Dec[]; actualQ: Dec[] } {
  const a = c.assumptions;
  const planQ: Dec[] = [];
  const actualQ: Dec[] = [];
  let q = new Dec(a.successes);
  let last: { year: number; q: Dec } | null = null;
  for (let t = 1; t <= a.horizon; t++) {
    planQ.push(q);
    const y = byYear.get(t);
    if (y?.successes !== undefined) {
      actualQ.push(new Dec(y.successes));
      last = { year: t, q: new Dec(y.successes) };
    } else if (last) actualQ.push(last.q.times(ONE.minus(a.relapse).pow(t - last.year)));
    else actualQ.push(q);
    q = q.times(ONE.minus(a.relapse));
  }
  return { planQ, actualQ };
}

export function runFollowUp(c: Case): FollowUpResult | undefined {
  const spec = c.followUp;
  if (!spec || spec.years.length === 0) return undefined;
  const a = c.assumptions;
  const H = a.horizon;
  const f = yearFactors(a);
  const byYear = new Map(spec.years.map((y) => [y.year, y]));
  const lastYear = Math.max(...spec.years.map((y) => y.year));
  const { planQ, actualQ } = personsInOutcome(c, byYear);
  const plan = new Map(c.actors.map((x) => [x.id, Array.from({ length: H }, () => ZERO)]));
  const actual = new Map(c.actors.map((x) => [x.id, Array.from({ length: H }, () => ZERO)]));
  c.lines.forEach((l, i) => {
    const s = l.direction === "revenue" ? 1 : -1;
    const fixed = l.yearlyAmounts === undefined ? lineAmount(c, l) : undefined;
    for (let t = l.fromYear; t <= l.toYear; t++) {
      const amount = fixed ?? lineAmountInYear(c, l, t);
      const d = f.discount[t - 1];
      let pv: Dec;
      let av: Dec;
      if (l.role === "investment") {
        pv = amount;
        const inv = byYear.get(t)?.investment?.find((x) => x.line === i);
        av = inv ? new Dec(inv.amount) : pv;
      } else {
        const e = f.effectTotal[t - 1];
        pv = e.times(amount).times(l.basis === "perSuccess" ? planQ[t - 1] : ONE);
        av = e.times(amount).times(l.basis === "perSuccess" ? actualQ[t - 1] : ONE);
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
