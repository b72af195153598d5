import { readdirSync } from "fs";
import { join } from "path";
import { ASSUMPTIONS } from "../../src/engine";
import { PERSPECTIVE } from "../../src/engine/vocabulary";
import { buildWorkbook, layout } from "../../src/template";
import type { WorkbookModel } from "../../src/template/model";
import { ROOT, loadExample } from "../helpers/cases";

/**
 * The words the issue "A workbook a revisor can sign" found wrong (its "Sources and words"), on every
 * example's workbook: none of them is left in any text or formula.
 */

const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".json") && f !== "fond.json");
const book = (f: string): WorkbookModel =>
  buildWorkbook(loadExample(f), { generatedAt: new Date("2026-12-01T00:00:00Z"), addinVersion: "test" });

/** Every text a reader sees or a formula says, with its sheet. */
function textsOf(m: WorkbookModel): { sheet: string; text: string }[] {
  const out: { sheet: string; text: string }[] = [];
  for (const s of m.sheets)
    for (const row of s.cells)
      for (const x of row) {
        if (typeof x?.v === "string") out.push({ sheet: s.name, text: x.v });
        if (x?.f !== undefined) out.push({ sheet: s.name, text: x.f });
        if (typeof x?.cached === "string") out.push({ sheet: s.name, text: x.cached });
      }
  return out;
}

const WRONG = ["Totalt (Summa)", "metoden tillåter 1–100 år", "större än -1 till", "ett tal större än -1 till 1"];

describe.each(examples)("%s", (file) => {
  const m = book(file);
  const texts = textsOf(m).filter((t) => t.sheet !== "Revision" || !t.text.startsWith("{"));

  test.each(WRONG)("no '%s' in any text or formula", (phrase) => {
    expect(texts.filter((t) => t.text.includes(phrase)).map((t) => `${t.sheet}: ${t.text.slice(0, 120)}`)).toEqual([]);
  });

  test("the perspectives are named by the engine's vocabulary", () => {
    const all = texts.map((t) => t.text);
    for (const p of ["total", "public", "economic"] as const) expect(all).toContain(PERSPECTIVE.labels[p]);
  });

  test("Antaganden: real growth is a percent per year, not 'ränta'; every share shown in percent", () => {
    const c = loadExample(file);
    const L = layout(c);
    const s = m.sheets.find((x) => x.key === "assumptions")!;
    const row = (k: (typeof ASSUMPTIONS)[number]["key"]) => s.cells[L.assumptions.row[k] - 1];
    expect(row("growth")[3]?.v).toBe("% per år");
    for (const a of ASSUMPTIONS.filter((x) => x.unit === "andel" || x.unit === "ränta"))
      expect([a.key, row(a.key)[L.assumptions.valueCol - 1]?.fmt]).toEqual([a.key, "0.0%"]);
  });
});

test("the discount rate's check says 'större än -1 och högst 1' (Inputs_Status's step on Revision)", () => {
  const texts = textsOf(book("arbetsmarknadskontoret.json")).filter((t) => t.sheet === "Revision");
  expect(texts.some((t) => /diskonteringsränta ska vara ett tal större än -1 och högst 1/.test(t.text))).toBe(true);
});

test("a kommun with förvaltningar has a row on page 1 that includes them", () => {
  const c = loadExample("unga-utanfor-investering.json");
  const parent = c.actors.find((a) => c.actors.some((x) => x.parent === a.id))!;
  const units = c.actors.filter((x) => x.parent === parent.id).map((x) => x.name);
  const s = book("unga-utanfor-investering.json").sheets.find((x) => x.key === "statement")!;
  const row = s.cells.find((r) => r[0]?.v === `${parent.name} med enheter`);
  expect(row).toBeDefined();
  const covers = row!.map((x) => x?.v).find((v) => typeof v === "string" && units.every((u) => v.includes(u)));
  expect(covers).toBeDefined();
});
