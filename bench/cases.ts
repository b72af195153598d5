/** Generated cases of a given size, deterministic (no Math.random). */
import { parseCase, type Case } from "../src/engine";

export function syntheticCase(lines: number, horizon = 20): Case {
  const actors = [
    "kommun",
    "region",
    "forsakringskassan",
    "arbetsformedlingen",
    "rattsvasende",
    "individ",
    "ovriga",
    "produktionsvarde",
  ];
  const cats = ["real", "financial", "production"];
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ls = Array.from({ length: lines }, (_, i) => {
    const investment = i % 10 === 0;
    const from = 1 + Math.floor(rnd() * Math.min(3, horizon));
    return {
      actor: actors[i % actors.length],
      direction: investment || rnd() < 0.2 ? "cost" : "revenue",
      category: cats[i % 3],
      role: investment ? "investment" : "effect",
      basis: !investment && i % 2 === 0 ? "perSuccess" : "total",
      amount: Math.round(rnd() * 1e6 * 100) / 100,
      fromYear: from,
      toYear: investment ? Math.min(horizon, from + 2) : horizon,
    };
  });
  return parseCase({
    title: `Syntetisk kalkyl med ${lines} poster`,
    priceYear: 2026,
    assumptions: {
      horizon,
      discountRate: 0.035,
      successes: 40,
      relapse: 0.08,
      decay: 0.03,
      deadweight: 0.1,
      attribution: 0.9,
      displacement: 0.05,
      growth: 0.01,
    },
    lines: ls,
  });
}

/** The same arithmetic as the engine in plain JS numbers: the floor for the engine's timings. */
export function plainProjection(c: Case): number[][] {
  const a = c.assumptions;
  const H = a.horizon;
  const k = (1 - a.deadweight) * (1 - a.displacement) * a.attribution;
  const disc: number[] = [],
    effT: number[] = [],
    effP: number[] = [];
  let d = 1,
    e = k,
    p = a.successes;
  for (let t = 0; t < H; t++) {
    disc.push(d);
    effT.push(e);
    effP.push(e * p);
    d /= 1 + a.discountRate;
    e *= (1 - a.decay) * (1 + a.growth);
    p *= 1 - a.relapse;
  }
  const idx = new Map(c.actors.map((x, i) => [x.id, i]));
  const out = c.actors.map(() => new Array<number>(H).fill(0));
  for (const l of c.lines) {
    const s = l.direction === "revenue" ? l.amount : -l.amount;
    const row = out[idx.get(l.actor)!];
    const f = l.role === "investment" ? null : l.basis === "perSuccess" ? effP : effT;
    for (let t = l.fromYear - 1; t < l.toYear; t++) row[t] += s * (f ? f[t] : 1) * disc[t];
  }
  return out;
}
