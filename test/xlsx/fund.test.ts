import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parsePortfolio, projectCase, runPortfolio } from "../../src/engine";
import { buildFundWorkbook } from "../../src/template/fund/index";
import { fundLayout } from "../../src/template/fund/layout";
import { writeXlsx } from "../../src/xlsx/render";
import { ROOT, rawExample } from "../helpers/cases";
import { cachedAgainstRecalculated, loRecalc } from "../helpers/libreoffice";
import { readXlsxValues } from "../helpers/xlsxValues";
import { buildReport, compute } from "../../src/engine";

/** The fund's workbook (examples/fond.json): native formulas, cached values, LibreOffice parity, ISO 29500. */

const raw = JSON.parse(readFileSync(join(ROOT, "examples", "fond.json"), "utf8"));
const portfolio = parsePortfolio(raw);
const cases = portfolio.projects.map((p, i) => projectCase(p, i, rawExample(p.case)));
const result = runPortfolio(portfolio, cases);
const L = fundLayout(result);
const col = (year: number) => {
  const n = L.firstCol + year - L.years[0];
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

describe("the fund workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "socinv-fond-"));
  const file = join(dir, "fond.xlsx");
  const tampered = join(dir, "liten.xlsx");
  beforeAll(async () => {
    await writeXlsx(buildFundWorkbook(portfolio, result), file);
    // The same fund with a small opening capital: the balance goes negative in its first year.
    const small = { ...portfolio, fund: { ...portfolio.fund, openingCapital: 1_000_000, contributions: [] } };
    await writeXlsx(buildFundWorkbook(small, runPortfolio(small, cases)), tampered);
    loRecalc(join(dir, "recalc"), [file, tampered]);
  }, 600_000);

  test("validates against the ISO/IEC 29500 schemas", () => {
    const r = spawnSync(join(ROOT, "scripts", "ooxml-validate"), [file, tampered], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toContain("0 invalid part(s)");
    expect(r.status).toBe(0);
  });

  test("recomputes in LibreOffice to its cached values and to the engine's balance, year by year", async () => {
    const values = await readXlsxValues(join(dir, "recalc", "fond.xlsx"));
    const cached = await readXlsxValues(file);
    const { wrong, formulas } = cachedAgainstRecalculated({
      values,
      cached,
      report: buildReport(compute(cases[0])),
      c: cases[0],
    });
    expect(formulas).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
    for (const y of result.years) {
      expect(values.value("Fond", `${col(y.year)}${L.sums.closing}`)).toBeCloseTo(y.closing, 2);
      expect(values.value("Fond", `${col(y.year)}${L.sums.opening}`)).toBeCloseTo(y.opening, 2);
    }
    expect(values.value("Fond", `B${L.status.row}`)).toBe("OK");
    expect(values.value("Fond", `B${L.firstNegative.row}`)).toBe("inget");
    // The ranks by NPV: project 2 first in the total perspective, as the engine ranks them.
    const P = L.perspectives[0];
    result.ranking.total.npv.forEach((projectIndex, rank) =>
      expect(values.value("Fond", `I${P.first + projectIndex}`)).toBe(rank + 1),
    );
    // The actors' totals: Kommunen's NPV summed over the three projects, and at the fund's start.
    const k = result.actors.findIndex((a) => a.name === "Kommunen");
    const n = result.projects.length;
    const sumCol = String.fromCharCode(65 + 1 + n);
    const atCol = String.fromCharCode(65 + 2 + n);
    expect(values.value("Fond", `${sumCol}${L.actors.first + k}`)).toBeCloseTo(result.actors[k].npv, 0);
    expect(values.value("Fond", `${atCol}${L.actors.first + k}`)).toBeCloseTo(result.actors[k].npvAtFundStart, 0);
  });

  test("a fund too small names its first negative year, after recalculation too", async () => {
    const values = await readXlsxValues(join(dir, "recalc", "liten.xlsx"));
    expect(values.value("Fond", `B${L.firstNegative.row}`)).toBe(2026);
    const cached = await readXlsxValues(tampered);
    expect(cached.value("Fond", `B${L.firstNegative.row}`)).toBe(2026);
  });
});
