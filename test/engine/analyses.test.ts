import fc from "fast-check";
import {
  buildReport,
  compareCases,
  compute,
  parseCase,
  percentileInc,
  runCompensation,
  runFollowUp,
  runMonteCarlo,
  runRepayment,
  runScenarios,
  selectedSeries,
  selection,
  validateCase,
  CaseError,
  MAX_ITERATIONS,
} from "../../src/engine";
import { arbCase } from "../helpers/arbitraries";
import { close, loadExample, mk, rawCase } from "../helpers/cases";

const eff = (actor: string, amount: number, extra: Record<string, unknown> = {}) => ({
  actor,
  direction: "revenue",
  category: "real",
  amount,
  ...extra,
});
const inv = (actor: string, amount: number, extra: Record<string, unknown> = {}) => ({
  actor,
  direction: "cost",
  category: "real",
  role: "investment",
  amount,
  ...extra,
});

describe("scenarios", () => {
  const c = loadExample("arbetsmarknadskontoret.json");
  test("the default set is bra, halvbra, dåligt, riktigt dåligt at 100, 50, 25, 0 % of the successes", () => {
    const s = runScenarios(c);
    expect(s.map((x) => [x.name, x.assumptions.successes])).toEqual([
      ["bra", 218],
      ["halvbra", 109],
      ["dåligt", 54.5],
      ["riktigt dåligt", 0],
    ]);
  });
  test("scenario 100 % equals the base case", () => {
    const r = buildReport(compute(c));
    const bra = runScenarios(c)[0];
    for (const p of ["total", "public", "economic"] as const) {
      expect(bra.perspectives[p].npv).toBe(r.perspectives[p].npv);
      expect(bra.perspectives[p].breakEvenYear).toBe(r.perspectives[p].breakEvenYear);
    }
  });
  test("named overrides of any assumption", () => {
    const c2 = parseCase({
      ...rawCase([inv("kommun", 100, { toYear: 1 }), eff("kommun", 60)], { horizon: 2 }),
      scenarios: [{ name: "avklingning", assumptions: { decay: 0.5 } }],
    });
    expect(runScenarios(c2)[0].perspectives.total.npv).toBe(-100 + 60 + 30);
  });
});

describe("Monte Carlo", () => {
  const base = loadExample("unga-utanfor-investering.json");
  test("percentiles are Excel's PERCENTILE.INC", () => {
    expect(percentileInc([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(percentileInc([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(percentileInc([5], 0.9)).toBe(5);
  });
  test("zero-width distributions give the deterministic result", () => {
    const a = base.assumptions;
    const spec = {
      iterations: 50,
      seed: 1,
      distributions: [
        { assumption: "relapse" as const, type: "uniform" as const, min: a.relapse, max: a.relapse },
        {
          assumption: "successes" as const,
          type: "triangular" as const,
          min: a.successes,
          mode: a.successes,
          max: a.successes,
        },
        { assumption: "decay" as const, type: "normal" as const, mean: a.decay, sd: 0 },
        { line: 0, type: "uniform" as const, min: base.lines[0].amount, max: base.lines[0].amount },
      ],
    };
    const m = runMonteCarlo(base, spec);
    const r = buildReport(compute(base));
    for (const p of ["total", "public", "economic"] as const) {
      for (const k of ["mean", "p10", "p50", "p90"] as const)
        expect(close(m.perspectives[p][k], r.perspectives[p].npv, 1e-9)).toBe(true);
      expect(m.perspectives[p].probNpvNonNegative).toBe(r.perspectives[p].npv >= 0 ? 1 : 0);
    }
  });
  test("the same seed gives identical results; another seed other results", () => {
    const spec = base.monteCarlo!;
    expect(runMonteCarlo(base, spec)).toEqual(runMonteCarlo(base, spec));
    expect(runMonteCarlo(base, { ...spec, seed: spec.seed + 1 }).perspectives.total.mean).not.toBe(
      runMonteCarlo(base, spec).perspectives.total.mean,
    );
  });
  test("the example's figures are ordered and the probabilities are shares", () => {
    const m = runMonteCarlo(base, base.monteCarlo!);
    for (const p of ["total", "public", "economic"] as const) {
      const x = m.perspectives[p];
      expect(x.p10).toBeLessThanOrEqual(x.p50);
      expect(x.p50).toBeLessThanOrEqual(x.p90);
      expect(x.probNpvNonNegative).toBeGreaterThanOrEqual(0);
      expect(x.probBreakEvenBy).toBeLessThanOrEqual(1);
    }
  });
});

describe("repayment (återföring)", () => {
  const one = (fund: number, extra: Record<string, unknown> = {}) =>
    parseCase({
      ...rawCase([eff("kommun", 100)], { horizon: 5 }),
      repayment: { model: "gainShare", fund, share: 0.5, units: ["kommun"], ...extra },
    });
  test("gainShare: a fund repaid exactly in its last year", () => {
    const r = runRepayment(one(250), one(250).repayment!);
    expect(r.schedule.map((x) => x[0])).toEqual([50, 50, 50, 50, 50]);
    expect(r.balance).toEqual([200, 150, 100, 50, 0]);
    expect(r.repaidYear).toBe(5);
  });
  test("gainShare: the last payment is capped", () => {
    const r = runRepayment(one(220), one(220).repayment!);
    expect(r.schedule.map((x) => x[0])).toEqual([50, 50, 50, 50, 20]);
    expect(r.repaidYear).toBe(5);
  });
  test("gainShare: never repaid within the horizon", () => {
    const r = runRepayment(one(300), one(300).repayment!);
    expect(r.repaidYear).toBeNull();
    expect(r.balance[4]).toBe(50);
    expect(r.message).toBe("Fonden är inte återbetald inom horisonten; kvar år 5: 50 kr.");
  });
  test("gainShare: a fund larger than any possible repayment is refused in Swedish", () => {
    const c = one(600);
    expect(() => runRepayment(c, c.repayment!)).toThrow(CaseError);
    expect(() => runRepayment(c, c.repayment!)).toThrow(
      /repayment.fund: 600 kr är mer än enheternas samlade vinster inom horisonten \(500 kr\)/,
    );
  });
  test("gainShare: several units pay their share of their own gains", () => {
    const c = parseCase({
      ...rawCase([eff("kommun", 100), eff("region", 300)], { horizon: 3 }),
      repayment: { model: "gainShare", fund: 1000, share: 0.25, units: ["kommun", "region"] },
    });
    const r = runRepayment(c, c.repayment!);
    expect(r.schedule[0]).toEqual([25, 75]);
    expect(r.repaidYear).toBeNull();
  });
  test("frameShare: equal yearly parts split by budget frames", () => {
    const c = parseCase({
      ...rawCase([eff("kommun", 1)], { horizon: 5 }),
      repayment: { model: "frameShare", fund: 300, years: 3, frames: { kommun: 100, region: 200 }, startYear: 2 },
    });
    const r = runRepayment(c, c.repayment!);
    expect(r.schedule[0]).toEqual([0, 0]);
    expect(r.schedule[1][0]).toBeCloseTo(100 / 3, 9);
    expect(r.schedule[1][1]).toBeCloseTo(200 / 3, 9);
    expect(r.repaidYear).toBe(4);
    const late = parseCase({
      ...rawCase([eff("kommun", 1)], { horizon: 5 }),
      repayment: { model: "frameShare", fund: 300, years: 10, frames: { kommun: 1 } },
    });
    expect(runRepayment(late, late.repayment!).repaidYear).toBeNull();
  });
  test("property: repayments never exceed the fund nor a unit's share of its gains", () => {
    fc.assert(
      fc.property(
        arbCase({ maxLines: 10, maxHorizon: 15 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1.5, noNaN: true }),
        (c, share, part) => {
          const units = c.actors.filter((a) => a.parent === undefined).map((a) => a.id);
          const comp = compute(c);
          const gains = units.map((u) =>
            selectedSeries(comp, selection(c, `actor:${u}`), "effect", false).map((x) => Math.max(0, x.toNumber())),
          );
          const possible = gains.flat().reduce((sum, x) => sum + x, 0);
          fc.pre(possible > 1);
          const fund = Math.min(possible * (1 - 1e-9), possible * part * share); // at most what can be repaid
          const r = runRepayment(c, { model: "gainShare", fund, share, units });
          const paid = r.schedule.flat().reduce((sum, x) => sum + x, 0);
          if (paid > fund * (1 + 1e-9)) return false;
          return r.schedule.every((row, t) =>
            row.every((x, i) => x >= 0 && x <= share * gains[i][t] * (1 + 1e-9) + 1e-9),
          );
        },
      ),
      { seed: 99, numRuns: 80 },
    );
  });
});

describe("compensation (omfördelning)", () => {
  const actors = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "ind", kind: "individual" }];
  test("losers are made whole pro rata to the winners' gains", () => {
    const c = mk(
      [eff("a", 300), eff("b", 100), { ...eff("c", 200), direction: "cost" }, eff("ind", 1000)],
      { horizon: 1 },
      actors,
    );
    const r = runCompensation(c);
    expect(r.possible).toBe(true);
    expect(r.transfers).toEqual([
      { from: "a", to: "c", amount: 150 },
      { from: "b", to: "c", amount: 50 },
    ]);
  });
  test("a single winner pays every loser", () => {
    const c = mk(
      [eff("a", 300), { ...eff("b", 50), direction: "cost" }, { ...eff("c", 100), direction: "cost" }],
      { horizon: 1 },
      actors,
    );
    expect(runCompensation(c).transfers).toEqual([
      { from: "a", to: "b", amount: 50 },
      { from: "a", to: "c", amount: 100 },
    ]);
  });
  test("no losers: nothing to do", () => {
    const r = runCompensation(mk([eff("a", 1)], { horizon: 1 }, actors));
    expect(r.transfers).toEqual([]);
    expect(r.message).toBe("Ingen aktör förlorar; ingen omfördelning behövs.");
  });
  test("a negative total: a clear message, no transfers", () => {
    const r = runCompensation(mk([eff("a", 10), { ...eff("b", 50), direction: "cost" }], { horizon: 1 }, actors));
    expect(r.possible).toBe(false);
    expect(r.message).toBe(
      "Summan över de offentliga aktörerna är negativ (-40 kr): vinnarna kan inte kompensera förlorarna.",
    );
  });
  test("property: transfers sum to each loser's deficit and never exceed a winner's gain", () => {
    fc.assert(
      fc.property(arbCase({ maxLines: 15 }), (c) => {
        const r = runCompensation(c);
        if (!r.possible) return r.transfers.length === 0;
        for (const [id, net] of Object.entries(r.net)) {
          const got = r.transfers.filter((t) => t.to === id).reduce((s, t) => s + t.amount, 0);
          const paid = r.transfers.filter((t) => t.from === id).reduce((s, t) => s + t.amount, 0);
          if (net < 0 && !close(got, -net, 1e-9)) return false;
          if (net > 0 && paid > net * (1 + 1e-9)) return false;
        }
        return true;
      }),
      { seed: 5, numRuns: 150 },
    );
  });
});

describe("follow-up (uppföljning)", () => {
  test("actual persons replace q(t); later years decline from the last actual count", () => {
    const c = parseCase({
      ...rawCase([eff("kommun", 10, { basis: "perSuccess" }), inv("kommun", 100, { toYear: 2 })], {
        horizon: 3,
        successes: 10,
      }),
      followUp: { years: [{ year: 1, successes: 5, investment: [{ line: 1, amount: 120 }] }] },
    });
    const f = runFollowUp(c)!;
    expect(f.lastYear).toBe(1);
    expect(f.total.plan).toEqual([0, 0, 100]);
    expect(f.total.actual).toEqual([-70, -50, 50]);
    expect(f.total.variance).toEqual([-70, -50, -50]);
    expect(f.npvPlan).toBe(100);
    expect(f.npvUpdated).toBe(-70);
  });
});

describe("comparing alternatives", () => {
  test("difference per actor and year, and which alternative each actor prefers", () => {
    const a = mk([eff("kommun", 100), { ...eff("region", 10), direction: "cost" }], { horizon: 2 });
    const b = mk([eff("kommun", 40), eff("region", 10)], { horizon: 2 });
    const r = compareCases(a, b);
    const k = r.actors.find((x) => x.id === "kommun")!;
    expect(k.difference).toEqual([60, 60]);
    expect(k.prefers).toBe("A");
    expect(r.actors.find((x) => x.id === "region")!.prefers).toBe("B");
    expect(r.actors.find((x) => x.id === "individ")!.prefers).toBe("lika");
    expect(r.perspectives.total.difference).toBe(2 * (90 - 50));
  });
});

describe("bad input for the analyses, in Swedish with the field", () => {
  const base = () => rawCase([eff("kommun", 100)], { horizon: 5 });
  const errs = (extra: Record<string, unknown>) => {
    const v = validateCase({ ...base(), ...extra });
    if (v.ok) throw new Error("expected errors");
    return v.errors.map((e) => `${e.path}: ${e.message}`);
  };
  test("negative shares and unknown models", () => {
    expect(errs({ repayment: { model: "gainShare", fund: 10, share: -0.5 } })).toContain(
      "repayment.share: -0,5 måste vara större än 0",
    );
    expect(errs({ repayment: { model: "gainshare", fund: 10, share: 0.5 } })).toContain(
      "repayment.model: 'gainshare' är ingen återföringsmodell; menade du 'gainShare'? tillåtna är 'gainShare' och 'frameShare'",
    );
  });
  test("missing frames", () => {
    expect(errs({ repayment: { model: "frameShare", fund: 10, years: 2 } })).toContain(
      'repayment.frames: saknas; ange budgetramarna per enhet, t.ex. { "socialforvaltningen": 400000000 }',
    );
    expect(errs({ repayment: { model: "frameShare", fund: 10, years: 2, frames: { komun: 5 } } })).toContain(
      "repayment.frames.komun: 'komun' är ingen aktör i kalkylen; menade du 'kommun'?",
    );
  });
  test("distributions outside the parameter's range", () => {
    const e = errs({
      monteCarlo: {
        iterations: 10,
        seed: 1,
        distributions: [{ assumption: "relapse", type: "uniform", min: 0.1, max: 1.4 }],
      },
    });
    expect(e).toContain(
      "monteCarlo.distributions[0].max: 1,4 ligger utanför det tillåtna för Återfall (relapse): från 0 till 1",
    );
    expect(
      errs({
        monteCarlo: {
          iterations: 10,
          seed: 1,
          distributions: [{ assumption: "horizon", type: "uniform", min: 1, max: 2 }],
        },
      }),
    ).toContain("monteCarlo.distributions[0].assumption: horisonten kan inte varieras i Monte Carlo");
    expect(
      errs({ monteCarlo: { iterations: 10, seed: 1, distributions: [{ line: 7, type: "uniform", min: 1, max: 2 }] } }),
    ).toContain("monteCarlo.distributions[0].line: 7 får vara högst 0");
  });
  test("iterations over the limit", () => {
    expect(errs({ monteCarlo: { iterations: MAX_ITERATIONS + 1, seed: 1, distributions: [] } })).toContain(
      `monteCarlo.iterations: ${MAX_ITERATIONS + 1} får vara högst ${MAX_ITERATIONS}`,
    );
  });
  test("scenarios cannot change the horizon; names are unique", () => {
    expect(errs({ scenarios: [{ name: "x", assumptions: { horizon: 3 } }] })).toContain(
      "scenarios[0].assumptions.horizon: horisonten kan inte ändras i ett scenario (posternas år gäller kalkylens horisont)",
    );
    expect(
      errs({
        scenarios: [
          { name: "x", assumptions: {} },
          { name: "X", assumptions: {} },
        ],
      }),
    ).toContain("scenarios[1].name: 'X' finns redan; varje scenario behöver ett eget namn");
  });
  test("follow-up years and lines", () => {
    expect(errs({ followUp: { years: [{ year: 9 }] } })).toContain("followUp.years[0].year: 9 får vara högst 5");
    expect(errs({ followUp: { years: [{ year: 1, investment: [{ line: 0, amount: 5 }] }] } })).toContain(
      "followUp.years[0].investment[0].line: lines[0] är ingen insats; bara insatsers belopp följs upp här",
    );
  });
});
