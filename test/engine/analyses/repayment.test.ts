import fc from "fast-check";
import {
  compute,
  parseCase,
  repaymentPayingUnits,
  runRepayment,
  selectedSeries,
  selection,
  CaseError,
} from "../../../src/engine";
import { arbCase } from "../../helpers/arbitraries";
import { rawCase } from "../../helpers/cases";
import { eff } from "./lines";

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

describe("repaymentPayingUnits", () => {
  const actors = [
    { id: "kommun", name: "Kommunen" },
    { id: "soc", name: "Socialförvaltningen", parent: "kommun" },
    { id: "region", name: "Regionen" },
    { id: "ind", name: "Individen", kind: "individual" },
    { id: "fk", name: "Försäkringskassan", parent: "ind" },
  ];
  const c = parseCase(rawCase([eff("soc", 100)], { horizon: 5 }, actors));

  test("gainShare by default: every public actor that is not a sub-unit of a public actor", () => {
    expect(repaymentPayingUnits(c, { model: "gainShare", fund: 1, share: 0.5 })).toEqual(["kommun", "region", "fk"]);
  });

  test("gainShare with units: those units", () => {
    expect(repaymentPayingUnits(c, { model: "gainShare", fund: 1, share: 0.5, units: ["soc"] })).toEqual(["soc"]);
  });

  test("frameShare: the units of the budget frames, in order", () => {
    expect(repaymentPayingUnits(c, { model: "frameShare", fund: 1, years: 2, frames: { region: 2, soc: 1 } })).toEqual([
      "region",
      "soc",
    ]);
  });

  test("are the units of runRepayment's schedule", () => {
    const r = runRepayment(c, { model: "gainShare", fund: 10, share: 0.5 });
    expect(r.units).toEqual(repaymentPayingUnits(c, { model: "gainShare", fund: 10, share: 0.5 }));
  });
});
