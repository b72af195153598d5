import { actorAnnual, compute, perspective, sumSeries, type Series } from "../compute";
import { ZERO, num } from "../decimal";
import type { Case } from "../types";
import { BASE_PERSPECTIVES, type BasePerspective } from "../vocabulary";

export interface CompareResult {
  years: number[];
  actors: { id: string; name: string; npvA: number; npvB: number; difference: number[]; prefers: "A" | "B" | "lika" }[];
  perspectives: Record<BasePerspective, { npvA: number; npvB: number; difference: number }>;
}

/** Two alternatives for the same target group: A − B per actor and year, and who prefers which. */
export function compareCases(a: Case, b: Case): CompareResult {
  const H = Math.max(a.assumptions.horizon, b.assumptions.horizon);
  const ca = compute(a);
  const cb = compute(b);
  const pad = (s: Series) => [...s, ...Array.from({ length: H - s.length }, () => ZERO)];
  const ids = [...new Set([...a.actors.map((x) => x.id), ...b.actors.map((x) => x.id)])];
  const actors = ids.map((id) => {
    const sa = a.actors.some((x) => x.id === id) ? pad(actorAnnual(ca, id, true)) : pad([]);
    const sb = b.actors.some((x) => x.id === id) ? pad(actorAnnual(cb, id, true)) : pad([]);
    const na = sumSeries(sa);
    const nb = sumSeries(sb);
    return {
      id,
      name: (a.actors.find((x) => x.id === id) ?? b.actors.find((x) => x.id === id))!.name,
      npvA: num(na),
      npvB: num(nb),
      difference: sa.map((x, i) => num(x.minus(sb[i]))),
      prefers: na.gt(nb) ? ("A" as const) : na.lt(nb) ? ("B" as const) : ("lika" as const),
    };
  });
  const perspectives = {} as CompareResult["perspectives"];
  for (const p of BASE_PERSPECTIVES) {
    const x = perspective(ca, p).npv;
    const y = perspective(cb, p).npv;
    perspectives[p] = { npvA: num(x), npvB: num(y), difference: num(x.minus(y)) };
  }
  return { years: Array.from({ length: H }, (_, i) => i + 1), actors, perspectives };
}
