/**
 * A lines range together with its assumptions range becomes a validated engine case. Engine
 * validation errors keep their paths (`lines[2].toYear`); the locator registered here turns
 * them into the range's row and column ("Rad 4, Till år").
 */
import { suggest, validateCase, type AssumptionKey, type Case } from "../../engine";
import { key } from "../cells";
import { SocinvError } from "../../engine/errors";
import { cachedCase, type BuiltCase } from "../cache";
import { invalid, located, messageOf, type Locator } from "../errors";
import { assumptionLabel, parseAssumptions, type ParsedAssumptions } from "./assumptions";
import type { ContinuingKey } from "./continuing";
import { FIELD_LABEL, parseLines, type Field, type ParsedLines } from "./lines";
import { scheduleLocation } from "./schedule";
import { isMissing, type Context, type Param } from "./types";

/** Where a path of the lines or assumptions is in the user's ranges. */
export function caseLocator(parsed: ParsedLines, pa: ParsedAssumptions | undefined): Locator {
  return (path) => {
    const yearly = yearlyLocation(parsed, path);
    if (yearly !== undefined) return yearly;
    const line = /^lines\[(\d+)\]\.(\w+)$/.exec(path);
    if (line) {
      const field = line[2] as Field;
      return `Rad ${parsed.rowOf[Number(line[1])]}, ${parsed.columnLabel[field] ?? FIELD_LABEL[field] ?? field}`;
    }
    const schedule = scheduleLocation(pa?.schedule, path);
    if (schedule !== undefined) return schedule;
    const as = /^(?:assumptions\.(\w+)|(unit|participants))$/.exec(path);
    if (!as) return undefined;
    const k = as[1] ?? as[2];
    const row = pa?.rowOf[k as AssumptionKey] ?? pa?.continuing?.rowOf[k as ContinuingKey];
    const label = assumptionLabel(k);
    return row !== undefined ? `Antaganden rad ${row}, ${label}` : `Antaganden, ${label}`;
  };
}

/** Where a line's amounts per year are ("Rad 4, År 3"; the whole list: "Rad 4, År 1–År 20"). */
function yearlyLocation(parsed: ParsedLines, path: string): string | undefined {
  if (parsed.yearColumns.length === 0) return undefined;
  const window = /^lines\[(\d+)\]\.(fromYear|toYear)$/.exec(path);
  const m = window ?? /^lines\[(\d+)\]\.yearlyAmounts(?:\[(\d+)\])?$/.exec(path);
  if (!m) return undefined;
  const i = Number(m[1]);
  const line = parsed.lines[i];
  if (line?.yearlyAmounts === undefined) return undefined;
  const row = parsed.rowOf[i];
  const from = Number(line.fromYear ?? 1);
  const to = Number(line.toYear ?? from);
  const label = (y: number) => parsed.yearColumns.find((c) => c.year === y)?.label ?? `År ${y}`;
  // the first or last year of a row without Från år / Till år columns is its first or last År cell
  if (window) {
    const field = window[2] as "fromYear" | "toYear";
    if (parsed.columnLabel[field] !== undefined) return undefined;
    return `Rad ${row}, ${label(field === "fromYear" ? from : to)}`;
  }
  if (m[2] !== undefined) return `Rad ${row}, ${label(from + Number(m[2]))}`;
  return `Rad ${row}, ${label(from)}–${label(to)}`;
}

/** The actor id of the assumptions' Enhet (typed as an actor's name or id). */
function unitOf(parsed: ParsedLines, pa: ParsedAssumptions): string | undefined {
  const name = pa.continuing?.unit;
  if (name === undefined) return undefined;
  const k = key(name);
  const a = parsed.actors.find((x) => key(x.name) === k || key(x.id) === k);
  if (a) return a.id;
  const names = parsed.actors.map((x) => x.name);
  const hint = suggest(name, names);
  throw invalid(
    `Antaganden rad ${pa.continuing?.rowOf.unit}, Enhet: '${name}' finns inte bland posternas aktörer` +
      (hint ? `; menade du '${hint}'?` : `; aktörerna är ${names.join(", ")}`),
  );
}

/** The case fields an assumptions range gives beside the assumptions (method v3). */
function continuingFields(
  parsed: ParsedLines,
  pa: ParsedAssumptions | undefined,
  assumptions: Record<string, unknown>,
) {
  const out: Record<string, unknown> = {};
  const v3 = pa?.continuing;
  if (pa === undefined || v3 === undefined) return out;
  if (v3.intakeYears !== undefined) assumptions.intakeYears = v3.intakeYears;
  if (v3.discountTiming !== undefined) assumptions.discountTiming = v3.discountTiming;
  const unit = unitOf(parsed, pa);
  if (unit !== undefined) out.unit = unit;
  if (v3.participants !== undefined) out.participants = v3.participants;
  return out;
}

/**
 * Parses both ranges and validates the case (throwing the engine's error with its paths).
 * Without assumptions, the horizon is widened to the last year any line names (the
 * single-year statement does not depend on it).
 */
function parseCase(linesRange: unknown, assumptionsRange: unknown, locators: Locator[]): BuiltCase {
  const parsed = parseLines(linesRange);
  const pa = isMissing(assumptionsRange) ? undefined : parseAssumptions(assumptionsRange);
  locators.push(caseLocator(parsed, pa));
  const assumptions: Record<string, unknown> = { ...(pa?.values ?? {}) };
  if (pa?.schedule) assumptions.discountSchedule = pa.schedule.spec;
  if (pa === undefined || assumptions.horizon === undefined) {
    const lastYear = parsed.lines.reduce((m, l) => Math.max(m, Number(l.fromYear ?? 0), Number(l.toYear ?? 0)), 0);
    if (lastYear > 20) assumptions.horizon = Math.min(100, lastYear);
  }
  const extra = continuingFields(parsed, pa, assumptions);
  const raw = {
    title: "Kalkyl i Excel",
    priceYear: 2000,
    ...extra,
    actors: parsed.actors,
    assumptions,
    lines: parsed.lines,
  };
  const v = validateCase(raw);
  if (!v.ok) throw new SocinvError("invalid-case", v.errors);
  return { case: v.case, parsed, assumptions: pa };
}

/** parseCase through the cache of cases by range content (cache.ts); the locator is registered either way. */
function buildCase(
  linesRange: unknown,
  assumptionsRange: unknown,
  locators: Locator[],
): { case: Case; parsed: ParsedLines } {
  let parsedNow = false;
  const built = cachedCase(linesRange, assumptionsRange, () => {
    parsedNow = true;
    return parseCase(linesRange, assumptionsRange, locators);
  });
  if (!parsedNow) locators.push(caseLocator(built.parsed, built.assumptions));
  return { case: built.case, parsed: built.parsed };
}

/** Builds and validates a case from the ranges; errors name the ranges' rows and columns. */
export function caseFromRanges(linesRange: unknown, assumptionsRange?: unknown): { case: Case; parsed: ParsedLines } {
  const locators: Locator[] = [];
  try {
    return buildCase(linesRange, assumptionsRange, locators);
  } catch (e) {
    throw located(e, (path) => locators[0]?.(path));
  }
}

/**
 * A lines range (kind "lines"): with the assumptions of the first named parameter that is
 * given, the function's case. `alternative` prefixes every error ("Alternativ A: …").
 */
export function linesParam(opts: { assumptions: readonly string[]; alternative?: string }): Param<Case> {
  const assumptionsOf = (ctx: Context) => opts.assumptions.map((n) => ctx.raw[n]).find((v) => !isMissing(v));
  return {
    kind: "lines",
    type: "any",
    dimensionality: "matrix",
    optional: false,
    parse(raw, ctx) {
      if (opts.alternative === undefined) {
        const c = buildCase(raw, assumptionsOf(ctx), ctx.locators).case;
        ctx.case ??= c;
        return c;
      }
      try {
        return caseFromRanges(raw, assumptionsOf(ctx)).case;
      } catch (e) {
        throw invalid(`Alternativ ${opts.alternative}: ${messageOf(e)}`);
      }
    },
  };
}

/**
 * An assumptions range (kind "assumptions"): read with the lines range by the lines
 * parameter that names it; required ones are checked before anything is parsed.
 */
export function assumptionsParam(opts: { optional?: boolean; required?: boolean } = {}): Param<void> {
  return {
    kind: "assumptions",
    type: "any",
    dimensionality: "matrix",
    optional: opts.optional ?? false,
    required: opts.required
      ? (raw) => {
          if (isMissing(raw)) throw invalid("Antaganden: ange området med antaganden (namn och värde)");
        }
      : undefined,
    parse: () => undefined,
  };
}
