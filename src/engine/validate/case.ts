import { ASSUMPTIONS, DEFAULT_ASSUMPTIONS } from "../assumptions";
import { STANDARD_ACTORS } from "../actors";
import { CaseError, type Issue } from "../errors";
import type { Actor, Assumptions, Case, CaseAnalyses, Line } from "../types";
import { ACTOR_KIND, BASIS, CATEGORY, DIRECTION, DISCOUNT_TIMING, ROLE, fold } from "../vocabulary";
import { validateAnalyses } from "./analyses";
import { checkLinePrice, validatePriceIndex, validateSchedule, validateUnitCosts, type PriceContext } from "./prices";
import {
  Collector,
  ElementCollector,
  actorText,
  actorWithId,
  percentRangeText,
  percentText,
  checkEnum,
  checkNumber,
  checkString,
  describe,
  formatPlain,
  isObject,
  rangeText,
  suggest,
} from "./checks";

/**
 * Validation of a case before any computation. Every problem is reported, each with
 * the path of its field and a Swedish message saying what is wrong and what is allowed.
 */

export type ValidationResult = { ok: true; case: Case; errors: [] } | { ok: false; errors: Issue[] };

export const CASE_FIELDS = [
  "$schema",
  "title",
  "priceYear",
  "activity",
  "municipality",
  "preparedBy",
  "version",
  "participants",
  "unit",
  "actors",
  "assumptions",
  "lines",
  "scenarios",
  "monteCarlo",
  "repayment",
  "followUp",
  "priceIndex",
  "unitCosts",
] as const;
export const ACTOR_FIELDS = ["id", "name", "kind", "parent"] as const;
export const LINE_FIELDS = [
  "actor",
  "direction",
  "category",
  "role",
  "basis",
  "amount",
  "fromYear",
  "toYear",
  "label",
  "source",
  "priceYear",
  "unitCost",
  "quantity",
  "yearlyAmounts",
] as const;
export const ACTOR_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
export const MAX_LINES = 100_000;

function validateAssumptions(c: Collector, raw: unknown): Assumptions | undefined {
  if (raw === undefined) return { ...DEFAULT_ASSUMPTIONS };
  if (!isObject(raw)) {
    c.add("assumptions", `${describe(raw)} är inget objekt; ange t.ex. { "horizon": 20 }`);
    return undefined;
  }
  c.fields(raw, [...ASSUMPTIONS.map((a) => a.key), ...V3_ASSUMPTION_FIELDS], "assumptions");
  const out: Assumptions = { ...DEFAULT_ASSUMPTIONS };
  let ok = true;
  if (raw.discountSchedule !== undefined) {
    const schedule = validateSchedule(c, raw.discountSchedule);
    if (schedule === undefined) ok = false;
    else out.discountSchedule = schedule;
  }
  for (const info of ASSUMPTIONS) {
    const v = raw[info.key];
    if (v === undefined) continue;
    const path = `assumptions.${info.key}`;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      c.add(path, `${describe(v)} är inget tal`);
      ok = false;
      continue;
    }
    let message: string | undefined;
    const percent = info.unit === "andel" || info.unit === "ränta";
    if (info.integer && !Number.isInteger(v))
      message = `${describe(v)} är inget heltal; tillåtet är ${rangeText(info)}`;
    else if ((info.minExclusive ? v <= info.min : v < info.min) || v > info.max) {
      message = percent
        ? `${percentText(v)} är utanför det tillåtna: ${percentRangeText(info)}`
        : `${describe(v)} är utanför det tillåtna: ${rangeText(info)}`;
    }
    if (message) {
      if (percent) message += " (en andel anges som bråk, t.ex. 0,25 för 25 %)";
      c.add(path, message);
      ok = false;
      continue;
    }
    out[info.key] = v;
  }
  return ok && validateContinuing(c, raw, out) ? out : undefined;
}

/** The assumptions of method v3 (a continuing activity); absent ones stay absent. */
export const V3_ASSUMPTION_FIELDS = ["discountSchedule", "intakeYears", "discountTiming"] as const;

/** `intakeYears` (whole, 1..H) and `discountTiming` into `out`; false when either is wrong. */
function validateContinuing(c: Collector, raw: Record<string, unknown>, out: Assumptions): boolean {
  let ok = true;
  if (raw.intakeYears !== undefined) {
    const K = checkNumber(c, raw.intakeYears, "assumptions.intakeYears", { integer: true, min: 1, max: out.horizon });
    if (K === undefined) ok = false;
    else out.intakeYears = K;
  }
  if (raw.discountTiming !== undefined) {
    const timing = checkEnum(c, raw.discountTiming, "assumptions.discountTiming", DISCOUNT_TIMING, undefined);
    if (timing === undefined) ok = false;
    else out.discountTiming = timing;
  }
  return ok;
}

/** Every parent is an actor of the case, and no actor is its own ancestor. */
function checkParents(c: Collector, actors: Actor[]): boolean {
  let ok = true;
  const byId = new Map(actors.map((a) => [a.id, a]));
  actors.forEach((a, i) => {
    if (a.parent === undefined) return;
    if (!byId.has(a.parent)) {
      const hint = suggest(a.parent, [...byId.keys()]);
      c.add(
        `actors[${i}].parent`,
        `${actorText(a.parent, STANDARD_ACTORS)} finns inte bland kalkylens aktörer` +
          (hint ? `; menade du ${actorWithId(hint, actors)}?` : ""),
      );
      ok = false;
    }
  });
  if (!ok) return false;
  actors.forEach((a, i) => {
    const chain = [a.id];
    let cur = a.parent;
    while (cur !== undefined) {
      if (cur === a.id) {
        const names = [...chain, cur].map((id) => actorText(id, actors));
        c.add(`actors[${i}].parent`, `cirkel i över-/underordning: ${names.join(" → ")}`);
        ok = false;
        return;
      }
      if (chain.includes(cur)) return; // a cycle not through a; reported for its own members
      chain.push(cur);
      cur = byId.get(cur)?.parent;
    }
  });
  return ok;
}

function validateActors(c: Collector, raw: unknown): Actor[] | undefined {
  if (raw === undefined) return STANDARD_ACTORS.map((a) => ({ ...a }));
  if (!Array.isArray(raw)) {
    c.add("actors", `${describe(raw)} är ingen lista; ange en lista av aktörer eller utelämna fältet`);
    return undefined;
  }
  if (raw.length === 0) {
    c.add("actors", "listan är tom; ange minst en aktör eller utelämna fältet för standardaktörerna");
    return undefined;
  }
  const actors: Actor[] = [];
  const seen = new Map<string, number>();
  let ok = true;
  raw.forEach((a: unknown, i: number) => {
    const path = `actors[${i}]`;
    if (!isObject(a)) {
      c.add(path, `${describe(a)} är ingen aktör; ange { "id": ..., "name": ... }`);
      ok = false;
      return;
    }
    c.fields(a, ACTOR_FIELDS, path);
    const id = checkString(c, a.id, `${path}.id`, true);
    if (id !== undefined && !ACTOR_ID_PATTERN.test(id)) {
      c.add(
        `${path}.id`,
        `'${id}' är inget giltigt id; använd bokstäver a–z, siffror och _ (börja med en bokstav, högst 40 tecken)`,
      );
      ok = false;
    } else if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) {
        c.add(`${path}.id`, `'${id}' används redan av aktör ${first + 1}; varje aktör måste ha ett eget id`);
        ok = false;
      } else seen.set(id, i);
    }
    const name = a.name === undefined ? id : checkString(c, a.name, `${path}.name`, true);
    const kind = checkEnum(c, a.kind, `${path}.kind`, ACTOR_KIND, "public");
    const parent = a.parent === undefined ? undefined : checkString(c, a.parent, `${path}.parent`, true);
    if (id === undefined || name === undefined || kind === undefined) {
      ok = false;
      return;
    }
    actors.push(parent === undefined ? { id, name, kind } : { id, name, kind, parent });
  });
  const names = new Map<string, number>();
  actors.forEach((a, i) => {
    const k = fold(a.name);
    const first = names.get(k);
    if (first !== undefined) {
      c.add(`actors[${i}].name`, `'${a.name}' används redan av aktör ${first + 1}; varje aktör måste ha ett eget namn`);
      ok = false;
    } else names.set(k, i);
  });
  if (!ok) return undefined;
  return checkParents(c, actors) ? actors : undefined;
}

/** A line's year: a whole number from 1. */
const YEAR = { integer: true, min: 1 };

/**
 * The last year of a line's window fromYear..toYear, checked with its first (fromYear, checked
 * before; undefined when wrong) against the horizon; undefined when wrong.
 */
function checkToYear(
  c: Collector,
  l: Record<string, unknown>,
  horizon: number | undefined,
  fromYear: number | undefined,
  yearly: number[] | undefined,
): number | undefined {
  if (yearly !== undefined) return yearlyToYear(c, l, horizon, fromYear, yearly.length);
  const toYear = l.toYear === undefined ? horizon : checkNumber(c, l.toYear, "toYear", YEAR);
  if (horizon !== undefined) {
    if (l.fromYear !== undefined && fromYear !== undefined && fromYear > horizon) {
      c.add("fromYear", `${fromYear} är större än horisonten ${horizon}`);
    }
    if (l.toYear !== undefined && toYear !== undefined && toYear > horizon) {
      c.add("toYear", `${toYear} är större än horisonten ${horizon}`);
    }
  }
  if (fromYear !== undefined && toYear !== undefined && fromYear > toYear) {
    c.add("fromYear", `från år ${fromYear} är efter till år ${toYear}`);
  }
  return toYear;
}

/**
 * Method v3: the last year of a line with yearly amounts a₀..a_{m−1}, fromYear + m − 1, within
 * the horizon; a toYear given must be that year.
 */
function yearlyToYear(
  c: Collector,
  l: Record<string, unknown>,
  horizon: number | undefined,
  fromYear: number | undefined,
  m: number,
): number | undefined {
  if (fromYear === undefined) return undefined;
  const last = fromYear + m - 1;
  if (l.toYear !== undefined && l.toYear !== last) {
    c.add(
      "toYear",
      `${describe(l.toYear)} stämmer inte med beloppen per år: ${m} belopp från år ${fromYear} slutar år ${last}; utelämna toYear eller ange ${last}`,
    );
    return undefined;
  }
  if (horizon !== undefined && fromYear > horizon) {
    c.add("fromYear", `${fromYear} är större än horisonten ${horizon}`);
  } else if (horizon !== undefined && last > horizon) {
    c.add(
      "yearlyAmounts",
      `${m} belopp från år ${fromYear} slutar år ${last}, efter horisonten ${horizon}; ta bort ${last - horizon} belopp eller öka horisonten`,
    );
  }
  return last;
}

/** Method v3: `yearlyAmounts`, a list of at least one amount ≥ 0; it excludes amount, unitCost and quantity. */
function checkYearlyAmounts(c: Collector, l: Record<string, unknown>): number[] | undefined {
  const raw = l.yearlyAmounts;
  if (raw === undefined) return undefined;
  const p = "yearlyAmounts";
  if (!Array.isArray(raw) || raw.length === 0) {
    c.add(p, `${describe(raw)} är ingen lista av belopp; ange beloppen per år, t.ex. [100000, 120000, 90000]`);
    return undefined;
  }
  for (const field of ["amount", "unitCost", "quantity"] as const) {
    if (l[field] !== undefined) {
      c.add(field, `anges inte tillsammans med yearlyAmounts (belopp per år); ta bort ${field} eller beloppen per år`);
    }
  }
  const before = c.errors.length;
  const out: number[] = [];
  raw.forEach((v: unknown, i: number) => {
    const q = `${p}[${i}]`;
    if (typeof v === "number" && Number.isFinite(v) && v < 0) {
      c.add(q, `${describe(v)} är negativt; ange beloppet positivt och välj direction 'cost' eller 'revenue'`);
      return;
    }
    const n = checkNumber(c, v, q, { min: 0, max: 1e15 });
    if (n !== undefined) out.push(n);
  });
  return c.errors.length > before ? undefined : out;
}

/** What every line is checked against, made once for the list. */
interface LineContext {
  actors: Actor[] | undefined;
  /** The actors' ids (10 000 lines look up the same few actors). */
  actorIds: Set<string> | undefined;
  horizon: number | undefined;
  prices: PriceContext;
}

/** A line's actor that is none of the case's. */
function unknownActor(c: Collector, actor: string, actors: Actor[]): void {
  const hint = suggest(
    actor,
    actors.map((a) => a.id),
  );
  c.add(
    "actor",
    `${actorText(actor, STANDARD_ACTORS)} finns inte bland kalkylens aktörer; ` +
      (hint
        ? `menade du ${actorWithId(hint, actors)}?`
        : `kalkylens aktörer är ${actors.map((a) => actorWithId(a.id, actors)).join(", ")}`),
  );
}

/**
 * One line of the case, or undefined when any of its fields is wrong (every problem is reported);
 * `c` is the line's collector (paths relative to the line).
 */
function validateLine(c: Collector, l: unknown, ctx: LineContext): Line | undefined {
  if (!isObject(l)) {
    c.add("", `${describe(l)} är ingen post; ange ett objekt med fälten "actor", "direction", "category" och "amount"`);
    return undefined;
  }
  c.fields(l, LINE_FIELDS, "");
  const before = c.errors.length;
  const actor = checkString(c, l.actor, "actor", true);
  if (actor !== undefined && ctx.actors && !ctx.actorIds?.has(actor)) unknownActor(c, actor, ctx.actors);
  const direction = checkEnum(c, l.direction, "direction", DIRECTION, undefined);
  const category = checkEnum(c, l.category, "category", CATEGORY, undefined);
  const role = checkEnum(c, l.role, "role", ROLE, "effect");
  const basis = checkEnum(c, l.basis, "basis", BASIS, "total");
  const yearly = checkYearlyAmounts(c, l);
  const price =
    l.yearlyAmounts === undefined
      ? checkLinePrice(c, l, ctx.prices)
      : checkLinePrice(c, { ...l, amount: yearly?.[0] ?? 0, unitCost: undefined, quantity: undefined }, ctx.prices);
  const label = l.label === undefined ? undefined : checkString(c, l.label, "label", false);
  const source = l.source === undefined ? undefined : checkString(c, l.source, "source", false);
  const fromYear = l.fromYear === undefined ? 1 : checkNumber(c, l.fromYear, "fromYear", YEAR);
  const toYear = checkToYear(c, l, ctx.horizon, fromYear, yearly);
  if (role === "investment" && basis === "perSuccess") {
    c.add(
      "basis",
      `en insats räknas i totalbelopp per år, inte per person; ange ${BASIS.name} ${BASIS.labels.total} ('total'): metoden multiplicerar inte insatser med antal med utfall`,
    );
  }
  if (c.errors.length > before) return undefined;
  const line: Line = {
    actor: actor as string,
    direction: direction as Line["direction"],
    category: category as Line["category"],
    role: role as Line["role"],
    basis: basis as Line["basis"],
    amount: price?.amount as number,
    fromYear: fromYear as number,
    toYear: toYear as number,
  };
  if (label !== undefined && label !== "") line.label = label;
  if (source !== undefined && source.trim() !== "") line.source = source.trim();
  if (price?.priceYear !== undefined) line.priceYear = price.priceYear;
  if (price?.unitCost !== undefined) line.unitCost = price.unitCost;
  if (price?.quantity !== undefined) line.quantity = price.quantity;
  if (yearly !== undefined) line.yearlyAmounts = yearly;
  return line;
}

function validateLines(
  c: Collector,
  raw: unknown,
  actors: Actor[] | undefined,
  a: Assumptions | undefined,
  prices: PriceContext,
): Line[] {
  if (raw === undefined) {
    c.add("lines", "saknas; ange en lista av poster");
    return [];
  }
  if (!Array.isArray(raw)) {
    c.add("lines", `${describe(raw)} är ingen lista; ange en lista av poster`);
    return [];
  }
  if (raw.length > MAX_LINES) {
    c.add("lines", `${raw.length} poster är fler än högsta tillåtna ${MAX_LINES}`);
    return [];
  }
  const ctx: LineContext = {
    actors,
    actorIds: actors && new Set(actors.map((x) => x.id)),
    horizon: a?.horizon,
    prices,
  };
  const lines: Line[] = [];
  const at = new ElementCollector(c, "lines");
  for (let i = 0; i < raw.length; i++) {
    at.index = i;
    const line = validateLine(at, raw[i], ctx);
    if (line) lines.push(line);
  }
  return lines;
}

/** The case's price index and unit costs (method v2), against which its lines' price fields are checked. */
function priceContext(c: Collector, raw: Record<string, unknown>, priceYear: number | undefined): PriceContext {
  const before = c.errors.length;
  const priceIndex = raw.priceIndex === undefined ? undefined : validatePriceIndex(c, raw.priceIndex);
  const unitCosts = raw.unitCosts === undefined ? undefined : validateUnitCosts(c, raw.unitCosts);
  return { priceYear, priceIndex, unitCosts, invalid: c.errors.length > before };
}

/** Method v3: `unit`, the id of the actor whose bokslut this is. */
function checkUnit(c: Collector, raw: unknown, actors: Actor[] | undefined): string | undefined {
  const id = checkString(c, raw, "unit", true);
  if (id === undefined || !actors) return undefined;
  if (actors.some((a) => a.id === id)) return id;
  const byName = actors.find((a) => fold(a.name) === fold(id));
  const hint =
    byName?.id ??
    suggest(
      id,
      actors.map((a) => a.id),
    );
  c.add(
    "unit",
    `'${id}' är ingen aktör i kalkylen; ange id för den enhet bokslutet gäller` +
      (hint ? ` (menade du '${hint}'?)` : ""),
  );
  return undefined;
}

/** Validates parsed JSON as a case; never throws, never executes anything from the input. */
export function validateCase(raw: unknown): ValidationResult {
  const c = new Collector();
  if (!isObject(raw)) {
    c.add("(kalkyl)", `${describe(raw)} är ingen kalkyl; filen ska innehålla ett JSON-objekt`);
    return { ok: false, errors: c.errors };
  }
  c.fields(raw, CASE_FIELDS, "");
  const title = checkString(c, raw.title, "title", true);
  const priceYear = checkNumber(c, raw.priceYear, "priceYear", { integer: true, min: 1900, max: 2200 });
  if (raw.priceYear === undefined) {
    c.errors.pop();
    c.add("priceYear", "saknas; ange prisåret som ett årtal, t.ex. 2024");
  }
  const activity = checkString(c, raw.activity, "activity", false);
  const municipality = checkString(c, raw.municipality, "municipality", false);
  const preparedBy = checkString(c, raw.preparedBy, "preparedBy", false);
  const version = checkString(c, raw.version, "version", false);
  const participants =
    raw.participants === undefined
      ? undefined
      : checkNumber(c, raw.participants, "participants", { integer: true, min: 0, max: 1e9 });
  const assumptions = validateAssumptions(c, raw.assumptions);
  const actors = validateActors(c, raw.actors);
  const prices = priceContext(c, raw, priceYear);
  const lines = validateLines(c, raw.lines, actors, assumptions, prices);
  if (assumptions && participants !== undefined && assumptions.successes > participants) {
    c.add(
      "assumptions.successes",
      `${formatPlain(assumptions.successes)} med utfall är fler än antalet deltagare, ${participants}`,
    );
  }
  const assumptionsRaw = isObject(raw.assumptions) ? raw.assumptions : {};
  if (assumptionsRaw.successes === undefined && lines.some((l) => l.basis === "perSuccess")) {
    c.add(
      "assumptions.successes",
      `saknas; krävs när någon post räknas per person med utfall (${BASIS.name} ${BASIS.labels.perSuccess}, 'perSuccess')`,
    );
  }
  const unit = raw.unit === undefined ? undefined : checkUnit(c, raw.unit, actors);
  if (assumptions && (assumptions.intakeYears ?? 1) > 1 && raw.followUp !== undefined) {
    c.add(
      "followUp",
      `uppföljning går inte ihop med ${assumptions.intakeYears} intagsår: faktiskt antal personer i utfall säger inte vilket års intag de kom från; ta bort uppföljningen eller sätt intagsår till 1`,
    );
  }
  let analyses: CaseAnalyses = {};
  if (assumptions && actors) analyses = validateAnalyses(raw, { assumptions, actors, lines, add: c.add });
  if (c.errors.length > 0 || !assumptions || !actors || title === undefined || priceYear === undefined) {
    return { ok: false, errors: c.errors };
  }
  const result: Case = { title, priceYear, actors, assumptions, lines, ...analyses };
  if (activity !== undefined && activity !== "") result.activity = activity;
  if (municipality !== undefined && municipality !== "") result.municipality = municipality;
  if (preparedBy !== undefined && preparedBy.trim() !== "") result.preparedBy = preparedBy.trim();
  if (version !== undefined && version.trim() !== "") result.version = version.trim();
  if (participants !== undefined) result.participants = participants;
  if (unit !== undefined) result.unit = unit;
  if (prices.priceIndex !== undefined) result.priceIndex = prices.priceIndex;
  if (prices.unitCosts !== undefined) result.unitCosts = prices.unitCosts;
  return { ok: true, case: result, errors: [] };
}

/** Validates and returns the case, or throws a CaseError with every issue. */
export function parseCase(raw: unknown): Case {
  const r = validateCase(raw);
  if (!r.ok) throw new CaseError(r.errors);
  return r.case;
}
