/** The figures the Granska step shows, straight from the engine, and the words for its perspectives. */
import { basisValues, compute, perspective, perspectiveReport, type Case } from "../../engine";
import { BASE_PERSPECTIVES, PERSPECTIVE, type BasePerspective } from "../../engine/vocabulary";

/** The vocabulary's labels without the sheet's remark in brackets: "Totalt (Summa)" → "Totalt". */
export const PERSPECTIVE_LABEL = Object.fromEntries(
  BASE_PERSPECTIVES.map((p) => [p, PERSPECTIVE.labels[p].replace(/ \(.*\)$/, "")]),
) as Record<BasePerspective, string>;

/** For the narrow table: a soft hyphen where a long word may break. */
export const PERSPECTIVE_SHORT: Record<BasePerspective, string> = {
  ...PERSPECTIVE_LABEL,
  economic: PERSPECTIVE_LABEL.economic.replace(/^Samhälls/, "Samhälls\u00ad"),
};

export interface Preview {
  statement: { name: string; net: number }[];
  total: number;
  perspectives: {
    key: BasePerspective;
    npv: number;
    roi: number | null;
    breakEven: number | null;
    /** N*: the successes needed to break even (method v2), from the engine's report. */
    successes: number | null;
    successRate: number | null;
    accumulated: number[];
  }[];
}

export function previewOf(c: Case): Preview {
  const comp = compute(c);
  const values = basisValues(comp);
  return {
    statement: c.actors.map((a) => ({ name: a.name, net: comp.statement.byActor.get(a.id)!.net.toNumber() })),
    total: comp.statement.total.toNumber(),
    perspectives: BASE_PERSPECTIVES.map((p) => {
      const r = perspective(comp, p);
      const report = perspectiveReport(comp, p, values);
      return {
        key: p,
        npv: r.npv.toNumber(),
        roi: r.roi === null ? null : r.roi.toNumber(),
        breakEven: r.breakEvenYear,
        successes: report.breakEvenSuccesses,
        successRate: report.breakEvenSuccessRate,
        accumulated: r.accumulated.map((x) => x.toNumber()),
      };
    }),
  };
}
