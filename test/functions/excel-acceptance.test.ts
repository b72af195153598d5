import "../helpers/customFunctionsRuntime";
import { readFileSync } from "fs";
import { join } from "path";
import * as F from "../../src/functions/functions";
import { linesToRange, assumptionsToRange } from "../../src/functions/ranges";
import { ROOT, loadExample } from "../helpers/cases";
import { excelError } from "../helpers/customFunctionsRuntime";

/**
 * docs/excel-acceptance.md lists each SOCINV function on Table 4.2 with the value a person with
 * Excel should see. The values are computed here by the functions themselves on the same ranges
 * (Poster!A1:K18 as the workbook writes it, the assumptions typed on a sheet Test), and every row
 * of the checklist must be in the document exactly as below: the document cannot drift from the code.
 */

const c42 = loadExample("arbetsmarknadskontoret.json");
const L = linesToRange(c42);
const A = assumptionsToRange(c42);
const DIST = [
  ["Parameter", "Fördelning", "Min", "Max"],
  ["Återfall", "Likformig", 0, 0.2],
];
const ACTUALS = [
  ["År", "Antal med utfall"],
  [1, 200],
];

/** sv-SE as Excel shows it: space as thousands separator, decimal comma, "-" for minus. */
function sv(x: number, decimals = 0): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return (x < 0 && Number(fixed) !== 0 ? "-" : "") + grouped + (frac ? `,${frac}` : "");
}
const cell = (m: unknown, r: number, c: number) => (m as unknown[][])[r][c] as number;
const last = (m: unknown) => (m as unknown[][]).length - 1;

/** [formula as typed in Swedish Excel, what to look at, the expected value as shown]. */
const ROWS: [string, string, () => string][] = [
  [
    "=SOCINV.STATEMENT(Poster!A1:K18; Test!A1:B11)",
    "sista raden (Summa), kolumn Netto",
    () => sv(cell(F.statement(L, A), 8, 3)),
  ],
  [
    '=SOCINV.NETBYACTOR(Poster!A1:K18; "Kommunen"; ; Test!A1:B11)',
    "cellen",
    () => sv(cell(F.netByActor(L, "Kommunen", undefined, A), 0, 0)),
  ],
  [
    '=SOCINV.PROJECTION(Poster!A1:K18; Test!A1:B11; "ackumulerat kostnadslag"; {1;2;3;4;5;10;20})',
    "sista raden (år 20), kolumn Summa",
    () => {
      const t = F.projection(L, A, "ackumulerat kostnadslag", [[1], [2], [3], [4], [5], [10], [20]]);
      return sv(cell(t, last(t), 4));
    },
  ],
  ["=SOCINV.NPV(Poster!A1:K18; Test!A1:B11)", "cellen", () => sv(F.npv(L, A, undefined))],
  ['=SOCINV.NPV(Poster!A1:K18; Test!A1:B11; "Offentlig sektor")', "cellen", () => sv(F.npv(L, A, "Offentlig sektor"))],
  [
    '=SOCINV.NPV(Poster!A1:K18; Test!A1:B11; "Samhällsekonomiskt")',
    "cellen",
    () => sv(F.npv(L, A, "Samhällsekonomiskt")),
  ],
  [
    '=SOCINV.NPV(Poster!A1:K18; Test!A1:B11; "Kommunen")',
    "cellen (Kommunen inkl. förvaltningar)",
    () => sv(F.npv(L, A, "Kommunen")),
  ],
  ["=SOCINV.INVESTMENT(Poster!A1:K18; Test!A1:B11)", "cellen", () => sv(F.investment(L, A, undefined))],
  ["=SOCINV.BENEFITS(Poster!A1:K18; Test!A1:B11)", "cellen", () => sv(F.benefits(L, A, undefined))],
  ["=SOCINV.ROI(Poster!A1:K18; Test!A1:B11)", "cellen, två decimaler", () => sv(F.roi(L, A, undefined), 2)],
  ['=SOCINV.BREAKEVEN(Poster!A1:K18; Test!A1:B11; "Kommunen")', "cellen", () => sv(F.breakEven(L, A, "Kommunen"))],
  [
    '=SOCINV.BREAKEVEN(Poster!A1:K18; Test!A1:B11; "Arbetsförmedlingen")',
    "#SAKNAS! (#N/A); meddelandet när du pekar på felet",
    () => excelError(() => F.breakEven(L, A, "Arbetsförmedlingen")).message,
  ],
  [
    "=SOCINV.SUMMARY(Poster!A1:K18; Test!A1:B11)",
    "raden Kommunen inkl. förvaltningar, kolumn Nettonuvärde",
    () => {
      const t = F.summary(L, A) as unknown[][];
      return sv(t.find((r) => r[0] === "Kommunen inkl. förvaltningar")![3] as number);
    },
  ],
  [
    "=SOCINV.SCENARIOS(Poster!A1:K18; Test!A1:B11)",
    "raden Inget utfall, kolumn Nettonuvärde totalt",
    () => {
      const t = F.scenarios(L, A, undefined) as unknown[][];
      return `${String(t[4][0])}: ${sv(t[4][2] as number)}`;
    },
  ],
  [
    "=SOCINV.MONTECARLO(Poster!A1:K18; Test!A1:B11; Test!D1:G2; 1000; 1; 10)",
    "raden Totalt, kolumn Medel",
    () => sv(cell(F.monteCarlo(L, A, DIST, 1000, 1, 10), 1, 1)),
  ],
  [
    '=SOCINV.REPAYMENT(Poster!A1:K18; Test!A1:B11; 10000000; "Andel av vinsten"; 50%)',
    "år 1, kolumn Kommunen",
    () => sv(cell(F.repayment(L, A, 10_000_000, "Andel av vinsten", 0.5, undefined), 1, 1)),
  ],
  [
    "=SOCINV.COMPENSATION(Poster!A1:K18; Test!A1:B11)",
    "första raden: Från, Till, Belopp",
    () => {
      const t = F.compensation(L, A) as unknown[][];
      return `${String(t[1][0])} → ${String(t[1][1])}: ${sv(t[1][2] as number)}`;
    },
  ],
  [
    "=SOCINV.FOLLOWUP(Poster!A1:K18; Test!A1:B11; Test!D4:E5)",
    "år 1, kolumn Avvikelse",
    () => sv(cell(F.followUp(L, A, ACTUALS), 1, 3)),
  ],
  [
    "=SOCINV.COMPARE(Poster!A1:K18; Poster!A1:K18; Test!A1:B11)",
    "kolumnen Föredrar",
    () => String(cell(F.compare(L, L, A, undefined), 1, 4)),
  ],
  ["=SOCINV.DISCOUNTFACTOR(3,5%; 3)", "cellen, fyra decimaler", () => sv(F.discountFactor(0.035, 3), 4)],
  [
    '=SOCINV.BREAKEVENSUCCESSES(Poster!A1:K18; Test!A1:B11; "Offentlig sektor"; 459)',
    "två celler: N* (två decimaler) och andelen (som procent, en decimal)",
    () => {
      const t = F.breakEvenSuccesses(L, A, "Offentlig sektor", 459) as number[][];
      return `${sv(t[0][0], 2)} och ${sv(t[0][1] * 100, 1)} %`;
    },
  ],
  [
    '=SOCINV.UNITCOST("kriminalvard-anstalt-dygn-2019"; 2023)',
    "cellen",
    () => sv(F.unitCost("kriminalvard-anstalt-dygn-2019", 2023)),
  ],
  ["=SOCINV.REALPRICE(1000; 2015; 2023)", "cellen", () => sv(F.realPrice(1000, 2015, 2023, undefined))],
];

/** The checklist's row for one function, as the document writes it. */
function markdownRow(i: number, formula: string, where: string, value: string): string {
  return `| ${i} | \`${formula}\` | ${where} | ${value} |`;
}

describe("docs/excel-acceptance.md", () => {
  const doc = readFileSync(join(ROOT, "docs", "excel-acceptance.md"), "utf8");
  test.each(ROWS.map(([f, w, v], i) => [i + 1, f, w, v] as const))("row %i: %s", (i, formula, where, value) => {
    expect(doc).toContain(markdownRow(i, formula, where, value()));
  });
  test("the error message for a word typed as an amount", () => {
    const bad = L.map((r, i) => (i === 7 ? r.map((x, j) => (j === 6 ? "tolv" : x)) : r));
    const message = excelError(() => F.npv(bad, A, undefined)).message;
    expect(message).toBe("Rad 8, Belopp: 'tolv' är inget tal");
    expect(doc).toContain(message);
  });
  test("the ranges the checklist types are the ones computed with", () => {
    expect(L).toHaveLength(18); // Poster!A1:K18: the header and the 17 lines of Table 4.2
    expect(L[0]).toHaveLength(11); // with Källa (each line's source)
    for (const [name] of A) expect(doc).toMatch(new RegExp(`\\| ${String(name)} +\\| `));
    expect(A).toHaveLength(11); // Test!A1:B11 (with the unit and the participants: SOCINV.KEYFIGURES)
    expect(doc).toContain("README.md");
  });
});
