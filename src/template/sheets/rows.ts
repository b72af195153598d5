import { BASE_PERSPECTIVES, type BasePerspective } from "../../engine/vocabulary";

/** Helpers of the sheets' layouts: rows counted down a sheet, one entry per perspective. */

export type P = BasePerspective;
export const perPerspective = <T>(f: (p: P, i: number) => T) =>
  Object.fromEntries(BASE_PERSPECTIVES.map((p, i) => [p, f(p, i)])) as Record<P, T>;
/** Consecutive rows from `next`, one per key. */
export const rowsFrom = <K extends string>(keys: readonly K[], next: () => number) =>
  Object.fromEntries(keys.map((k) => [k, next()])) as Record<K, number>;
