import vm from "vm";
import { builtFile, metadata } from "../helpers/built";
import { CustomFunctionsError, ErrorCode } from "../helpers/customFunctionsRuntime";
import "../helpers/customFunctionsRuntime";
import * as F from "../../src/functions/functions";
import { linesToRange, assumptionsToRange } from "../../src/functions/ranges";
import { loadExample } from "../helpers/cases";

/** Loads dist/web/functions.js the way Excel's runtime does: a script with a global CustomFunctions. */
function loadBundle(): Map<string, (...args: unknown[]) => unknown> {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox: Record<string, unknown> = {
    console,
    CustomFunctions: {
      Error: CustomFunctionsError,
      ErrorCode,
      associate: (id: string, f: (...args: unknown[]) => unknown) => {
        if (registered.has(id)) throw new Error(`associate called twice for ${id}`);
        registered.set(id, f);
      },
    },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(builtFile("functions.js"), sandbox, { filename: "functions.js" });
  return registered;
}

describe("the built functions bundle, evaluated as Excel does", () => {
  const registered = loadBundle();
  const meta = metadata();
  const c = loadExample("arbetsmarknadskontoret.json");
  const lines = linesToRange(c);
  const a = assumptionsToRange(c);
  const t43 = loadExample("tabell-4-3.json");
  const lopande = loadExample("unga-i-arbete-lopande.json");

  test("every id in functions.json is registered to a callable, and nothing else", () => {
    expect([...registered.keys()].sort()).toEqual(meta.functions.map((f) => f.id).sort());
    for (const f of registered.values()) expect(typeof f).toBe("function");
  });

  const calls: [string, unknown[], () => unknown][] = [
    ["NETBYACTOR", [lines, null, null, a], () => F.netByActor(lines, undefined, undefined, a)],
    ["NETBYACTOR", [lines, "Kommunen", null, a], () => F.netByActor(lines, "Kommunen", undefined, a)],
    ["STATEMENT", [lines, a], () => F.statement(lines, a)],
    [
      "PROJECTION",
      [lines, a, "årligt kostnadslag", [[1, 2, 3, 4, 5, 10, 20]]],
      () => F.projection(lines, a, "årligt kostnadslag", [[1, 2, 3, 4, 5, 10, 20]]),
    ],
    ["BREAKEVEN", [lines, a, null], () => F.breakEven(lines, a)],
    ["NPV", [lines, a, "Offentlig sektor"], () => F.npv(lines, a, "Offentlig sektor")],
    ["ROI", [lines, a, null], () => F.roi(lines, a)],
    ["INVESTMENT", [lines, a, null], () => F.investment(lines, a)],
    ["BENEFITS", [lines, a, null], () => F.benefits(lines, a)],
    ["SUMMARY", [lines, a], () => F.summary(lines, a)],
    ["NPV", [lines, a, "Offentlig sektor", 4], () => F.npv(lines, a, "Offentlig sektor", 4)],
    ["ROI", [lines, a, null, 4], () => F.roi(lines, a, undefined, 4)],
    ["BREAKEVEN", [lines, a, null, 4], () => F.breakEven(lines, a, undefined, 4)],
    ["NPVRATIO", [lines, a, null, null], () => F.npvRatio(lines, a)],
    ["SUMMARY", [lines, a, 4], () => F.summary(lines, a, 4)],
    ["NPVRATIO", [lines, a, "Kommunen", 4], () => F.npvRatio(lines, a, "Kommunen", 4)],
    ["KEYFIGURES", [lines, a, null, null], () => F.keyFigures(lines, a)],
    [
      "KEYFIGURES",
      [lines, a, "Arbetsmarknadskontoret", 459],
      () => F.keyFigures(lines, a, "Arbetsmarknadskontoret", 459),
    ],
    [
      "NPV",
      [linesToRange(t43), assumptionsToRange(t43), null, 4],
      () => F.npv(linesToRange(t43), assumptionsToRange(t43), undefined, 4),
    ],
    [
      "KEYFIGURES",
      [linesToRange(lopande), assumptionsToRange(lopande), null, null],
      () => F.keyFigures(linesToRange(lopande), assumptionsToRange(lopande)),
    ],
    ["DISCOUNTFACTOR", [0.035, 3], () => F.discountFactor(0.035, 3)],
    ["SCENARIOS", [lines, a, null], () => F.scenarios(lines, a)],
    ["COMPENSATION", [lines, a], () => F.compensation(lines, a)],
    ["REPAYMENT", [lines, a, 1000000, "Andel", 0.5, null], () => F.repayment(lines, a, 1000000, "Andel", 0.5)],
    ["COMPARE", [lines, lines, a, null], () => F.compare(lines, lines, a)],
    ["BREAKEVENSUCCESSES", [lines, a, null, null], () => F.breakEvenSuccesses(lines, a)],
    [
      "BREAKEVENSUCCESSES",
      [lines, [...a, ["Diskonteringsschema", "Green Book"]], "Offentlig sektor", 459],
      () => F.breakEvenSuccesses(lines, [...a, ["Diskonteringsschema", "Green Book"]], "Offentlig sektor", 459),
    ],
    ["UNITCOST", ["kriminalvard-anstalt-dygn-2019", null], () => F.unitCost("kriminalvard-anstalt-dygn-2019")],
    ["UNITCOST", ["kriminalvard-anstalt-dygn-2019", 2023], () => F.unitCost("kriminalvard-anstalt-dygn-2019", 2023)],
    ["REALPRICE", [1000, 2015, 2023, null], () => F.realPrice(1000, 2015, 2023)],
    [
      "REALPRICE",
      [
        500,
        2020,
        2026,
        [
          [2020, 100],
          [2026, 120.4],
        ],
      ],
      () =>
        F.realPrice(500, 2020, 2026, [
          [2020, 100],
          [2026, 120.4],
        ]),
    ],
  ];
  test.each(calls)("%s through the bundle equals the direct call", (id, args, direct) => {
    // Optional arguments arrive from Excel as null.
    expect(registered.get(id)!(...args)).toEqual(direct());
  });

  test("errors come out of the bundle as CustomFunctions.Error with the Swedish message", () => {
    try {
      registered.get("STATEMENT")!(
        [
          ["Aktör", "Belopp"],
          ["Kommunen", "tolv"],
        ],
        null,
      );
      throw new Error("not thrown");
    } catch (e) {
      expect(e).toBeInstanceOf(CustomFunctionsError);
      expect((e as CustomFunctionsError).code).toBe("#VALUE!");
      expect((e as CustomFunctionsError).message).toBe("Rad 2, Belopp: 'tolv' är inget tal");
    }
  });

  test("method v2's errors come out of the bundle too: #VALUE! naming the argument, #N/A for no N*", () => {
    const call = (id: string, ...args: unknown[]): CustomFunctionsError => {
      try {
        registered.get(id)!(...args);
      } catch (e) {
        expect(e).toBeInstanceOf(CustomFunctionsError);
        return e as CustomFunctionsError;
      }
      throw new Error("not thrown");
    };
    expect(call("REALPRICE", 1000, 2015, 2024, null)).toMatchObject({
      code: "#VALUE!",
      message: "Till år: året 2024 saknas i prisindexet KPI (serien har 1980, 2006–2023)",
    });
    expect(call("UNITCOST", "okänd", null).message).toMatch(/^Id: 'okänd' är inget kalkylvärde/);
    expect(call("BREAKEVENSUCCESSES", lines, a, "Arbetsmarknadskontoret", null).code).toBe("#N/A");
    // method v3: a year beyond the horizon, a key figure table without a unit
    expect(call("NPV", lines, a, null, 25)).toMatchObject({
      code: "#VALUE!",
      message: "År: 25 är efter horisonten 20; ange ett år 1–20",
    });
    expect(call("NPVRATIO", lines, a, "Försäkringskassan", null).code).toBe("#N/A");
    const noUnit = a.filter((row) => row[0] !== "Enhet");
    expect(call("KEYFIGURES", lines, noUnit, null, null).message).toMatch(/^Aktör: ange enheten/);
  });
});
