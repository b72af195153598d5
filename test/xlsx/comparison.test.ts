import fc from "fast-check";
import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { compareCases, parseCase, type Case } from "../../src/engine";
import { BASE_PERSPECTIVES } from "../../src/engine/vocabulary";
import { buildWorkbook } from "../../src/template";
import { addr } from "../../src/template/cells";
import { layout } from "../../src/template/layout";
import { comparisonLayout } from "../../src/template/sheets/comparison";
import { writeXlsx } from "../../src/xlsx/render";
import { arbRawCase } from "../helpers/arbitraries";
import { ROOT, loadExample } from "../helpers/cases";
import { loRecalc } from "../helpers/libreoffice";
import { readXlsxValues, type XlsxValues } from "../helpers/xlsxValues";

/**
 * The comparison workbook (socinv compare a.json b.json -o …): its XML validates against the
 * ISO/IEC 29500 schemas, and LibreOffice's recalculation of the Jämförelse sheet equals the
 * engine's compareCases per actor and year, per actor and per perspective (within 1 kr), with
 * the same verdicts; every formula of the sheet recalculates to the value we cached.
 */
jest.setTimeout(600_000);

const generated = fc
  .sample(arbRawCase({ maxLines: 15, maxHorizon: 30, ore: true }), { seed: 2718, numRuns: 20 })
  .map((raw) => parseCase(raw))
  .filter((c) => c.lines.length > 0)
  .slice(0, 4);

const pairs: [string, Case, Case][] = [
  ["exempel-1-2", loadExample("arbetsmarknadskontoret.json"), loadExample("unga-utanfor-investering.json")],
  // method v2 (schedule, index, unit costs) against a case with half its horizon
  ["exempel-3-1", loadExample("ungdomar-40-ar.json"), loadExample("arbetsmarknadskontoret.json")],
  ["genererad-1-2", generated[0], generated[1]],
  ["genererad-3-4", generated[2], generated[3]],
];

const dir = mkdtempSync(join(tmpdir(), "socinv-cmp-"));
const out = join(dir, "recalc");
const results = new Map<string, { values: XlsxValues; cached: XlsxValues }>();
const files: string[] = [];

beforeAll(async () => {
  for (const [name, a, b] of pairs) {
    const f = join(dir, `${name}.xlsx`);
    await writeXlsx(buildWorkbook(a, { alternative: b, generatedAt: new Date("2026-11-25T12:00:00Z") }), f);
    files.push(f);
  }
  loRecalc(out, files);
  for (const [name] of pairs)
    results.set(name, {
      values: await readXlsxValues(join(out, `${name}.xlsx`)),
      cached: await readXlsxValues(join(dir, `${name}.xlsx`)),
    });
});

test("every XML part of the comparison workbooks validates against the ISO/IEC 29500 schemas", () => {
  const r = spawnSync(join(ROOT, "scripts", "ooxml-validate"), files, { encoding: "utf8" });
  expect(r.stdout + r.stderr).toContain(`${files.length} file(s), 0 invalid part(s)`);
  expect(r.status).toBe(0);
});

const within = (got: unknown, want: number, what: string) =>
  expect(typeof got === "number" && Math.abs(got - want) <= 1 ? what : `${what}: ${String(got)} ≠ ${want}`).toBe(what);
const verdict = (d: number) => (d > 0 ? "A" : d < 0 ? "B" : "lika");

describe.each(pairs)("LibreOffice recalculates the Jämförelse sheet of %s", (name, a, b) => {
  const Y = comparisonLayout({ a: { c: a, layout: layout(a) }, b: { c: b, layout: layout(b, 1, "B") } });
  const r = compareCases(a, b);
  const v = (row: number, col: number) => results.get(name)!.values.value("Jämförelse", addr(row, col));

  test("per actor and year, A − B equals compareCases", () => {
    for (const x of r.actors)
      for (const t of r.years) within(v(Y.yearRows[x.id].diff, Y.years.col(t)), x.difference[t - 1], `${x.id} år ${t}`);
  });

  test("per actor and per perspective: NPV A, NPV B, the difference and the verdict", () => {
    for (const x of r.actors) {
      const row = Y.actorRow[x.id];
      within(v(row, 2), x.npvA, `${x.id} A`);
      within(v(row, 3), x.npvB, `${x.id} B`);
      within(v(row, 4), x.npvA - x.npvB, `${x.id} A − B`);
      expect([x.id, v(row, 5)]).toEqual([x.id, x.prefers]);
    }
    for (const p of BASE_PERSPECTIVES) {
      const row = Y.perspectiveRow[p];
      const want = r.perspectives[p];
      within(v(row, 2), want.npvA, `${p} A`);
      within(v(row, 3), want.npvB, `${p} B`);
      within(v(row, 4), want.difference, `${p} A − B`);
      expect([p, v(row, 5)]).toEqual([p, verdict(want.difference)]);
    }
  });

  test("every formula of the sheet recalculates to the cached value", () => {
    const { values, cached } = results.get(name)!;
    const cells = cached.formulaCells("Jämförelse");
    expect(cells.length).toBeGreaterThan(10);
    for (const c of cells) {
      const got = values.value("Jämförelse", c.cell);
      if (typeof c.v === "number") within(got, c.v, `${c.cell} ${c.f}`);
      else expect([c.cell, got]).toEqual([c.cell, c.v]);
    }
  });
});
