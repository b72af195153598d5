import { descendantsAndSelf } from "./actors";
import { perspective, type Computation, type Perspective } from "./compute";
import { num } from "./decimal";
import { formatKr } from "./format";
import type { Case } from "./types";
import { INCLUDING_UNITS, PERSPECTIVE } from "./vocabulary";

/**
 * Who invests, who gains and when: one row per actor over the horizon (a parent with its
 * units, and saying so), actors without lines marked as such and given no break-even year;
 * and the one sentence that explains why Totalt and Samhällsekonomiskt differ. Every surface
 * (command line, wizard, workbook) reads these words from here.
 */

export interface ActorGains {
  id: string;
  /** "Kommunen inkl. förvaltningar" for an actor with units, else the actor's name. */
  name: string;
  /** 0 for an actor without a parent in the case, 1 for its units, and so on. */
  depth: number;
  /** The names of the units included (empty when none). */
  units: string[];
  /** Whether the actor (with its units) has any line at all. */
  hasLines: boolean;
  /** Present values over the horizon, kr. */
  investment: number;
  benefits: number;
  npv: number;
  /** null when never reached, and for an actor without lines. */
  breakEvenYear: number | null;
}

/** The Swedish name of a perspective: "Offentlig sektor", or "Kommunen inkl. förvaltningar". */
export function perspectiveTitle(c: Case, p: Perspective): string {
  if (p === "total" || p === "public" || p === "economic") return PERSPECTIVE.labels[p];
  const id = p.slice("actor:".length);
  const actor = c.actors.find((a) => a.id === id);
  const hasUnits = c.actors.some((a) => a.parent === id);
  return (actor?.name ?? id) + (hasUnits ? ` ${INCLUDING_UNITS}` : "");
}

function depthOf(c: Case, id: string): number {
  let d = 0;
  for (let a = c.actors.find((x) => x.id === id); a?.parent !== undefined && d < c.actors.length; d++)
    a = c.actors.find((x) => x.id === a!.parent);
  return d;
}

/** The actors in reading order: each top-level actor followed by its units (depth first). */
function ordered(c: Case): string[] {
  const out: string[] = [];
  const visit = (id: string) => {
    out.push(id);
    for (const a of c.actors) if (a.parent === id) visit(a.id);
  };
  for (const a of c.actors) if (a.parent === undefined || !c.actors.some((x) => x.id === a.parent)) visit(a.id);
  return out;
}

/** One row per actor: investment, benefits, NPV and break-even year over the horizon, units included. */
export function whoGains(comp: Computation): ActorGains[] {
  const c = comp.case;
  const withLines = new Set(c.lines.map((l) => l.actor));
  return ordered(c).map((id) => {
    const ids = descendantsAndSelf(c.actors, id);
    const hasLines = ids.some((x) => withLines.has(x));
    const r = perspective(comp, `actor:${id}`);
    return {
      id,
      name: perspectiveTitle(c, `actor:${id}`),
      depth: depthOf(c, id),
      units: ids.filter((x) => x !== id).map((x) => c.actors.find((a) => a.id === x)?.name ?? x),
      hasLines,
      investment: num(r.investment),
      benefits: num(r.benefits),
      npv: num(r.npv),
      breakEvenYear: hasLines ? r.breakEvenYear : null,
    };
  });
}

/**
 * Why Totalt and Samhällsekonomiskt differ, in one sentence; undefined when their NPVs are equal.
 */
export function totalVersusEconomicText(comp: Computation): string | undefined {
  const total = perspective(comp, "total").npv;
  const economic = perspective(comp, "economic").npv;
  if (total.equals(economic)) return undefined;
  const diff = num(total.minus(economic));
  const more = diff > 0 ? "högre" : "lägre";
  return (
    `${PERSPECTIVE.labels.total} är ${formatKr(Math.abs(diff))} kr ${more} än ${PERSPECTIVE.labels.economic} ` +
    "eftersom Totalt också räknar finansiella poster (transfereringar, t.ex. försörjningsstöd och ersättningar): " +
    "där räknas en transferering hos den ena parten utan den motsvarande posten hos den andra. " +
    `${PERSPECTIVE.labels.economic} räknar bara reala poster och produktionsvärde.`
  );
}
