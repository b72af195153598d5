/**
 * Granska, method v3: the figures of a continuing activity straight from the engine – the
 * reporting unit's key figures (Table 4.1) and every base perspective at the milestone years
 * (1, 2, 3, 4 = a mandatperiod, 5, 10, 20, …, H). The same functions `socinv calc` uses.
 */
import { compute, keyFigures, milestoneYears, perspectiveAt, type Case, type Dec, type KeyFigures } from "../../engine";
import { BASE_PERSPECTIVES, type BasePerspective } from "../../engine/vocabulary";

export interface MilestoneRow {
  year: number;
  investment: Dec;
  benefits: Dec;
  npv: Dec;
  /** B_T / I_T and NPV_T / I_T; null when I_T is 0. */
  roi: Dec | null;
  npvRatio: Dec | null;
}

export interface Continuing {
  keyFigures: KeyFigures | null;
  horizon: number;
  perspectives: { key: BasePerspective; rows: MilestoneRow[] }[];
}

export function continuingOf(c: Case): Continuing {
  const comp = compute(c);
  const H = c.assumptions.horizon;
  const years = milestoneYears(H);
  return {
    keyFigures: keyFigures(comp),
    horizon: H,
    perspectives: BASE_PERSPECTIVES.map((key) => ({
      key,
      rows: years.map((T) => perspectiveAt(comp, key, T)),
    })),
  };
}
