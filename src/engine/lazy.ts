/**
 * The report's analyses on demand. A report always carries `scenarios` and `compensation`,
 * and `monteCarlo`, `repayment` and `followUp` when the case asks for them; each (but the
 * repayment, see below) is computed the first time it is read and kept (so a report that only shows its statement and
 * projection never runs the scenarios). The properties are enumerable accessors defined in
 * the report's order, so JSON.stringify, Object.keys and spreading see exactly what an
 * eagerly built report has: the same keys in the same order with the same values.
 */
import {
  runCompensation,
  runFollowUp,
  runMonteCarlo,
  runRepayment,
  runScenarios,
  type CompensationResult,
  type FollowUpResult,
  type MonteCarloResult,
  type RepaymentResult,
  type ScenarioResult,
} from "./analyses/index";
import type { Case } from "./types";

export interface Analyses {
  scenarios: ScenarioResult[];
  compensation: CompensationResult;
  monteCarlo?: MonteCarloResult;
  repayment?: RepaymentResult;
  followUp?: FollowUpResult;
}

/** Defines `key` on `target` as an enumerable property computed once, on first read. */
export function defineLazy<T extends object, K extends string, V>(
  target: T,
  key: K,
  compute: () => V,
): T & Record<K, V> {
  let state: { value: V } | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => (state ??= { value: compute() }).value,
    // Assigning replaces the computed value (as on a plain object).
    set: (value: V) => {
      state = { value };
    },
  });
  return target as T & Record<K, V>;
}

/** Adds the case's analyses to `base` as lazy properties (see above). */
export function withAnalyses<T extends object>(base: T, c: Case): T & Analyses {
  let out = defineLazy(base, "scenarios", () => runScenarios(c));
  out = defineLazy(out, "compensation", () => runCompensation(c));
  const mc = c.monteCarlo;
  if (mc) out = defineLazy(out, "monteCarlo", () => runMonteCarlo(c, mc));
  // Repayment is computed at once: it is where a case can still be refused (a fund larger than
  // the gains), and every caller of buildReport must keep seeing that error where it did.
  if (c.repayment) Object.assign(out, { repayment: runRepayment(c, c.repayment) });
  // runFollowUp gives a result exactly when the case has follow-up years.
  if (c.followUp && c.followUp.years.length > 0) out = defineLazy(out, "followUp", () => runFollowUp(c));
  return out as T & Analyses;
}
