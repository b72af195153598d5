import { compareCases, type Case } from "../../src/engine";
import { BASE_PERSPECTIVES } from "../../src/engine/vocabulary";
import { buildWorkbook } from "../../src/template";
import { shownValue } from "../../src/template/evaluate";
import type { SheetModel } from "../../src/template/model";
import { comparisonLayout } from "../../src/template/sheets/comparison";
import { layout } from "../../src/template/layout";
import { close, loadExample } from "../helpers/cases";

const PAIRS: [string, string][] = [
  ["arbetsmarknadskontoret.json", "unga-utanfor-investering.json"],
  ["unga-utanfor-investering.json", "ungdomar-40-ar.json"],
  ["ungdomar-40-ar.json", "arbetsmarknadskontoret.json"],
];

const num = (s: SheetModel, row: number, col: number) => shownValue(s.cells[row - 1]?.[col - 1]) as number;
const expectClose = (got: number, want: number, what: string) =>
  expect(close(got, want, 1e-9) ? what : `${what}: ${got} ≠ ${want}`).toBe(what);
const sign = (d: number) => (d > 0 ? "A" : d < 0 ? "B" : "lika");

describe.each(PAIRS)("the Jämförelse sheet of %s vs %s", (fa, fb) => {
  const a: Case = loadExample(fa);
  const b: Case = loadExample(fb);
  const model = buildWorkbook(a, { alternative: b, generatedAt: new Date(0) });
  const sheet = model.sheets.find((s) => s.key === "comparison")!;
  const Y = comparisonLayout({ a: { c: a, layout: layout(a) }, b: { c: b, layout: layout(b, 1, "B") } });
  const r = compareCases(a, b);

  test("it is the first, active sheet, with B's Poster, Antaganden and Prognos after A's sheets", () => {
    expect(model.sheets[0].name).toBe("Jämförelse");
    expect(model.activeSheet).toBe("comparison");
    expect(model.sheets.slice(-3).map((s) => s.name)).toEqual(["Poster B", "Antaganden B", "Prognos B"]);
    const keys = model.sheets.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    const names = model.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("NPV_total_B");
    const tables = model.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables).toEqual(["Poster", "Poster_B"]);
  });

  test("the years and actors are compareCases'", () => {
    expect(Y.years.all).toEqual(r.years);
    expect(Y.actors.map((x) => [x.id, x.name])).toEqual(r.actors.map((x) => [x.id, x.name]));
  });

  test("per actor and year: A − B equals compareCases, and A and B are each alternative's discounted value", () => {
    for (const x of r.actors) {
      const R = Y.yearRows[x.id];
      for (const t of r.years) {
        const col = Y.years.col(t);
        expectClose(num(sheet, R.diff, col), x.difference[t - 1], `${x.id} year ${t} A − B`);
        expectClose(num(sheet, R.a, col) - num(sheet, R.b, col), x.difference[t - 1], `${x.id} year ${t} A, B`);
      }
    }
  });

  test("per actor: NPV A, NPV B, the difference and who prefers what", () => {
    for (const x of r.actors) {
      const row = Y.actorRow[x.id];
      expectClose(num(sheet, row, 2), x.npvA, `${x.id} NPV A`);
      expectClose(num(sheet, row, 3), x.npvB, `${x.id} NPV B`);
      expectClose(num(sheet, row, 4), x.npvA - x.npvB, `${x.id} difference`);
      expect([x.id, shownValue(sheet.cells[row - 1][4])]).toEqual([x.id, x.prefers]);
    }
  });

  test("per perspective: NPV A, NPV B, the difference and who prefers what", () => {
    for (const p of BASE_PERSPECTIVES) {
      const row = Y.perspectiveRow[p];
      const want = r.perspectives[p];
      expectClose(num(sheet, row, 2), want.npvA, `${p} NPV A`);
      expectClose(num(sheet, row, 3), want.npvB, `${p} NPV B`);
      expectClose(num(sheet, row, 4), want.difference, `${p} difference`);
      expect([p, shownValue(sheet.cells[row - 1][4])]).toEqual([p, sign(want.difference)]);
    }
  });

  test("no formula of the workbook evaluates to an error", () => {
    const errors = model.sheets.flatMap((s) =>
      s.cells.flatMap((row, i) => row.flatMap((c, j) => (c?.error ? [`${s.name}!${i + 1}:${j + 1} ${c.f}`] : []))),
    );
    expect(errors).toEqual([]);
  });
});

test("a case compared with itself: every difference is 0 and every verdict lika", () => {
  const a = loadExample("arbetsmarknadskontoret.json");
  const model = buildWorkbook(a, { alternative: a, generatedAt: new Date(0) });
  const sheet = model.sheets.find((s) => s.key === "comparison")!;
  const verdicts = sheet.cells.map((row) => shownValue(row[4])).filter((v) => v === "A" || v === "B" || v === "lika");
  expect(verdicts.length).toBeGreaterThan(4);
  expect(new Set(verdicts)).toEqual(new Set(["lika"]));
});

test("without an alternative the workbook has no comparison sheets", () => {
  const model = buildWorkbook(loadExample("arbetsmarknadskontoret.json"), { generatedAt: new Date(0) });
  expect(model.sheets.map((s) => s.key)).not.toContain("comparison");
  expect(model.names.some((n) => n.name.endsWith("_B"))).toBe(false);
});
