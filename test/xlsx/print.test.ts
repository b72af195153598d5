import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { buildWorkbook } from "../../src/template";
import type { WorkbookModel } from "../../src/template/model";
import { writeXlsx } from "../../src/xlsx/render";
import { loadExample } from "../helpers/cases";

/**
 * The printout as a revisor gets it: the demo workbook (npm run demo) and the method v3 examples
 * printed to PDF by LibreOffice, with a method v2 example (a discount schedule, lines in other
 * price years). The demo takes at most 20 pages; every page names its sheet and
 * its number in the footer; Prognos prints its summary once and its years in blocks; the sheets
 * a reader reads hide no rows or columns; Antaganden's explanations, sources and notes and Metod's
 * paragraphs print whole (wrapped, not cut at the page's edge).
 */
jest.setTimeout(600_000);

const EXAMPLES = [
  "arbetsmarknadskontoret.json",
  "tabell-4-3.json",
  "unga-i-arbete-lopande.json",
  "ungdomar-40-ar.json",
];
/** Sheets a reader reads (Revision, Återföring and Årsbelopp keep their check rows out of sight). */
const READER = ["statement", "projection", "sensitivity", "compensation", "followup", "lines", "assumptions", "method"];

const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>1</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>`;

const dir = mkdtempSync(join(tmpdir(), "socinv-print-"));
const models = new Map<string, WorkbookModel>();
const pages = new Map<string, string[]>();

/** The text of every page of a PDF (pdftotext -layout, pages split at form feeds). */
function pdfPages(pdf: string): string[] {
  const r = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (r.status !== 0)
    throw new Error(`pdftotext saknas eller misslyckades: ${r.stderr} (apt-get install poppler-utils)`);
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
  const count = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
  const texts = r.stdout.split("\f").slice(0, count);
  expect(texts).toHaveLength(count);
  return texts;
}

beforeAll(async () => {
  if (spawnSync("soffice", ["--version"]).status !== 0)
    throw new Error("LibreOffice saknas: apt-get install -y --no-install-recommends libreoffice-calc-nogui");
  const files: string[] = [];
  for (const name of EXAMPLES) {
    const model = buildWorkbook(loadExample(name), {
      generatedAt: new Date("2026-01-02T03:04:05Z"),
      addinVersion: "t",
    });
    models.set(name, model);
    const file = join(dir, name.replace(/\.json$/, ".xlsx"));
    await writeXlsx(model, file);
    files.push(file);
  }
  mkdirSync(join(dir, "profile", "user"), { recursive: true });
  writeFileSync(join(dir, "profile", "user", "registrymodifications.xcu"), XCU);
  const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
  const args = [profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", join(dir, "pdf"), ...files];
  const r = spawnSync("soffice", args, { encoding: "utf8", timeout: 600_000 });
  if (r.status !== 0) throw new Error(`soffice misslyckades (${r.status}): ${r.stderr}`);
  for (const name of EXAMPLES) pages.set(name, pdfPages(join(dir, "pdf", name.replace(/\.json$/, ".pdf"))));
});

describe("the printout in LibreOffice", () => {
  test("the demo prints on at most 20 pages", () => {
    expect(pages.get("arbetsmarknadskontoret.json")!.length).toBeLessThanOrEqual(20);
  });

  test.each(EXAMPLES)("%s: every page names its sheet and 'Sida p av n'; the sheets come in order", (name) => {
    const texts = pages.get(name)!;
    const sheets = models.get(name)!.sheets.map((s) => s.name);
    let at = 0;
    texts.forEach((text, i) => {
      const footer = new RegExp(`^\\s*(\\S.*?)\\s{2,}Sida ${i + 1} av ${texts.length}, utskriven`, "m").exec(text);
      expect([i + 1, footer !== null]).toEqual([i + 1, true]);
      const sheet = footer![1].trim();
      expect(sheets).toContain(sheet);
      expect(sheets.indexOf(sheet)).toBeGreaterThanOrEqual(at);
      at = sheets.indexOf(sheet);
    });
  });

  test.each(EXAMPLES)("%s: Prognos prints its summary once and each year in one block", (name) => {
    const model = models.get(name)!;
    const prognos = model.sheets.find((s) => s.key === "projection")!;
    const texts = pages.get(name)!.filter((t) => new RegExp(`^\\s*${prognos.name}\\s{2,}Sida`, "m").test(t));
    expect(texts.filter((t) => t.includes("Sammanfattning över")).length).toBe(1);
    expect(texts.filter((t) => t.includes("Ackumulerat netto per perspektiv")).length).toBe(1);
    // every page of the sums shows Aktör's labels beside its years (the repeated columns)
    const sums = texts.filter((t) => t.includes("Ackumulerat per aktör"));
    expect(sums.length).toBeGreaterThanOrEqual(1);
    for (const t of sums) expect(t).toContain("Produktionsvärde");
    // the years of the sums' pages: blocks of up to ten consecutive years, each year once
    const years = sums.map((t) => {
      const header = t.split("\n").find((l) => l.includes("Årligt per aktör"))!;
      return header
        .replace(/.*Årligt per aktör \(egna poster\)/, "")
        .trim()
        .split(/\s+/)
        .map(Number);
    });
    const H = model.sheets.find((s) => s.key === "projection")!.print!.yearBlocks!;
    expect(years.flat()).toEqual(Array.from({ length: H.last - H.first + 1 }, (_x, i) => i + 1));
    for (const block of years) expect(block.length).toBeLessThanOrEqual(10);
  });

  test.each(EXAMPLES)("%s: Antaganden's and Metod's long texts print whole, wrapped", (name) => {
    const model = models.get(name)!;
    // a line may break after a dash ("0–" / "30."): words are what lies between spaces and dashes
    const words = (t: string) => t.split(/[\s–-]+/).filter(Boolean);
    for (const key of ["assumptions", "method"]) {
      const sheet = model.sheets.find((s) => s.key === key)!;
      const printed = pages
        .get(name)!
        .filter((t) => new RegExp(`^\\s*${sheet.name}\\s{2,}Sida`, "m").test(t))
        .join("\n");
      const onPaper = new Set(words(printed));
      const texts = [
        ...(sheet.wrapColumns ?? []).flatMap((col) => sheet.cells.map((r) => r[col - 1]?.v)),
        // the notes under the blocks' titles (a schedule's source), merged across when long
        ...sheet.cells.map((r) => (r[0]?.style === "note" ? r[0].v : undefined)),
      ].filter((v): v is string => typeof v === "string" && v.length > 40);
      expect(texts.length).toBeGreaterThan(key === "method" ? 20 : 8);
      // a text cut at the page's edge loses its last words; a wrapped one keeps every word
      for (const text of texts)
        expect([sheet.name, text, words(text).filter((w) => !onPaper.has(w))]).toEqual([sheet.name, text, []]);
      // Metod is one column: each paragraph reads whole, line after line
      if (key === "method") {
        const flat = words(printed).join(" ");
        for (const text of texts) expect([text, flat.includes(words(text).join(" "))]).toEqual([text, true]);
      }
    }
  });

  test.each(EXAMPLES)("%s: the sheets a reader reads hide no rows or columns", async (name) => {
    const model = models.get(name)!;
    const zip = await JSZip.loadAsync(readFileSync(join(dir, name.replace(/\.json$/, ".xlsx"))));
    for (const [i, sheet] of model.sheets.entries()) {
      if (!READER.includes(sheet.key)) continue;
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
      expect([sheet.name, /<row [^>]*hidden="1"/.test(xml), /<col [^>]*hidden="1"/.test(xml)]).toEqual([
        sheet.name,
        false,
        false,
      ]);
      expect([sheet.name, sheet.hiddenRows ?? []]).toEqual([sheet.name, []]);
    }
  });
});
