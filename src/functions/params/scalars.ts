/** Parameters given as one cell: text, numbers, a perspective, a projection view, years. */
import { suggest, type Case, type Perspective } from "../../engine";
import { PERSPECTIVE } from "../../engine/vocabulary";
import { asMatrix, cellText, isBlankOrZero, key, parseNumber, showCell } from "../cells";
import { invalid } from "../errors";
import { caseOf, isMissing, type Param } from "./types";

/** A text argument: trimmed, undefined when left out (blank or 0; a range gives its first cell). */
export function optionalText(v: unknown): string | undefined {
  if (isMissing(v)) return undefined;
  if (Array.isArray(v)) return optionalText(asMatrix(v)[0]?.[0]);
  if (isBlankOrZero(v)) return undefined;
  return cellText(v).trim();
}

/** Optional text (kind "text"). */
export const textParam: Param<string | undefined> = {
  kind: "text",
  type: "string",
  dimensionality: "scalar",
  optional: true,
  parse: (raw) => optionalText(raw),
};

/**
 * A number the engine validates (kind "number"): numbers and number text become numbers,
 * anything else passes through so that the engine's rule names the problem. An optional
 * number that is not a number counts as left out.
 */
export function numberParam(
  opts: { optional?: boolean; max?: { value: number; message: string } } = {},
): Param<unknown> {
  return {
    kind: "number",
    type: "number",
    dimensionality: "scalar",
    optional: opts.optional ?? false,
    parse(raw) {
      if (opts.optional) return isMissing(raw) ? undefined : parseNumber(raw);
      const n = parseNumber(raw) ?? raw;
      if (opts.max && typeof n === "number" && n > opts.max.value) throw invalid(opts.max.message);
      return n;
    },
  };
}

function scalarNumber(kind: string, check: (n: number | undefined, raw: unknown) => number): Param<number> {
  return {
    kind,
    type: "number",
    dimensionality: "scalar",
    optional: false,
    parse: (raw) => check(parseNumber(raw), raw),
  };
}

/** A real discount rate per year (kind "rate"), above -100 %. */
export const rateParam = scalarNumber("rate", (r, raw) => {
  if (r === undefined) throw invalid(`Ränta: ${showCell(raw)} är inget tal`);
  if (r <= -1) throw invalid(`Ränta: ${showCell(raw)} måste vara större än -100 %`);
  return r;
});

/** A year of the calculation (kind "year"), 1–1000. */
export const yearParam = scalarNumber("year", (t, raw) => {
  if (t === undefined || !Number.isInteger(t) || t < 1 || t > 1000)
    throw invalid(`År: ${showCell(raw)} är inget år; ange ett heltal 1–1000`);
  return t;
});

/** Finds an actor by id or name (case- and diacritics-insensitive). */
export function findActor(c: Case, name: string, param: string): string {
  const k = key(name);
  const a = c.actors.find((x) => key(x.id) === k || key(x.name) === k);
  if (a) return a.id;
  const names = c.actors.map((x) => x.name);
  const hint = suggest(name, names);
  throw invalid(
    `${param}: '${name}' finns inte bland posternas aktörer` +
      (hint ? `; menade du '${hint}'?` : `; aktörerna är ${names.join(", ")}`),
  );
}

/** A perspective argument: Totalt, Offentlig sektor, Samhällsekonomiskt, or an actor's name. */
export function parsePerspective(c: Case, v: unknown, param = "Perspektiv"): Perspective {
  const text = optionalText(v);
  if (text === undefined) return "total";
  const word = PERSPECTIVE.parse(text);
  if (word) return word;
  const k = key(text);
  if (c.actors.some((x) => key(x.id) === k || key(x.name) === k)) return `actor:${findActor(c, text, param)}`;
  // A parent as SUMMARY and socinv calc name it: "Kommunen inkl. förvaltningar" (or "… inkl. underenheter").
  const parent = /^(.*?)\s+inkl\.?\s+(förvaltningar|underenheter|enheter)$/i.exec(text.trim());
  if (parent && c.actors.some((x) => key(x.id) === key(parent[1]) || key(x.name) === key(parent[1])))
    return `actor:${findActor(c, parent[1], param)}`;
  throw invalid(
    `${param}: '${text}' är inget perspektiv; ange Totalt, Offentlig sektor, Samhällsekonomiskt eller en aktör (${c.actors.map((x) => x.name).join(", ")})`,
  );
}

/** An optional perspective of the function's case (kind "perspective"). */
export const perspectiveParam: Param<Perspective> = {
  kind: "perspective",
  type: "string",
  dimensionality: "scalar",
  optional: true,
  parse: (raw, ctx) => parsePerspective(caseOf(ctx), raw),
};

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

/** The projection's view (kind "view"). */
export const viewParam: Param<View> = {
  kind: "view",
  type: "string",
  dimensionality: "scalar",
  optional: true,
  parse: (raw) => parseView(raw),
};

function parseYears(v: unknown, horizon: number): number[] {
  const all = () => Array.from({ length: horizon }, (_, i) => i + 1);
  if (isMissing(v)) return all();
  const cells = asMatrix(v)
    .flat()
    .filter((x) => !isBlankOrZero(x));
  if (cells.length === 0) return all();
  return cells.map((x) => {
    const n = parseNumber(x);
    if (n === undefined || !Number.isInteger(n) || n < 1)
      throw invalid(`År: ${showCell(x)} är inget år; ange heltal från 1, t.ex. {1;2;3;4;5;10;20}`);
    if (n > horizon) throw invalid(`År: ${n} är större än horisonten ${horizon}`);
    return n;
  });
}

/** Years to show within the case's horizon (kind "years"); left out: every year. */
export const yearsParam: Param<number[]> = {
  kind: "years",
  type: "any",
  dimensionality: "matrix",
  optional: true,
  parse: (raw, ctx) => parseYears(raw, caseOf(ctx).assumptions.horizon),
};

/**
 * Method v3: the optional year T of a perspective's figures (kind "period"): the figures over
 * years 1..T, a whole number within the case's horizon; left out (blank or 0): the horizon.
 */
export const periodParam: Param<number | undefined> = {
  kind: "period",
  type: "number",
  dimensionality: "scalar",
  optional: true,
  parse(raw, ctx) {
    const v = Array.isArray(raw) ? asMatrix(raw)[0]?.[0] : raw;
    if (isMissing(v) || isBlankOrZero(v)) return undefined;
    const H = caseOf(ctx).assumptions.horizon;
    const t = parseNumber(v);
    if (t === undefined || !Number.isInteger(t) || t < 1)
      throw invalid(`År: ${showCell(v)} är inget år; ange ett heltal 1–${H} (t.ex. 4 för en mandatperiod)`);
    if (t > H) throw invalid(`År: ${t} är efter horisonten ${H}; ange ett år 1–${H}`);
    return t;
  },
};
