import { parseCase } from "../../../src/engine";
import {
  carryForward,
  caseFileName,
  caseFileText,
  caseOf,
  openCase,
  parseAmount,
  startComparison,
  stateFromCase,
  wizardErrors,
} from "../../../src/taskpane/state";
import { loadExample, rawExample } from "../../helpers/cases";

describe("the year's cycle", () => {
  test("carrying a case forward: price year one on, a follow-up row for the next year, the rest kept", () => {
    const c = loadExample("unga-utanfor-investering.json");
    const s = carryForward(stateFromCase(c));
    expect(s.basics.priceYear).toBe(String(c.priceYear + 1));
    expect(s.analyses.followUp.on).toBe(true);
    expect(s.analyses.followUp.rows.map((r) => r.year)).toEqual(["1", "2", "3"]);
    // the new row is empty: the case is valid and follows up years 1 and 2 as before
    const r = caseOf(s);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.case.followUp?.years.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(r.case.followUp?.years[2]).toEqual({ year: 3 });
    expect(r.case.lines).toEqual(c.lines);
  });

  test("a case file for the CLI: the validated case as JSON that opens again unchanged", () => {
    const c = loadExample("unga-utanfor-investering.json");
    const text = caseFileText(c);
    expect(parseCase(JSON.parse(text))).toEqual(c);
    const opened = openCase(JSON.parse(text));
    if (!opened.ok) throw new Error(opened.message);
    expect(caseOf(opened.state)).toEqual({ ok: true, case: c });
    expect(caseFileName("Unga utanför – 16–24 år")).toBe("unga-utanfor-16-24-ar.json");
    expect(caseFileName("")).toBe("kalkyl.json");
  });

  test("an old saved state's analyses (the case's fields) open in the step's form", () => {
    const raw = rawExample("unga-utanfor-investering.json");
    const opened = openCase(raw);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.state.analyses.monteCarlo.rows).toHaveLength(4);
    expect(opened.state.analyses.monteCarlo.rows[1]).toMatchObject({ target: "a:relapse", min: "4", max: "15" });
    expect(opened.state.analyses.repayment).toMatchObject({ on: true, fund: "13 200 000", share: "50" });
  });

  test("comparison: the case becomes A and the state edits B", () => {
    const c = loadExample("arbetsmarknadskontoret.json");
    const s = startComparison(stateFromCase(c), c);
    expect(s.compare?.base).toBe(c);
    expect(s.basics.title).toBe(`${c.title} – alternativ B`);
    expect(s.step).toBe(1);
  });
});

describe("amounts the Swedish way", () => {
  test.each([
    ["1 234 567,50", 1234567.5],
    ["1234567.50", 1234567.5],
    ["1,5 mnkr", 1_500_000],
    ["10 Mkr", 10_000_000],
    ["250 tkr", 250_000],
    ["12 kr", 12],
    ["2,5 miljoner", 2_500_000],
  ])("%s → %d", (text, n) => expect(parseAmount(text)).toBe(n));

  test.each(["", "tio", "1,5 mn", "mnkr"])("'%s' is no amount", (text) => expect(parseAmount(text)).toBeUndefined());

  test("a word in an analysis field is named there, and what was typed is kept", () => {
    let s = stateFromCase(loadExample("unga-utanfor-investering.json"));
    s = { ...s, analyses: { ...s.analyses, repayment: { ...s.analyses.repayment, fund: "tretton miljoner" } } };
    expect(wizardErrors(s)[5]["repayment.fund"]).toBe("Fondens belopp: 'tretton miljoner' är inget tal.");
    expect(s.analyses.repayment.fund).toBe("tretton miljoner");
    expect(caseOf(s).ok).toBe(false);
  });
});
