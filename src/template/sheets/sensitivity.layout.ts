import { scenarioList, type Assumptions, type Case } from "../../engine";
import { BASE_PERSPECTIVES } from "../../engine/vocabulary";
import { Years } from "../cells";
import type { PerspectiveRows } from "./projection.layout";
import { perPerspective, rowsFrom, type P } from "./rows";

/** Where everything goes on Känslighet: the scenarios, the detail rows of the live ones and Monte Carlo. */

export interface ScenarioLayout {
  name: string;
  assumptions: Assumptions;
  row: number;
  /** Live: computed with formulas (only the successes change); otherwise values from the engine. */
  live: boolean;
  /** Rows of the per-year detail of a live scenario. */
  detail?: Record<P, PerspectiveRows>;
}

export interface SensitivityLayout {
  headerRow: number;
  col: { name: number; successes: number; npv: Record<P, number>; roi: number; breakEven: number; note: number };
  scenarios: ScenarioLayout[];
  /** Header of the years of the detail rows. */
  yearRow: number;
  years: Years;
  monteCarlo?: { titleRow: number; firstDistributionRow: number; headerRow: number; row: Record<P, number> };
}

/** A scenario is live when it changes only the successes (and does not scale a zero up). */
function isLive(c: Case, a: Assumptions): boolean {
  const base = c.assumptions as unknown as Record<string, number>;
  const s = a as unknown as Record<string, number>;
  const onlySuccesses = Object.keys(s).every((k) => s[k] === base[k] || k === "successes");
  return onlySuccesses && (c.assumptions.successes > 0 || a.successes === 0);
}

export function sensitivityLayout(c: Case): SensitivityLayout {
  const headerRow = 4;
  const list = scenarioList(c);
  const yearRow = headerRow + 2 + list.length + 2;
  let r = yearRow + 1;
  const scenarios = list.map((s, i): ScenarioLayout => {
    const live = isLive(c, s.assumptions);
    const out: ScenarioLayout = { name: s.name, assumptions: s.assumptions, row: headerRow + 1 + i, live };
    if (live) {
      out.detail = perPerspective(() => ({ annual: r++, acc: r++, neg: r++ }));
      r++;
    }
    return out;
  });
  const mc = c.monteCarlo;
  let monteCarlo: SensitivityLayout["monteCarlo"];
  if (mc) {
    r++;
    const titleRow = r++;
    const firstDistributionRow = r;
    r += mc.distributions.length;
    const mcHeader = r++;
    monteCarlo = { titleRow, firstDistributionRow, headerRow: mcHeader, row: rowsFrom(BASE_PERSPECTIVES, () => r++) };
  }
  return {
    headerRow,
    col: { name: 1, successes: 2, npv: perPerspective((_p, j) => 3 + j), roi: 6, breakEven: 7, note: 8 },
    scenarios,
    yearRow,
    years: new Years(3, c.assumptions.horizon),
    monteCarlo,
  };
}
