import fc from "fast-check";
import { CustomFunctionsError } from "../helpers/customFunctionsRuntime";
import * as F from "../../src/functions/functions";

/** Random ranges: text, blanks, huge and negative numbers, wrong shapes, with or without a header. */
const cell = fc.oneof(
  fc.constantFrom(
    "",
    0,
    "Aktör",
    "Belopp",
    "Riktning",
    "Kostnad",
    "Intäkt",
    "Kommunen",
    "Per person",
    "Insats",
    "Horisont",
    "Diskonteringsränta",
    "Antal med utfall",
    "Återfall",
    "Från år",
    "Till år",
    "Bas",
    "Roll",
    "x",
    "NaN",
    "1e400",
  ),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 1e-300, Infinity, -Infinity, NaN),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.constant(null),
);
const matrix = fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 8 });
const withHeader = fc
  .tuple(
    fc.shuffledSubarray(["Aktör", "Belopp", "Riktning", "Roll", "Bas", "Från år", "Till år", "Kostnadslag"], {
      minLength: 1,
    }),
    fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 6 }),
  )
  .map(([h, rows]) => [h, ...rows.map((r) => r.slice(0, h.length))]);
const lines = fc.oneof(matrix, withHeader);
const assumptions = fc.oneof(
  matrix,
  fc.array(
    fc.tuple(
      fc.constantFrom(
        "Horisont",
        "Diskonteringsränta",
        "Antal med utfall",
        "Återfall",
        "Avklingning",
        "Dödvikt",
        "Real tillväxt",
        "okänd",
      ),
      cell,
    ),
    { maxLength: 6 },
  ),
  fc.constant(null),
);
const text = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 10 }),
  fc.constantFrom("Kommunen", "Offentlig sektor", "årligt kostnadslag", "Totalt"),
);

function finite(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(finite);
  return x !== null && x !== undefined;
}

function onlyExcelErrors(f: () => unknown): boolean {
  try {
    return finite(f());
  } catch (e) {
    if (!(e instanceof CustomFunctionsError)) throw e;
    if (e.code !== "#VALUE!" && e.code !== "#N/A") throw new Error(`unexpected code ${e.code}`);
    if (/Internt fel/.test(e.message)) throw new Error(`internal error surfaced: ${e.message}`);
    return e.message.length > 0;
  }
}

describe("random ranges never break a function", () => {
  const opts = { seed: 424242, numRuns: 300 };
  test("NETBYACTOR, STATEMENT, SUMMARY", () => {
    fc.assert(
      fc.property(
        lines,
        text,
        text,
        assumptions,
        (l, a, p, as) =>
          onlyExcelErrors(() => F.netByActor(l as unknown[][], a as string, p as string, as as unknown[][])) &&
          onlyExcelErrors(() => F.statement(l as unknown[][], as as unknown[][])) &&
          onlyExcelErrors(() => F.summary(l as unknown[][], as as unknown[][])) &&
          onlyExcelErrors(() => F.scenarios(l as unknown[][], as as unknown[][])) &&
          onlyExcelErrors(() => F.compensation(l as unknown[][], as as unknown[][])) &&
          onlyExcelErrors(() => F.compare(l as unknown[][], l as unknown[][], as as unknown[][])) &&
          onlyExcelErrors(() => F.repayment(l as unknown[][], as as unknown[][], 1000, p as string, 0.5)) &&
          onlyExcelErrors(() =>
            F.followUp(l as unknown[][], as as unknown[][], [
              ["År", "Antal med utfall"],
              [1, 2],
            ]),
          ) &&
          onlyExcelErrors(() =>
            F.monteCarlo(
              l as unknown[][],
              as as unknown[][],
              [
                ["Parameter", "Fördelning", "Min", "Max"],
                ["Återfall", "Likformig", 0, 0.2],
              ],
              20,
              1,
            ),
          ),
      ),
      opts,
    );
  });
  test("PROJECTION, BREAKEVEN, NPV, ROI, INVESTMENT, BENEFITS", () => {
    fc.assert(
      fc.property(
        lines,
        assumptions,
        text,
        matrix,
        (l, as, p, ys) =>
          onlyExcelErrors(() => F.projection(l as unknown[][], as as unknown[][], p as string, ys as unknown[][])) &&
          onlyExcelErrors(() => F.breakEven(l as unknown[][], as as unknown[][], p as string)) &&
          onlyExcelErrors(() => F.npv(l as unknown[][], as as unknown[][], p as string)) &&
          onlyExcelErrors(() => F.roi(l as unknown[][], as as unknown[][], p as string)) &&
          onlyExcelErrors(() => F.investment(l as unknown[][], as as unknown[][], p as string)) &&
          onlyExcelErrors(() => F.benefits(l as unknown[][], as as unknown[][], p as string)),
      ),
      opts,
    );
  });
  test("BREAKEVENSUCCESSES (schedule rows among the assumptions)", () => {
    const scheduleRows = fc.array(
      fc.tuple(
        fc.constantFrom("Diskonteringsschema", "Ränta från år 32", "Ränta från år 2", "Ränta från år 1", "Horisont"),
        fc.oneof(cell, fc.constantFrom("Green Book", "Egna band", "Fast ränta")),
      ),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(lines, assumptions, scheduleRows, text, cell, (l, as, sr, p, n) =>
        onlyExcelErrors(() =>
          F.breakEvenSuccesses(
            l as unknown[][],
            [...((as as unknown[][] | null) ?? []), ...sr] as unknown[][],
            p as string,
            n as number,
          ),
        ),
      ),
      opts,
    );
  });
  test("UNITCOST and REALPRICE", () => {
    const id = fc.oneof(
      cell,
      fc.constantFrom(
        "kriminalvard-anstalt-dygn-2019",
        "etableringsersattning-kartlaggning",
        "riksnorm-2014-personliga-ensamstaende",
      ),
    );
    const year = fc.oneof(cell, fc.integer({ min: 1970, max: 2030 }));
    fc.assert(
      fc.property(
        id,
        year,
        cell,
        year,
        year,
        fc.oneof(matrix, fc.constant(null)),
        (i, y, a, from, to, index) =>
          onlyExcelErrors(() => F.unitCost(i as string, y as number)) &&
          onlyExcelErrors(() => F.realPrice(a as number, from as number, to as number)) &&
          onlyExcelErrors(() => F.realPrice(a as number, from as number, to as number, index as unknown[][])),
      ),
      opts,
    );
  });
  test("DISCOUNTFACTOR", () => {
    fc.assert(
      fc.property(cell, cell, (r, y) => onlyExcelErrors(() => F.discountFactor(r as number, y as number))),
      opts,
    );
  });
});
