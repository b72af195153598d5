import {
  CATEGORIES,
  SV,
  accumulate,
  actorAnnual,
  categoryAnnual,
  compute,
  descendantsAndSelf,
  perspective as enginePerspective,
  perspectivesOf,
  selectedSeries,
  suggest,
  Dec,
  ZERO,
  num,
  type Case,
  type Computation,
  type Perspective,
  type Series,
} from "../engine";
import { asMatrix, cellText, isBlankOrZero, key, parseNumber, showCell } from "./cells";
import { invalid, notAvailable } from "./errors";
import { caseFromRanges } from "./ranges";

/** What the functions return to Excel: numbers and text only, never null, NaN or Infinity. */
export type Out = number | string;
export type OutMatrix = Out[][];

/** Converts an engine value for Excel; refuses anything not finite. */
function out(x: Dec): number {
  const n = num(x);
  if (!Number.isFinite(n)) throw invalid("Resultatet blev för stort för Excel; kontrollera beloppen och antagandena");
  return n;
}

function optionalText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return optionalText(asMatrix(v)[0]?.[0]);
  if (isBlankOrZero(v)) return undefined;
  return cellText(v).trim();
}

function load(lines: unknown, assumptions?: unknown): Computation {
  return compute(caseFromRanges(lines, assumptions ?? undefined).case);
}

/** Finds an actor by id or name (case- and diacritics-insensitive). */
function findActor(c: Case, name: string, param: string): string {
  const k = key(name);
  const a = c.actors.find((x) => key(x.id) === k || key(x.name) === k);
  if (a) return a.id;
  const hint = suggest(
    name,
    c.actors.map((x) => x.name),
  );
  throw invalid(
    `${param}: '${name}' finns inte bland posternas aktörer` +
      (hint ? `; menade du '${hint}'?` : `; aktörerna är ${c.actors.map((x) => x.name).join(", ")}`),
  );
}

const PERSPECTIVE_WORDS: Record<string, "total" | "public" | "economic"> = {
  total: "total",
  totalt: "total",
  summa: "total",
  alla: "total",
  public: "public",
  offentlig: "public",
  offentligsektor: "public",
  offentligt: "public",
  economic: "economic",
  samhallsekonomiskt: "economic",
  samhallsekonomisk: "economic",
  samhallet: "economic",
  samhalle: "economic",
};

/** A perspective argument: Totalt, Offentlig sektor, Samhällsekonomiskt, or an actor's name. */
export function parsePerspective(c: Case, v: unknown, param = "Perspektiv"): Perspective {
  const text = optionalText(v);
  if (text === undefined) return "total";
  const word = PERSPECTIVE_WORDS[key(text)];
  if (word) return word;
  const k = key(text);
  if (c.actors.some((x) => key(x.id) === k || key(x.name) === k)) return `actor:${findActor(c, text, param)}`;
  throw invalid(
    `${param}: '${text}' är inget perspektiv; ange Totalt, Offentlig sektor, Samhällsekonomiskt eller en aktör (${c.actors.map((x) => x.name).join(", ")})`,
  );
}

function perspectiveLabel(comp: Computation, p: Perspective): string {
  if (p === "total" || p === "public" || p === "economic") return SV.perspective[p];
  const id = p.slice("actor:".length);
  const a = comp.case.actors.find((x) => x.id === id);
  const children = comp.case.actors.some((x) => x.parent === id);
  return (a?.name ?? id) + (children ? " inkl. underenheter" : "");
}

/** NETBYACTOR: year-1 net for an actor with its sub-units, or a table of all actors. */
export function netByActor(lines: unknown, actor?: unknown, perspective?: unknown, assumptions?: unknown): OutMatrix {
  const comp = load(lines, assumptions);
  const c = comp.case;
  const p = parsePerspective(c, perspective);
  if (p.startsWith("actor:"))
    throw invalid(
      `Perspektiv: ange Totalt, Offentlig sektor eller Samhällsekonomiskt; aktören anges i argumentet Aktör`,
    );
  const sel = (ids: string[]) => {
    const chosen = p === "public" ? ids.filter((id) => c.actors.find((a) => a.id === id)?.kind === "public") : ids;
    const cats = p === "economic" ? (["real", "production"] as const) : CATEGORIES;
    return selectedSeries(comp, { actors: chosen, categories: [...cats] }, "both", true)[0];
  };
  const actorName = optionalText(actor);
  if (actorName !== undefined) {
    const id = findActor(c, actorName, "Aktör");
    if (p === "public" && c.actors.find((a) => a.id === id)?.kind !== "public") {
      throw invalid(`Aktör: ${actorName} är ingen offentlig aktör och ingår inte i perspektivet Offentlig sektor`);
    }
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
export function statement(lines: unknown, assumptions?: unknown): OutMatrix {
  const comp = load(lines, assumptions);
  const rows: OutMatrix = [["Aktör", "Intäkt", "Kostnad", "Netto"]];
  let rev = ZERO;
  let cost = ZERO;
  for (const a of comp.case.actors) {
    const r = comp.statement.byActor.get(a.id)!;
    rev = rev.plus(r.revenue);
    cost = cost.plus(r.cost);
    rows.push([a.name, out(r.revenue), out(r.cost), out(r.net)]);
  }
  rows.push(["Summa", out(rev), out(cost), out(comp.statement.total)]);
  return rows;
}

export interface View {
  accumulated: boolean;
  byCategory: boolean;
  discounted: boolean;
}

const VIEW_WORDS: Record<string, Partial<View>> = {
  ackumulerat: { accumulated: true },
  ackumulerad: { accumulated: true },
  accumulated: { accumulated: true },
  cumulative: { accumulated: true },
  arligt: { accumulated: false },
  arlig: { accumulated: false },
  perar: { accumulated: false },
  annual: { accumulated: false },
  yearly: { accumulated: false },
  aktor: { byCategory: false },
  aktorer: { byCategory: false },
  peraktor: { byCategory: false },
  actor: { byCategory: false },
  actors: { byCategory: false },
  kostnadslag: { byCategory: true },
  perkostnadslag: { byCategory: true },
  category: { byCategory: true },
  categories: { byCategory: true },
  diskonterat: { discounted: true },
  diskonterad: { discounted: true },
  nuvarde: { discounted: true },
  discounted: { discounted: true },
  odiskonterat: { discounted: false },
  odiskonterad: { discounted: false },
  undiscounted: { discounted: false },
  nominellt: { discounted: false },
};

/** A view: words in any order, e.g. "årligt kostnadslag", "ackumulerat, odiskonterat", "annual category". */
export function parseView(v: unknown): View {
  const view: View = { accumulated: true, byCategory: false, discounted: true };
  const text = optionalText(v);
  if (text === undefined) return view;
  for (const word of text.split(/[\s,;+/]+/).filter(Boolean)) {
    const w = VIEW_WORDS[key(word)];
    if (!w) {
      throw invalid(
        `Vy: '${word}' känns inte igen; ange ackumulerat eller årligt, aktör eller kostnadslag, diskonterat eller odiskonterat`,
      );
    }
    Object.assign(view, w);
  }
  return view;
}

function parseYears(v: unknown, horizon: number): number[] {
  if (v === null || v === undefined) return Array.from({ length: horizon }, (_, i) => i + 1);
  const cells = asMatrix(v)
    .flat()
    .filter((x) => !isBlankOrZero(x));
  if (cells.length === 0) return Array.from({ length: horizon }, (_, i) => i + 1);
  return cells.map((x) => {
    const n = parseNumber(x);
    if (n === undefined || !Number.isInteger(n) || n < 1)
      throw invalid(`År: ${showCell(x)} är inget år; ange heltal från 1, t.ex. {1;2;3;4;5;10;20}`);
    if (n > horizon) throw invalid(`År: ${n} är större än horisonten ${horizon}`);
    return n;
  });
}

/** PROJECTION: År | one column per actor or kostnadslag | Summa, one row per year. */
export function projection(lines: unknown, assumptions: unknown, view?: unknown, years?: unknown): OutMatrix {
  if (assumptions === null || assumptions === undefined)
    throw invalid("Antaganden: ange området med antaganden (namn och värde)");
  const comp = load(lines, assumptions);
  const c = comp.case;
  const vw = parseView(view);
  const ys = parseYears(years, c.assumptions.horizon);
  const columns: { label: string; series: Series }[] = vw.byCategory
    ? CATEGORIES.map((cat) => ({ label: SV.categoryPlural[cat], series: categoryAnnual(comp, cat, vw.discounted) }))
    : c.actors.map((a) => ({ label: a.name, series: actorAnnual(comp, a.id, vw.discounted) }));
  const shown = columns.map((col) => (vw.accumulated ? accumulate(col.series) : col.series));
  const rows: OutMatrix = [["År", ...columns.map((col) => col.label), "Summa"]];
  for (const y of ys) {
    const cells = shown.map((s) => s[y - 1]);
    const sum = cells.reduce((s, x) => s.plus(x), ZERO);
    rows.push([y, ...cells.map(out), out(sum)]);
  }
  return rows;
}

function summaryOf(lines: unknown, assumptions: unknown, perspective: unknown) {
  if (assumptions === null || assumptions === undefined)
    throw invalid("Antaganden: ange området med antaganden (namn och värde)");
  const comp = load(lines, assumptions);
  const p = parsePerspective(comp.case, perspective);
  return { comp, p, r: enginePerspective(comp, p) };
}

export function breakEven(lines: unknown, assumptions: unknown, perspective?: unknown): number {
  const { r } = summaryOf(lines, assumptions, perspective);
  if (r.breakEvenYear === null) throw notAvailable("Ingen break-even inom horisonten");
  return r.breakEvenYear;
}

export function npv(lines: unknown, assumptions: unknown, perspective?: unknown): number {
  return out(summaryOf(lines, assumptions, perspective).r.npv);
}

export function roi(lines: unknown, assumptions: unknown, perspective?: unknown): number {
  const { r } = summaryOf(lines, assumptions, perspective);
  if (r.roi === null) throw notAvailable("Ingen investering i perspektivet; avkastningskvoten saknas");
  return out(r.roi);
}

export function investment(lines: unknown, assumptions: unknown, perspective?: unknown): number {
  return out(summaryOf(lines, assumptions, perspective).r.investment);
}

export function benefits(lines: unknown, assumptions: unknown, perspective?: unknown): number {
  return out(summaryOf(lines, assumptions, perspective).r.benefits);
}

/** SUMMARY: one row per perspective with investment, benefits, NPV, ROI and break-even. */
export function summary(lines: unknown, assumptions: unknown): OutMatrix {
  if (assumptions === null || assumptions === undefined)
    throw invalid("Antaganden: ange området med antaganden (namn och värde)");
  const comp = load(lines, assumptions);
  const rows: OutMatrix = [["Perspektiv", "Investering", "Nytta", "Nettonuvärde", "Avkastningskvot", "Break-even år"]];
  for (const p of perspectivesOf(comp.case)) {
    const r = enginePerspective(comp, p);
    rows.push([
      perspectiveLabel(comp, p),
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
export function discountFactor(rate: unknown, year: unknown): number {
  const r = parseNumber(rate);
  if (r === undefined) throw invalid(`Ränta: ${showCell(rate)} är inget tal`);
  if (r <= -1) throw invalid(`Ränta: ${showCell(rate)} måste vara större än -100 %`);
  const t = parseNumber(year);
  if (t === undefined || !Number.isInteger(t) || t < 1 || t > 1000)
    throw invalid(`År: ${showCell(year)} är inget år; ange ett heltal 1–1000`);
  return out(new Dec(1).plus(r).pow(-(t - 1)));
}
