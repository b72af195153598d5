import { compute, perspective } from "../compute";
import { num } from "../decimal";
import type { Assumptions, Case } from "../types";
import { BASE_PERSPECTIVES, type BasePerspective } from "../vocabulary";

/** Känslighetsanalys: the case recomputed under named sets of assumptions. */

/** The default scenarios: 100 %, 50 %, 25 % and 0 % of the expected persons in outcome. */
export const DEFAULT_SCENARIOS: { name: string; share: number }[] = [
  { name: "bra", share: 1 },
  { name: "halvbra", share: 0.5 },
  { name: "dåligt", share: 0.25 },
  { name: "riktigt dåligt", share: 0 },
];

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
