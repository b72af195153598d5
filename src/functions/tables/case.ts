/**
 * What the case functions return: year-1 tables, the projection, per-perspective figures and
 * the summary, as numbers and text only (never null, NaN or Infinity).
 */
import {
  CATEGORIES,
  SV,
  perspectiveTitle,
  accumulate,
  actorAnnual,
  categoryAnnual,
  descendantsAndSelf,
  perspective as enginePerspective,
  perspectivesOf,
  plainAnnual,
  plainFactors,
  yearFactors,
  selectedSeries,
  Dec,
  ZERO,
  num,
  type Case,
  type Computation,
  type Perspective,
  type Series,
} from "../../engine";
import type { OutMatrix } from "../adapt";
import { computationOf } from "../cache";
import { NoResult, invalid } from "../errors";
import { findActor, type View } from "../params/scalars";

/** Converts an engine value for Excel; refuses anything not finite. */
export function out(x: Dec): number {
  const n = num(x);
  if (!Number.isFinite(n)) throw invalid("Resultatet blev för stort för Excel; kontrollera beloppen och antagandena");
  return n;
}

/** The Swedish name of a perspective (an actor's name with "inkl. förvaltningar" when it has units). */
export function perspectiveLabel(c: Case, p: Perspective): string {
  return perspectiveTitle(c, p);
}

/** NETBYACTOR: year-1 net for an actor with its sub-units, or a table of all actors. */
export function netByActor(c: Case, actorName: string | undefined, p: Perspective): OutMatrix {
  if (p.startsWith("actor:"))
    throw invalid(
      `Perspektiv: ange Totalt, Offentlig sektor eller Samhällsekonomiskt; aktören anges i argumentet Aktör`,
    );
  const comp = computationOf(c);
  const isPublic = (id: string) => c.actors.find((a) => a.id === id)?.kind === "public";
  const sel = (ids: string[]) => {
    const chosen = p === "public" ? ids.filter(isPublic) : ids;
    const cats = p === "economic" ? (["real", "production"] as const) : CATEGORIES;
    return selectedSeries(comp, { actors: chosen, categories: [...cats] }, "both", true)[0];
  };
  if (actorName !== undefined) {
    const id = findActor(c, actorName, "Aktör");
    if (p === "public" && !isPublic(id))
      throw invalid(`Aktör: ${actorName} är ingen offentlig aktör och ingår inte i perspektivet Offentlig sektor`);
    return [[out(sel(descendantsAndSelf(c.actors, id)))]];
  }
  const rows: OutMatrix = [["Aktör", "Netto"]];
  let total = ZERO;
  for (const a of c.actors) {
    if (p === "public" && a.kind !== "public") continue;
    const v = sel([a.id]);
    total = total.plus(v);
    rows.push([a.name, out(v)]);
  }
  rows.push(["Summa", out(total)]);
  return rows;
}

/** STATEMENT: actor | intäkt | kostnad | netto, and Summa (year 1). */
export function statement(c: Case): OutMatrix {
  const comp = computationOf(c);
  const rows: OutMatrix = [["Aktör", "Intäkt", "Kostnad", "Netto"]];
  let rev = ZERO;
  let cost = ZERO;
  for (const a of c.actors) {
    const r = comp.statement.byActor.get(a.id)!;
    rev = rev.plus(r.revenue);
    cost = cost.plus(r.cost);
    rows.push([a.name, out(r.revenue), out(r.cost), out(r.net)]);
  }
  rows.push(["Summa", out(rev), out(cost), out(comp.statement.total)]);
  return rows;
}

/** PROJECTION: År | one column per actor or kostnadslag | Summa, one row per year. */
export function projection(c: Case, vw: View, years: number[]): OutMatrix {
  const labels = vw.byCategory ? CATEGORIES.map((cat) => SV.categoryPlural[cat]) : c.actors.map((a) => a.name);
  const head = ["År", ...labels, "Summa"];
  return plainProjection(c, vw, years, head) ?? exactProjection(c, vw, years, head);
}

/** PROJECTION in exact decimals (any amount). */
function exactProjection(c: Case, vw: View, years: number[], head: string[]): OutMatrix {
  const comp = computationOf(c);
  const columns: Series[] = vw.byCategory
    ? CATEGORIES.map((cat) => categoryAnnual(comp, cat, vw.discounted))
    : c.actors.map((a) => actorAnnual(comp, a.id, vw.discounted));
  const shown = columns.map((s) => (vw.accumulated ? accumulate(s) : s));
  const rows: OutMatrix = [head];
  for (const y of years) {
    const cells = shown.map((s) => s[y - 1]);
    const sum = cells.reduce((s, x) => s.plus(x), ZERO);
    rows.push([y, ...cells.map(out), out(sum)]);
  }
  return rows;
}

/**
 * PROJECTION through the engine's plain-number path (plain.ts: money summed exactly in öre,
 * factors in doubles, the same öre as the exact path); undefined when an amount is not whole öre.
 */
function plainProjection(c: Case, vw: View, years: number[], head: string[]): OutMatrix | undefined {
  const f = plainFactors(yearFactors(c.assumptions));
  const actorIndex = new Map(c.actors.map((a, i) => [a.id, i]));
  const annual = vw.byCategory
    ? plainAnnual(c, f, CATEGORIES.length, (l) => CATEGORIES.indexOf(l.category), vw.discounted ? f.discount : null)
    : plainAnnual(c, f, c.actors.length, (l) => actorIndex.get(l.actor)!, vw.discounted ? f.discount : null);
  if (!annual) return undefined;
  const shown = vw.accumulated ? annual.map(accumulated) : annual;
  const rows: OutMatrix = [head];
  for (const y of years) {
    const cells = shown.map((s) => s[y - 1]);
    rows.push([y, ...cells.map(finite), finite(cells.reduce((s, x) => s + x, 0))]);
  }
  return rows;
}

function accumulated(xs: number[]): number[] {
  let acc = 0;
  return xs.map((x) => (acc += x));
}

/** A double for Excel (no -0); refuses anything not finite, as out(). */
function finite(x: number): number {
  if (!Number.isFinite(x)) throw invalid("Resultatet blev för stort för Excel; kontrollera beloppen och antagandena");
  return x === 0 ? 0 : x;
}

/** The report of one perspective (investment, benefits, NPV, ROI, break-even). */
export function figures(c: Case, p: Perspective): ReturnType<typeof enginePerspective> {
  return enginePerspective(computationOf(c), p);
}

export function breakEvenYear(c: Case, p: Perspective): number {
  const year = figures(c, p).breakEvenYear;
  if (year === null) throw new NoResult("Ingen break-even inom horisonten");
  return year;
}

export function roi(c: Case, p: Perspective): number {
  const r = figures(c, p).roi;
  if (r === null) throw new NoResult("Ingen investering i perspektivet; avkastningskvoten saknas");
  return out(r);
}

/** SUMMARY: one row per perspective with investment, benefits, NPV, ROI and break-even. */
export function summary(c: Case): OutMatrix {
  const comp: Computation = computationOf(c);
  const rows: OutMatrix = [["Perspektiv", "Investering", "Nytta", "Nettonuvärde", "Avkastningskvot", "Break-even år"]];
  for (const p of perspectivesOf(c)) {
    const r = enginePerspective(comp, p);
    rows.push([
      perspectiveLabel(c, p),
      out(r.investment),
      out(r.benefits),
      out(r.npv),
      r.roi === null ? "" : out(r.roi),
      r.breakEvenYear === null ? "Ingen" : r.breakEvenYear,
    ]);
  }
  return rows;
}

/** DISCOUNTFACTOR: δ(t) = (1 + r)^-(t-1); year 1 is not discounted. */
export function discountFactor(rate: number, year: number): number {
  return out(new Dec(1).plus(rate).pow(-(year - 1)));
}
