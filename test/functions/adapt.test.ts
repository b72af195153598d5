import "../helpers/customFunctionsRuntime";
import { excelError } from "../helpers/customFunctionsRuntime";
import { CaseError } from "../../src/engine";
import { SocinvError } from "../../src/engine/errors";
import { adapt, define } from "../../src/functions/adapt";
import { CALL } from "../../src/functions/callable";
import { NoResult, invalid } from "../../src/functions/errors";
import type { Param } from "../../src/functions/params";

/** A test parameter that records the order it is parsed in. */
function recording(log: string[], name: string, opts: Partial<Param<unknown>> = {}): Param<unknown> {
  return {
    kind: "test",
    type: "any",
    dimensionality: "scalar",
    optional: false,
    parse: (raw) => {
      log.push(`parse ${name}`);
      return raw;
    },
    ...opts,
  };
}

describe("adapt", () => {
  test("names Excel's positional arguments after the declared parameters and parses them in order", () => {
    const log: string[] = [];
    const f = adapt(
      define({
        id: "T",
        params: { a: recording(log, "a"), b: recording(log, "b") },
        run: (args) => `${String(args.a)}-${String(args.b)}`,
      }),
    );
    expect(f(1, "x")).toBe("1-x");
    expect(log).toEqual(["parse a", "parse b"]);
  });

  test("every presence check runs before the first parameter is parsed", () => {
    const log: string[] = [];
    const f = adapt(
      define({
        id: "T",
        params: {
          a: recording(log, "a", {
            parse: () => {
              throw invalid("a is wrong");
            },
          }),
          b: recording(log, "b", {
            required: (raw) => {
              if (raw == null) throw invalid("b: ange ett värde");
            },
          }),
        },
        run: () => 0,
      }),
    );
    expect(excelError(() => f("x", null)).message).toBe("b: ange ett värde");
    expect(excelError(() => f("x", 1)).message).toBe("a is wrong");
  });

  test("an engine error is located by the locators the parsers registered", () => {
    const f = adapt(
      define({
        id: "T",
        params: {
          a: recording([], "a", {
            parse: (raw, ctx) => {
              ctx.locators.push((path) => (path === "lines[2].amount" ? "Rad 4, Belopp" : undefined));
              return raw;
            },
          }),
        },
        run: () => {
          throw new SocinvError("invalid-case", [
            { path: "lines[2].amount", message: "är för stort" },
            { path: "lines[3].amount", message: "är för stort" },
          ]);
        },
      }),
    );
    const e = excelError(() => f(1));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("Rad 4, Belopp: är för stort (och 1 fel till)");
  });

  test("CaseError from the engine is located too; unknown paths are shown as they are", () => {
    const f = adapt(
      define({
        id: "T",
        params: {},
        run: () => {
          throw new CaseError([{ path: "repayment.fund", message: "är för stor" }]);
        },
      }),
    );
    expect(excelError(() => f()).message).toBe("repayment.fund: är för stor");
  });

  test("no result is #N/A with its message; a bug is #VALUE! marked as an internal error", () => {
    const none = adapt(
      define({
        id: "T",
        params: {},
        run: () => {
          throw new NoResult("Ingen break-even");
        },
      }),
    );
    expect(excelError(() => none())).toMatchObject({ code: "#N/A", message: "Ingen break-even" });
    const bug = adapt(
      define({
        id: "T",
        params: {},
        run: () => {
          throw new TypeError("x is undefined");
        },
      }),
    );
    expect(excelError(() => bug())).toMatchObject({ code: "#VALUE!", message: "Internt fel i socinv: x is undefined" });
  });
});

describe("engine errors reach the user naming the range's row and column", () => {
  const rows = [
    ["Kommunen", 100, 1, 2],
    ["Kommunen", 100, 1, 3],
    ["Kommunen", 100, 1, 30],
  ];

  test("an engine error on the third line names row 4 of a range that starts with its header", () => {
    const e = excelError(() =>
      CALL.NPV([["Aktör", "Belopp", "Från år", "Till år"], ...rows], [["Horisont", 10]], null),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("Rad 4, Till år: 30 är större än horisonten 10");
  });

  test("rows count within the range, and the column is named by the user's own header", () => {
    const range = [["", "", "", ""], ["Aktör", "Belopp", "Från år", "Till"], ...rows];
    expect(excelError(() => CALL.NPV(range, [["Horisont", 10]], null)).message).toBe(
      "Rad 5, Till: 30 är större än horisonten 10",
    );
  });

  test("an assumption's engine error names the assumptions' row", () => {
    const e = excelError(() =>
      CALL.NPV(
        [
          ["Aktör", "Belopp"],
          ["Kommunen", 100],
        ],
        [
          ["Namn", "Värde"],
          ["Horisont", 10],
          ["Diskonteringsränta", 5],
        ],
        null,
      ),
    );
    expect(e.message).toMatch(/^Antaganden rad 3, Diskonteringsränta: /);
  });

  test("an analysis's engine error names the analysis range's row", () => {
    const e = excelError(() =>
      CALL.MONTECARLO(
        [
          ["Aktör", "Belopp"],
          ["Kommunen", 100],
        ],
        [["Horisont", 10]],
        [[], ["Parameter", "Fördelning", "Min", "Max"], ["Återfall", "Likformig", 0.5, 0.1]],
        100,
        1,
      ),
    );
    expect(e.message).toMatch(/^Fördelningar rad 3, /);
  });
});
