import fc from "fast-check";
import {
  buildReport,
  compute,
  parseCase,
  perspectiveAt,
  selectedSeries,
  validateCase,
  type Report,
} from "../../src/engine";
import { close, loadExample, rawCase, rawExample } from "../helpers/cases";
import { reference, type RefCase, type RefLine } from "../helpers/reference-v3";

/** Method v3 (docs/method.md, "Method v3: a continuing activity"). */

const ACTORS = [
  { id: "kommun", name: "Kommunen", kind: "public" },
  { id: "soc", name: "Socialförvaltningen", kind: "public", parent: "kommun" },
  { id: "region", name: "Regionen", kind: "public" },
  { id: "individ", name: "Individen", kind: "individual" },
  { id: "prod", name: "Produktionsvärde", kind: "society" },
];

const arbLine = (H: number): fc.Arbitrary<RefLine> =>
  fc
    .record({
      actor: fc.constantFrom(...ACTORS.map((a) => a.id)),
      direction: fc.constantFrom("revenue" as const, "cost" as const),
      category: fc.constantFrom("real" as const, "financial" as const, "production" as const),
      role: fc.constantFrom("investment" as const, "effect" as const, "effect" as const),
      basis: fc.constantFrom("total" as const, "perSuccess" as const),
      from: fc.integer({ min: 1, max: H }),
      span: fc.integer({ min: 0, max: H }),
      yearly: fc.boolean(),
      amounts: fc.array(
        fc.integer({ min: 0, max: 5_000_000 }).map((x) => x / (x % 3 === 0 ? 1 : 100)),
        {
          minLength: 1,
          maxLength: H,
        },
      ),
    })
    .map((r) => {
      const l: RefLine = { actor: r.actor, direction: r.direction, category: r.category, role: r.role };
      l.basis = r.role === "investment" ? "total" : r.basis;
      l.fromYear = r.from;
      if (r.yearly) l.yearlyAmounts = r.amounts.slice(0, H - r.from + 1);
      else {
        l.amount = r.amounts[0];
        l.toYear = Math.min(H, r.from + r.span);
      }
      return l;
    });

const arbCase: fc.Arbitrary<RefCase> = fc.integer({ min: 1, max: 30 }).chain((H) =>
  fc
    .record({
      lines: fc.array(arbLine(H), { minLength: 1, maxLength: 8 }),
      K: fc.integer({ min: 1, max: H }),
      timing: fc.constantFrom("startOfYear" as const, "endOfYear" as const, undefined),
      schedule: fc.oneof(
        fc.constant(undefined),
        fc.constant("greenbook" as const),
        fc
          .uniqueArray(fc.integer({ min: 1, max: H }), { minLength: 1, maxLength: 3 })
          .chain((ys) =>
            fc.tuple(
              ...ys
                .sort((a, b) => a - b)
                .map((y) =>
                  fc.record({ fromYear: fc.constant(y), rate: fc.double({ min: 0, max: 0.1, noNaN: true }) }),
                ),
            ),
          ),
      ),
      rate: fc.double({ min: 0, max: 0.08, noNaN: true }),
      successes: fc.integer({ min: 0, max: 300 }),
      participants: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
      relapse: fc.double({ min: 0, max: 0.5, noNaN: true }),
      decay: fc.double({ min: 0, max: 0.5, noNaN: true }),
      growth: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
      deadweight: fc.double({ min: 0, max: 0.5, noNaN: true }),
      unit: fc.option(fc.constantFrom(...ACTORS.map((a) => a.id)), { nil: undefined }),
    })
    .map((r) => {
      const c: RefCase = {
        actors: ACTORS,
        assumptions: {
          horizon: H,
          discountRate: r.rate,
          successes: r.successes,
          relapse: r.relapse,
          decay: r.decay,
          growth: r.growth,
          deadweight: r.deadweight,
          intakeYears: r.K,
        },
        lines: r.lines,
      };
      if (r.timing) c.assumptions.discountTiming = r.timing;
      if (r.schedule) c.assumptions.discountSchedule = r.schedule;
      if (r.unit) c.unit = r.unit;
      if (r.participants !== undefined && r.participants >= r.successes) c.participants = r.participants;
      return c;
    }),
);

function engineReport(c: RefCase): Report {
  return buildReport(compute(parseCase({ title: "Slump", priceYear: 2025, ...c })));
}

function near(a: number | null, b: number | null, what: string): void {
  if (a === null || b === null) {
    if (a !== b) throw new Error(`${what}: ${a} ≠ ${b}`);
    return;
  }
  if (!close(a, b, 1e-9)) throw new Error(`${what}: engine ${a}, reference ${b}`);
}

function nearAll(a: number[], b: number[], what: string): void {
  if (a.length !== b.length) throw new Error(`${what}: length ${a.length} ≠ ${b.length}`);
  a.forEach((x, i) => near(x, b[i], `${what}[${i}]`));
}

describe("method v3 against an independent reference of the contract", () => {
  test("random cases with intake, yearly amounts, both timings, schedules from year 1 and a unit", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const r = engineReport(c);
        const ref = reference(c);
        near(r.statement.total, ref.statementTotal, "statement.total");
        for (const a of ACTORS) {
          const s = r.statement.byActor[a.id];
          near(s.revenue, ref.statement[a.id].revenue, `statement ${a.id} revenue`);
          near(s.cost, ref.statement[a.id].cost, `statement ${a.id} cost`);
          near(s.net, ref.statement[a.id].net, `statement ${a.id} net`);
          nearAll(r.projection.annualByActor[a.id], ref.annualByActor[a.id], `annual ${a.id}`);
        }
        nearAll(r.projection.persons, ref.persons, "persons");
        for (const [p, e] of Object.entries(ref.perspectives)) {
          const got = r.perspectives[p];
          for (const k of ["investment", "benefits", "npv", "roi", "npvRatio", "breakEvenSuccesses"] as const)
            near(got[k], e[k], `${p}.${k}`);
          // The break-even year compares sums with 0: a sum that is 0 in exact arithmetic may
          // differ in the last digit; compare only where the reference is clear of 0.
          const nearZero = e.accumulated.npv.some((x) => Math.abs(x) < 1e-6);
          if (!nearZero && got.breakEvenYear !== e.breakEvenYear)
            throw new Error(`${p}.breakEvenYear: ${got.breakEvenYear} ≠ ${e.breakEvenYear}`);
          nearAll(got.accumulated.investment, e.accumulated.investment, `${p}.accumulated.investment`);
          nearAll(got.accumulated.benefits, e.accumulated.benefits, `${p}.accumulated.benefits`);
          nearAll(got.accumulated.npv, e.accumulated.npv, `${p}.accumulated.npv`);
        }
        if (ref.keyFigures === null) expect(r.keyFigures).toBeNull();
        else {
          const kf = r.keyFigures as unknown as Record<string, number | string | null>;
          for (const [k, v] of Object.entries(ref.keyFigures)) {
            if (typeof v === "string") expect(kf[k]).toBe(v);
            else near(kf[k] as number | null, v, `keyFigures.${k}`);
          }
        }
      }),
      { seed: 20261206, numRuns: 120 },
    );
  });

  test("perspectiveAt(T) equals the accumulated figures at T and the whole horizon at H", () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 1, max: 30 }), (c, y) => {
        const comp = compute(parseCase({ title: "Slump", priceYear: 2025, ...c }));
        const r = buildReport(comp);
        const T = Math.min(y, c.assumptions.horizon);
        for (const p of ["total", "public", "economic", "actor:kommun"]) {
          const at = perspectiveAt(comp, p as "total", T);
          const acc = r.perspectives[p].accumulated;
          near(at.investment.toNumber(), acc.investment[T - 1], `${p} I_${T}`);
          near(at.benefits.toNumber(), acc.benefits[T - 1], `${p} B_${T}`);
          near(at.npv.toNumber(), acc.npv[T - 1], `${p} NPV_${T}`);
        }
        const H = c.assumptions.horizon;
        const full = perspectiveAt(comp, "total", H);
        expect(full.npv.toNumber()).toBe(r.perspectives.total.npv);
        expect(full.breakEvenYear).toBe(r.perspectives.total.breakEvenYear);
      }),
      { seed: 4, numRuns: 40 },
    );
  });
});

describe("method v3 pieces by hand", () => {
  const eff = (extra: Record<string, unknown> = {}) => ({
    actor: "kommun",
    direction: "revenue",
    category: "financial",
    basis: "perSuccess",
    amount: 100,
    ...extra,
  });

  test("three intake years of 10 with relapse 0.5: persons 10, 15, 17.5, then halving", () => {
    const r = buildReport(
      compute(parseCase(rawCase([eff()], { horizon: 5, successes: 10, relapse: 0.5, intakeYears: 3 }))),
    );
    expect(r.projection.persons).toEqual([10, 15, 17.5, 8.75, 4.375]);
    expect(r.projection.annualByActor.kommun).toEqual([1000, 1500, 1750, 875, 437.5]);
    // The statement is year 1: one intake.
    expect(r.statement.byActor.kommun.revenue).toBe(1000);
  });

  test("intake K = 1 gives method v1's figures to the digit", () => {
    const raw = rawExample("arbetsmarknadskontoret.json");
    const a = raw.assumptions as Record<string, unknown>;
    const figures = (r: Report) =>
      JSON.stringify({ s: r.statement, p: r.projection, q: r.perspectives, c: r.compensation });
    const v1 = figures(buildReport(compute(parseCase(raw))));
    const v3 = figures(
      buildReport(compute(parseCase({ ...raw, assumptions: { ...a, intakeYears: 1, discountTiming: "startOfYear" } }))),
    );
    // Compared as one string (a difference anywhere fails), without printing 40 kB on failure.
    expect(v3 === v1).toBe(true);
  });

  test("end of year: δ(t) = (1 + r)^−t, year 1 included; the statement stays undiscounted", () => {
    const c = parseCase(
      rawCase([{ actor: "kommun", direction: "revenue", category: "real", amount: 104 }], {
        horizon: 2,
        discountRate: 0.04,
        discountTiming: "endOfYear",
      }),
    );
    const r = buildReport(compute(c));
    expect(r.projection.annualByActor.kommun[0]).toBe(100);
    expect(r.projection.annualByActor.kommun[1]).toBeCloseTo(104 / 1.04 ** 2, 9);
    expect(r.statement.byActor.kommun.revenue).toBe(104);
  });

  test("Green Book at the end of the year steps at years 31 and 76 (years elapsed e = t)", () => {
    const c = parseCase(
      rawCase([{ actor: "kommun", direction: "revenue", category: "real", amount: 1 }], {
        horizon: 80,
        discountSchedule: "greenbook",
        discountTiming: "endOfYear",
      }),
    );
    const r = buildReport(compute(c));
    expect(r.discountSchedule?.rates.slice(28, 32)).toEqual([0.035, 0.035, 0.03, 0.03]);
    expect(r.discountSchedule?.rates[75]).toBe(0.025);
    expect(r.discountSchedule?.rates[74]).toBe(0.03);
  });

  test("yearly amounts replace the amount year by year; the window is fromYear … fromYear + m − 1", () => {
    const c = parseCase(
      rawCase(
        [
          {
            actor: "kommun",
            direction: "cost",
            category: "real",
            role: "investment",
            fromYear: 2,
            yearlyAmounts: [10, 20, 30],
          },
        ],
        {
          horizon: 6,
        },
      ),
    );
    expect(c.lines[0].toYear).toBe(4);
    expect(buildReport(compute(c)).projection.annualByActor.kommun).toEqual([0, -10, -20, -30, 0, 0]);
  });

  test("npvRatio = NPV / I beside roi = B / I; null without investment", () => {
    const r = buildReport(
      compute(
        parseCase(
          rawCase(
            [
              { actor: "kommun", direction: "cost", category: "real", role: "investment", amount: 100, toYear: 1 },
              { actor: "kommun", direction: "revenue", category: "real", amount: 150, toYear: 2 },
            ],
            { horizon: 2 },
          ),
        ),
      ),
    );
    expect(r.perspectives.total.roi).toBe(3);
    expect(r.perspectives.total.npvRatio).toBe(2);
    expect(r.perspectives["actor:region"]?.npvRatio ?? null).toBeNull();
  });
});

describe("method v3 validation, in Swedish, naming the field", () => {
  const messages = (raw: Record<string, unknown>) => {
    const v = validateCase(raw);
    return v.ok ? [] : v.errors.map((e) => `${e.path}: ${e.message}`);
  };
  const line = (extra: Record<string, unknown>) => ({ actor: "kommun", direction: "cost", category: "real", ...extra });

  test("intakeYears must be whole and within 1..H; discountTiming one of the two words", () => {
    expect(messages(rawCase([line({ amount: 1 })], { horizon: 10, intakeYears: 11 }))).toEqual([
      "assumptions.intakeYears: 11 är större än 10; tillåtet är 1–10",
    ]);
    expect(messages(rawCase([line({ amount: 1 })], { intakeYears: 1.5 }))).toEqual([
      "assumptions.intakeYears: 1,5 är inget heltal",
    ]);
    expect(messages(rawCase([line({ amount: 1 })], { discountTiming: "slutet" }))[0]).toMatch(
      /^assumptions\.discountTiming: 'slutet' är inget tillåtet värde; menade du 'endOfYear'\?/,
    );
  });

  test("yearlyAmounts excludes amount, unitCost and quantity, fits the horizon and agrees with toYear", () => {
    expect(messages(rawCase([line({ amount: 1, yearlyAmounts: [1, 2] })]))).toEqual([
      "lines[0].amount: anges inte tillsammans med yearlyAmounts (belopp per år); ta bort amount eller beloppen per år",
    ]);
    expect(messages(rawCase([line({ yearlyAmounts: [1, 2, 3], fromYear: 2, toYear: 3 })]))[0]).toBe(
      "lines[0].toYear: 3 stämmer inte med beloppen per år: 3 belopp från år 2 slutar år 4; utelämna toYear eller ange 4",
    );
    expect(messages(rawCase([line({ yearlyAmounts: [1, 2, 3], fromYear: 4 })], { horizon: 5 }))).toEqual([
      "lines[0].yearlyAmounts: 3 belopp från år 4 slutar år 6, efter horisonten 5; ta bort 1 belopp eller öka horisonten",
    ]);
    expect(messages(rawCase([line({ yearlyAmounts: [] })]))[0]).toMatch(
      /^lines\[0\]\.yearlyAmounts: .* ingen lista av belopp/,
    );
    expect(messages(rawCase([line({ yearlyAmounts: [1, -2] })]))).toEqual([
      "lines[0].yearlyAmounts[1]: -2 är negativt; ange beloppet positivt och välj direction 'cost' eller 'revenue'",
    ]);
  });

  test("unit must be an actor; a follow-up with several intake years is refused and says why", () => {
    expect(messages({ ...rawCase([line({ amount: 1 })]), unit: "kommunen" })[0]).toMatch(
      /^unit: 'kommunen' är ingen aktör i kalkylen; .*menade du 'kommun'/,
    );
    const m = messages({
      ...rawCase([line({ amount: 1 })], { intakeYears: 3, horizon: 5 }),
      followUp: { years: [{ year: 1, successes: 3 }] },
    });
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(
      /^followUp: uppföljning går inte ihop med 3 intagsår: faktiskt antal personer i utfall säger inte vilket års intag/,
    );
  });

  test("a distribution on a line with yearly amounts is refused", () => {
    const m = messages({
      ...rawCase([line({ yearlyAmounts: [1, 2], role: "investment" })], { horizon: 5 }),
      monteCarlo: { iterations: 10, seed: 1, distributions: [{ line: 0, type: "uniform", min: 0, max: 1 }] },
    });
    expect(m[0]).toMatch(/^monteCarlo\.distributions\[0\]\.line: lines\[0\] har belopp per år/);
  });
});

describe("the seed report's tables (Nilsson 2017)", () => {
  test("Table 4.3: every one of its 21 cells within 2 kr from examples/tabell-4-3.json", () => {
    const c = loadExample("tabell-4-3.json");
    const comp = compute(c);
    const all = c.actors.map((a) => a.id);
    const table: Record<"real" | "production" | "financial", number[]> = {
      real: [9622700, 32879527, 48852622, 61139619, 70000434, 96298282, 135679081],
      production: [15406731, 44516428, 78568096, 107401530, 135020391, 224387340, 358213566],
      financial: [8371364, 11816039, 19158160, 27832760, 34088481, 52654721, 80457503],
    };
    const years = [1, 2, 3, 4, 5, 10, 20];
    for (const [cat, cells] of Object.entries(table)) {
      const effects = selectedSeries(comp, { actors: all, categories: [cat as "real"] }, "effect", true);
      let acc = 0;
      const accumulated = effects.map((x) => (acc += x.toNumber()));
      years.forEach((y, i) => expect(Math.abs(accumulated[y - 1] - cells[i])).toBeLessThanOrEqual(2));
    }
    // Year 1 of produktionsvärde is Table 4.2's 16 023 000 discounted one year at 4 %.
    expect(Math.round(buildReport(comp).projection.annualByActor.produktionsvarde[0])).toBe(15406731);
  });

  test("Table 4.3's mandatperiod: 196 373 909 kr of effects over 4 years, more than eight times the investment", () => {
    const c = loadExample("tabell-4-3.json");
    const r = buildReport(compute(c));
    const at4 = r.perspectives.total.accumulated;
    expect(Math.abs(at4.benefits[3] - 196_373_909)).toBeLessThanOrEqual(3);
    // The office's 22 743 000 kr in year 1, discounted one year at 4 % (year 1 is discounted).
    expect(at4.investment[3]).toBeCloseTo(22_743_000 / 1.04, 4);
    expect(at4.benefits[3] / at4.investment[3]).toBeGreaterThan(8);
  });

  test("Table 4.1: the key figures of the arbetsmarknadskontor from examples/arbetsmarknadskontoret.json", () => {
    const kf = buildReport(compute(loadExample("arbetsmarknadskontoret.json"))).keyFigures;
    expect(kf).not.toBeNull();
    expect(kf!.unitName).toBe("Arbetsmarknadskontoret");
    expect(kf!.revenue).toBe(18_823_000);
    expect(kf!.cost).toBe(22_743_000);
    expect(kf!.result).toBe(-3_920_000);
    expect(kf!.participants).toBe(459);
    expect(kf!.successes).toBe(218);
    expect(Math.round(kf!.costPerParticipant!)).toBe(49_549);
    expect(Math.round(kf!.costPerSuccess!)).toBe(104_326);
    expect(Math.round(kf!.successShare! * 100)).toBe(47);
    // "drygt 20 procent" over budget: 3 920 000 / 18 823 000.
    expect(Math.round(kf!.overrunShare! * 1000) / 10).toBe(20.8);
    // The same figures from the Table 4.3 example (the unit's year-1 row is never discounted).
    const kf3 = buildReport(compute(loadExample("tabell-4-3.json"))).keyFigures;
    expect(kf3!.cost).toBe(22_743_000);
    expect(kf3!.result).toBe(-3_920_000);
  });

  test("without unit the key figures are null", () => {
    expect(
      buildReport(compute(parseCase(rawCase([{ actor: "kommun", direction: "cost", category: "real", amount: 1 }]))))
        .keyFigures,
    ).toBeNull();
  });
});
