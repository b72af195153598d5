import fc from "fast-check";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { buildReport, compute, parseCase, type Case, type Report } from "../../src/engine";
import { buildWorkbook, PERSPECTIVES } from "../../src/template/build";
import { writeXlsx } from "../../src/xlsx/render";
import { arbRawCase } from "../helpers/arbitraries";
import { loadExample } from "../helpers/cases";
import { loRecalc } from "../helpers/libreoffice";
import { readXlsxValues, type XlsxValues } from "../helpers/xlsxValues";

/**
 * A spreadsheet engine that is not ours (LibreOffice) recomputes every generated workbook; the
 * figures read back from it must equal the engine's report: kronor within 1 kr, ROI within 0.01,
 * break-even years exactly, and the Revision sheet's own control must say OK.
 */
jest.setTimeout(600_000);

const generated: Case[] = fc
  // amounts in kronor and öre, as money is written; arbitrary doubles (1e-300 kr) are the
  // engine's property tests' business, where exact decimals and Excel's floating point part ways
  .sample(arbRawCase({ maxLines: 25, maxHorizon: 30, ore: true }), { seed: 4711, numRuns: 60 })
  .map((raw) => parseCase(raw))
  .filter((c) => c.lines.length > 0)
  .slice(0, 24);

const cases: [string, Case][] = [
  ["arbetsmarknadskontoret", loadExample("arbetsmarknadskontoret.json")],
  ["unga-utanfor-investering", loadExample("unga-utanfor-investering.json")],
  ...generated.map((c, i) => [`genererad-${String(i + 1).padStart(2, "0")}`, c] as [string, Case]),
];

const dir = mkdtempSync(join(tmpdir(), "socinv-lo-"));
const out = join(dir, "recalc");
const results = new Map<string, { values: XlsxValues; report: Report; c: Case }>();

beforeAll(async () => {
  const files: string[] = [];
  for (const [name, c] of cases) {
    const f = join(dir, `${name}.xlsx`);
    await writeXlsx(buildWorkbook(c, { generatedAt: new Date("2026-11-23T12:00:00Z"), addinVersion: "test" }), f);
    files.push(f);
  }
  loRecalc(out, files);
  for (const [name, c] of cases) {
    results.set(name, {
      values: await readXlsxValues(join(out, basename(`${name}.xlsx`))),
      report: buildReport(compute(c)),
      c,
    });
  }
});

test("LibreOffice reads the charts and keeps them (2 per workbook)", async () => {
  const JSZip = (await import("jszip")).default;
  const { readFileSync } = await import("fs");
  for (const [name] of cases.slice(0, 2)) {
    const zip = await JSZip.loadAsync(readFileSync(join(out, `${name}.xlsx`)));
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(2);
  }
});

test("the generated cases cover every assumption, window and basis", () => {
  const all = generated;
  expect(all.length).toBeGreaterThanOrEqual(20);
  for (const k of ["relapse", "decay", "deadweight", "displacement", "growth"] as const) {
    expect(all.some((c) => c.assumptions[k] !== 0)).toBe(true);
  }
  expect(all.some((c) => c.assumptions.attribution < 1)).toBe(true);
  expect(all.some((c) => c.assumptions.discountRate < 0)).toBe(true);
  expect(all.some((c) => c.lines.some((l) => l.basis === "perSuccess"))).toBe(true);
  expect(all.some((c) => c.lines.some((l) => l.role === "investment"))).toBe(true);
  expect(all.some((c) => c.lines.some((l) => l.fromYear > 1))).toBe(true);
  expect(all.some((c) => c.lines.some((l) => l.toYear < c.assumptions.horizon))).toBe(true);
  expect(all.some((c) => c.actors.some((a) => a.parent !== undefined))).toBe(true);
});

const within = (got: unknown, want: number, tol: number) => typeof got === "number" && Math.abs(got - want) <= tol;

describe.each(cases.map(([name]) => name))("%s recomputed by LibreOffice", (name) => {
  test("statement total and every actor's net equal the engine within 1 kr", () => {
    const { values, report, c } = results.get(name)!;
    expect(within(values.byName("Statement_Total"), report.statement.total, 1)).toBe(true);
    for (const a of c.actors) {
      const got = values.byName(`Statement_Net_${a.id}`);
      if (!within(got, report.statement.byActor[a.id].net, 1))
        throw new Error(`${a.id}: ${got} ≠ ${report.statement.byActor[a.id].net}`);
    }
  });
  test.each(PERSPECTIVES)("perspective %s: NPV within 1 kr, ROI within 0.01, break-even exactly", (p) => {
    const { values, report } = results.get(name)!;
    const r = report.perspectives[p];
    const npv = values.byName(`NPV_${p}`);
    if (!within(npv, r.npv, 1)) throw new Error(`NPV_${p}: ${npv} ≠ ${r.npv}`);
    const roi = values.byName(`ROI_${p}`);
    if (r.roi === null) expect(roi).toBe("");
    else if (!within(roi, r.roi, 0.01)) throw new Error(`ROI_${p}: ${roi} ≠ ${r.roi}`);
    expect(values.byName(`BreakEven_${p}`)).toBe(r.breakEvenYear === null ? "Ingen" : r.breakEvenYear);
  });
  test("the Revision sheet's control says OK", () => {
    expect(results.get(name)!.values.byName("Revision_Status")).toBe("OK");
  });
});
