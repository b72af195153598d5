import { validateCase, MAX_ITERATIONS } from "../../../src/engine";
import { rawCase } from "../../helpers/cases";
import { eff } from "../analyses/lines";

describe("bad input for the analyses, in Swedish with the field", () => {
  const base = () => rawCase([eff("kommun", 100)], { horizon: 5 });
  const errs = (extra: Record<string, unknown>) => {
    const v = validateCase({ ...base(), ...extra });
    if (v.ok) throw new Error("expected errors");
    return v.errors.map((e) => `${e.path}: ${e.message}`);
  };
  test("negative shares and unknown models", () => {
    expect(errs({ repayment: { model: "gainShare", fund: 10, share: -0.5 } })).toContain(
      "repayment.share: -50 % är utanför det tillåtna: större än 0 % och högst 100 % (en andel anges som bråk, t.ex. 0,25 för 25 %)",
    );
    expect(errs({ repayment: { model: "gainshare", fund: 10, share: 0.5 } })).toContain(
      "repayment.model: 'gainshare' är ingen återföringsmodell; menade du 'gainShare' (Andel av vinsten)? tillåtna är 'gainShare' (Andel av vinsten) och 'frameShare' (Delar efter budgetram)",
    );
  });
  test("missing frames", () => {
    expect(errs({ repayment: { model: "frameShare", fund: 10, years: 2 } })).toContain(
      'repayment.frames: saknas; ange budgetramarna per enhet, t.ex. { "socialforvaltningen": 400000000 }',
    );
    expect(errs({ repayment: { model: "frameShare", fund: 10, years: 2, frames: { komun: 5 } } })).toContain(
      "repayment.frames.komun: 'komun' finns inte bland kalkylens aktörer; menade du Kommunen ('kommun')?",
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
      "monteCarlo.distributions[0].max: 140 % ligger utanför det tillåtna för Återfall: 0–100 % (en andel anges som bråk, t.ex. 0,25 för 25 %)",
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
      "followUp.years[0].investment[0].line: post 1 är ingen insats; bara insatsers belopp följs upp här",
    );
  });
});

describe("the analyses' words come from the vocabulary", () => {
  const errs = (extra: Record<string, unknown>) => {
    const v = validateCase({ ...rawCase([eff("kommun", 100)], { horizon: 5 }), ...extra });
    if (v.ok) throw new Error("expected errors");
    return v.errors.map((e) => `${e.path}: ${e.message}`);
  };
  test("a Swedish name of a repayment model is hinted at its value", () => {
    expect(errs({ repayment: { model: "Andel av vinsten", fund: 10, share: 0.5 } })).toEqual([
      "repayment.model: 'Andel av vinsten' är ingen återföringsmodell; menade du 'gainShare' (Andel av vinsten)? tillåtna är 'gainShare' (Andel av vinsten) och 'frameShare' (Delar efter budgetram)",
    ]);
    expect(errs({ repayment: { model: "budgetram", fund: 10 } })[0]).toMatch(
      /menade du 'frameShare' \(Delar efter budgetram\)\?/,
    );
  });
  test.each(["constructor", "toString", "__proto__"])(
    "a distribution type %s (a property of every object) is refused, not a crash",
    (type) => {
      expect(
        errs({ monteCarlo: { iterations: 10, seed: 1, distributions: [{ type, assumption: "relapse" }] } }),
      ).toEqual([
        `monteCarlo.distributions[0].type: '${type}' är ingen fördelning; tillåtna är 'uniform', 'triangular', 'normal'`,
      ]);
    },
  );
});
