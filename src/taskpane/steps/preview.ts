/** The figures the Granska step shows, straight from the engine, and the words for its perspectives. */
import {
  basisValues,
  buildReport,
  compute,
  descendantsAndSelf,
  perspective,
  perspectiveReport,
  type Case,
} from "../../engine";
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
    // actors without lines of their own are no rows of the statement (they would be zeros)
    statement: c.actors
      .filter((a) => c.lines.some((l) => l.actor === a.id))
      .map((a) => ({ name: a.name, net: comp.statement.byActor.get(a.id)!.net.toNumber() })),
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

/** One actor's row of "who invests, who gains, when": the engine's `actor:<id>` perspective. */
export interface ActorFigures {
  id: string;
  name: string;
  /** Names of the sub-units included in the figures (a parent counts its units). */
  units: string[];
  investment: number;
  benefits: number;
  npv: number;
  breakEven: number | null;
}

/**
 * Who invests, who gains and when, per actor over the horizon, from the same report as
 * `socinv calc --json` (perspectives["actor:<id>"]). Actors without lines, their own or their
 * units', are listed apart (`without`) and given no break-even year.
 */
export function actorsOf(c: Case): { rows: ActorFigures[]; without: string[] } {
  const report = buildReport(compute(c));
  const withLines = new Set(c.lines.map((l) => l.actor));
  const rows: ActorFigures[] = [];
  const without: string[] = [];
  for (const a of c.actors) {
    const ids = descendantsAndSelf(c.actors, a.id);
    if (!ids.some((id) => withLines.has(id))) {
      without.push(a.name);
      continue;
    }
    const p = report.perspectives[`actor:${a.id}`];
    rows.push({
      id: a.id,
      name: a.name,
      units: ids.filter((id) => id !== a.id).map((id) => c.actors.find((x) => x.id === id)!.name),
      investment: p.investment,
      benefits: p.benefits,
      npv: p.npv,
      breakEven: p.breakEvenYear,
    });
  }
  return { rows, without };
}
