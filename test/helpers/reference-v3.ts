/**
 * An independent reference of method v3 (docs/method.md, "Method v3: a continuing activity"),
 * written straight from the contract's formulas, line by line and year by year, with its own
 * decimal.js clone: no code of src/engine is used, so the engine's bucketing, difference arrays,
 * incremental factors and shared sums are checked against the formulas themselves.
 */
import DecimalBase from "decimal.js";

const D = DecimalBase.clone({ precision: 60 });
type D = InstanceType<typeof D>;

export interface RefLine {
  actor: string;
  direction: "revenue" | "cost";
  category: "real" | "financial" | "production";
  role?: "investment" | "effect";
  basis?: "total" | "perSuccess";
  amount?: number;
  yearlyAmounts?: number[];
  fromYear?: number;
  toYear?: number;
}
export interface RefCase {
  participants?: number;
  unit?: string;
  actors: { id: string; name: string; kind: string; parent?: string }[];
  assumptions: {
    horizon: number;
    discountRate?: number;
    successes?: number;
    relapse?: number;
    decay?: number;
    deadweight?: number;
    attribution?: number;
    displacement?: number;
    growth?: number;
    intakeYears?: number;
    discountTiming?: "startOfYear" | "endOfYear";
    discountSchedule?: "greenbook" | { fromYear: number; rate: number }[];
  };
  lines: RefLine[];
}

export interface RefPerspective {
  investment: number;
  benefits: number;
  npv: number;
  roi: number | null;
  npvRatio: number | null;
  breakEvenYear: number | null;
  breakEvenSuccesses: number | null;
  accumulated: { investment: number[]; benefits: number[]; npv: number[] };
}

export interface RefReport {
  statement: Record<string, { revenue: number; cost: number; net: number }>;
  statementTotal: number;
  annualByActor: Record<string, number[]>;
  persons: number[];
  perspectives: Record<string, RefPerspective>;
  keyFigures: Record<string, number | string | null> | null;
}

function rate(c: RefCase, j: number): D {
  const a = c.assumptions;
  const end = a.discountTiming === "endOfYear";
  let bands: { fromYear: number; rate: number }[] = [];
  if (a.discountSchedule === "greenbook") {
    // Years elapsed e: 3.5 % for e ≤ 30, 3.0 % to 75, 2.5 % after; e = j − 1 (start) or j (end).
    const e = end ? j : j - 1;
    return new D(e <= 30 ? 0.035 : e <= 75 ? 0.03 : 0.025);
  } else if (a.discountSchedule) bands = a.discountSchedule;
  let r = new D(a.discountRate ?? 0.035);
  for (const b of bands) if (b.fromYear <= j) r = new D(b.rate);
  return r;
}

function delta(c: RefCase, t: number): D {
  const s = c.assumptions.discountTiming === "endOfYear" ? 1 : 2;
  let d = new D(1);
  for (let j = s; j <= t; j++) d = d.div(rate(c, j).plus(1));
  return d;
}

/** The line's value in year t, undiscounted, with N successes per intake year. */
function value(c: RefCase, l: RefLine, t: number, N: D): D {
  const a = c.assumptions;
  const from = l.fromYear ?? 1;
  const to = l.yearlyAmounts ? from + l.yearlyAmounts.length - 1 : (l.toYear ?? a.horizon);
  if (t < from || t > to) return new D(0);
  const A = new D(l.yearlyAmounts ? l.yearlyAmounts[t - from] : (l.amount as number));
  const s = l.direction === "revenue" ? 1 : -1;
  if ((l.role ?? "effect") === "investment") return A.times(s);
  const k = new D(1)
    .minus(a.deadweight ?? 0)
    .times(new D(1).minus(a.displacement ?? 0))
    .times(a.attribution ?? 1);
  const g = new D(1).plus(a.growth ?? 0).pow(t - 1);
  const lam = new D(1).minus(a.decay ?? 0);
  if ((l.basis ?? "total") === "total")
    return A.times(s)
      .times(k)
      .times(lam.pow(t - 1))
      .times(g);
  const K = a.intakeYears ?? 1;
  const x = new D(1).minus(a.relapse ?? 0).times(lam);
  let P = new D(0);
  for (let cohort = 1; cohort <= Math.min(t, K); cohort++) P = P.plus(x.pow(t - cohort));
  return A.times(s).times(k).times(N).times(P).times(g);
}

function members(c: RefCase, id: string): string[] {
  const out = [id];
  for (const x of c.actors) if (x.parent === id) out.push(...members(c, x.id));
  return out;
}

export function reference(c: RefCase): RefReport {
  const a = c.assumptions;
  const H = a.horizon;
  const N = new D(a.successes ?? 0);
  const years = Array.from({ length: H }, (_, i) => i + 1);
  const statement: RefReport["statement"] = {};
  let total = new D(0);
  for (const x of c.actors) {
    let rev = new D(0);
    let cost = new D(0);
    for (const l of c.lines.filter((l) => l.actor === x.id)) {
      const v = value(c, l, 1, N);
      if (l.direction === "revenue") rev = rev.plus(v);
      else cost = cost.minus(v);
    }
    statement[x.id] = { revenue: rev.toNumber(), cost: cost.toNumber(), net: rev.minus(cost).toNumber() };
    total = total.plus(rev.minus(cost));
  }
  const annualByActor: Record<string, number[]> = {};
  for (const x of c.actors) {
    annualByActor[x.id] = years.map((t) =>
      c.lines
        .filter((l) => l.actor === x.id)
        .reduce((s, l) => s.plus(value(c, l, t, N).times(delta(c, t))), new D(0))
        .toNumber(),
    );
  }
  const persons = years.map((t) => {
    let q = new D(0);
    for (let cohort = 1; cohort <= Math.min(t, a.intakeYears ?? 1); cohort++)
      q = q.plus(new D(1).minus(a.relapse ?? 0).pow(t - cohort));
    return q.times(N).toNumber();
  });
  const isPublic = (id: string) => c.actors.find((x) => x.id === id)?.kind === "public";
  const sets: Record<string, (l: RefLine) => boolean> = {
    total: () => true,
    public: (l) => isPublic(l.actor),
    economic: (l) => l.category !== "financial",
  };
  for (const x of c.actors) {
    const m = members(c, x.id);
    sets[`actor:${x.id}`] = (l) => m.includes(l.actor);
  }
  const perspectives: Record<string, RefPerspective> = {};
  for (const [p, inSet] of Object.entries(sets)) perspectives[p] = perspectiveRef(c, c.lines.filter(inSet), N);
  return {
    statement,
    statementTotal: total.toNumber(),
    annualByActor,
    persons,
    perspectives,
    keyFigures: keys(c, statement),
  };
}

function perspectiveRef(c: RefCase, lines: RefLine[], N: D): RefPerspective {
  const H = c.assumptions.horizon;
  const inv: D[] = [];
  const ben: D[] = [];
  let I = new D(0);
  let B = new D(0);
  let B0 = new D(0);
  let b1 = new D(0);
  const acc: D[] = [];
  for (let t = 1; t <= H; t++) {
    const d = delta(c, t);
    for (const l of lines) {
      const v = value(c, l, t, N).times(d);
      if ((l.role ?? "effect") === "investment") I = I.minus(v);
      else {
        B = B.plus(v);
        if ((l.basis ?? "total") === "total") B0 = B0.plus(v);
        else b1 = b1.plus(value(c, l, t, new D(1)).times(d));
      }
    }
    inv.push(I);
    ben.push(B);
    acc.push(B.minus(I));
  }
  let be: number | null = null;
  for (let t = H; t >= 1; t--) {
    if (acc[t - 1].lessThan(0)) break;
    be = t;
  }
  const gap = I.minus(B0);
  const nStar = gap.lessThanOrEqualTo(0) ? new D(0) : b1.greaterThan(0) ? gap.div(b1) : null;
  return {
    investment: I.toNumber(),
    benefits: B.toNumber(),
    npv: B.minus(I).toNumber(),
    roi: I.isZero() ? null : B.div(I).toNumber(),
    npvRatio: I.isZero() ? null : B.minus(I).div(I).toNumber(),
    breakEvenYear: be,
    breakEvenSuccesses: nStar === null ? null : nStar.toNumber(),
    accumulated: {
      investment: inv.map((x) => x.toNumber()),
      benefits: ben.map((x) => x.toNumber()),
      npv: acc.map((x) => x.toNumber()),
    },
  };
}

function keys(c: RefCase, statement: RefReport["statement"]): RefReport["keyFigures"] {
  if (c.unit === undefined) return null;
  const row = statement[c.unit];
  const n = c.participants;
  const N = c.assumptions.successes ?? 0;
  const div = (x: number, y: number | undefined) => (y === undefined || y === 0 ? null : new D(x).div(y).toNumber());
  const result = new D(row.revenue).minus(row.cost);
  return {
    unit: c.unit,
    revenue: row.revenue,
    cost: row.cost,
    result: result.toNumber(),
    overrunShare: row.revenue === 0 ? null : result.lessThan(0) ? result.neg().div(row.revenue).toNumber() : 0,
    participants: n ?? null,
    successes: N,
    costPerParticipant: div(row.cost, n),
    costPerSuccess: div(row.cost, N),
    successShare: div(N, n),
  };
}
