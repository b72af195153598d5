import fc from "fast-check";
import {
  Dec,
  SocinvError,
  UNIT_FACTOR,
  buildReport,
  compute,
  indexYearsUsed,
  lineAmount,
  lineAmounts,
  linePriceYear,
  lineValues,
  realPrice,
  runFollowUp,
  runMonteCarlo,
  unitCostsUsed,
  type Case,
  type PriceIndex,
} from "../../src/engine";
import { mk, rawCase } from "../helpers/cases";
import { parseCase } from "../../src/engine";

const index: PriceIndex = {
  name: "Testindex",
  source: "påhittad serie för testet",
  values: { "2015": 313.49, "2020": 80, "2025": 100 },
};
const line = (extra: Record<string, unknown>) => ({
  actor: "kommun",
  direction: "revenue",
  category: "real",
  ...extra,
});
const withPrices = (lines: Record<string, unknown>[], extra: Record<string, unknown> = {}): Case =>
  parseCase({ ...rawCase(lines, { horizon: 2 }), priceIndex: index, ...extra });

const placement = {
  id: "hvb_dygn",
  label: "Placering på HVB, per dygn",
  amount: 100,
  unit: "day",
  priceYear: 2020,
  source: { citation: "Testkälla, tabell 1", quote: "HVB 100 kr per dygn" },
};

describe("fasta priser: A = A_p · I(P) / I(p)", () => {
  test("an index conversion by hand: 800 kr in 2020 prices is 1 000 kr in 2025 prices (80 → 100)", () => {
    const c = withPrices([line({ amount: 800, priceYear: 2020 })]);
    expect(c.lines[0].amount).toBe(800); // kept as given
    expect(lineAmount(c, c.lines[0]).toString()).toBe("1000");
    expect(buildReport(compute(c)).perspectives.total.benefits).toBe(2000);
    expect(lineValues(c, 0).undiscounted.map(String)).toEqual(["1000", "1000"]);
  });

  test("a conversion with decimals stays exact: 1 000 kr in 2015 is 1000 · 100 / 313.49", () => {
    const c = withPrices([line({ amount: 1000, priceYear: 2015 })]);
    expect(lineAmount(c, c.lines[0]).equals(new Dec(1000).times(100).div(313.49))).toBe(true);
    expect(indexYearsUsed(c)).toEqual([2015, 2025]);
  });

  test("a line in the case's own price year is not converted, and needs no index", () => {
    const c = mk([line({ amount: 123.45, priceYear: 2025 })]);
    expect(lineAmount(c, c.lines[0]).toString()).toBe("123.45");
    expect(indexYearsUsed(c)).toEqual([]);
  });

  test("realPrice refuses a year the series lacks, naming it", () => {
    expect(() => realPrice(1, 2009, 2025, index)).toThrow(SocinvError);
    expect(() => realPrice(1, 2009, 2025, index)).toThrow("året 2009 saknas i prisindexet Testindex");
    expect(() => realPrice(1, 2025, 2030, index)).toThrow("året 2030 saknas i prisindexet Testindex");
  });

  test("property: indexing from P to P is the identity, and P → p → P returns the amount", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.constantFrom(2015, 2020, 2025), (a, p) => {
        const same = realPrice(a, p, p, index).equals(new Dec(a));
        const back = realPrice(realPrice(a, 2025, p, index), p, 2025, index);
        return same && back.minus(a).abs().lessThanOrEqualTo(new Dec(a).times(1e-30));
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe("unit costs: A = quantity · unit amount · (12 | 365 | 1), indexed from the unit cost's price year", () => {
  test("per dygn: 2 × 100 kr × 365 = 73 000 kr in 2020 prices = 91 250 kr in 2025 prices", () => {
    const c = withPrices([line({ unitCost: "hvb_dygn", quantity: 2 })], { unitCosts: [placement] });
    expect(c.lines[0].amount).toBe(73000);
    expect(linePriceYear(c, c.lines[0])).toBe(2020);
    expect(lineAmount(c, c.lines[0]).toString()).toBe("91250");
    expect(unitCostsUsed(c).map((u) => u.id)).toEqual(["hvb_dygn"]);
  });

  test("per månad × 12, per år and per person och år × 1", () => {
    expect(UNIT_FACTOR).toEqual({
      year: 1,
      month: 12,
      day: 365,
      personYear: 1,
      oneOff: 1,
      inhabitantYear: 1,
      inhabitantMonth: 12,
    });
    const costs = ["month", "year", "personYear"].map((unit) => ({ ...placement, id: unit, unit, priceYear: 2025 }));
    const c = withPrices(
      costs.map((u) => line({ unitCost: u.id, quantity: 3 })),
      { unitCosts: costs },
    );
    expect(lineAmounts(c).map(String)).toEqual(["3600", "300", "300"]);
  });

  test("a unit cost without a price year takes the line's", () => {
    const undated = { ...placement, priceYear: null };
    const c = withPrices([line({ unitCost: "hvb_dygn", quantity: 1, priceYear: 2020 })], { unitCosts: [undated] });
    expect(lineAmount(c, c.lines[0]).toString()).toBe("45625");
  });

  test("the validated case is itself a valid case with the same figures (round trip)", () => {
    const c = withPrices([line({ unitCost: "hvb_dygn", quantity: 2 }), line({ amount: 800, priceYear: 2020 })], {
      unitCosts: [placement],
    });
    const again = parseCase(JSON.parse(JSON.stringify(c)));
    expect(again).toEqual(c);
    expect(buildReport(compute(again))).toEqual(buildReport(compute(c)));
  });

  test("follow-up counts the amounts in the case's price year", () => {
    const c = withPrices([line({ amount: 800, priceYear: 2020 })]);
    expect(runFollowUp({ ...c, followUp: { years: [{ year: 1 }] } })!.npvPlan).toBe(2000);
  });

  test("Monte Carlo draws on the amounts in the case's price year", () => {
    const c = withPrices([line({ amount: 800, priceYear: 2020 })]);
    const plain = mk([line({ amount: 1000 })], { horizon: 2 });
    const spec = {
      iterations: 5,
      seed: 1,
      distributions: [{ assumption: "decay" as const, type: "uniform" as const, min: 0, max: 0.5 }],
    };
    expect(runMonteCarlo(c, spec).perspectives).toEqual(runMonteCarlo(plain, spec).perspectives);
  });
});
