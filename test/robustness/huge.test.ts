import { buildReport, compute, parseCase, validateCase, MAX_LINES } from "../../src/engine";
import { CALL } from "../../src/functions/callable";
import { linesToRange } from "../../src/functions/ranges";

/** Huge inputs finish or fail with a clear message; money stays exact. */
jest.setTimeout(120_000);

function bigRaw(lines: number, horizon: number, amount: (i: number) => number) {
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
  return {
    title: "Stor kalkyl",
    priceYear: 2026,
    assumptions: { horizon, successes: 100, relapse: 0.05, decay: 0.02, growth: 0.01 },
    lines: Array.from({ length: lines }, (_, i) => ({
      actor: actors[i % 8],
      direction: i % 5 === 0 ? "cost" : "revenue",
      category: (["real", "financial", "production"] as const)[i % 3],
      role: i % 10 === 0 ? "investment" : "effect",
      basis: i % 10 !== 0 && i % 2 === 1 ? "perSuccess" : "total",
      amount: amount(i),
      fromYear: 1 + (i % horizon),
    })),
  };
}

describe("huge inputs", () => {
  test("100 000 lines over a 100-year horizon: computed, every number finite", () => {
    const c = parseCase(bigRaw(MAX_LINES, 100, (i) => (i % 997) * 1000 + 0.25));
    const r = buildReport(compute(c));
    expect(r.projection.years).toHaveLength(100);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
    expect(Number.isFinite(r.perspectives.total.npv)).toBe(true);
  });

  test("one line more than the limit is refused with a clear Swedish message", () => {
    const v = validateCase(bigRaw(MAX_LINES + 1, 10, () => 1));
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.errors).toEqual([
        { path: "lines", message: `${MAX_LINES + 1} poster är fler än högsta tillåtna ${MAX_LINES}` },
      ]);
  });

  test("SOCINV.NETBYACTOR over a 100 000-row range finishes", () => {
    const c = parseCase(bigRaw(MAX_LINES, 20, (i) => i % 1000));
    const range = linesToRange(c);
    const t = CALL.NETBYACTOR(range, undefined, undefined, [
      ["Horisont", 20],
      ["Antal med utfall", 100],
      ["Återfall", 0.05],
    ]);
    expect(t[t.length - 1][0]).toBe("Summa");
    expect(Number.isFinite(t[t.length - 1][1] as number)).toBe(true);
  });
});

describe("money stays exact", () => {
  test("a million öre amounts summed by the engine equal integer arithmetic", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647);
    let engineOre = 0n;
    let integerOre = 0n;
    for (let batch = 0; batch < 10; batch++) {
      const ore: number[] = Array.from({ length: MAX_LINES }, () => rnd() % 100_000_000_00); // up to 100 000 000,00 kr
      const c = parseCase({
        title: "Öre",
        priceYear: 2026,
        assumptions: { horizon: 1 },
        lines: ore.map((o) => ({ actor: "kommun", direction: "revenue", category: "real", amount: o / 100 })),
      });
      const total = compute(c).statement.total;
      expect(total.decimalPlaces()).toBeLessThanOrEqual(2);
      engineOre += BigInt(total.times(100).toFixed(0));
      integerOre += ore.reduce((s, o) => s + BigInt(o), 0n);
    }
    expect(engineOre).toBe(integerOre);
  });

  test("amounts up to 10^12 kr keep öre precision through the projection", () => {
    const c = parseCase({
      title: "Stora belopp",
      priceYear: 2026,
      assumptions: { horizon: 3, discountRate: 0, successes: 3 },
      lines: [
        { actor: "kommun", direction: "revenue", category: "real", amount: 999_999_999_999.99 },
        { actor: "kommun", direction: "revenue", category: "real", amount: 0.01 },
        { actor: "region", direction: "revenue", category: "real", basis: "perSuccess", amount: 333_333_333_333.33 },
      ],
    });
    const comp = compute(c);
    expect(comp.statement.total.toFixed(2)).toBe("1999999999999.99");
    expect(buildReport(comp).projection.accumulatedByActor.kommun[2]).toBe(3_000_000_000_000);
  });
});
