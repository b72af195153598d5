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
import { reindexCarried, reindexingText, undoCarriedReindexing, type WizardState } from "../../../src/taskpane/state";

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
    // KPI has neither 2026 nor 2027: the amounts are as they were, and that is said
    expect(r.case.lines).toEqual(c.lines);
    expect(s.reopened?.reindexed).toEqual({
      from: 2026,
      to: 2027,
      index: "KPI",
      changes: [],
      missing: "året 2026 saknas i prisindexet KPI; året 2027 saknas i prisindexet KPI",
    });
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

describe("carrying forward re-indexes the amounts typed in the old price year", () => {
  const carried = (file: string, sheet = "Revision"): WizardState =>
    carryForward({ ...stateFromCase(loadExample(file)), reopened: { sheet } });

  test("KPI 2017→2018 (322,11 → 328,40): every plain amount, to the öre, and said", () => {
    const c = loadExample("arbetsmarknadskontoret.json");
    const s = carried("arbetsmarknadskontoret.json");
    const r = s.reopened!.reindexed!;
    expect(reindexingText(r)).toBe("KPI 2017→2018: +2,0 %");
    expect(r.change).toBeCloseTo(328.4 / 322.11 - 1, 12);
    expect(s.lines[0].amount).toBe("23 187 113,72"); // 22 743 000 · 328,40 / 322,11
    expect(r.changes[0]).toEqual({
      slot: `line.${s.lines[0].key}.amount`,
      where: "Post 1 (Verksamhetens kostnader), Belopp",
      before: "22 743 000",
      after: "23 187 113,72",
    });
    expect(r.changes).toHaveLength(c.lines.length);
    const out = caseOf(s);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.case.priceYear).toBe(2018);
    out.case.lines.forEach((l, i) => expect(l.amount).toBeCloseTo((c.lines[i].amount * 328.4) / 322.11, 2));
  });

  test("belopp per år (method v3) are re-indexed one by one", () => {
    const c = loadExample("tabell-4-3.json");
    const s = carried("tabell-4-3.json");
    const yearly = c.lines.map((l, i) => i).filter((i) => c.lines[i].yearlyAmounts);
    expect(yearly.length).toBeGreaterThan(0);
    expect(s.lines[yearly[0]].yearlyAmounts?.[0]).toBe(
      // 328,40 / 322,11 to the öre, as typed back
      s.reopened!.reindexed!.changes.find((x) => x.slot === `line.${s.lines[yearly[0]].key}.yearly.0`)!.after,
    );
    const out = caseOf(s);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    for (const i of yearly)
      out.case.lines[i].yearlyAmounts!.forEach((a, j) =>
        expect(a).toBeCloseTo((c.lines[i].yearlyAmounts![j] * 328.4) / 322.11, 2),
      );
  });

  test("a line with a unit cost is left to the engine; KPI lacking 2024 leaves every amount as it was", () => {
    const c = loadExample("kriminalvard-kalkylvarden.json");
    const s = carried("kriminalvard-kalkylvarden.json");
    expect(s.reopened?.reindexed?.missing).toBe("året 2024 saknas i prisindexet KPI");
    expect(s.lines.map((l) => [l.amount, l.unitCost, l.quantity])).toEqual(
      stateFromCase(c).lines.map((l) => [l.amount, l.unitCost, l.quantity]),
    );
  });

  test("KPI fetched afterwards (with the new year) re-indexes lines, Monte Carlo on a line, the fund and follow-up, and becomes the case's index", () => {
    const s = carried("unga-utanfor-investering.json");
    // a TEST series, not SCB's figures: 2026 = 100, 2027 = 103
    const series = { name: "KPI (test)", base: "test", source: "testserie", values: { "2026": 100, "2027": 103 } };
    const { state, report } = reindexCarried(s, series);
    expect(report && reindexingText(report)).toBe("KPI 2026→2027: +3,0 %");
    expect(state.priceIndex).toBe(series);
    expect(state.analyses.repayment.fund).toBe("13 596 000");
    const fu = state.analyses.followUp.rows[0];
    expect(Object.values(fu.investment)).toEqual(["2 832 500"]);
    const mc = state.analyses.monteCarlo.rows.find((r) => r.target.startsWith("l:"))!;
    expect([mc.min, mc.max]).toEqual(["257 500", "360 500"]);
    const wheres = report!.changes.map((c) => c.where);
    expect(wheres).toContain("Återföring, Fondens belopp");
    expect(wheres.some((w) => w.startsWith("Uppföljning år 1, faktisk insats Post 1"))).toBe(true);
    const out = caseOf(state);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.case.priceYear).toBe(2027);
    // a series without the new year changes nothing
    const short = { ...series, values: { "2026": 100 } };
    expect(reindexCarried(s, short).state).toBe(s);
    expect(reindexCarried(s, short).report?.missing).toBe("året 2027 saknas i prisindexet KPI (test)");
  });

  test("Ångra omräkningen: each amount back as typed, one changed since is kept and named", () => {
    const before = stateFromCase(loadExample("arbetsmarknadskontoret.json"));
    const s = carried("arbetsmarknadskontoret.json");
    const edited = { ...s, lines: s.lines.map((l, i) => (i === 1 ? { ...l, amount: "19 000 000" } : l)) };
    const { state, kept } = undoCarriedReindexing(edited);
    expect(kept).toEqual(["Post 2 (Budgetanslag från kommunen), Belopp"]);
    expect(state.lines.map((l) => l.amount)).toEqual(before.lines.map((l, i) => (i === 1 ? "19 000 000" : l.amount)));
    expect(state.reopened?.reindexed?.undone).toBe(true);
    // a second undo does nothing
    expect(undoCarriedReindexing(state).state).toBe(state);
  });
});
