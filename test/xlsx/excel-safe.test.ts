import fc from "fast-check";
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { parseCase, type Case } from "../../src/engine";
import { buildWorkbook } from "../../src/template";
import { writeXlsx } from "../../src/xlsx/render";
import { arbRawCase } from "../helpers/arbitraries";
import { ROOT, loadExample } from "../helpers/cases";
import { generatedV3 } from "../helpers/v3-cases";

/**
 * Nothing Excel would repair: every XML part of the generated examples and of generated cases
 * validates against the ISO/IEC 29500 transitional schemas (scripts/ooxml-validate), every
 * drop-down list refers to a range, one rule per range, and every text is within Excel's limits.
 */
jest.setTimeout(300_000);

const cases: [string, Case][] = [
  ["arbetsmarknadskontoret", loadExample("arbetsmarknadskontoret.json")],
  ["unga-utanfor-investering", loadExample("unga-utanfor-investering.json")],
  // method v2: a Green Book schedule, a price index and unit costs on Antaganden, N* on the summaries
  ["ungdomar-40-ar", loadExample("ungdomar-40-ar.json")],
  // method v3: Årsbelopp, intake and timing on Antaganden, key figures, milestones per perspective
  ["tabell-4-3", loadExample("tabell-4-3.json")],
  ["unga-i-arbete-lopande", loadExample("unga-i-arbete-lopande.json")],
  ...generatedV3()
    .slice(0, 2)
    .map((c, i) => [`v3-genererad-${i + 1}`, c] as [string, Case]),
  ...fc
    .sample(arbRawCase({ maxLines: 20, maxHorizon: 40, ore: true }), { seed: 1313, numRuns: 12 })
    .map((raw) => parseCase(raw))
    .filter((c) => c.lines.length > 0)
    .slice(0, 6)
    .map((c, i) => [`genererad-${i + 1}`, c] as [string, Case]),
];

const dir = mkdtempSync(join(tmpdir(), "socinv-safe-"));
const files = new Map<string, string>();

beforeAll(async () => {
  for (const [name, c] of cases) {
    const f = join(dir, `${name}.xlsx`);
    await writeXlsx(buildWorkbook(c, { generatedAt: new Date("2026-11-23T12:00:00Z"), addinVersion: "1.2.3" }), f);
    files.set(name, f);
  }
});

test("every XML part validates against the ISO/IEC 29500 transitional schemas", () => {
  const r = spawnSync(join(ROOT, "scripts", "ooxml-validate"), [...files.values()], { encoding: "utf8" });
  expect(r.stdout + r.stderr).toContain(`${files.size} file(s), 0 invalid part(s)`);
  expect(r.status).toBe(0);
});

/** "A1:B3" → every cell address in it. */
function cellsOf(sqref: string): string[] {
  const out: string[] = [];
  for (const part of sqref.split(" ")) {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(part)!;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [c1, r1, c2, r2] = [col(m[1]), Number(m[2]), col(m[3] ?? m[1]), Number(m[4] ?? m[2])];
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${c}:${r}`);
  }
  return out;
}

test.each(cases.map(([n]) => n))(
  "%s: drop-downs refer to ranges, one rule per cell, texts within Excel's limits",
  async (name) => {
    const zip = await JSZip.loadAsync(readFileSync(files.get(name)!));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    let lists = 0;
    for (const f of sheets) {
      const xml = await zip.file(f)!.async("string");
      const seen = new Set<string>();
      for (const m of xml.matchAll(/<dataValidation ([^>]*)>(.*?)<\/dataValidation>/g)) {
        const attr = (a: string) => new RegExp(`${a}="([^"]*)"`).exec(m[1])?.[1] ?? "";
        const formula = /<formula1>(.*?)<\/formula1>/.exec(m[2])![1];
        if (attr("type") === "list") {
          lists++;
          expect(formula).toMatch(/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
        }
        const unescape = (s: string) =>
          s
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, "&")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">");
        expect(unescape(attr("error")).length).toBeLessThanOrEqual(225);
        expect(unescape(attr("error")).length).toBeGreaterThan(10);
        expect(unescape(attr("errorTitle")).length).toBeLessThanOrEqual(32);
        for (const c of cellsOf(attr("sqref"))) {
          expect(seen.has(c) ? `${f}: ${c} has two rules` : c).toBe(c);
          seen.add(c);
        }
      }
      for (const m of xml.matchAll(/<(oddHeader|oddFooter)>(.*?)<\/\1>/g)) expect(m[2].length).toBeLessThanOrEqual(255);
    }
    // Poster's five; method v2 adds the price years of the converted lines (a list of the index's years),
    // method v3 the discount timing on Antaganden
    const c = cases.find(([n]) => n === name)![1];
    const v2 = c.lines.some((l) => l.priceYear !== undefined || l.unitCost !== undefined) ? 1 : 0;
    const v3 =
      name === "arbetsmarknadskontoret" || name.includes("v3") || name.startsWith("tabell") || name.startsWith("unga-i")
        ? 1
        : 0;
    expect(lists).toBe(5 + v2 + v3);
    const app = await zip.file("docProps/app.xml")!.async("string");
    expect(app).toContain("<Application>socinv</Application>");
    expect(app).toContain("<AppVersion>1.0002</AppVersion>");
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain("<dc:creator></dc:creator>");
    expect(core).toMatch(/<dc:title>[^<]+<\/dc:title>/);
  },
);
