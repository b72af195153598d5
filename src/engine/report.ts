import {
  accumulate,
  accumulatedFigures,
  actorProjection,
  allPerspectives,
  categoryAnnual,
  compute,
  perspective,
  personsInOutcome,
  type ActorProjection,
  type Computation,
  type Perspective,
  type PerspectiveResult,
} from "./compute";
import { basisValues, breakEven, type BasisValues } from "./breakeven";
import { catalogueEntry } from "./catalogue/index";
import { num, type Dec } from "./decimal";
import { discountTiming, scheduleBands, scheduleText, yearlyRates } from "./discount";
import { indexValue, indexYearsUsed, priceIndexOf, unitCostsUsed } from "./prices";
import { CATEGORIES, type Case, type Category, type DiscountBand, type UnitCost } from "./types";
import type {
  CompensationResult,
  FollowUpResult,
  MonteCarloResult,
  RepaymentResult,
  ScenarioResult,
} from "./analyses/index";
import { defineLazy, withAnalyses } from "./lazy";
import { keyFigures, milestoneYears, type KeyFigures } from "./keyfigures";

/**
 * The report of `socinv calc --json`: the engine's results as plain JSON numbers. The
 * analyses (scenarios to followUp) are computed when first read (lazy.ts).
 */
export interface Report {
  statement: {
    byActor: Record<string, { revenue: number; cost: number; net: number }>;
    total: number;
  };
  projection: {
    years: number[];
    annualByActor: Record<string, number[]>;
    accumulatedByActor: Record<string, number[]>;
    annualByCategory: Record<Category, number[]>;
    accumulatedByCategory: Record<Category, number[]>;
    /** Persons in the outcome per year, q(t) (method v3: every intake year's still in it). */
    persons: number[];
  };
  perspectives: Record<string, PerspectiveReport>;
  /** Method v3: the reporting unit's key figures (Table 4.1); null when the case names no unit. */
  keyFigures: KeyFigures | null;
  /** The milestone years of the projection (1, 2, 3, 4, 5, 10, 20, … within the horizon, and H). */
  milestones: number[];
  /** Scenarios (the case's, or the default set bra/halvbra/dåligt/riktigt dåligt). */
  scenarios: ScenarioResult[];
  /** Transfers that make every losing actor whole. */
  compensation: CompensationResult;
  monteCarlo?: MonteCarloResult;
  repayment?: RepaymentResult;
  followUp?: FollowUpResult;
  /** Method v2: the discount schedule, when the case gives one. */
  discountSchedule?: ScheduleReport;
  /** Method v2: the price index and the years of it used, when any line is converted. */
  priceIndex?: PriceIndexReport;
  /** Method v2: the unit costs the lines use, with their sources. */
  unitCosts?: UnitCostReport[];
}

export interface ScheduleReport {
  name: "greenbook" | "bands";
  /** Swedish description ("Green Book (HM Treasury), fallande ränta: 3,5 % från år 2, …"). */
  text: string;
  bands: DiscountBand[];
  /** r_j for years 1..H (year 1 is discounted only at the end of the year, method v3). */
  rates: number[];
}

export interface PriceIndexReport {
  name: string;
  source: string;
  base?: string;
  /** The case's price year and every line's price year, with their index values. */
  values: Record<string, number>;
}

export interface UnitCostReport extends UnitCost {
  /** "case" for the case's own unitCosts, "catalogue" for the built-in catalogue. */
  origin: "case" | "catalogue";
}

export interface PerspectiveReport {
  investment: number;
  benefits: number;
  npv: number;
  /** Avkastningskvot B / I; null when I = 0. */
  roi: number | null;
  /** Method v3: nettonuvärdeskvot NPV / I; null when I = 0. */
  npvRatio: number | null;
  breakEvenYear: number | null;
  /** Method v3: I_T, B_T and NPV_T over years 1..T, index T − 1 (T = 1..H). */
  accumulated: { investment: number[]; benefits: number[]; npv: number[] };
  /** Method v2: N*, the successes needed to break even (0 when it pays without any; null when none does). */
  breakEvenSuccesses: number | null;
  /** Method v2: N* divided by participants; null without participants or without N*. */
  breakEvenSuccessRate: number | null;
}

function nums(xs: Dec[]): number[] {
  return xs.map(num);
}

export function perspectiveReport(
  comp: Computation,
  p: Perspective,
  values: BasisValues = basisValues(comp),
  r: PerspectiveResult = perspective(comp, p),
): PerspectiveReport {
  const be = breakEven(comp, p, values, r.investment);
  const base = {
    investment: num(r.investment),
    benefits: num(r.benefits),
    npv: num(r.npv),
    roi: r.roi === null ? null : num(r.roi),
    npvRatio: r.npvRatio === null ? null : num(r.npvRatio),
    breakEvenYear: r.breakEvenYear,
  };
  // The yearly running sums: computed when first read (JSON.stringify reads them, in this order).
  const out = defineLazy(base, "accumulated", () => {
    const a = accumulatedFigures(r);
    return { investment: nums(a.investment), benefits: nums(a.benefits), npv: nums(a.npv) };
  });
  return Object.assign(out, {
    breakEvenSuccesses: be.successes === null ? null : num(be.successes),
    breakEvenSuccessRate: be.rate === null ? null : num(be.rate),
  });
}

/** The discount schedule, price index and unit costs a case uses (method v2), for the report. */
export function pricesReport(c: Case): Pick<Report, "discountSchedule" | "priceIndex" | "unitCosts"> {
  const out: Pick<Report, "discountSchedule" | "priceIndex" | "unitCosts"> = {};
  const a = c.assumptions;
  if (a.discountSchedule !== undefined) {
    out.discountSchedule = {
      name: a.discountSchedule === "greenbook" ? "greenbook" : "bands",
      text: scheduleText(a.discountRate, a.discountSchedule, discountTiming(a)),
      bands: scheduleBands(a.discountSchedule, discountTiming(a)).map((b) => ({ ...b })),
      rates: yearlyRates(a.horizon, a.discountRate, a.discountSchedule, discountTiming(a)),
    };
  }
  const index = priceIndexOf(c);
  const years = indexYearsUsed(c);
  if (index && years.length > 0) {
    const values: Record<string, number> = {};
    for (const y of years) values[String(y)] = indexValue(index, y) as number;
    out.priceIndex = { name: index.name, source: index.source, values };
    if (index.base !== undefined) out.priceIndex.base = index.base;
  }
  const used = unitCostsUsed(c);
  if (used.length > 0) {
    out.unitCosts = used.map((u) => ({
      ...u,
      origin: c.unitCosts?.some((x) => x.id === u.id) || !catalogueEntry(u.id) ? "case" : "catalogue",
    }));
  }
  return out;
}

export function buildReport(comp: Computation): Report {
  const c = comp.case;
  const byActor: Report["statement"]["byActor"] = {};
  for (const [id, row] of comp.statement.byActor) {
    byActor[id] = { revenue: num(row.revenue), cost: num(row.cost), net: num(row.net) };
  }
  const annualByActor: Record<string, number[]> = {};
  const accumulatedByActor: Record<string, number[]> = {};
  const own = new Map<string, ActorProjection>();
  for (const actor of c.actors) {
    const projection = actorProjection(comp, actor.id);
    own.set(actor.id, projection);
    annualByActor[actor.id] = nums(projection.annual);
    accumulatedByActor[actor.id] = nums(projection.accumulated);
  }
  const annualByCategory = {} as Record<Category, number[]>;
  const accumulatedByCategory = {} as Record<Category, number[]>;
  for (const cat of CATEGORIES) {
    const annual = categoryAnnual(comp, cat, true);
    annualByCategory[cat] = nums(annual);
    accumulatedByCategory[cat] = nums(accumulate(annual));
  }
  const perspectives: Record<string, PerspectiveReport> = {};
  const values = basisValues(comp);
  for (const [p, r] of allPerspectives(comp, own)) perspectives[p] = perspectiveReport(comp, p, values, r);
  const persons = nums(personsInOutcome(c.assumptions));
  const out = {
    statement: { byActor, total: num(comp.statement.total) },
    projection: {
      years: comp.years,
      annualByActor,
      accumulatedByActor,
      annualByCategory,
      accumulatedByCategory,
      persons,
    },
    perspectives,
    keyFigures: keyFigures(comp),
    milestones: milestoneYears(c.assumptions.horizon),
  };
  // Scenarios, compensation, Monte Carlo, repayment and follow-up: computed when first read.
  // Object.assign, not a spread: a spread would read (and so compute) every lazy field.
  return Object.assign(withAnalyses(out, c), pricesReport(c));
}

/** Validated case → report. */
export function report(c: Case): Report {
  return buildReport(compute(c));
}
