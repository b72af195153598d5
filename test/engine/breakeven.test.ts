import fc from "fast-check";
import {
  basisValues,
  breakEven,
  buildReport,
  compute,
  perspective,
  successesNeeded,
  Dec,
  type Case,
} from "../../src/engine";
import { arbCase } from "../helpers/arbitraries";
import { close, mk, rawCase } from "../helpers/cases";
import { parseCase } from "../../src/engine";

const inv = (amount: number, extra: Record<string, unknown> = {}) => ({
  actor: "kommun",
  direction: "cost",
  category: "real",
  role: "investment",
  amount,
  toYear: 1,
  ...extra,
});
const perPerson = (amount: number, extra: Record<string, unknown> = {}) => ({
  actor: "kommun",
  direction: "revenue",
  category: "real",
  basis: "perSuccess",
  amount,
  ...extra,
});
const total = (amount: number, extra: Record<string, unknown> = {}) => ({
  actor: "kommun",
  direction: "revenue",
  category: "real",
  amount,
  ...extra,
});
const withParticipants = (lines: Record<string, unknown>[], a: Record<string, unknown>, n?: number): Case =>
  parseCase({ ...rawCase(lines, { horizon: 2, successes: 5, ...a }), ...(n === undefined ? {} : { participants: n }) });

describe("successes needed to break even: N* = (I − B₀) / b₁", () => {
  test("without total-basis effect lines: I = 1000, b₁ = 2 × 100 → N* = 5, 10 % of 50 participants", () => {
    const c = withParticipants([inv(1000), perPerson(100)], {}, 50);
    const r = buildReport(compute(c)).perspectives.total;
    expect(r.breakEvenSuccesses).toBe(5);
    expect(r.breakEvenSuccessRate).toBe(0.1);
    const be = breakEven(compute(c), "total");
    expect([be.investment, be.base, be.perSuccess].map(String)).toEqual(["1000", "0", "200"]);
  });

  test("with a total-basis effect line: B₀ = 2 × 400 → N* = (1000 − 800) / 200 = 1", () => {
    const r = buildReport(compute(withParticipants([inv(1000), perPerson(100), total(400)], {}, 50))).perspectives
      .total;
    expect(r.breakEvenSuccesses).toBe(1);
    expect(r.breakEvenSuccessRate).toBe(0.02);
  });

  test("relapse enters b₁: q = N·(1, 0.5) → b₁ = 150, N* = 1000/150", () => {
    const c = withParticipants([inv(1000), perPerson(100)], { relapse: 0.5 }, 60);
    const be = breakEven(compute(c), "total");
    expect(be.successes!.equals(new Dec(1000).div(150))).toBe(true);
    expect(be.rate!.equals(new Dec(1000).div(150).div(60))).toBe(true);
  });

  test("N* = 0 when the total-basis effects pay the investment without any success", () => {
    const r = buildReport(compute(withParticipants([inv(1000), perPerson(100), total(600)], {}, 50))).perspectives
      .total;
    expect(r.breakEvenSuccesses).toBe(0);
    expect(r.breakEvenSuccessRate).toBe(0);
  });

  test("none when each success costs more than it brings (b₁ ≤ 0)", () => {
    const c = withParticipants([inv(1000), perPerson(100, { direction: "cost" })], {}, 50);
    const r = buildReport(compute(c)).perspectives.total;
    expect(r.breakEvenSuccesses).toBeNull();
    expect(r.breakEvenSuccessRate).toBeNull();
    expect(successesNeeded(new Dec(1), new Dec(0), new Dec(0))).toBeNull();
  });

  test("no rate without participants", () => {
    const r = buildReport(compute(withParticipants([inv(1000), perPerson(100)], {}))).perspectives.total;
    expect(r.breakEvenSuccesses).toBe(5);
    expect(r.breakEvenSuccessRate).toBeNull();
  });

  test("per perspective: the economic one leaves out financial lines", () => {
    const c = withParticipants([inv(1000), perPerson(100), perPerson(100, { category: "financial" })], {}, 50);
    const r = buildReport(compute(c)).perspectives;
    expect(r.total.breakEvenSuccesses).toBe(2.5);
    expect(r.economic.breakEvenSuccesses).toBe(5);
  });

  test("the discount schedule enters b₁ and I", () => {
    const c = mk([inv(1000, { toYear: 2 }), perPerson(100)], {
      horizon: 2,
      successes: 1,
      discountSchedule: [{ fromYear: 2, rate: 0.25 }],
    });
    // I = 1000 + 800, b₁ = 100 + 80
    expect(buildReport(compute(c)).perspectives.total.breakEvenSuccesses).toBe(10);
  });
});

describe("property: NPV(N*) = 0", () => {
  test("recomputing with successes = N* gives a net present value of 0 (1e-9 relative)", () => {
    let checked = 0;
    fc.assert(
      fc.property(arbCase(), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (raw: Case, I, b) => {
        // every case gains an investment and a per-person effect of the first actor, so N* is mostly positive
        const a0 = raw.actors[0].id;
        const H = raw.assumptions.horizon;
        const c: Case = {
          ...raw,
          lines: [
            ...raw.lines,
            {
              actor: a0,
              direction: "cost",
              category: "real",
              role: "investment",
              basis: "total",
              amount: I,
              fromYear: 1,
              toYear: 1,
            },
            {
              actor: a0,
              direction: "revenue",
              category: "real",
              role: "effect",
              basis: "perSuccess",
              amount: b,
              fromYear: 1,
              toYear: H,
            },
          ],
        };
        const comp = compute(c);
        const values = basisValues(comp);
        for (const p of ["total", "public", "economic"] as const) {
          const be = breakEven(comp, p, values);
          if (be.successes === null || be.successes.isZero()) continue;
          const n = be.successes.toNumber();
          if (n > 1e12) continue; // degenerate draws (b₁ ≈ 1e-600): N* is no count of persons
          const again = perspective(compute({ ...c, assumptions: { ...c.assumptions, successes: n } }), p);
          const scale = Math.max(1, Math.abs(again.investment.toNumber()), Math.abs(again.benefits.toNumber()));
          if (!close(again.npv.toNumber() / scale, 0, 1e-9)) return false;
          checked++;
        }
        // and NPV at the case's own N is B₀ + N·b₁ − I
        const be = breakEven(comp, "total", values);
        const npv = be.base.plus(be.perSuccess.times(c.assumptions.successes)).minus(be.investment);
        return close(npv.toNumber(), perspective(comp, "total").npv.toNumber());
      }),
      { seed: 20261125, numRuns: 150 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});
