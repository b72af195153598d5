import { compute, perspective } from "../compute";
import { num } from "../decimal";
import type { Assumptions, Case } from "../types";
import { BASE_PERSPECTIVES, DEFAULT_SCENARIO, type BasePerspective, type DefaultScenario } from "../vocabulary";

/** Känslighetsanalys: the case recomputed under named sets of assumptions. */

/** The share of the expected successes in each default scenario. */
const SHARE: Record<DefaultScenario, number> = { planned: 1, half: 0.5, quarter: 0.25, none: 0 };

/**
 * The default scenarios: 100 %, 50 %, 25 % and 0 % of the expected persons in outcome, named
 * as in the vocabulary ("Planerat utfall" …; the seed report's "bra", "halvbra", "dåligt",
 * "riktigt dåligt" are its synonyms).
 */
export const DEFAULT_SCENARIOS: { id: DefaultScenario; name: string; share: number }[] = DEFAULT_SCENARIO.values.map(
  (id) => ({ id, name: DEFAULT_SCENARIO.labels[id], share: SHARE[id] }),
);

export interface ScenarioResult {
  name: string;
  assumptions: Assumptions;
  perspectives: Record<BasePerspective, { npv: number; roi: number | null; breakEvenYear: number | null }>;
}

/** The case's scenarios, or the default set: 100 %, 50 %, 25 % and 0 % of the expected successes. */
export function scenarioList(c: Case): { name: string; assumptions: Assumptions }[] {
  if (c.scenarios && c.scenarios.length)
    return c.scenarios.map((s) => ({ name: s.name, assumptions: { ...c.assumptions, ...s.assumptions } }));
  return DEFAULT_SCENARIOS.map((d) => ({
    name: d.name,
    assumptions: { ...c.assumptions, successes: c.assumptions.successes * d.share },
  }));
}

export function runScenarios(c: Case): ScenarioResult[] {
  return scenarioList(c).map(({ name, assumptions }) => {
    const comp = compute({ ...c, assumptions });
    const perspectives = {} as ScenarioResult["perspectives"];
    for (const p of BASE_PERSPECTIVES) {
      const r = perspective(comp, p);
      perspectives[p] = { npv: num(r.npv), roi: r.roi === null ? null : num(r.roi), breakEvenYear: r.breakEvenYear };
    }
    return { name, assumptions, perspectives };
  });
}
