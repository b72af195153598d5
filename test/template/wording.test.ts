import { parseCase } from "../../src/engine";
import { buildWorkbook } from "../../src/template";
import { loadExample, rawExample } from "../helpers/cases";

/** The words of issue 22 on the sheets: no range beside a check that says another, units as a reader reads them. */

const texts = (wb: ReturnType<typeof buildWorkbook>, key: string) =>
  wb.sheets
    .find((s) => s.key === key)!
    .cells.flat()
    .map((x) => x?.v)
    .filter((v): v is string => typeof v === "string");

test("Antaganden: no 1–100 beside a check of 1–H, growth per year, shares in percent, k as a percent", () => {
  const c = loadExample("arbetsmarknadskontoret.json");
  const wb = buildWorkbook(c);
  const t = texts(wb, "assumptions");
  expect(t.join(" ")).not.toContain("metoden tillåter 1–100 år");
  expect(t.some((s) => s.includes(`Den här arbetsboken räknar 1–${c.assumptions.horizon} år`))).toBe(true);
  expect(t).not.toContain("ränta");
  expect(t).toContain("% per år");
  const a = wb.sheets.find((s) => s.key === "assumptions")!;
  const k = a.cells.flat().find((x) => x?.f?.includes("Dodvikt"))!;
  expect(k.fmt).toBe("0.0%");
  const rules = a.validations!.map((v) => v.message).join(" ");
  expect(rules).not.toMatch(/större än -?−?1 till/);
  expect(rules).toContain("större än −1 och högst 1");
});

test("Antaganden: with a discount schedule from year 1, Diskonteringsränta says it is not used", () => {
  const raw = rawExample("ungdomar-40-ar.json");
  const c = parseCase(raw);
  const wb = buildWorkbook(c);
  const t = texts(wb, "assumptions").join(" ");
  if (c.assumptions.discountSchedule === "greenbook")
    expect(t).toContain("Används inte: diskonteringsschemat nedan gäller för varje år som diskonteras");
  else expect(t).toMatch(/Används (inte|bara för år)/);
});

test("no dead input: a catalogue line's Belopp on Poster is the formula Prognos uses, and is checked on Revision", () => {
  const c = loadExample("kriminalvard-kalkylvarden.json");
  const wb = buildWorkbook(c);
  const poster = wb.sheets.find((s) => s.key === "lines")!;
  const i = c.lines.findIndex((l) => l.unitCost !== undefined);
  expect(i).toBeGreaterThanOrEqual(0);
  const amount = poster.cells[1 + i][6]!;
  expect(amount.f).toMatch(/^='Antaganden'!/);
  expect(amount.cached as number).toBeCloseTo(c.lines[i].amount, 6);
  const rev = texts(wb, "revision");
  expect(rev).toContain(`Poster!G${2 + i}`);
});

test("Uppföljning: the persons in outcome, a prognosis that shrinks each year, print with one decimal (not 93,86185178)", () => {
  const c = loadExample("arbetsmarknadskontoret.json");
  const wb = buildWorkbook(c);
  const sheet = wb.sheets.find((s) => s.key === "followup");
  expect(sheet).toBeDefined();
  const row = sheet!.cells.find((r) => r.some((x) => x?.v === "Personer i utfall (faktiskt, annars prognos)"))!;
  const values = row.filter((x) => x?.f !== undefined);
  expect(values.length).toBe(c.assumptions.horizon);
  for (const x of values) expect(x!.fmt).toBe("#,##0.0");
  expect(values.some((x) => typeof x!.cached === "number" && !Number.isInteger(x!.cached))).toBe(true);
});
