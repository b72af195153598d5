import type { RepaymentSpec } from "../types";

/**
 * A social investment fund (social investeringsfond) and its projects: each project is a case
 * file with the calendar year it starts in and its repayment terms (återföring).
 */
export interface FundSpec {
  name: string;
  owner?: string;
  /** The fund's first calendar year. */
  startYear: number;
  /** Capital at the start of the first year, kronor, ≥ 0. */
  openingCapital: number;
  /** Contributions (tillskott) in given calendar years. */
  contributions: { year: number; amount: number }[];
}

export interface ProjectSpec {
  /** The project's name (default: the case's title). */
  name?: string;
  /** The case file, relative to the portfolio file. */
  case: string;
  /** The calendar year of the case's year 1. */
  startYear: number;
  /** The repayment terms: the fund's grant F and how the gaining units pay it back. */
  repayment: RepaymentSpec;
}

export interface Portfolio {
  fund: FundSpec;
  projects: ProjectSpec[];
}
