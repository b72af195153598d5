import fc from "fast-check";
import {
  Dec,
  GREEN_BOOK_BANDS,
  buildReport,
  compute,
  discountSeries,
  discountSeriesFloat,
  rateInYear,
  runFollowUp,
  runMonteCarlo,
  scheduleText,
  yearFactors,
  yearlyRates,
  DEFAULT_ASSUMPTIONS,
  type Case,
} from "../../src/engine";
import { arbCase } from "../helpers/arbitraries";
import { mk } from "../helpers/cases";

const eff = (amount: number, extra: Record<string, unknown> = {}) => ({
  actor: "kommun",
  direction: "revenue",
  category: "real",
  amount,
  ...extra,
});

describe("discount schedule: δ(1) = 1, δ(t) = Π_{j=2..t} 1/(1 + r_j)", () => {
  test("a two-band schedule, by hand: 25 % in years 2–3, 0 % from year 4", () => {
    const bands = [
      { fromYear: 2, rate: 0.25 },
      { fromYear: 4, rate: 0 },
    ];
    expect(discountSeries(5, 0.035, bands).map((d) => d.toString())).toEqual(["1", "0.8", "0.64", "0.64", "0.64"]);
    // 1000 a year for 5 years: 1000 + 800 + 640 + 640 + 640
    const c = mk([eff(1000)], { horizon: 5, discountSchedule: bands });
    expect(buildReport(compute(c)).perspectives.total.benefits).toBe(3720);
  });

  test("years before the first band use discountRate: 25 % in year 2, 100 % from year 3", () => {
    const bands = [{ fromYear: 3, rate: 1 }];
    expect(yearlyRates(4, 0.25, bands)).toEqual([0.25, 0.25, 1, 1]);
    expect(discountSeries(4, 0.25, bands).map((d) => d.toString())).toEqual(["1", "0.8", "0.4", "0.2"]);
    expect(
      buildReport(compute(mk([eff(100)], { horizon: 4, discountRate: 0.25, discountSchedule: bands }))).perspectives
        .total.benefits,
    ).toBe(240);
  });

  test("greenbook: 3.5 % for 30 years elapsed, 3.0 % to 75, 2.5 % after (r_j by year j)", () => {
    expect(rateInYear(0.1, GREEN_BOOK_BANDS, 1)).toBe(0.1);
    expect(rateInYear(0.1, GREEN_BOOK_BANDS, 31)).toBe(0.035);
    expect(rateInYear(0.1, GREEN_BOOK_BANDS, 32)).toBe(0.03);
    expect(rateInYear(0.1, GREEN_BOOK_BANDS, 76)).toBe(0.03);
    expect(rateInYear(0.1, GREEN_BOOK_BANDS, 77)).toBe(0.025);
    const d = discountSeries(100, 0.035, "greenbook");
    const closed = (t: number) => {
      const e = t - 1;
      const a = Math.min(e, 30);
      const b = Math.max(0, Math.min(e, 75) - 30);
      const c = Math.max(0, e - 75);
      return new Dec(1.035).pow(-a).times(new Dec(1.03).pow(-b)).times(new Dec(1.025).pow(-c));
    };
    for (const t of [1, 2, 31, 32, 33, 76, 77, 78, 100]) {
      expect(d[t - 1].minus(closed(t)).abs().lessThan(1e-30)).toBe(true);
    }
    const f = discountSeriesFloat(100, 0.035, "greenbook");
    for (const t of [1, 40, 100]) expect(Math.abs(f[t - 1] - d[t - 1].toNumber())).toBeLessThan(1e-12);
  });

  test("the schedule is described in Swedish", () => {
    expect(scheduleText(0.035)).toBe("fast ränta 3,5 %");
    expect(scheduleText(0.035, "greenbook")).toBe(
      "Green Book (HM Treasury), fallande ränta: 3,5 % från år 2, 3 % från år 32, 2,5 % från år 77",
    );
    expect(scheduleText(0.04, [{ fromYear: 10, rate: 0.02 }])).toBe("egna band: 4 % år 2–9, 2 % från år 10");
  });
});

describe("the analyses discount with the schedule", () => {
  const c = mk([eff(1000), eff(300, { basis: "perSuccess" })], {
    horizon: 60,
    successes: 3,
    relapse: 0.02,
    discountSchedule: "greenbook",
  });
  const npv = buildReport(compute(c)).perspectives.total.npv;

  test("Monte Carlo with distributions of no width gives the deterministic NPV (1e-9 relative)", () => {
    const mc = runMonteCarlo(c, {
      iterations: 3,
      seed: 1,
      distributions: [{ assumption: "decay", type: "uniform", min: 0, max: 0 }],
    });
    expect(Math.abs(mc.perspectives.total.mean - npv) / npv).toBeLessThan(1e-9);
  });

  test("follow-up without deviations gives the plan's NPV", () => {
    const fu = runFollowUp({ ...c, followUp: { years: [{ year: 1, successes: 3 }] } });
    expect(fu!.npvPlan).toBeCloseTo(npv, 6);
    expect(fu!.npvUpdated).toBeCloseTo(npv, 6);
  });
});

describe("properties", () => {
  fc.configureGlobal({ seed: 20261125, numRuns: 100 });

  test("a flat rate as one band (or several equal bands) gives exactly the flat figures", () => {
    fc.assert(
      fc.property(arbCase(), fc.integer({ min: 1, max: 3 }), (c: Case, n) => {
        const r = c.assumptions.discountRate;
        const bands = Array.from({ length: n }, (_, i) => ({ fromYear: 2 + i * 7, rate: r }));
        const banded: Case = { ...c, assumptions: { ...c.assumptions, discountSchedule: bands } };
        const a = yearFactors(c.assumptions).discount.map(String);
        const b = yearFactors(banded.assumptions).discount.map(String);
        const ra = buildReport(compute(c));
        const rb = buildReport(compute(banded));
        return (
          JSON.stringify(a) === JSON.stringify(b) &&
          JSON.stringify(ra.perspectives) === JSON.stringify(rb.perspectives) &&
          JSON.stringify(ra.projection) === JSON.stringify(rb.projection)
        );
      }),
    );
  });

  test("δ is positive and, for positive rates, falls year by year", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            fromYear: fc.integer({ min: 2, max: 100 }),
            rate: fc.double({ min: 0.001, max: 0.2, noNaN: true }),
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (raw) => {
          const bands = [...new Map(raw.map((b) => [b.fromYear, b])).values()].sort((x, y) => x.fromYear - y.fromYear);
          const d = discountSeries(100, DEFAULT_ASSUMPTIONS.discountRate, bands);
          return d.every((x, i) => x.greaterThan(0) && (i === 0 || x.lessThan(d[i - 1])));
        },
      ),
    );
  });
});
