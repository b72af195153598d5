import type { Computation } from "./compute";
import { Dec, num } from "./decimal";

/**
 * The reporting unit's key figures (method.md, "Key figures of the reporting unit"; Table 4.1
 * of the seed report): from the unit's own year-1 statement row (never discounted) and the
 * case's participants n and successes N.
 */
export interface KeyFigures {
  /** The unit's actor id and name. */
  unit: string;
  unitName: string;
  /** Intäkter (its budget frame), kostnader and resultat = intäkter − kostnader, kronor in year 1. */
  revenue: number;
  cost: number;
  result: number;
  /** The budget overrun as a share of revenue (−result / revenue when result < 0, else 0); null when revenue is 0. */
  overrunShare: number | null;
  participants: number | null;
  /** N, the successes (per intake year when the case has several). */
  successes: number;
  costPerParticipant: number | null;
  costPerSuccess: number | null;
  /** N / n. */
  successShare: number | null;
}

function ratio(x: Dec, d: number | Dec | undefined | null): number | null {
  if (d === undefined || d === null) return null;
  const divisor = d instanceof Dec ? d : new Dec(d);
  return divisor.isZero() ? null : num(x.div(divisor));
}

/** The key figures of the case's unit, or null when it names none. */
export function keyFigures(comp: Computation): KeyFigures | null {
  const c = comp.case;
  if (c.unit === undefined) return null;
  const actor = c.actors.find((a) => a.id === c.unit);
  const row = comp.statement.byActor.get(c.unit);
  if (!actor || !row) return null;
  const n = c.participants;
  const N = new Dec(c.assumptions.successes);
  const result = row.revenue.minus(row.cost);
  return {
    unit: actor.id,
    unitName: actor.name,
    revenue: num(row.revenue),
    cost: num(row.cost),
    result: num(result),
    overrunShare: row.revenue.isZero() ? null : result.isNegative() ? num(result.neg().div(row.revenue)) : 0,
    participants: n ?? null,
    successes: num(N),
    costPerParticipant: ratio(row.cost, n),
    costPerSuccess: ratio(row.cost, N),
    successShare: ratio(N, n),
  };
}

/** Milestone years as in Table 4.3 of the seed report (1, 2, 3, 4, 5, 10, 20, …), within the horizon, and H. */
export function milestoneYears(horizon: number): number[] {
  const ys = [1, 2, 3, 4, 5, 10, 20, 30, 50, 100].filter((y) => y <= horizon);
  if (!ys.includes(horizon)) ys.push(horizon);
  return ys;
}
