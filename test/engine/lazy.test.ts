import {
  buildReport,
  compute,
  runCompensation,
  runScenarios,
  runFollowUp,
  runMonteCarlo,
  runRepayment,
} from "../../src/engine";
import * as analyses from "../../src/engine/analyses/index";
import { defineLazy } from "../../src/engine/lazy";
import { loadExample } from "../helpers/cases";

describe("the report's analyses are computed when first read", () => {
  const c = loadExample("unga-utanfor-investering.json");

  test("keys, order and values are those of the eager analyses", () => {
    const r = buildReport(compute(c));
    expect(Object.keys(r)).toEqual([
      "statement",
      "projection",
      "perspectives",
      "keyFigures",
      "milestones",
      "scenarios",
      "compensation",
      "monteCarlo",
      "repayment",
      "followUp",
    ]);
    expect(r.scenarios).toEqual(runScenarios(c));
    expect(r.compensation).toEqual(runCompensation(c));
    expect(r.monteCarlo).toEqual(runMonteCarlo(c, c.monteCarlo!));
    expect(r.repayment).toEqual(runRepayment(c, c.repayment!));
    expect(r.followUp).toEqual(runFollowUp(c));
    const json = JSON.parse(JSON.stringify(r));
    expect(json.scenarios).toEqual(JSON.parse(JSON.stringify(runScenarios(c))));
  });

  test("without monteCarlo, repayment and followUp those keys are absent", () => {
    const c42 = loadExample("arbetsmarknadskontoret.json");
    const r = buildReport(compute(c42));
    expect(Object.keys(r)).toEqual([
      "statement",
      "projection",
      "perspectives",
      "keyFigures",
      "milestones",
      "scenarios",
      "compensation",
    ]);
    expect("monteCarlo" in r).toBe(false);
  });

  test("nothing is run until read, and each analysis runs once", () => {
    const scen = jest.spyOn(analyses, "runScenarios");
    const comp = jest.spyOn(analyses, "runCompensation");
    try {
      const r = buildReport(compute(c));
      expect(scen).not.toHaveBeenCalled();
      expect(comp).not.toHaveBeenCalled();
      const first = r.scenarios;
      expect(r.scenarios).toBe(first);
      expect(scen).toHaveBeenCalledTimes(1);
      JSON.stringify(r);
      expect(scen).toHaveBeenCalledTimes(1);
      expect(comp).toHaveBeenCalledTimes(1);
    } finally {
      scen.mockRestore();
      comp.mockRestore();
    }
  });

  test("a repayment the case cannot make is refused by buildReport itself", () => {
    const bad = { ...c, repayment: { ...c.repayment!, fund: 1e14 } };
    expect(() => buildReport(compute(bad))).toThrow(/kan inte återbetalas/);
  });

  test("defineLazy: assigning replaces the value without computing it", () => {
    let runs = 0;
    const o = defineLazy({}, "x", () => ++runs);
    o.x = 7;
    expect(o.x).toBe(7);
    expect(runs).toBe(0);
    expect({ ...defineLazy({}, "y", () => 2) }).toEqual({ y: 2 });
  });
});
