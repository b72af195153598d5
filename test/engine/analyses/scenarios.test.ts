import { buildReport, compute, parseCase, runScenarios } from "../../../src/engine";
import { loadExample, rawCase } from "../../helpers/cases";
import { eff, inv } from "./lines";

describe("scenarios", () => {
  const c = loadExample("arbetsmarknadskontoret.json");
  test("the default set (Planerat utfall … Inget utfall) is at 100, 50, 25, 0 % of the successes", () => {
    const s = runScenarios(c);
    expect(s.map((x) => [x.name, x.assumptions.successes])).toEqual([
      ["Planerat utfall", 218],
      ["Halva utfallet", 109],
      ["En fjärdedel av utfallet", 54.5],
      ["Inget utfall", 0],
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
