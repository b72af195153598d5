import Ajv2020 from "ajv/dist/2020";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  buildReport,
  compute,
  FUND_FIELDS,
  PORTFOLIO_FIELDS,
  PROJECT_FIELDS,
  parsePortfolio,
  projectCase,
  runPortfolio,
  runRepayment,
  type Portfolio,
  type PortfolioResult,
} from "../../../src/engine";
import { run } from "../../../src/cli/main";
import { ROOT, rawExample } from "../../helpers/cases";

/** A social investment fund and its projects (docs/portfolio.md). */

function load(file: string): { portfolio: Portfolio; result: PortfolioResult } {
  const raw = JSON.parse(readFileSync(join(ROOT, "examples", file), "utf8"));
  const portfolio = parsePortfolio(raw);
  const cases = portfolio.projects.map((p, i) => projectCase(p, i, rawExample(p.case)));
  return { portfolio, result: runPortfolio(portfolio, cases) };
}

async function call(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe("a portfolio of one project is that case", () => {
  test("its figures, its repayment and its grant equal the case's own", () => {
    const raw = rawExample("unga-utanfor-investering.json");
    const spec = raw.repayment as Portfolio["projects"][0]["repayment"];
    const portfolio = parsePortfolio({
      fund: { name: "Fonden", startYear: 2026, openingCapital: 13_200_000 },
      projects: [{ case: "unga-utanfor-investering.json", startYear: 2026, repayment: spec }],
    });
    const c = projectCase(portfolio.projects[0], 0, raw);
    const r = runPortfolio(portfolio, [c]);
    const own = buildReport(compute(c));
    for (const b of ["total", "public", "economic"] as const) {
      const { investment, benefits, npv, roi, npvRatio, breakEvenYear, breakEvenSuccesses, breakEvenSuccessRate } =
        own.perspectives[b];
      expect(r.projects[0].perspectives[b]).toEqual({
        investment,
        benefits,
        npv,
        roi,
        npvRatio,
        breakEvenYear,
        breakEvenSuccesses,
        breakEvenSuccessRate,
      });
    }
    const repayment = runRepayment(c, spec);
    const expected = repayment.schedule.map((row) => row.reduce((s, x) => s + x, 0));
    // The fund sums each year's payments exactly; the expectation here in doubles.
    r.projects[0].repayments.forEach((x, i) => expect(x).toBeCloseTo(expected[i], 6));
    expect(r.committed).toBe(13_200_000);
    expect(r.repaid).toBe(13_200_000);
    expect(r.projects[0].repaidYear).toBe(2026 + (repayment.repaidYear as number) - 1);
    // Every actor with lines: its own perspective, unchanged at the fund's start.
    const kommun = r.actors.find((a) => a.name === "Kommunen")!;
    expect(kommun.npv).toBe(own.perspectives["actor:kommun"].npv);
    expect(kommun.npvAtFundStart).toBe(own.perspectives["actor:kommun"].npv);
  });
});

describe("the example fund (examples/fond.json), by hand", () => {
  const { result: r } = load("fond.json");

  test("grants follow each project's investment: 13,2 Mkr over 4,8 + 4,8 + 4,4 Mkr, 8 Mkr over 3,2 + 4 × 4,6 Mkr", () => {
    const y = (year: number) => r.years.find((x) => x.year === year)!;
    expect(y(2026).grants).toBeCloseTo((13_200_000 * 4.8) / 14, 6);
    expect(y(2026).closing).toBeCloseTo(20_000_000 - (13_200_000 * 4.8) / 14, 6);
    expect(y(2027).contributions).toBe(5_000_000);
    expect(y(2027).grants).toBeCloseTo((13_200_000 * 4.8) / 14 + (8_000_000 * 3.2) / 21.6, 6);
    // frameShare: 6 Mkr in six equal parts 2029–2034.
    const p3 = r.projects[2];
    expect(p3.repayments.slice(3, 9)).toEqual([1e6, 1e6, 1e6, 1e6, 1e6, 1e6]);
    expect(p3.repaidYear).toBe(2034);
  });

  test("the balance: opening + contributions − grants + repayments each year; everything back by 2041", () => {
    for (const y of r.years) expect(y.closing).toBeCloseTo(y.opening + y.contributions - y.grants + y.repayments, 6);
    expect(r.committed).toBe(27_200_000);
    expect(r.repaid).toBeCloseTo(27_200_000, 6);
    expect(r.years[r.years.length - 1].closing).toBeCloseTo(30_000_000, 6);
    expect(r.firstNegativeYear).toBeNull();
    expect(r.years.map((y) => y.year)).toEqual(Array.from({ length: 2068 - 2026 + 1 }, (_, i) => 2026 + i));
  });

  test("the ranking by NPV and by the success rate needed, from each case's own figures", () => {
    const npv = (i: number) => r.projects[i].perspectives.total.npv;
    expect(r.ranking.total.npv).toEqual([1, 2, 0]);
    expect(npv(1)).toBeGreaterThan(npv(2));
    expect(r.ranking.public.npv).toEqual([1, 0, 2]);
    const rate = (i: number) => r.projects[i].perspectives.total.breakEvenSuccessRate as number;
    const byRate = [0, 1, 2].sort((a, b) => rate(a) - rate(b));
    expect(r.ranking.total.breakEvenSuccessRate).toEqual(byRate);
  });

  test("who gains over all projects: each actor's NPVs summed, one actor by name across cases", () => {
    const { portfolio } = load("fond.json");
    const cases = portfolio.projects.map((p, i) => projectCase(p, i, rawExample(p.case)));
    const reports = cases.map((c) => buildReport(compute(c)));
    const kommun = r.actors.find((a) => a.name === "Kommunen")!;
    expect(kommun.projects).toBe(3);
    expect(kommun.npv).toBeCloseTo(
      reports.reduce((s, x) => s + x.perspectives["actor:kommun"].npv, 0),
      4,
    );
    const individ = r.actors.find((a) => a.name === "Individen")!;
    expect(individ.ids.sort()).toEqual(["individ", "individen"]);
    // Project 2 starts a year after the fund: its NPV counts at 1 / 1,035 at the fund's start.
    expect(individ.npvAtFundStart).toBeCloseTo(
      reports[0].perspectives["actor:individ"].npv +
        reports[1].perspectives["actor:individen"].npv / 1.035 +
        reports[2].perspectives["actor:individ"].npv / 1.035 ** 3,
      4,
    );
  });
});

describe("socinv fond", () => {
  const tmp = mkdtempSync(join(tmpdir(), "socinv-fond-"));
  const write = (name: string, content: object) => {
    const p = join(tmp, name);
    writeFileSync(p, JSON.stringify(content));
    return p;
  };
  writeFileSync(join(tmp, "unga.json"), readFileSync(join(ROOT, "examples", "unga-utanfor-investering.json")));
  const project = {
    case: "unga.json",
    startYear: 2026,
    repayment: { model: "gainShare", fund: 1_000_000, share: 0.5 },
  };

  test("prints the fund's balance, the projects ranked and who gains, in Swedish; --json", async () => {
    const r = await call(["fond", join(ROOT, "examples", "fond.json")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Fondens kassaflöde per år");
    expect(r.out).toMatch(/2026\s+20 000 000\s+0\s+4 525 714\s+0\s+15 474 286/);
    expect(r.out).toContain("Fondens saldo är positivt varje år");
    expect(r.out).toContain("Vem investerar och vem vinner, summerat över projekten");
    const j = JSON.parse((await call(["fond", join(ROOT, "examples", "fond.json"), "--json"])).out);
    expect(j.committed).toBe(27_200_000);
  });

  test("a fund too small is named by the year its balance goes negative", async () => {
    const big = { ...project, repayment: { model: "gainShare", fund: 5_000_000, share: 0.1 } };
    const f = write("liten.json", {
      fund: { name: "Liten", startYear: 2026, openingCapital: 500_000 },
      projects: [big],
    });
    const r = await call(["fond", f]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Fondens saldo blir negativt år 2026");
  });

  test.each([
    [
      "a missing case file",
      { fund: { name: "F", startYear: 2026, openingCapital: 1 }, projects: [{ ...project, case: "finns-inte.json" }] },
      /projects\[0\]\.case: 'finns-inte\.json' kunde inte läsas: .*filen finns inte/,
    ],
    [
      "a project starting before the fund",
      { fund: { name: "F", startYear: 2026, openingCapital: 1 }, projects: [{ ...project, startYear: 2024 }] },
      /projects\[0\]\.startYear: 2024 är före fondens startår 2026/,
    ],
    [
      "a negative capital",
      { fund: { name: "F", startYear: 2026, openingCapital: -5 }, projects: [project] },
      /fund\.openingCapital: -5 är negativt/,
    ],
    [
      "a repayment the case cannot carry",
      {
        fund: { name: "F", startYear: 2026, openingCapital: 1 },
        projects: [{ ...project, repayment: { model: "gainShare", fund: 1, share: 2 } }],
      },
      /projects\[0\]\.repayment\.share: /,
    ],
  ])("%s is refused in Swedish naming the field (exit 1, nothing printed)", async (_what, content, message) => {
    const r = await call(["fond", write("fel.json", content)]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
  });
});

describe("docs/portfolio.schema.json", () => {
  test("the example fund matches the schema, and the schema names the fields the validation accepts", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "docs", "portfolio.schema.json"), "utf8"));
    const check = new Ajv2020({ strict: false }).compile(schema);
    expect(check(JSON.parse(readFileSync(join(ROOT, "examples", "fond.json"), "utf8")))).toBe(true);
    expect(check({ fund: { name: "F", startYear: 2026, openingCapital: -1 }, projects: [] })).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual([...PORTFOLIO_FIELDS].sort());
    expect(Object.keys(schema.properties.fund.properties).sort()).toEqual([...FUND_FIELDS].sort());
    expect(Object.keys(schema.properties.projects.items.properties).sort()).toEqual([...PROJECT_FIELDS].sort());
  });
});
