import "../helpers/customFunctionsRuntime";
import { readFileSync } from "fs";
import { join } from "path";
import { excelError } from "../helpers/customFunctionsRuntime";
import * as F from "../../src/functions/functions";
import { parsePortfolio, projectCase, runPortfolio } from "../../src/engine";
import { ROOT, rawExample } from "../helpers/cases";

/** SOCINV.FUNDBALANCE: a fund kept in the user's own workbook, the same ledger as socinv fond. */

const portfolio = parsePortfolio(JSON.parse(readFileSync(join(ROOT, "examples", "fond.json"), "utf8")));
const result = runPortfolio(
  portfolio,
  portfolio.projects.map((p, i) => projectCase(p, i, rawExample(p.case))),
);
const H = Math.max(...result.projects.map((p) => p.horizon));
const head = ["Projekt", "Startår", "Flöde", ...Array.from({ length: H }, (_, t) => `År ${t + 1}`)];
/** Each project's flows by its own years, as a user would lay them out (e.g. from SOCINV.REPAYMENT). */
const projects = [
  head,
  ...result.projects.flatMap((p) => {
    const off = p.startYear - portfolio.fund.startYear;
    const own = (xs: number[]) => Array.from({ length: H }, (_, t) => (t < p.horizon ? (xs[off + t] ?? 0) : ""));
    return [
      [p.name, p.startYear, "Utbetalt", ...own(p.grants)],
      [p.name, p.startYear, "Återfört", ...own(p.repayments)],
    ];
  }),
];
const contributions = [["År", "Belopp"], ...portfolio.fund.contributions.map((c) => [c.year, c.amount])];

describe("SOCINV.FUNDBALANCE", () => {
  test("gives socinv fond's balance year by year for examples/fond.json, and its first negative year", () => {
    const out = F.fundBalance(projects, portfolio.fund.openingCapital, contributions);
    expect(out[0]).toEqual(["År", "Ingående saldo", "Tillskott", "Utbetalt", "Återfört", "Utgående saldo"]);
    result.years.forEach((y, i) => {
      const row = out[i + 1];
      expect(row[0]).toBe(y.year);
      for (const [k, v] of [
        [1, y.opening],
        [2, y.contributions],
        [3, y.grants],
        [4, y.repayments],
        [5, y.closing],
      ] as const)
        expect(row[k]).toBeCloseTo(v, 4);
    });
    expect(out[out.length - 1].slice(0, 2)).toEqual(["Första år med negativt saldo", "inget"]);
    const small = F.fundBalance(projects, 1_000_000);
    expect(small[small.length - 1][1]).toBe(2026);
  });

  test.each([
    [[["Namn"], ["x"]], "Projekt: rubrikraden saknar kolumner"],
    [
      [head.slice(0, 4), ["A", 2026, "Bidragsgivning", 5]],
      "Projekt rad 2, Flöde: 'Bidragsgivning' känns inte igen; ange Utbetalt eller Återfört",
    ],
    [
      [head.slice(0, 4), ["A", "tjugo", "Utbetalt", 5]],
      "Projekt rad 2, Startår: 'tjugo' är inget årtal; ange t.ex. 2026",
    ],
    [[head.slice(0, 5), ["A", 2026, "Utbetalt", 5, "tio"]], "Projekt rad 2, År 2: 'tio' är inget belopp"],
  ])("a wrong projects range names the row and column in Swedish (%#)", (range, message) => {
    expect(excelError(() => F.fundBalance(range, 100)).message).toContain(message);
  });

  test("a negative or missing opening capital is refused in Swedish", () => {
    expect(excelError(() => F.fundBalance(projects, -5)).message).toContain("Startkapital: -5 är negativt");
    expect(excelError(() => F.fundBalance(projects, "mycket" as unknown as number)).message).toContain(
      "Startkapital: ange fondens startkapital i kronor",
    );
  });
});
