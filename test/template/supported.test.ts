import { parseCase } from "../../src/engine";
import { isSocinvError } from "../../src/engine/errors";
import { buildWorkbook } from "../../src/template";
import { unsupportedInWorkbook } from "../../src/template/supported";
import { loadExample } from "../helpers/cases";

/** Method v2 is not in the sheets yet: such a case is refused, never written with other figures than the engine's. */
describe("what the workbook cannot show yet", () => {
  test("the examples of method 1 are accepted", () => {
    for (const f of ["arbetsmarknadskontoret.json", "unga-utanfor-investering.json"])
      expect(unsupportedInWorkbook(loadExample(f))).toEqual([]);
  });

  test("a discount schedule and lines in other price years are refused, each naming its field", () => {
    const c = loadExample("ungdomar-40-ar.json");
    const issues = unsupportedInWorkbook(c);
    expect(issues[0].path).toBe("assumptions.discountSchedule");
    expect(issues.slice(1).every((i) => /^lines\[\d+\]$/.test(i.path))).toBe(true);
    let thrown: unknown;
    try {
      buildWorkbook(c);
    } catch (e) {
      thrown = e;
    }
    expect(isSocinvError(thrown) && thrown.code).toBe("template");
    expect(String((thrown as Error).message)).toContain("assumptions.discountSchedule: arbetsboken kan ännu inte");
  });

  test("a line in the case's own price year is plain; one year earlier with an index is not", () => {
    const base = {
      title: "x",
      priceYear: 2020,
      priceIndex: { name: "Eget", source: "test", values: { "2019": 100, "2020": 102 } },
      lines: [
        { actor: "kommun", direction: "cost", category: "real", role: "investment", amount: 100, priceYear: 2020 },
      ],
    };
    expect(unsupportedInWorkbook(parseCase(base))).toEqual([]);
    const older = { ...base, lines: [{ ...base.lines[0], priceYear: 2019 }] };
    expect(unsupportedInWorkbook(parseCase(older)).map((i) => i.path)).toEqual(["lines[0]"]);
  });
});
