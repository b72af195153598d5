/**
 * The case model of method version 1 (see docs/method.md).
 * These are the shapes after validation: every optional field has been filled in.
 */

export type Direction = "revenue" | "cost";
export type Category = "real" | "financial" | "production";
export type Role = "investment" | "effect";
export type Basis = "total" | "perSuccess";
export type ActorKind = "public" | "individual" | "society" | "other";

export const DIRECTIONS: readonly Direction[] = ["revenue", "cost"];
export const CATEGORIES: readonly Category[] = ["real", "financial", "production"];
export const ROLES: readonly Role[] = ["investment", "effect"];
export const BASES: readonly Basis[] = ["total", "perSuccess"];
export const ACTOR_KINDS: readonly ActorKind[] = ["public", "individual", "society", "other"];

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

export interface Case {
  title: string;
  priceYear: number;
  activity?: string;
  municipality?: string;
  participants?: number;
  actors: Actor[];
  assumptions: Assumptions;
  lines: Line[];
}

/** A validation or computation problem, with the path of the field it concerns. */
export interface Issue {
  path: string;
  message: string;
}
