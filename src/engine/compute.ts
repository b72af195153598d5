import { descendantsAndSelf } from "./actors";
import { Dec, ONE, ZERO, add } from "./decimal";
import { discountSeries, discountTiming } from "./discount";
import { isPlainLine, lineAmount, lineAmountInYear } from "./prices";
import type { Assumptions, Case, Line } from "./types";
import { BASE_PERSPECTIVES, CATEGORIES, type BasePerspective, type Category, type Role } from "./vocabulary";

/**
 * Method version 1 (docs/method.md):
 *
 *   s      = +1 for intäkt (revenue), -1 for kostnad (cost)
 *   δ(t)   = (1 + r)^-(t-1), or Π_{j=2..t} 1/(1 + r_j) with a discount schedule (discount.ts)
 *   k      = (1 - w) · (1 - u) · α
 *   q(t)   = N · (1 - ρ)^(t-1) for perSuccess lines, 1 for total lines
 *   investment:  v(t) = s · A · δ(t)
 *   effect:      v(t) = s · A · q(t) · k · (1 - λ)^(t-1) · (1 + g)^(t-1) · δ(t)
 *
 * Amounts are taken in the case's price year (prices.ts: lineAmount), converted once here.
 * Lines are first summed per (actor, category, role, basis, direction, window), exactly
 * (whole kronor as safe integers, other amounts in Decimal); each such bucket then enters a
 * difference array over its window, so the cost is O(lines) additions plus O(groups · H)
 * Decimal operations. The yearly factors are computed once, incrementally.
 */

export type Series = Dec[];

export interface YearFactors {
  /** Index t-1 for year t. */
  discount: Series;
  /** Effect factor for total lines: k · (1-λ)^(t-1) · (1+g)^(t-1). */
  effectTotal: Series;
  /**
   * Effect factor for perSuccess lines: the above · N · (1-ρ)^(t-1); with K intake years
   * (method v3) k · (1+g)^(t-1) · P(t), P(t) = N · Σ_{c=1..min(t,K)} [(1-ρ)(1-λ)]^(t-c).
   */
  effectPerSuccess: Series;
  /** Outcome adjustment k. */
  k: Dec;
}

/** K, the number of intake years (method v3): the case's, else 1. */
export function intakeYears(a: Pick<Assumptions, "intakeYears">): number {
  return a.intakeYears ?? 1;
}

/**
 * Σ_{c=1..min(t,K)} x^(t-c) for t = 1..H: the persons still in the outcome per success of
 * each intake (x = 1 − ρ), or their effect weight (x = (1 − ρ)(1 − λ)). S(1) = 1 and
 * S(t) = x · S(t−1) + [t ≤ K].
 */
export function intakeSums(H: number, K: number, x: Dec): Series {
  const out: Series = [];
  let s = ZERO;
  for (let t = 1; t <= H; t++) {
    s = s.times(x);
    if (t <= K) s = s.plus(ONE);
    out.push(s);
  }
  return out;
}

/** The perSuccess effect factors for `n` successes per intake year (n = N in yearFactors, 1 for N*). */
export function perSuccessFactors(a: Assumptions, effectTotal: Series, n: Dec): Series {
  const K = intakeYears(a);
  if (K === 1) {
    // Method v1's operations in its order (so its figures stay the same to the digit).
    const stepPersons = ONE.minus(a.relapse);
    let p = n;
    return effectTotal.map((e) => {
      const v = e.times(p);
      p = p.times(stepPersons);
      return v;
    });
  }
  const k = ONE.minus(a.deadweight).times(ONE.minus(a.displacement)).times(a.attribution);
  const weights = intakeSums(a.horizon, K, ONE.minus(a.relapse).times(ONE.minus(a.decay)));
  const stepGrowth = ONE.plus(a.growth);
  let g = k.times(n);
  return weights.map((w) => {
    const v = g.times(w);
    g = g.times(stepGrowth);
    return v;
  });
}

/** Persons in the outcome q(t) = N · Σ_{c=1..min(t,K)} (1 − ρ)^(t−c), years 1..H. */
export function personsInOutcome(a: Assumptions): Series {
  const n = new Dec(a.successes);
  return intakeSums(a.horizon, intakeYears(a), ONE.minus(a.relapse)).map((w) => w.times(n));
}

export function yearFactors(a: Assumptions): YearFactors {
  const H = a.horizon;
  const k = ONE.minus(a.deadweight).times(ONE.minus(a.displacement)).times(a.attribution);
  const stepEffect = ONE.minus(a.decay).times(ONE.plus(a.growth));
  const discount: Series = discountSeries(H, a.discountRate, a.discountSchedule, discountTiming(a));
  const effectTotal: Series = [];
  let e = k;
  for (let t = 1; t <= H; t++) {
    effectTotal.push(e);
    e = e.times(stepEffect);
  }
  const effectPerSuccess = perSuccessFactors(a, effectTotal, new Dec(a.successes));
  return { discount, effectTotal, effectPerSuccess, k };
}

/** Undiscounted value factor of a line in year t (without sign and amount). */
export function lineFactor(f: YearFactors, line: Pick<Line, "role" | "basis">, t: number): Dec {
  if (line.role === "investment") return ONE;
  return line.basis === "perSuccess" ? f.effectPerSuccess[t - 1] : f.effectTotal[t - 1];
}

/** The values of one line over years 1..H: undiscounted and discounted. */
export function lineValues(
  c: Case,
  index: number,
  f: YearFactors = yearFactors(c.assumptions),
): {
  undiscounted: Series;
  discounted: Series;
} {
  const line = c.lines[index];
  const H = c.assumptions.horizon;
  const fixed = line.yearlyAmounts === undefined ? lineAmount(c, line) : undefined;
  const s = line.direction === "revenue" ? 1 : -1;
  const undiscounted: Series = [];
  const discounted: Series = [];
  for (let t = 1; t <= H; t++) {
    const amount = (): Dec => fixed ?? lineAmountInYear(c, line, t);
    const v = t < line.fromYear || t > line.toYear ? ZERO : lineFactor(f, line, t).times(amount()).times(s);
    undiscounted.push(v);
    discounted.push(v.times(f.discount[t - 1]));
  }
  return { undiscounted, discounted };
}

/** Annual values of one actor's own lines, split by category and role. */
export interface ActorCells {
  /** [category][role] → undiscounted annual series */
  undiscounted: Record<Category, Record<Role, Series>>;
  discounted: Record<Category, Record<Role, Series>>;
}

export interface StatementRow {
  revenue: Dec;
  cost: Dec;
  net: Dec;
}

export interface PerspectiveResult {
  investment: Dec;
  benefits: Dec;
  npv: Dec;
  roi: Dec | null;
  /** Method v3: the nettonuvärdeskvot NPV / I; null when I = 0. */
  npvRatio: Dec | null;
  breakEvenYear: number | null;
  annual: Series;
  accumulated: Series;
  /** The discounted investment lines' values per year (negative for a cost). */
  investmentSeries: Series;
  /** The discounted effect lines' values per year. */
  effectSeries: Series;
}

/** Method v3: a perspective's figures over years 1..T (T ≤ H). */
export interface PerspectiveAt {
  year: number;
  investment: Dec;
  benefits: Dec;
  npv: Dec;
  roi: Dec | null;
  npvRatio: Dec | null;
  breakEvenYear: number | null;
}

export interface Computation {
  case: Case;
  factors: YearFactors;
  years: number[];
  statement: { byActor: Map<string, StatementRow>; total: Dec };
  cells: Map<string, ActorCells>;
  /** The lines summed per actor, category, role, basis, direction and window (`bucketLines`). */
  buckets: Map<string, Dec>;
}

function zeros(H: number): Series {
  const out: Series = [];
  for (let i = 0; i < H; i++) out.push(ZERO);
  return out;
}

function emptyCells(H: number): Record<Category, Record<Role, Series>> {
  return {
    real: { investment: zeros(H), effect: zeros(H) },
    financial: { investment: zeros(H), effect: zeros(H) },
    production: { investment: zeros(H), effect: zeros(H) },
  };
}

export function addSeries(a: Series, b: Series): Series {
  return a.map((x, i) => x.plus(b[i]));
}

export function accumulate(a: Series): Series {
  let acc = ZERO;
  return a.map((x) => (acc = add(acc, x)));
}

export function sumSeries(a: Series): Dec {
  return a.reduce((s, x) => add(s, x), ZERO);
}

const SEP = "\u0000";
const CATEGORY_CODE: Record<Category, number> = { real: 0, financial: 1, production: 2 };

/**
 * 1. Buckets the lines by actor, category, role, basis, direction and window, summing their
 *    amounts exactly: amounts with at most two decimals as safe integers of öre in plain
 *    numbers (a/100 round-trips to the same double, so the decimal value is cents/100),
 *    anything else (and every amount converted to the case's price year) in Decimal.
 */
export function bucketLines(c: Case): Map<string, Dec> {
  interface Bucket {
    line: Line;
    ore: number;
    dec: Dec | null;
  }
  // A numeric key per bucket (actor index, then the enumerated fields and the window); the
  // string key of the result is built once per bucket, not per line.
  const actorIndex = new Map<string, number>();
  const buckets = new Map<number | string, Bucket>();
  const addLine = (line: Line): void => {
    let ai = actorIndex.get(line.actor);
    if (ai === undefined) actorIndex.set(line.actor, (ai = actorIndex.size));
    const code =
      CATEGORY_CODE[line.category] * 8 +
      (line.role === "investment" ? 4 : 0) +
      (line.basis === "perSuccess" ? 2 : 0) +
      (line.direction === "revenue" ? 1 : 0);
    const { fromYear: f, toYear: t } = line;
    const years = Number.isInteger(f) && Number.isInteger(t) && f >= 0 && t >= 0 && f < 1024 && t < 1024;
    const key = years ? ((ai * 32 + code) * 1024 + f) * 1024 + t : `${ai}${SEP}${code}${SEP}${f}${SEP}${t}`;
    let b = buckets.get(key);
    if (!b) {
      b = { line, ore: 0, dec: null };
      buckets.set(key, b);
    }
    if (!isPlainLine(c, line)) {
      b.dec = (b.dec ?? ZERO).plus(lineAmount(c, line));
      return;
    }
    const a = line.amount;
    const ore = Math.round(a * 100);
    // Below 10^13 kr a double's spacing is under 0.002, so no other two-decimal number maps to a.
    if (Math.abs(a) < 1e13 && ore / 100 === a && Math.abs(b.ore + ore) <= Number.MAX_SAFE_INTEGER) b.ore += ore;
    else b.dec = (b.dec ?? ZERO).plus(a);
  };
  for (const line of c.lines) {
    if (line.yearlyAmounts === undefined) addLine(line);
    // Method v3: a line with yearly amounts is one single-year line per year of its profile.
    else for (const piece of yearPieces(line)) addLine(piece);
  }
  const out = new Map<string, Dec>();
  for (const { line: l, ore, dec } of buckets.values()) {
    const key = [l.actor, l.category, l.role, l.basis, l.direction, l.fromYear, l.toYear].join(SEP);
    const kronor = new Dec(ore).div(100);
    out.set(key, dec ? dec.plus(kronor) : kronor);
  }
  return out;
}

/** A line with yearly amounts as single-year lines (year fromYear + i with amount a_i); zero years left out. */
export function yearPieces(line: Line): Line[] {
  const out: Line[] = [];
  const { yearlyAmounts, ...rest } = line;
  (yearlyAmounts ?? []).forEach((amount, i) => {
    const year = line.fromYear + i;
    if (amount !== 0) out.push({ ...rest, amount, fromYear: year, toYear: year });
  });
  return out;
}

/**
 * 2. Per actor/category/role/basis, a difference array of signed amounts over the years,
 *    and the year-1 amounts per actor, direction, role and basis.
 */
function differences(buckets: Map<string, Dec>, H: number): { diffs: Map<string, Dec[]>; year1: Map<string, Dec> } {
  const diffs = new Map<string, Dec[]>();
  const year1 = new Map<string, Dec>();
  for (const [bkey, amount] of buckets) {
    const [actor, category, role, basis, direction, from, to] = bkey.split(SEP);
    const key = [actor, category, role, basis].join(SEP);
    let diff = diffs.get(key);
    if (!diff) {
      diff = Array.from({ length: H + 1 }, () => ZERO);
      diffs.set(key, diff);
    }
    const signed = direction === "revenue" ? amount : amount.neg();
    const fromYear = Number(from);
    const toYear = Number(to);
    diff[fromYear - 1] = diff[fromYear - 1].plus(signed);
    diff[toYear] = diff[toYear].minus(signed);
    if (fromYear === 1) {
      const k1 = [actor, direction, role, basis].join(SEP);
      year1.set(k1, (year1.get(k1) ?? ZERO).plus(amount));
    }
  }
  return { diffs, year1 };
}

/** 3. The statement of year 1: revenue, cost and net per actor, and the total. */
function statementOf(c: Case, f: YearFactors, year1: Map<string, Dec>): Computation["statement"] {
  const byActor = new Map<string, StatementRow>();
  for (const actor of c.actors) byActor.set(actor.id, { revenue: ZERO, cost: ZERO, net: ZERO });
  for (const [k1, amount] of year1) {
    const [actor, direction, role, basis] = k1.split(SEP) as [string, Line["direction"], Role, Line["basis"]];
    const row = byActor.get(actor) as StatementRow;
    const value = amount.times(lineFactor(f, { role, basis }, 1));
    if (direction === "revenue") row.revenue = row.revenue.plus(value);
    else row.cost = row.cost.plus(value);
  }
  let total = ZERO;
  for (const row of byActor.values()) {
    row.net = row.revenue.minus(row.cost);
    total = total.plus(row.net);
  }
  return { byActor, total };
}

/** 4. Each actor's yearly values by category and role, undiscounted and discounted. */
function cellsOf(c: Case, f: YearFactors, diffs: Map<string, Dec[]>): Map<string, ActorCells> {
  const H = c.assumptions.horizon;
  const cells = new Map<string, ActorCells>();
  for (const actor of c.actors) cells.set(actor.id, { undiscounted: emptyCells(H), discounted: emptyCells(H) });
  for (const [key, diff] of diffs) {
    const [actor, category, role, basis] = key.split(SEP) as [string, Category, Role, Line["basis"]];
    const cell = cells.get(actor) as ActorCells;
    const und = cell.undiscounted[category][role];
    const dis = cell.discounted[category][role];
    let active = ZERO;
    for (let t = 1; t <= H; t++) {
      active = add(active, diff[t - 1]);
      if (active.isZero()) continue;
      // An investment's factor is 1, and active (a sum of at most 40 digits) times 1 is active.
      const v = role === "investment" ? active : active.times(lineFactor(f, { role, basis }, t));
      und[t - 1] = add(und[t - 1], v);
      dis[t - 1] = add(dis[t - 1], v.times(f.discount[t - 1]));
    }
  }
  return cells;
}

/** Runs the method on a validated case. */
export function compute(c: Case): Computation {
  const H = c.assumptions.horizon;
  const f = yearFactors(c.assumptions);
  const buckets = bucketLines(c);
  const { diffs, year1 } = differences(buckets, H);
  return {
    case: c,
    factors: f,
    years: Array.from({ length: H }, (_, i) => i + 1),
    statement: statementOf(c, f, year1),
    cells: cellsOf(c, f, diffs),
    buckets,
  };
}

/** A base perspective (total, public, economic) or one actor with its sub-units (`actor:<id>`). */
export type Perspective = BasePerspective | `actor:${string}`;

export interface Selection {
  actors: string[];
  categories: Category[];
}

/** Which actors' lines and which categories a perspective covers. */
export function selection(c: Case, p: Perspective): Selection {
  if (p === "total") return { actors: c.actors.map((x) => x.id), categories: [...CATEGORIES] };
  if (p === "public") {
    return { actors: c.actors.filter((x) => x.kind === "public").map((x) => x.id), categories: [...CATEGORIES] };
  }
  if (p === "economic") return { actors: c.actors.map((x) => x.id), categories: ["real", "production"] };
  const id = p.slice("actor:".length);
  if (!c.actors.some((x) => x.id === id)) throw new RangeError(`okänd aktör '${id}' i perspektivet ${p}`);
  return { actors: descendantsAndSelf(c.actors, id), categories: [...CATEGORIES] };
}

/** Sum of the selected cells, by role, discounted or not. */
export function selectedSeries(comp: Computation, sel: Selection, role: Role | "both", discounted: boolean): Series {
  return addCells(zeros(comp.case.assumptions.horizon), comp, sel, role, discounted);
}

/**
 * out += the selected cells, in place, actor by actor and category by category (investment
 * before effect): the order of every sum the engine reports. add() skips zero terms.
 */
function addCells(out: Series, comp: Computation, sel: Selection, role: Role | "both", discounted: boolean): Series {
  for (const id of sel.actors) {
    const cell = comp.cells.get(id) as ActorCells;
    const src = discounted ? cell.discounted : cell.undiscounted;
    for (const cat of sel.categories) {
      if (role !== "effect") addInto(out, src[cat].investment);
      if (role !== "investment") addInto(out, src[cat].effect);
    }
  }
  return out;
}

/** out += b, in place (add() skips zero terms). */
function addInto(out: Series, b: Series): void {
  for (let i = 0; i < out.length; i++) {
    out[i] = add(out[i], b[i]);
  }
}

/** First year T with accumulated ≥ 0 in every year T..H; null when none. */
export function breakEvenYear(accumulated: Series): number | null {
  let year: number | null = null;
  for (let i = accumulated.length - 1; i >= 0; i--) {
    if (accumulated[i].isNegative() && !accumulated[i].isZero()) break;
    year = i + 1;
  }
  return year;
}

/** The result of a perspective from its discounted investment and effect series. */
function perspectiveOf(inv: Series, eff: Series, own?: ActorProjection): PerspectiveResult {
  const investment = sumSeries(inv).neg();
  const benefits = sumSeries(eff);
  // add(), not x.plus(y): the same values (neither series holds a -0), without adding zeros.
  const annual = own ? own.annual.slice() : inv.map((x, i) => add(x, eff[i]));
  const accumulated = own ? own.accumulated.slice() : accumulate(annual);
  const npv = benefits.minus(investment);
  return {
    investment,
    benefits,
    npv,
    roi: investment.isZero() ? null : benefits.div(investment),
    npvRatio: investment.isZero() ? null : npv.div(investment),
    breakEvenYear: breakEvenYear(accumulated),
    annual,
    accumulated,
    investmentSeries: inv,
    effectSeries: eff,
  };
}

/**
 * Method v3: I_T, B_T and NPV_T for every T = 1..H (index T − 1), the running sums in the same
 * order as the perspective's own sums (so the last of each equals its investment, benefits and NPV).
 */
export function accumulatedFigures(r: PerspectiveResult): { investment: Series; benefits: Series; npv: Series } {
  const investment = accumulate(r.investmentSeries).map((x) => x.neg());
  const benefits = accumulate(r.effectSeries);
  return { investment, benefits, npv: benefits.map((b, i) => b.minus(investment[i])) };
}

/** Method v3: a perspective's figures over years 1..T (a mandatperiod, or any year up to H). */
export function perspectiveAt(comp: Computation, p: Perspective, T: number): PerspectiveAt {
  const H = comp.case.assumptions.horizon;
  if (!Number.isInteger(T) || T < 1 || T > H) throw new RangeError(`år ${T} ligger utanför år 1–${H}`);
  const r = perspective(comp, p);
  const investment = sumSeries(r.investmentSeries.slice(0, T)).neg();
  const benefits = sumSeries(r.effectSeries.slice(0, T));
  const npv = benefits.minus(investment);
  return {
    year: T,
    investment,
    benefits,
    npv,
    roi: investment.isZero() ? null : benefits.div(investment),
    npvRatio: investment.isZero() ? null : npv.div(investment),
    breakEvenYear: breakEvenYear(r.accumulated.slice(0, T)),
  };
}

export function perspective(comp: Computation, p: Perspective): PerspectiveResult {
  const sel = selection(comp.case, p);
  return perspectiveOf(selectedSeries(comp, sel, "investment", true), selectedSeries(comp, sel, "effect", true));
}

/** An actor's own discounted annual values (actorAnnual) and their accumulation. */
export interface ActorProjection {
  annual: Series;
  accumulated: Series;
  /**
   * No year has more than two nonzero cells (category × role): then a year's value is the
   * correctly rounded sum of at most two terms in any order, the same Decimal as the actor's
   * investment + effect in its perspective.
   */
  twoTerms: boolean;
}

export function actorProjection(comp: Computation, actorId: string): ActorProjection {
  const annual = actorAnnual(comp, actorId, true);
  const cells = (comp.cells.get(actorId) as ActorCells).discounted;
  const terms = (i: number) =>
    CATEGORIES.reduce(
      (n, cat) => n + (cells[cat].investment[i].isZero() ? 0 : 1) + (cells[cat].effect[i].isZero() ? 0 : 1),
      0,
    );
  return { annual, accumulated: accumulate(annual), twoTerms: annual.every((_, i) => terms(i) <= 2) };
}

/**
 * Every perspective of perspectivesOf(c), each the same Decimals as perspective(comp, p), with
 * the sums they have in common computed once, in the same order as perspective() adds them:
 * - when the public actors come first in the case (as they usually do), "total" carries on
 *   from "public"'s sums with the other actors;
 * - an actor without sub-units whose projection (`own`, from actorProjection) has two terms
 *   a year at most takes its annual values and their accumulation from it.
 */
export function allPerspectives(
  comp: Computation,
  own: Map<string, ActorProjection>,
): Map<Perspective, PerspectiveResult> {
  const c = comp.case;
  const pub = selection(c, "public");
  const pubInv = selectedSeries(comp, pub, "investment", true);
  const pubEff = selectedSeries(comp, pub, "effect", true);
  const out = new Map<Perspective, PerspectiveResult>();
  for (const p of perspectivesOf(c)) {
    const sel = selection(c, p);
    let inv: Series, eff: Series;
    if (p === "public") [inv, eff] = [pubInv, pubEff];
    else if (p === "total" && pub.actors.every((id, i) => sel.actors[i] === id)) {
      const rest = { actors: sel.actors.slice(pub.actors.length), categories: sel.categories };
      inv = addCells(pubInv.slice(), comp, rest, "investment", true);
      eff = addCells(pubEff.slice(), comp, rest, "effect", true);
    } else [inv, eff] = [selectedSeries(comp, sel, "investment", true), selectedSeries(comp, sel, "effect", true)];
    const o = p.startsWith("actor:") && sel.actors.length === 1 ? own.get(sel.actors[0]) : undefined;
    out.set(p, perspectiveOf(inv, eff, o?.twoTerms ? o : undefined));
  }
  return out;
}

/** Annual values of an actor's own lines (all categories), discounted or not. */
export function actorAnnual(comp: Computation, actorId: string, discounted: boolean): Series {
  return selectedSeries(comp, { actors: [actorId], categories: [...CATEGORIES] }, "both", discounted);
}

/** Annual values of a category over all actors, discounted or not. */
export function categoryAnnual(comp: Computation, category: Category, discounted: boolean): Series {
  return selectedSeries(
    comp,
    { actors: comp.case.actors.map((x) => x.id), categories: [category] },
    "both",
    discounted,
  );
}

export function perspectivesOf(c: Case): Perspective[] {
  return [...BASE_PERSPECTIVES, ...c.actors.map((x) => `actor:${x.id}` as Perspective)];
}
