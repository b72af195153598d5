/**
 * A lines range together with its assumptions range becomes a validated engine case. Engine
 * validation errors keep their paths (`lines[2].toYear`); the locator registered here turns
 * them into the range's row and column ("Rad 4, Till år").
 */
import { validateCase, type AssumptionKey, type Case } from "../../engine";
import { SocinvError } from "../../engine/errors";
import { cachedCase, type BuiltCase } from "../cache";
import { invalid, located, messageOf, type Locator } from "../errors";
import { assumptionLabel, parseAssumptions, type ParsedAssumptions } from "./assumptions";
import { FIELD_LABEL, parseLines, type Field, type ParsedLines } from "./lines";
import { scheduleLocation } from "./schedule";
import { isMissing, type Context, type Param } from "./types";

/** Where a path of the lines or assumptions is in the user's ranges. */
export function caseLocator(parsed: ParsedLines, pa: ParsedAssumptions | undefined): Locator {
  return (path) => {
    const line = /^lines\[(\d+)\]\.(\w+)$/.exec(path);
    if (line) {
      const field = line[2] as Field;
      return `Rad ${parsed.rowOf[Number(line[1])]}, ${parsed.columnLabel[field] ?? FIELD_LABEL[field] ?? field}`;
    }
    const schedule = scheduleLocation(pa?.schedule, path);
    if (schedule !== undefined) return schedule;
    const as = /^assumptions\.(\w+)$/.exec(path);
    if (!as) return undefined;
    const row = pa?.rowOf[as[1] as AssumptionKey];
    const label = assumptionLabel(as[1]);
    return row !== undefined ? `Antaganden rad ${row}, ${label}` : `Antaganden, ${label}`;
  };
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
    const lastYear = Math.max(0, ...parsed.lines.map((l) => Math.max(Number(l.fromYear ?? 0), Number(l.toYear ?? 0))));
    if (lastYear > 20) assumptions.horizon = Math.min(100, lastYear);
  }
  const raw = { title: "Kalkyl i Excel", priceYear: 2000, actors: parsed.actors, assumptions, lines: parsed.lines };
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
