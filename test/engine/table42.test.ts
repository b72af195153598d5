import { compute, buildReport, roundKr, formatKr } from "../../src/engine";
import { loadExample } from "../helpers/cases";

// Table 4.2 of the seed report (Nilsson 2017), as restated on the method page.
const TABLE_4_2: Record<string, [number, number, number]> = {
  arbetsmarknadskontoret: [18_823_000, 22_743_000, -3_920_000],
  arbetsformedlingen: [3_063_000, 16_023_000, -12_960_000],
  forsakringskassan: [5_513_400, 0, 5_513_400],
  kommun: [42_261_864, 18_823_000, 23_438_864],
  region: [4_900_800, 0, 4_900_800],
  rattsvasende: [1_021_000, 0, 1_021_000],
  ovriga: [0, 0, 0],
  produktionsvarde: [16_023_000, 0, 16_023_000],
};

describe("Table 4.2: socioekonomisk resultaträkning för arbetsmarknadskontoret", () => {
  const c = loadExample("arbetsmarknadskontoret.json");
  const comp = compute(c);

  test.each(Object.entries(TABLE_4_2))("%s: intäkt, kostnad and net to the krona", (id, [rev, cost, net]) => {
    const row = comp.statement.byActor.get(id);
    expect(row).toBeDefined();
    expect(roundKr(row!.revenue).toNumber()).toBe(rev);
    expect(roundKr(row!.cost).toNumber()).toBe(cost);
    expect(roundKr(row!.net).toNumber()).toBe(net);
    // exact, not only after rounding: every amount in the example is whole kronor
    expect(row!.net.isInteger()).toBe(true);
  });

  test("the total (samhällsvinst) is 34 017 064", () => {
    expect(comp.statement.total.toNumber()).toBe(34_017_064);
    expect(formatKr(comp.statement.total)).toBe("34 017 064");
  });

  test("the JSON report carries the same statement and every declared actor", () => {
    const r = buildReport(comp);
    expect(r.statement.total).toBe(34_017_064);
    for (const [id, [rev, cost, net]] of Object.entries(TABLE_4_2)) {
      expect(r.statement.byActor[id]).toEqual({ revenue: rev, cost, net });
      expect(r.projection.annualByActor[id]).toHaveLength(20);
      expect(r.perspectives[`actor:${id}`]).toBeDefined();
    }
    // year 1 of the projection is the statement (nothing is discounted in year 1)
    expect(r.perspectives.total).toBeDefined();
    const year1 = Object.values(r.projection.annualByActor).reduce((s, xs) => s + xs[0], 0);
    expect(year1).toBe(34_017_064);
  });

  test("the kommun perspective includes its arbetsmarknadskontor", () => {
    const r = buildReport(comp);
    const kommunOwn = r.projection.accumulatedByActor.kommun[19];
    const office = r.projection.accumulatedByActor.arbetsmarknadskontoret[19];
    expect(r.perspectives["actor:kommun"].npv).toBeCloseTo(kommunOwn + office, 4);
    expect(r.perspectives["actor:kommun"].investment).toBe(22_743_000);
  });
});
