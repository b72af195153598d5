import {
  accumulate,
  actorAnnual,
  categoryAnnual,
  compute,
  perspective,
  perspectivesOf,
  type Computation,
  type Perspective,
} from "./compute";
import { num, type Dec } from "./decimal";
import { CATEGORIES, type Case, type Category } from "./types";
import type {
  CompensationResult,
  FollowUpResult,
  MonteCarloResult,
  RepaymentResult,
  ScenarioResult,
} from "./analyses/index";
import { withAnalyses } from "./lazy";

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
  };
  perspectives: Record<string, PerspectiveReport>;
  /** Scenarios (the case's, or the default set bra/halvbra/dåligt/riktigt dåligt). */
  scenarios: ScenarioResult[];
  /** Transfers that make every losing actor whole. */
  compensation: CompensationResult;
  monteCarlo?: MonteCarloResult;
  repayment?: RepaymentResult;
  followUp?: FollowUpResult;
}

export interface PerspectiveReport {
  investment: number;
  benefits: number;
  npv: number;
  roi: number | null;
  breakEvenYear: number | null;
}

function nums(xs: Dec[]): number[] {
  return xs.map(num);
}

export function perspectiveReport(comp: Computation, p: Perspective): PerspectiveReport {
  const r = perspective(comp, p);
  return {
    investment: num(r.investment),
    benefits: num(r.benefits),
    npv: num(r.npv),
    roi: r.roi === null ? null : num(r.roi),
    breakEvenYear: r.breakEvenYear,
  };
}

export function buildReport(comp: Computation): Report {
  const c = comp.case;
  const byActor: Report["statement"]["byActor"] = {};
  for (const [id, row] of comp.statement.byActor) {
    byActor[id] = { revenue: num(row.revenue), cost: num(row.cost), net: num(row.net) };
  }
  const annualByActor: Record<string, number[]> = {};
  const accumulatedByActor: Record<string, number[]> = {};
  for (const actor of c.actors) {
    const annual = actorAnnual(comp, actor.id, true);
    annualByActor[actor.id] = nums(annual);
    accumulatedByActor[actor.id] = nums(accumulate(annual));
  }
  const annualByCategory = {} as Record<Category, number[]>;
  const accumulatedByCategory = {} as Record<Category, number[]>;
  for (const cat of CATEGORIES) {
    const annual = categoryAnnual(comp, cat, true);
    annualByCategory[cat] = nums(annual);
    accumulatedByCategory[cat] = nums(accumulate(annual));
  }
  const perspectives: Record<string, PerspectiveReport> = {};
  for (const p of perspectivesOf(c)) perspectives[p] = perspectiveReport(comp, p);
  const out = {
    statement: { byActor, total: num(comp.statement.total) },
    projection: { years: comp.years, annualByActor, accumulatedByActor, annualByCategory, accumulatedByCategory },
    perspectives,
  };
  // Scenarios, compensation, Monte Carlo, repayment and follow-up: computed when first read.
  return withAnalyses(out, c);
}

/** Validated case → report. */
export function report(c: Case): Report {
  return buildReport(compute(c));
}
