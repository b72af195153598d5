import { buildWorkbook, definedNames, caseJsonFromRevision, sheetNames } from "../../src/template";
import { SocinvError } from "../../src/engine/errors";
import { canonicalJson } from "../../src/template/canonical";
import { sha256Hex } from "../../src/template/sha256";
import { parseCase } from "../../src/engine";
import { loadExample, mk } from "../helpers/cases";
import { createHash } from "crypto";

const c = loadExample("arbetsmarknadskontoret.json");
const model = buildWorkbook(c, { generatedAt: new Date("2026-11-23T12:00:00Z"), addinVersion: "1.2.3" });
const formulas = model.sheets.flatMap((s) =>
  s.cells
    .flat()
    .filter((x) => x?.f)
    .map((x) => x!.f!),
);

// Functions that Excel 2016+ and LibreOffice both compute (see docs/workbook.md).
const ALLOWED = new Set([
  "SUM",
  "SUMIF",
  "SUMIFS",
  "IF",
  "AND",
  "OR",
  "INDEX",
  "MATCH",
  "IFERROR",
  "N",
  "MAX",
  "MIN",
  "ABS",
  "ISNUMBER",
  "COUNTIF",
]);

describe("the workbook template", () => {
  test("sheets in Swedish, in order, Resultaträkning active", () => {
    expect(model.sheets.map((s) => s.name)).toEqual([
      "Resultaträkning",
      "Prognos",
      "Känslighet",
      "Omfördelning",
      "Uppföljning",
      "Poster",
      "Antaganden",
      "Metod",
      "Revision",
    ]);
    expect(buildWorkbook(loadExample("unga-utanfor-investering.json")).sheets.map((s) => s.name)).toContain(
      "Återföring",
    );
    expect(model.activeSheet).toBe("statement");
  });
  test("no formula calls SOCINV.*; only native functions both Excel 2016 and LibreOffice compute", () => {
    expect(formulas.length).toBeGreaterThan(500);
    for (const f of formulas) {
      expect(f).not.toMatch(/SOCINV\./i);
      for (const m of f.matchAll(/([A-Z][A-Z0-9.]*)\(/g))
        expect(ALLOWED.has(m[1]) ? m[1] : `not allowed: ${m[1]} in ${f}`).toBe(m[1]);
    }
  });
  test("every range is bounded: no whole columns or rows for Excel and LibreOffice to scan", () => {
    const whole = /(^|[^A-Za-z0-9$_])(\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9(])/;
    expect(formulas.filter((f) => whole.test(f.replace(/"[^"]*"/g, '""')))).toEqual([]);
    expect(whole.test("=SUM(A:A)") && whole.test("=SUM('Prognos'!$L:$L)") && whole.test("=SUM(3:3)")).toBe(true);
  });
  test("every assumption is a named cell; every key result has its defined name", () => {
    const names = model.names.map((n) => n.name).sort();
    expect(names).toEqual([...definedNames(c, 1)].sort());
    for (const n of [
      "Horisont",
      "Diskonteringsranta",
      "Statement_Total",
      "Statement_Net_kommun",
      "NPV_total",
      "ROI_public",
      "BreakEven_economic",
    ]) {
      expect(names).toContain(n);
    }
  });
  test("Resultaträkning holds formulas, not values, for every figure", () => {
    const st = model.sheets.find((s) => s.key === "statement")!;
    for (let r = 4; r < 4 + c.actors.length; r++)
      for (let col = 1; col <= 3; col++) expect(st.cells[r][col]?.f).toMatch(/^=/);
  });
  test("Poster is a table with the columns users and SOCINV functions read", () => {
    const p = model.sheets.find((s) => s.key === "lines")!;
    expect(p.tables[0]).toEqual({
      name: "Poster",
      ref: "A1",
      columns: [
        "Aktör",
        "Överordnad",
        "Riktning",
        "Kostnadslag",
        "Roll",
        "Bas",
        "Belopp",
        "Från år",
        "Till år",
        "Benämning",
        "Källa",
      ],
      rows: c.lines.length,
    });
    expect(p.cells[1][6]).toMatchObject({ v: 22_743_000, fmt: '#,##0 "kr"' });
  });
  test("Revision: version, date, SHA-256 of the canonical case, and the case itself", () => {
    const rev = model.sheets.find((s) => s.key === "revision")!;
    const flat = rev.cells.flat().map((x) => x?.v);
    expect(flat).toContain("1.2.3");
    expect(flat).toContain("2026-11-23T12:00:00.000Z");
    const canonical = canonicalJson(c);
    expect(flat).toContain(createHash("sha256").update(canonical, "utf8").digest("hex"));
    const back = caseJsonFromRevision(rev.cells.map((r) => r[0]?.v));
    expect(back).toBe(canonical);
    expect(parseCase(JSON.parse(back!))).toEqual(c);
  });
  test("a long case is stored in chunks Excel accepts and reads back whole", () => {
    const big = mk(
      Array.from({ length: 800 }, (_, i) => ({
        actor: "kommun",
        direction: "revenue",
        category: "real",
        amount: i,
        label: `Post nummer ${i} med en lång benämning`,
      })),
      { horizon: 3 },
    );
    const rev = buildWorkbook(big).sheets.find((s) => s.key === "revision")!;
    const cells = rev.cells.map((r) => r[0]?.v);
    expect(cells.every((v) => typeof v !== "string" || v.length <= 32767)).toBe(true);
    expect(JSON.parse(caseJsonFromRevision(cells)!)).toEqual(JSON.parse(canonicalJson(big)));
  });
  test("version n > 1 suffixes every sheet, table and name", () => {
    const m2 = buildWorkbook(c, { version: 2 });
    expect(m2.sheets.map((s) => s.name)).toEqual(model.sheets.map((s) => `${s.name} (2)`));
    for (const n of m2.sheets.map((s) => s.name)) expect(Object.values(sheetNames(2))).toContain(n);
    expect(m2.names.every((n) => n.name.endsWith("_2"))).toBe(true);
    const f2 = m2.sheets.flatMap((s) =>
      s.cells
        .flat()
        .filter((x) => x?.f)
        .map((x) => x!.f!),
    );
    expect(f2.some((f) => /'Poster \(2\)'!/.test(f))).toBe(true);
    expect(f2.some((f) => /\bHorisont\b(?!_2)/.test(f))).toBe(false);
  });
  test("a case without lines is refused in Swedish", () => {
    expect(() => buildWorkbook(mk([]))).toThrow(SocinvError);
    let error: unknown;
    try {
      buildWorkbook(mk([]));
    } catch (e) {
      error = e;
    }
    expect((error as SocinvError).code).toBe("template");
    expect(() => buildWorkbook(mk([]))).toThrow("kalkylen har inga poster");
  });
  test("sha256Hex equals Node's crypto for ASCII and Swedish text", () => {
    for (const s of [
      "",
      "abc",
      "Försäkringskassan åäö ÅÄÖ",
      "x".repeat(1000),
      "€ – 𝔘 \u2212",
      "a".repeat(55),
      "b".repeat(64),
    ]) {
      expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
    }
  });
});
