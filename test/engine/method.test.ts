import { compute, buildReport, perspective, lineValues, yearFactors, type Perspective } from "../../src/engine";
import { mk, close } from "../helpers/cases";

const eff = (amount: number, extra: Record<string, unknown> = {}) => ({
  actor: "kommun",
  direction: "revenue",
  category: "real",
  amount,
  ...extra,
});
const inv = (amount: number, extra: Record<string, unknown> = {}) => ({
  actor: "kommun",
  direction: "cost",
  category: "real",
  role: "investment",
  amount,
  ...extra,
});

function annualTotal(c: ReturnType<typeof mk>): number[] {
  return perspective(compute(c), "total").annual.map((x) => x.toNumber());
}

describe("discounting", () => {
  test("δ(t) = (1+r)^-(t-1); year 1 is not discounted", () => {
    const c = mk([inv(1000)], { horizon: 3, discountRate: 0.1 });
    const r = buildReport(compute(c)).perspectives.total;
    const expected = 1000 + 1000 / 1.1 + 1000 / 1.21;
    expect(close(r.investment, expected, 1e-12)).toBe(true);
    expect(r.benefits).toBe(0);
    expect(close(r.npv, -expected, 1e-12)).toBe(true);
    expect(r.roi).toBe(0);
  });

  test("discounted factors are exact decimals: 1/1.1^2", () => {
    const f = yearFactors(mk([], { horizon: 3, discountRate: 0.1 }).assumptions);
    expect(f.discount[0].toString()).toBe("1");
    expect(f.discount[2].times(1.21).toDecimalPlaces(30).toString()).toBe("1");
  });

  test("negative real rates above -1 are allowed", () => {
    const c = mk([eff(1000)], { horizon: 2, discountRate: -0.5 });
    expect(annualTotal(c)).toEqual([1000, 2000]);
  });
});

describe("relapse, decay, growth and adjustments", () => {
  test("relapse shrinks the persons in outcome: q(t) = N(1-ρ)^(t-1)", () => {
    const c = mk([eff(100, { basis: "perSuccess" })], { horizon: 3, successes: 10, relapse: 0.5 });
    expect(annualTotal(c)).toEqual([1000, 500, 250]);
  });

  test("relapse does not touch total lines", () => {
    const c = mk([eff(100)], { horizon: 3, successes: 10, relapse: 0.5 });
    expect(annualTotal(c)).toEqual([100, 100, 100]);
  });

  test("decay: (1-λ)^(t-1)", () => {
    expect(annualTotal(mk([eff(1000)], { horizon: 3, decay: 0.2 }))).toEqual([1000, 800, 640]);
  });

  test("growth: (1+g)^(t-1)", () => {
    expect(annualTotal(mk([eff(1000)], { horizon: 3, growth: 0.1 }))).toEqual([1000, 1100, 1210]);
  });

  test("outcome adjustment k = (1-w)(1-u)α applies from year 1, also in the statement", () => {
    const c = mk([eff(1000), eff(10, { basis: "perSuccess" })], {
      horizon: 2,
      successes: 5,
      deadweight: 0.2,
      displacement: 0.1,
      attribution: 0.5,
    });
    const comp = compute(c);
    // k = 0.8 · 0.9 · 0.5 = 0.36; 1000·0.36 + 10·5·0.36 = 378
    expect(comp.statement.byActor.get("kommun")!.revenue.toNumber()).toBe(378);
    expect(comp.statement.total.toNumber()).toBe(378);
    expect(annualTotal(c)).toEqual([378, 378]);
  });

  test("investments are not adjusted, decayed or grown; only discounted", () => {
    const c = mk([inv(1000)], { horizon: 3, decay: 0.5, growth: 0.5, deadweight: 0.5, successes: 3, relapse: 0.5 });
    expect(annualTotal(c)).toEqual([-1000, -1000, -1000]);
  });

  test("every factor at once against the formula in plain numbers", () => {
    const A = 12345.67;
    const a = {
      horizon: 12,
      discountRate: 0.035,
      successes: 37,
      relapse: 0.08,
      decay: 0.03,
      deadweight: 0.2,
      attribution: 0.8,
      displacement: 0.05,
      growth: 0.01,
    };
    const c = mk([eff(A, { basis: "perSuccess", direction: "cost", fromYear: 2, toYear: 10 })], a);
    const got = lineValues(c, 0).discounted.map((x) => x.toNumber());
    const k = (1 - a.deadweight) * (1 - a.displacement) * a.attribution;
    for (let t = 1; t <= 12; t++) {
      const inWindow = t >= 2 && t <= 10;
      const v = inWindow
        ? -A *
          a.successes *
          Math.pow(1 - a.relapse, t - 1) *
          k *
          Math.pow(1 - a.decay, t - 1) *
          Math.pow(1 + a.growth, t - 1) *
          Math.pow(1 + a.discountRate, -(t - 1))
        : 0;
      expect(close(got[t - 1], v, 1e-12)).toBe(true);
    }
    expect(
      close(
        annualTotal(c).reduce((s, x) => s + x, 0),
        got.reduce((s, x) => s + x, 0),
        1e-12,
      ),
    ).toBe(true);
  });
});

describe("windows", () => {
  test("a line counts only from fromYear to toYear", () => {
    const c = mk([eff(100, { fromYear: 2, toYear: 3 })], { horizon: 4 });
    expect(annualTotal(c)).toEqual([0, 100, 100, 0]);
  });

  test("the year-1 statement leaves out lines that start later", () => {
    const comp = compute(mk([eff(100, { fromYear: 2 }), eff(7)], { horizon: 3 }));
    expect(comp.statement.total.toNumber()).toBe(7);
  });

  test("toYear defaults to the horizon, fromYear to 1", () => {
    const c = mk([eff(5)], { horizon: 7 });
    expect(c.lines[0].fromYear).toBe(1);
    expect(c.lines[0].toYear).toBe(7);
  });
});

describe("break-even", () => {
  const be = (lines: Record<string, unknown>[], horizon: number, p: Perspective = "total") =>
    buildReport(compute(mk(lines, { horizon }))).perspectives[p].breakEvenYear;

  test("the first year from which the accumulated value stays ≥ 0", () => {
    // accumulated: -600, -200, 200, 600, 1000
    expect(be([inv(1000, { toYear: 1 }), eff(400)], 5)).toBe(3);
  });
  test("never within the horizon", () => {
    expect(be([inv(1000, { toYear: 1 }), eff(100)], 5)).toBeNull();
  });
  test("from year 1", () => {
    expect(be([inv(1000, { toYear: 1 }), eff(1500)], 5)).toBe(1);
  });
  test("exactly zero counts as broken even", () => {
    expect(be([inv(1000, { toYear: 1 }), eff(500)], 3)).toBe(2);
  });
  test("a dip below zero after a first break-even moves the year", () => {
    // annual: +100, -50, -100, +200 → accumulated 100, 50, -50, 150
    expect(
      be(
        [
          eff(100, { toYear: 1 }),
          inv(50, { fromYear: 2, toYear: 2 }),
          inv(100, { fromYear: 3, toYear: 3 }),
          eff(200, { fromYear: 4, toYear: 4 }),
        ],
        4,
      ),
    ).toBe(4);
  });
  test("negative at the horizon means none, even after positive years", () => {
    expect(be([eff(100, { toYear: 1 }), inv(500, { fromYear: 2, toYear: 2 })], 2)).toBeNull();
  });
});

describe("ROI and NPV", () => {
  test("roi is null when there is no investment", () => {
    const r = buildReport(compute(mk([eff(100)], { horizon: 2 })));
    expect(r.perspectives.total.roi).toBeNull();
    expect(r.perspectives.total.investment).toBe(0);
    expect(r.perspectives.total.npv).toBe(200);
  });
  test("roi = B / I and npv = B − I", () => {
    const r = buildReport(compute(mk([inv(100, { toYear: 1 }), eff(150)], { horizon: 2 }))).perspectives.total;
    expect(r).toEqual({
      investment: 100,
      benefits: 300,
      npv: 200,
      roi: 3,
      npvRatio: 2,
      breakEvenYear: 1,
      accumulated: { investment: [100, 100], benefits: [150, 300], npv: [50, 200] },
      breakEvenSuccesses: 0,
      breakEvenSuccessRate: null,
    });
  });
  test("an investment line with direction revenue reduces the investment (co-financing)", () => {
    const r = buildReport(
      compute(
        mk([inv(100, { toYear: 1 }), inv(40, { toYear: 1, direction: "revenue", category: "financial" })], {
          horizon: 1,
        }),
      ),
    ).perspectives.total;
    expect(r.investment).toBe(60);
  });
});

describe("perspectives", () => {
  const actors = [
    { id: "kommun", name: "Kommunen" },
    { id: "soc", name: "Socialförvaltningen", parent: "kommun" },
    { id: "ifo", name: "Individ- och familjeomsorgen", parent: "soc" },
    { id: "region", name: "Regionen" },
    { id: "individ", name: "Individen", kind: "individual" },
    { id: "prod", name: "Produktionsvärde", kind: "society" },
  ];
  const lines = [
    { actor: "kommun", direction: "revenue", category: "financial", amount: 1 },
    { actor: "soc", direction: "revenue", category: "real", amount: 10 },
    { actor: "ifo", direction: "cost", category: "real", role: "investment", amount: 100, toYear: 1 },
    { actor: "region", direction: "revenue", category: "real", amount: 1000 },
    { actor: "individ", direction: "revenue", category: "financial", amount: 10000 },
    { actor: "prod", direction: "revenue", category: "production", amount: 100000 },
  ];
  const r = buildReport(compute(mk(lines, { horizon: 1 }, actors)));

  test("actor:<id> adds all descendants; a leaf is itself", () => {
    expect(r.perspectives["actor:kommun"].npv).toBe(1 + 10 - 100);
    expect(r.perspectives["actor:soc"].npv).toBe(10 - 100);
    expect(r.perspectives["actor:ifo"].npv).toBe(-100);
    expect(r.perspectives["actor:ifo"].investment).toBe(100);
  });
  test("the statement row of a parent holds only its own lines", () => {
    expect(r.statement.byActor.kommun.net).toBe(1);
    expect(r.statement.byActor.soc.net).toBe(10);
  });
  test("public: every public actor, not individuals or production", () => {
    expect(r.perspectives.public.npv).toBe(1 + 10 - 100 + 1000);
  });
  test("economic: real and production only, every actor", () => {
    expect(r.perspectives.economic.npv).toBe(10 - 100 + 1000 + 100000);
  });
  test("total: everything", () => {
    expect(r.perspectives.total.npv).toBe(1 + 10 - 100 + 1000 + 10000 + 100000);
    expect(r.statement.total).toBe(r.perspectives.total.npv);
  });
  test("every declared actor has a perspective, even without lines", () => {
    const r2 = buildReport(compute(mk([eff(1)], { horizon: 1 })));
    expect(Object.keys(r2.perspectives)).toEqual([
      "total",
      "public",
      "economic",
      "actor:kommun",
      "actor:region",
      "actor:forsakringskassan",
      "actor:arbetsformedlingen",
      "actor:rattsvasende",
      "actor:individ",
      "actor:ovriga",
      "actor:produktionsvarde",
    ]);
  });
});

describe("money stays exact", () => {
  test("öre amounts up to 10^12 kr keep öre precision", () => {
    const lines = Array.from({ length: 50 }, (_, i) => eff(999_999_999_999.99 - i * 0.01));
    const comp = compute(mk(lines, { horizon: 1 }));
    // Σ (999 999 999 999.99 − 0.01 i) for i = 0..49 = 49 999 999 999 999.5 − 12.25
    expect(comp.statement.total.toFixed(2)).toBe("49999999999987.25");
  });
});

describe("exact sums of amounts", () => {
  test("amounts with öre, with more decimals, and huge amounts sum exactly", () => {
    const amounts = [0.07, 0.1, 0.2, 1.005, 123456.78, 1e14 + 0.5, 2.675, 999999999999.99];
    const comp = compute(
      mk(
        amounts.map((a) => eff(a)),
        { horizon: 1 },
      ),
    );
    // the decimal sum of the amounts as written (Decimal of each number's shortest form)
    expect(comp.statement.total.toString()).toBe("101000000123461.32");
  });
});
