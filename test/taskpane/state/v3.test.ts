/**
 * Method v3 in the wizard's state: the unit, intake years, discount timing and amounts per year
 * survive open → (document) save → Spara som JSON exactly as the engine reads the original file;
 * amounts per year are typed as people type; years after the horizon are named by line and year.
 */
import { parseCase, validateCase } from "../../../src/engine";
import {
  STEP,
  caseOf,
  deserialize,
  fieldOf,
  openCase,
  pasteYears,
  serialize,
  stepErrors,
  toAmount,
  toRawCase,
  toYearly,
  wizardErrors,
  type LineRow,
  type WizardState,
} from "../../../src/taskpane/state";
import { caseFileOf } from "../../../src/taskpane/state/cycle";
import { rawExample } from "../../helpers/cases";

const V3_EXAMPLES = ["tabell-4-3.json", "unga-i-arbete-lopande.json", "arbetsmarknadskontoret.json"];

function opened(raw: unknown): WizardState {
  const o = openCase(raw);
  if (!o.ok) throw new Error(o.message);
  return o.state;
}

describe("v3 examples through the wizard", () => {
  test.each(V3_EXAMPLES)("%s: open, save, Spara som JSON equals the engine's reading of the file", (name) => {
    const raw = rawExample(name);
    const original = parseCase(raw);
    // saved in the document and read back, as when the task pane is closed and opened again
    const st = deserialize(serialize(opened(raw)))!;
    const file = JSON.parse(caseFileOf(st).text) as unknown;
    const back = validateCase(file);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.case).toEqual(original);
    // what the v3 fields look like in the wizard
    expect(st.unit).toBe(original.unit);
    if (original.assumptions.intakeYears !== undefined)
      expect(st.intakeYears).toBe(String(original.assumptions.intakeYears));
    expect(st.discountTiming).toBe(original.assumptions.discountTiming);
  });

  test("Table 4.3's yearly profile shows as typed amounts, one per year", () => {
    const raw = rawExample("tabell-4-3.json") as { lines: { yearlyAmounts?: number[] }[] };
    const st = opened(raw);
    const i = raw.lines.findIndex((l) => l.yearlyAmounts);
    const row = st.lines[i];
    expect(row.yearlyAmounts).toHaveLength(20);
    expect(row.amount).toBe("");
    expect(row.toYear).toBe("");
    expect(parseFloat(row.yearlyAmounts![0].replace(/\s/g, "").replace(",", "."))).toBeCloseTo(
      raw.lines[i].yearlyAmounts![0],
      2,
    );
  });

  test("each v3 example is valid in every step of the wizard", () => {
    for (const name of V3_EXAMPLES) {
      const st = opened(rawExample(name));
      for (let step = 0; step < STEP.review; step++) expect(stepErrors(st, step)).toEqual({});
    }
  });
});

/** A small case in the wizard with one effect line, to type into. */
function typed(): { st: WizardState; line: LineRow } {
  const st = opened(rawExample("arbetsmarknadskontoret.json"));
  return { st, line: st.lines[3] };
}
const withLine = (st: WizardState, l: LineRow): WizardState => ({
  ...st,
  lines: st.lines.map((x) => (x.key === l.key ? l : x)),
});

describe("amounts per year as typed", () => {
  test("switching on keeps the figures: the amount in every year of the line's window", () => {
    const { st, line } = typed();
    const on = toYearly({ ...line, fromYear: "2", toYear: "5" }, 20);
    expect(on.yearlyAmounts).toEqual([line.amount, line.amount, line.amount, line.amount]);
    const before = caseOf(withLine(st, { ...line, fromYear: "2", toYear: "5" }));
    const after = caseOf(withLine(st, on));
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(after.case.lines[3].yearlyAmounts).toEqual([4, 4, 4, 4].map(() => before.case.lines[3].amount));
    // a blank Till år: to the horizon
    expect(toYearly(line, 20).yearlyAmounts).toHaveLength(20);
  });

  test("98.000, 3,5, 1,5 mnkr and blanks are read by the wizard's parsing; trailing blanks are no years", () => {
    const { st, line } = typed();
    const l = { ...toYearly(line, 20), yearlyAmounts: ["98.000", "3,5", "1,5 mnkr", "", "250 tkr", "", ""] };
    const raw = toRawCase(withLine(st, l)) as { lines: { yearlyAmounts: number[]; toYear?: number }[] };
    expect(raw.lines[3].yearlyAmounts).toEqual([98000, 3.5, 1500000, 0, 250000]);
    expect(caseOf(withLine(st, l)).ok).toBe(true);
  });

  test("a year that is no amount: a Swedish message naming the line and the year (from its first year)", () => {
    const { st, line } = typed();
    const l = { ...toYearly(line, 20), fromYear: "3", yearlyAmounts: ["100 000", "tio"] };
    const errors = stepErrors(withLine(st, l), STEP.lines);
    expect(errors[`line.${l.key}.yearlyAmounts.1`]).toBe(
      "Post 4, År 4: 'tio' är inget belopp; skriv t.ex. 1 234 567 eller 1,5 mnkr.",
    );
  });

  test("years after the horizon are named by line and year, before the engine's message", () => {
    const { st, line } = typed();
    const cells = Array.from({ length: 22 }, () => "1 000");
    const s2 = withLine(st, { ...toYearly(line, 20), yearlyAmounts: cells });
    expect(stepErrors(s2, STEP.lines)).toEqual({
      [`line.${line.key}.yearlyAmounts.20`]:
        "Post 4, År 21–22: efter horisonten (20 år). Ta bort beloppen för år 21–22 eller öka horisonten under Antaganden.",
    });
    const s3 = { ...s2, assumptions: { ...s2.assumptions, horizon: "21" } };
    expect(stepErrors(s3, STEP.lines)[`line.${line.key}.yearlyAmounts.21`]).toBe(
      "Post 4, År 22: efter horisonten (21 år). Ta bort beloppen för år 22 eller öka horisonten under Antaganden.",
    );
    // blank cells after the horizon are no years
    const s4 = withLine(st, { ...toYearly(line, 20), yearlyAmounts: [...cells.slice(0, 20), "", ""] });
    expect(stepErrors(s4, STEP.lines)).toEqual({});
  });

  test("no year typed at all is named", () => {
    const { st, line } = typed();
    const s2 = withLine(st, { ...line, amount: "", yearlyAmounts: ["", ""] });
    expect(stepErrors(s2, STEP.lines)).toEqual({
      [`line.${line.key}.yearlyAmounts.0`]: "Post 4, Belopp per år: skriv beloppet för minst ett år.",
    });
  });

  test("a negative year from the engine lands at its cell, in the wizard's words", () => {
    const { st, line } = typed();
    const s2 = withLine(st, { ...toYearly(line, 20), yearlyAmounts: ["100", "-5"] });
    expect(fieldOf("lines[3].yearlyAmounts[1]", s2)).toEqual({
      step: STEP.lines,
      key: `line.${line.key}.yearlyAmounts.1`,
    });
    const m = wizardErrors(s2)[STEP.lines][`line.${line.key}.yearlyAmounts.1`];
    expect(m).toMatch(/^Post 4, År 2: -5 är negativt/);
  });

  test("switching back: the same amount every year loses nothing; different amounts say what is lost", () => {
    const { line } = typed();
    const same = toAmount({ ...line, fromYear: "2", yearlyAmounts: ["5 000", "5 000", "5 000"] }, 4);
    expect(same.loses).toBeUndefined();
    expect(same.line).toMatchObject({ amount: "5 000", fromYear: "2", toYear: "4", yearlyAmounts: undefined });
    const diff = toAmount({ ...line, yearlyAmounts: ["1 000", "2 000", ""] }, 4);
    expect(diff.loses).toBe(
      "Post 4 har olika belopp för år 1–2. Med ett belopp får posten år 1s belopp (1 000 kr) alla år 1–2, och beloppen för de andra åren tas bort.",
    );
    expect(diff.line).toMatchObject({ amount: "1 000", toYear: "2" });
  });

  test("a row pasted from Excel fills the cell and the years after", () => {
    expect(pasteYears(["1", "", ""], 1, "98 000\t120 000\t130 000\t90 000\r\n")).toEqual([
      "1",
      "98 000",
      "120 000",
      "130 000",
      "90 000",
    ]);
    expect(pasteYears(["1"], 0, "2 500")).toBeUndefined();
  });
});

describe("unit, intake and timing in the wizard's words", () => {
  test("a unit that is no longer among the actors: an error on Grunddata naming the field", () => {
    const st = opened(rawExample("arbetsmarknadskontoret.json"));
    const s2 = { ...st, actors: st.actors.map((a) => (a.id === st.unit ? { ...a, selected: false } : a)) };
    const e = wizardErrors({ ...s2, lines: s2.lines.filter((l) => l.actor !== st.unit) })[STEP.basics];
    expect(e.unit).toBe(
      "Bokslutet gäller: Arbetsmarknadskontoret är inte vald bland aktörerna; välj den under Aktörer eller välj en annan enhet här.",
    );
    // a unit id from a file that names no actor: the engine's message, in the wizard's words
    expect(wizardErrors({ ...st, unit: "fältgruppen" })[STEP.basics].unit).toMatch(
      /^Bokslutet gäller: 'fältgruppen' är ingen aktör i kalkylen/,
    );
  });

  test("intake years: text and range errors on Antaganden, named Intagsår", () => {
    const st = opened(rawExample("unga-i-arbete-lopande.json"));
    expect(stepErrors({ ...st, intakeYears: "fem" }, STEP.assumptions)).toEqual({
      intakeYears: "Intagsår: ange antalet intagsår som ett heltal från 1, t.ex. 5.",
    });
    expect(stepErrors({ ...st, intakeYears: "40" }, STEP.assumptions).intakeYears).toMatch(/^Intagsår: 40 /);
    const e = stepErrors({ ...st, discountTiming: "mitten" }, STEP.assumptions);
    expect(e.discountTiming).toMatch(/^Diskontering: /);
  });

  test("the timing typed in the wizard is the case's", () => {
    const st = opened(rawExample("arbetsmarknadskontoret.json"));
    const r = caseOf({ ...st, discountTiming: "endOfYear", intakeYears: "3" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.case.assumptions).toMatchObject({ discountTiming: "endOfYear", intakeYears: 3 });
  });
});
