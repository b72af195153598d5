import { buildReport, compute } from "../../src/engine";
import {
  addOwnActor,
  applyTemplate,
  assumptionText,
  caseOf,
  deserialize,
  fieldOf,
  initialState,
  openCase,
  parseAssumption,
  serialize,
  stateFromCase,
  stepErrors,
  toRawCase,
  wizardWords,
} from "../../src/taskpane/state";
import { previewOf } from "../../src/taskpane/steps/preview";
import { loadExample, rawExample } from "../helpers/cases";

describe("wizard state", () => {
  test("an example round-trips: state → case equals the example, preview equals the engine", () => {
    for (const name of [
      "arbetsmarknadskontoret.json",
      "unga-utanfor-investering.json",
      // Method v3: the unit, intake, timing and yearly amounts are carried through the wizard.
      "tabell-4-3.json",
      "unga-i-arbete-lopande.json",
    ]) {
      const c = loadExample(name);
      const st = stateFromCase(c);
      const back = caseOf(st);
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      expect(back.case).toEqual(c);
      const pv = previewOf(back.case);
      const r = buildReport(compute(c));
      expect(pv.total).toBe(r.statement.total);
      for (const p of pv.perspectives) {
        expect(p.npv).toBeCloseTo(r.perspectives[p.key].npv, 6);
        expect(p.breakEven).toBe(r.perspectives[p.key].breakEvenYear);
      }
    }
  });

  test("step 1 needs a template", () => {
    expect(stepErrors(initialState(), 0)).toEqual({ template: "Välj en mall eller ett exempel." });
  });

  test("Grunddata: title, price year, participants and successes", () => {
    const s = initialState();
    s.basics = { title: "", activity: "", municipality: "", priceYear: "20x5", participants: "tio", successes: "-1" };
    expect(stepErrors(s, 1)).toEqual({
      title: "Rubrik: är tom; ange en text",
      priceYear: "Prisår: ange prisåret som ett årtal, t.ex. 2025.",
      participants: "Antal deltagare: ange antalet som ett heltal.",
      successes: "Antal med utfall: -1 är utanför det tillåtna: 0–1000000000",
    });
    s.basics.successes = "tolv";
    expect(stepErrors(s, 1).successes).toBe("Antal med utfall: ange antalet som ett tal från 0.");
    s.basics = { ...s.basics, title: "T", priceYear: "2025", participants: "10", successes: "12" };
    expect(stepErrors(s, 1)).toEqual({
      successes: "Antal med utfall: 12 med utfall är fler än antalet deltagare, 10",
    });
    s.basics = { ...s.basics, priceYear: "24" };
    expect(stepErrors(s, 1).priceYear).toBe("Prisår: 24 är mindre än 1900; tillåtet är 1900–2200");
  });

  test("Poster: Swedish amounts are accepted, words and negative amounts are not", () => {
    const s = applyTemplate(initialState(), "investering");
    s.lines = s.lines.slice(0, 2);
    s.lines[0].amount = "1 234 567,50";
    s.lines[1].amount = "tolv";
    const e = stepErrors(s, 3);
    expect(Object.values(e)).toEqual(["Post 2, Belopp: 'tolv' är inget belopp; skriv t.ex. 1 234 567,50."]);
    s.lines[1].amount = "-5";
    expect(Object.values(stepErrors(s, 3))).toEqual([
      "Post 2, Belopp: -5 är negativt; ange beloppet positivt och välj riktningen Kostnad eller Intäkt",
    ]);
    s.lines[1].amount = "5";
    s.lines[1].toYear = "25";
    expect(Object.values(stepErrors(s, 3))).toEqual(["Post 2, Till år: 25 är större än horisonten 20"]);
    s.lines[1].toYear = "två";
    expect(Object.values(stepErrors(s, 3))).toEqual(["Post 2, Till år: ska vara ett heltal från 1."]);
    expect((toRawCase(s).lines as { amount: number }[])[0].amount).toBe(1234567.5);
  });

  test("Antaganden: percent as typed, ranges checked", () => {
    expect(parseAssumption("discountRate", "3,5")).toBeCloseTo(0.035, 12);
    expect(parseAssumption("relapse", "10 %")).toBeCloseTo(0.1, 12);
    expect(assumptionText("discountRate", 0.035)).toBe("3,5");
    expect(assumptionText("horizon", 20)).toBe("20");
    const s = initialState();
    s.assumptions = { ...s.assumptions, relapse: "150", horizon: "0", discountRate: "x" };
    expect(stepErrors(s, 4)).toEqual({
      relapse: "Återfall: 150 % är utanför det tillåtna: 0–100 %",
      horizon: "Horisont: 0 är utanför det tillåtna: 1–100",
      discountRate: "Diskonteringsränta: 'x' är inget tal.",
    });
  });

  test("Aktörer: own units under kommun, unique names, a deselected actor with lines is refused", () => {
    let s = applyTemplate(initialState(), "bokslut");
    s = addOwnActor(s, "Socialförvaltningen", "kommun");
    expect(s.actors.find((a) => a.name === "Socialförvaltningen")).toMatchObject({
      id: "socialforvaltningen",
      parent: "kommun",
      selected: true,
    });
    s = { ...s, actors: s.actors.map((a) => (a.id === "kommun" ? { ...a, selected: false } : a)) };
    const e = stepErrors(s, 2);
    expect(e["actor.kommun.selected"]).toBe("Kommunen har poster; ta bort dem först eller behåll aktören.");
    expect(e["actor.verksamheten.parent"]).toBe("Verksamheten, ingår i: Kommunen finns inte bland kalkylens aktörer");
    const none = { ...s, actors: s.actors.map((a) => ({ ...a, selected: false })) };
    expect(stepErrors(none, 2).actors).toBe("Välj minst en aktör.");
  });

  test("state survives serialisation; garbage is ignored", () => {
    const s = stateFromCase(loadExample("arbetsmarknadskontoret.json"));
    expect(deserialize(serialize(s))).toEqual(s);
    expect(deserialize("{not json")).toBeUndefined();
    expect(deserialize(JSON.stringify({ version: 2 }))).toBeUndefined();
  });

  test("an engine path maps to its step and field, in the wizard's words", () => {
    let s = applyTemplate(initialState(), "bokslut");
    s = { ...s, actors: s.actors.map((a) => (a.id === "region" ? { ...a, selected: false } : a)) };
    // actors[i] counts the selected actors only, as in the case the wizard builds
    const third = s.actors.filter((a) => a.selected)[2];
    expect(third.id).not.toBe(s.actors[2].id);
    expect(fieldOf("actors[2].name", s)).toEqual({ step: 2, key: `actor.${third.id}.name` });
    expect(wizardWords("actors[2].parent", s)).toBe(`${third.name}, ingår i`);
    expect(fieldOf("lines[3].toYear", s)).toEqual({ step: 3, key: `line.${s.lines[3].key}.toYear` });
    expect(wizardWords("lines[3].toYear", s)).toBe("Post 4, Till år");
    expect(wizardWords("lines[0].basis", s)).toBe("Post 1, Bas");
    expect(fieldOf("assumptions.discountRate", s)).toEqual({ step: 4, key: "discountRate" });
    expect(wizardWords("assumptions.discountRate", s)).toBe("Diskonteringsränta");
    expect(fieldOf("assumptions.successes", s)).toEqual({ step: 1, key: "successes" });
    expect(fieldOf("title", s)).toEqual({ step: 1, key: "title" });
    expect(wizardWords("title", s)).toBe("Rubrik");
    // the analyses' paths belong to the step Känslighet och fördelning
    expect(fieldOf("scenarios[0].name", s)).toEqual({ step: 5, key: "scenarios[0].name" });
    expect(wizardWords("scenarios[0].name", s)).toBe("Scenario 1");
    expect(fieldOf("monteCarlo.distributions[1].assumption", s)).toEqual({
      step: 5,
      key: "monteCarlo.distributions[1].target",
    });
    expect(wizardWords("repayment.fund", s)).toBe("Fondens belopp");
    expect(wizardWords("monteCarlo.distributions[0].mode", s)).toBe("Fördelning 1, typvärde");
  });

  test("a valid case opens at Grunddata, as the examples do", () => {
    const opened = openCase(rawExample("unga-utanfor-investering.json"));
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.state.step).toBe(1);
    expect(caseOf(opened.state)).toEqual({ ok: true, case: loadExample("unga-utanfor-investering.json") });
  });
});

describe("a line's source through the wizard", () => {
  test("a case file's lines[i].source survives opening and saving", () => {
    const c = loadExample("arbetsmarknadskontoret.json");
    const withSource = { ...c, lines: c.lines.map((l, i) => (i === 0 ? { ...l, source: "Årsredovisning 2016" } : l)) };
    const back = caseOf(stateFromCase(withSource));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.case.lines[0].source).toBe("Årsredovisning 2016");
    expect(back.case.lines[1].source).toBeUndefined();
  });
});
