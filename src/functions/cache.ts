/**
 * A small cache of the cases built from ranges, so that a sheet with one function per actor
 * over the same lines range (eight NETBYACTOR calls, say) parses, validates and computes that
 * range once per change instead of once per call.
 *
 * - Keyed by content: an entry holds a copy of the lines and assumptions ranges it was built
 *   from, and is used only when both of a call's ranges are equal to them cell by cell
 *   (Object.is on every cell, after the same shape). Excel passes fresh arrays on every call,
 *   so identity would never match; a hash alone could collide; the copy cannot go stale: any
 *   changed cell is a different key, and a range changed in place after a call no longer
 *   equals the copy.
 * - Bounded: at most CASE_CACHE_SIZE entries, least recently used first out.
 * - Only successfully validated cases are kept (a refused range is parsed again and gives its
 *   error again); the case and its computation are never changed by the functions.
 */
import { compute, type Case, type Computation } from "../engine";
import type { ParsedAssumptions } from "./params/assumptions";
import type { ParsedLines } from "./params/lines";

export const CASE_CACHE_SIZE = 4;

/** What the lines parameter builds from its ranges. */
export interface BuiltCase {
  case: Case;
  parsed: ParsedLines;
  assumptions: ParsedAssumptions | undefined;
}

interface Entry {
  lines: unknown;
  assumptions: unknown;
  built: BuiltCase;
}

/** Most recently used last. */
const entries: Entry[] = [];
const computations = new WeakMap<Case, Computation>();

/** A copy of a range argument: its rows copied, cells kept (they are primitives). */
function copyOf(v: unknown): unknown {
  return Array.isArray(v) ? v.map((row: unknown) => (Array.isArray(row) ? row.slice() : row)) : v;
}

function sameRow(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Cell-by-cell equality of two range arguments (a scalar, or rows of cells). */
export function sameRange(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return Object.is(a, b);
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x: unknown = a[r];
    const y: unknown = b[r];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (!sameRow(x, y)) return false;
    } else if (Array.isArray(x) || Array.isArray(y) || !Object.is(x, y)) return false;
  }
  return true;
}

/** The case built from these ranges, from the cache or by `build` (then kept). */
export function cachedCase(lines: unknown, assumptions: unknown, build: () => BuiltCase): BuiltCase {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (sameRange(e.lines, lines) && sameRange(e.assumptions, assumptions)) {
      entries.splice(i, 1);
      entries.push(e);
      return e.built;
    }
  }
  const built = build();
  entries.push({ lines: copyOf(lines), assumptions: copyOf(assumptions), built });
  if (entries.length > CASE_CACHE_SIZE) entries.shift();
  return built;
}

/** The engine's computation of a case, once per case object (cached cases share theirs). */
export function computationOf(c: Case): Computation {
  let comp = computations.get(c);
  if (!comp) {
    comp = compute(c);
    computations.set(c, comp);
  }
  return comp;
}

/** Empties the cache (the benchmark's cold calls, tests). */
export function clearCaseCache(): void {
  entries.length = 0;
}

/** How many cases the cache holds (tests of the bound). */
export function caseCacheSize(): number {
  return entries.length;
}
