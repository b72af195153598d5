/**
 * The case model of method version 1 (see docs/method.md).
 * These are the shapes after validation: every optional field has been filled in.
 */

import type { ActorKind, Basis, Category, Direction, Role } from "./vocabulary";

export type { ActorKind, Basis, Category, Direction, Role } from "./vocabulary";
export { ACTOR_KINDS, BASES, CATEGORIES, DIRECTIONS, ROLES } from "./vocabulary";
export type { Issue } from "./errors";

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  parent?: string;
}

export interface Line {
  actor: string;
  direction: Direction;
  category: Category;
  role: Role;
  basis: Basis;
  /** Kronor per year in the case's price year, never negative; the sign comes from direction. */
  amount: number;
  fromYear: number;
  toYear: number;
  label?: string;
}

export interface Assumptions {
  horizon: number;
  discountRate: number;
  successes: number;
  relapse: number;
  decay: number;
  deadweight: number;
  attribution: number;
  displacement: number;
  growth: number;
}

export type AssumptionKey = keyof Assumptions;

export interface Case extends CaseAnalyses {
  title: string;
  priceYear: number;
  activity?: string;
  municipality?: string;
  participants?: number;
  actors: Actor[];
  assumptions: Assumptions;
  lines: Line[];
}

/** A named set of assumption overrides (känslighetsanalys). */
export interface Scenario {
  name: string;
  assumptions: Partial<Omit<Assumptions, "horizon">>;
}

export type DistributionTarget = { assumption: Exclude<AssumptionKey, "horizon"> } | { line: number };
export type Distribution = DistributionTarget &
  (
    | { type: "uniform"; min: number; max: number }
    | { type: "triangular"; min: number; mode: number; max: number }
    | { type: "normal"; mean: number; sd: number; min?: number; max?: number }
  );

export interface MonteCarloSpec {
  iterations: number;
  seed: number;
  /** The year by which break-even is counted (default: the horizon). */
  breakEvenBy?: number;
  distributions: Distribution[];
}

export type RepaymentSpec =
  | { model: "gainShare"; fund: number; share: number; units?: string[]; startYear?: number }
  | { model: "frameShare"; fund: number; years: number; frames: Record<string, number>; startYear?: number };

export interface FollowUpYear {
  year: number;
  /** Actual persons in outcome that year (replaces q(t) for per-person lines). */
  successes?: number;
  /** Actual amounts of investment lines that year (line index, 0-based). */
  investment?: { line: number; amount: number }[];
}

export interface FollowUpSpec {
  years: FollowUpYear[];
}

export interface CaseAnalyses {
  scenarios?: Scenario[];
  monteCarlo?: MonteCarloSpec;
  repayment?: RepaymentSpec;
  followUp?: FollowUpSpec;
}
