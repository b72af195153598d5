/**
 * The case model of method version 1 (see docs/method.md).
 * These are the shapes after validation: every optional field has been filled in.
 */

import type { ActorKind, Basis, Category, CostUnit, Direction, DiscountTiming, Role } from "./vocabulary";

export type { ActorKind, Basis, Category, CostUnit, Direction, DiscountTiming, Role } from "./vocabulary";
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
  /**
   * Kronor per year, never negative; the sign comes from direction. In the line's own price
   * year (`priceYear`, else the case's); for a line with `unitCost` it is quantity × unit
   * amount × 12/365/1, filled in by the validation. The amount in the case's price year is
   * `lineAmount(case, line)` (prices.ts): computations convert at their edge, never here.
   */
  amount: number;
  fromYear: number;
  toYear: number;
  label?: string;
  /** Where the amount comes from (a report, a price list, a decision), as the reader should find it. */
  source?: string;
  /** Method v2: the price year of `amount` when it is not the case's. */
  priceYear?: number;
  /** Method v2: the id of the unit cost (the case's own or the built-in catalogue's) the amount comes from. */
  unitCost?: string;
  /** Method v2: how many of `unitCost` (places, households, persons) all year; 0.5 is half a year. */
  quantity?: number;
  /**
   * Method v3: the line's amount in each year fromYear … fromYear + m − 1 (its årsprofil), in the
   * line's price year. Excludes unitCost and quantity; after validation `toYear` is the last of
   * those years and `amount` is the first year's amount (for display only: every computation
   * reads the year's amount, `lineAmountInYear`).
   */
  yearlyAmounts?: number[];
}

/** Method v2: a band of a discount schedule, the rate in force from `fromYear` until the next band. */
export interface DiscountBand {
  fromYear: number;
  rate: number;
}

/** Method v2: HM Treasury's declining schedule ("greenbook") or the case's own bands. */
export type DiscountScheduleSpec = "greenbook" | DiscountBand[];

/** Method v2: a price index series, year → index value (e.g. SCB's KPI, 1980 = 100). */
export interface PriceIndex {
  name: string;
  source: string;
  /** The base year, as the publisher states it ("1980=100"). */
  base?: string;
  values: Record<string, number>;
}

/** Where a unit cost comes from: as a reader would cite it, and the quoted row. */
export interface UnitCostSource {
  citation: string;
  quote?: string;
  /** The date the source was read (YYYY-MM-DD), for web sources. */
  read?: string;
  /** The web address, for web sources. */
  url?: string;
}

/** Method v2: a unit cost (kalkylvärde): a named amount per unit with its price year and source. */
export interface UnitCost {
  id: string;
  label: string;
  amount: number;
  unit: CostUnit;
  /** The price year as the source states it; null where the source gives none. */
  priceYear: number | null;
  actor?: string;
  category?: string;
  /** What a reader should know about the figure (what it covers, why no price year). */
  note?: string;
  source: UnitCostSource;
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
  /** Method v2: a schedule of declining (or any) rates; years before its first band use discountRate. */
  discountSchedule?: DiscountScheduleSpec;
  /** Method v3: K, the years 1..K in each of which N new successes enter the outcome (absent: 1). */
  intakeYears?: number;
  /** Method v3: whether year 1 is discounted (endOfYear) or not (startOfYear, absent). */
  discountTiming?: DiscountTiming;
}

/** The assumptions of method v1 that scenarios and Monte Carlo may vary (numbers, with a row on Antaganden). */
export type AssumptionKey = Exclude<keyof Assumptions, "discountSchedule" | "intakeYears" | "discountTiming">;

export interface Case extends CaseAnalyses {
  title: string;
  priceYear: number;
  activity?: string;
  municipality?: string;
  /** Who prepared the case (a name, a unit), printed on the workbook's first page. */
  preparedBy?: string;
  /** The case's own version ("1.2", "beslut 2026-03"), printed on the first page. */
  version?: string;
  participants?: number;
  /** Method v3: the id of the actor whose bokslut this is (the reporting unit; its key figures). */
  unit?: string;
  actors: Actor[];
  assumptions: Assumptions;
  lines: Line[];
  /** Method v2: the price index lines' amounts are converted with; "KPI" is the built-in series. */
  priceIndex?: "KPI" | PriceIndex;
  /** Method v2: the case's own unit costs (they win over the built-in catalogue's). */
  unitCosts?: UnitCost[];
}

/** A named set of assumption overrides (känslighetsanalys). */
export interface Scenario {
  name: string;
  assumptions: Partial<Pick<Assumptions, Exclude<AssumptionKey, "horizon">>>;
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
