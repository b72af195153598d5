/**
 * Issue 21 in the wizard's state, without React: numbers read as meant and said back, plausibility
 * warnings naming the likely intent, a blank Till år kept absent through save and reopen, Monte
 * Carlo ready on its defaults, the unit typed in Grunddata as the unit actor, and who invests,
 * who gains and when per actor from the engine's actor perspectives.
 */
import { buildReport, compute } from "../../../src/engine";
import {
  amountReadBack,
  applyTemplate,
  caseFileOf,
  caseOf,
  countReadBack,
  defaultDistribution,
  initialState,
  openCase,
  parseAmount,
  percentReadBack,
  readAmount,
  withActivity,
  type WizardState,
} from "../../../src/taskpane/state";
import { actorsOf } from "../../../src/taskpane/steps/preview";
import { yearsText } from "../../../src/taskpane/steps/LineSummary";

/** The Ungdomsjobb case: 60 participants, 20 in work, amounts typed as people type them. */
function ungdomsjobb(): WizardState {
  let s = applyTemplate(initialState(), "investering");
  s = withActivity(s, "Ungdomsjobb");
  s = {
    ...s,
    template: "investering",
    basics: { ...s.basics, title: "Ungdomsjobb", participants: "60", successes: "20" },
  };
  const amounts = ["1,5 mnkr", "98.000", "12 000 kr", "280000"];
  return { ...s, lines: s.lines.map((l, i) => ({ ...l, amount: amounts[i] })) };
}

describe("numbers read as meant", () => {
  test.each([
    ["98.000", 98000, true],
    ["1.234", 1234, true],
    ["1.234.567", 1234567, false],
    ["1.234,50", 1234.5, false],
    ["1.5", 1.5, false],
    ["0.035", 0.035, false],
    ["1,5 mnkr", 1500000, false],
    ["250 tkr", 250000, false],
    ["12 000 kr", 12000, false],
    ["98 000", 98000, false],
    ["3,5", 3.5, false],
  ])("%s is %d (a note: %s)", (text, value, noted) => {
    const r = readAmount(text);
    expect(r.value).toBe(value);
    expect(Boolean(r.note)).toBe(noted);
    expect(parseAmount(text)).toBe(value);
  });

  test("what was read is said back, and 98.000 says how it was read", () => {
    expect(amountReadBack("98.000", "kr per år")).toEqual({
      text: "= 98 000 kr per år",
      warning: "98.000 lästes som 98 000 (punkten som tusentalsavgränsare). Menade du 98,000, skriv det med komma.",
    });
    expect(amountReadBack("1,5 mnkr")).toEqual({ text: "= 1 500 000 kr" });
    expect(amountReadBack("")).toBeUndefined();
    expect(amountReadBack("tolv")).toBeUndefined();
    expect(countReadBack("60", "deltagare")).toEqual({ text: "= 60 deltagare" });
  });

  test("implausible assumptions are warned about, naming the likely intent", () => {
    expect(percentReadBack("discountRate", "0,035")?.warning).toBe(
      "0,035 % är ovanligt lågt för diskonteringsränta – menade du 3,5 %? (ASEK och Green Book använder 3,5 %).",
    );
    expect(percentReadBack("discountRate", "3,5")).toEqual({ text: "= 3,5 %" });
    expect(percentReadBack("discountRate", "25")?.warning).toMatch(/^25 % är ovanligt högt för diskonteringsränta/);
    expect(percentReadBack("relapse", "95")?.warning).toMatch(/^95 % är ovanligt högt för återfall/);
    expect(percentReadBack("relapse", "10")).toEqual({ text: "= 10 %" });
    expect(percentReadBack("horizon", "20")).toEqual({ text: "= 20 år" });
  });

  test("98.000 in a case is 98 000 kr, never 98", () => {
    const r = caseOf(ungdomsjobb());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.case.lines.map((l) => l.amount)).toEqual([1500000, 98000, 12000, 280000]);
  });
});

describe("nothing lost", () => {
  test("a blank Till år stays absent through save and reopen, and follows a new horizon", () => {
    const file = caseFileOf(ungdomsjobb());
    expect(file.complete).toBe(true);
    expect(file.name).toBe("ungdomsjobb.json");
    const raw = JSON.parse(file.text);
    expect(raw.lines[0].toYear).toBe(3);
    for (const l of raw.lines.slice(1)) expect(l).not.toHaveProperty("toYear");
    const opened = openCase(raw);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.state.lines.map((l) => l.toYear)).toEqual(["3", "", "", ""]);
    const longer = { ...opened.state, assumptions: { ...opened.state.assumptions, horizon: "30" } };
    const r = caseOf(longer);
    expect(r.ok && r.case.lines.slice(1).every((l) => l.toYear === 30)).toBe(true);
  });

  test("an unfinished case is saved too, as typed", () => {
    const s = { ...ungdomsjobb(), basics: { ...ungdomsjobb().basics, title: "" } };
    const f = caseFileOf(s);
    expect(f.complete).toBe(false);
    expect(f.name).toBe("kalkyl.json");
    expect(JSON.parse(f.text).lines).toHaveLength(4);
  });
});

test("Monte Carlo switched on is ready: successes ±25 % triangular, and the case validates", () => {
  const s = ungdomsjobb();
  const d = defaultDistribution(20, s.lines);
  expect(d).toMatchObject({ target: "a:successes", type: "triangular", min: "15", mode: "20", max: "25" });
  const on = { ...s, analyses: { ...s.analyses, monteCarlo: { ...s.analyses.monteCarlo, on: true, rows: [d] } } };
  const r = caseOf(on);
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.case.monteCarlo).toMatchObject({ iterations: 10000, seed: 20261123 });
  // without successes: the first effect line's amount
  const noSuccesses = defaultDistribution(
    undefined,
    s.lines.map((l) => ({ ...l, amount: "1 000" })),
  );
  expect(noSuccesses).toMatchObject({ target: `l:${s.lines[1].key}`, min: "750", mode: "1 000", max: "1 250" });
});

test("the unit typed in Grunddata is the unit actor: no leftover Verksamheten", () => {
  const s = ungdomsjobb();
  expect(s.actors.filter((a) => a.id === "verksamheten").map((a) => a.name)).toEqual(["Ungdomsjobb"]);
  expect(s.actors.some((a) => a.name === "Verksamheten")).toBe(false);
  expect(withActivity(s, " ").actors.find((a) => a.id === "verksamheten")!.name).toBe("Verksamheten");
  // typed before the template was chosen
  const typed = withActivity(initialState(), "Fritidsgården");
  expect(applyTemplate(typed, "bokslut").actors[0].name).toBe("Fritidsgården");
});

test("who invests, who gains, when: each actor's row is the engine's actor perspective", () => {
  const r = caseOf(ungdomsjobb());
  if (!r.ok) throw new Error("invalid");
  const report = buildReport(compute(r.case));
  const { rows, without } = actorsOf(r.case);
  const kommun = rows.find((x) => x.id === "kommun")!;
  expect(kommun.units).toEqual(["Ungdomsjobb"]);
  const p = report.perspectives["actor:kommun"];
  expect([kommun.investment, kommun.benefits, kommun.npv, kommun.breakEven]).toEqual([
    p.investment,
    p.benefits,
    p.npv,
    p.breakEvenYear,
  ]);
  // Kommunen pays nothing itself: the investment is its unit's
  expect(kommun.investment).toBe(report.perspectives["actor:verksamheten"].investment);
  expect(without).toEqual(["Försäkringskassan", "Arbetsförmedlingen", "Rättsväsendet", "Individen", "Övriga"]);
  expect(rows.map((x) => x.id)).not.toContain("forsakringskassan");
});

test("a line's years in words", () => {
  expect(yearsText("", "1")).toBe("år 1");
  expect(yearsText("1", "3")).toBe("år 1–3");
  expect(yearsText("2", "")).toBe("år 2 till horisonten");
});
