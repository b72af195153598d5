import "../helpers/customFunctionsRuntime";
import { excelError } from "../helpers/customFunctionsRuntime";
import * as F from "../../src/functions/functions";
import { assumptionsToRange, caseFromRanges, linesToRange, parseLines } from "../../src/functions/ranges";
import { buildReport, compute, perspectiveAt, num, validateCase, type Case, type Perspective } from "../../src/engine";
import { close, loadExample } from "../helpers/cases";

/**
 * Method v3 in the functions: Intagsår and Diskontering in the assumptions, amounts per year in
 * År columns, the figures over years 1..T (NPV & co with a year), NPVRATIO and KEYFIGURES; each
 * against the engine on the examples given as ranges, and errors that name the row and column.
 */

type Range = (string | number)[][];

/** The perspective argument of a report's perspective: its label, or the actor's name. */
function perspectiveArg(c: Case, p: string): string {
  if (p === "total") return "Totalt";
  if (p === "public") return "Offentlig sektor";
  if (p === "economic") return "Samhällsekonomiskt";
  return c.actors.find((a) => `actor:${a.id}` === p)!.name;
}

const EXAMPLES = ["tabell-4-3.json", "unga-i-arbete-lopande.json", "arbetsmarknadskontoret.json"];

describe.each(EXAMPLES)("%s as ranges: the figures over years 1..T equal the engine's", (name) => {
  const c = loadExample(name);
  const lines = linesToRange(c);
  const a = assumptionsToRange(c);
  const comp = compute(c);
  const r = buildReport(comp);
  // a range holds the actors of its lines only (an actor without lines is no perspective there)
  const inRange = (p: string) => !p.startsWith("actor:") || c.lines.some((l) => `actor:${l.actor}` === p);

  test("the ranges give the example's case back (yearly amounts, intake, timing, unit, participants)", () => {
    const back = caseFromRanges(lines, a).case;
    const idOf = (id: string) => c.actors.find((x) => x.id === id)!.name;
    const nameOf = (id: string) => back.actors.find((x) => x.id === id)!.name;
    expect(back.lines.map((l) => [nameOf(l.actor), l.yearlyAmounts, l.fromYear, l.toYear, l.amount])).toEqual(
      c.lines.map((l) => [idOf(l.actor), l.yearlyAmounts, l.fromYear, l.toYear, l.amount]),
    );
    expect(back.assumptions.intakeYears).toBe(c.assumptions.intakeYears);
    expect(back.assumptions.discountTiming).toBe(c.assumptions.discountTiming);
    expect(back.participants).toBe(c.participants);
    expect(back.unit === undefined ? undefined : nameOf(back.unit)).toBe(
      c.unit === undefined ? undefined : idOf(c.unit),
    );
    // the statement: the engine's, row by row
    const st = F.statement(lines, a);
    for (const actor of c.actors) {
      const row = st.find((x) => x[0] === actor.name);
      const e = r.statement.byActor[actor.id];
      if (c.lines.some((l) => l.actor === actor.id)) expect(row).toEqual([actor.name, e.revenue, e.cost, e.net]);
    }
    expect(st[st.length - 1][3]).toBe(r.statement.total);
  });

  test.each(Object.keys(r.perspectives).filter(inRange))(
    "%s: NPV, INVESTMENT, BENEFITS, ROI, NPVRATIO, BREAKEVEN at every milestone",
    (p) => {
      const arg = perspectiveArg(c, p);
      const acc = r.perspectives[p].accumulated;
      for (const T of r.milestones) {
        expect(close(F.npv(lines, a, arg, T), acc.npv[T - 1])).toBe(true);
        expect(close(F.investment(lines, a, arg, T), acc.investment[T - 1])).toBe(true);
        expect(close(F.benefits(lines, a, arg, T), acc.benefits[T - 1])).toBe(true);
        const at = perspectiveAt(comp, p as Perspective, T);
        if (at.roi === null) {
          expect(excelError(() => F.roi(lines, a, arg, T)).code).toBe("#N/A");
          expect(excelError(() => F.npvRatio(lines, a, arg, T)).message).toBe(
            `Ingen investering i perspektivet t.o.m. år ${T}; nettonuvärdeskvoten (NPV/I) saknas`,
          );
        } else {
          expect(close(F.roi(lines, a, arg, T), acc.benefits[T - 1] / acc.investment[T - 1])).toBe(true);
          expect(close(F.npvRatio(lines, a, arg, T), num(at.npvRatio!))).toBe(true);
          expect(close(F.npvRatio(lines, a, arg, T), acc.npv[T - 1] / acc.investment[T - 1])).toBe(true);
        }
        if (at.breakEvenYear === null) expect(excelError(() => F.breakEven(lines, a, arg, T)).code).toBe("#N/A");
        else expect(F.breakEven(lines, a, arg, T)).toBe(at.breakEvenYear);
      }
      // without a year: the horizon, the report's own figures
      expect(close(F.npv(lines, a, arg), r.perspectives[p].npv)).toBe(true);
      const ratio = r.perspectives[p].npvRatio;
      if (ratio === null) expect(excelError(() => F.npvRatio(lines, a, arg)).code).toBe("#N/A");
      else expect(close(F.npvRatio(lines, a, arg), ratio)).toBe(true);
    },
  );
});

describe("SUMMARY over years 1..4 (a mandatperiod)", () => {
  test.each(EXAMPLES)("%s: every row is the perspective's figures at year 4", (name) => {
    const c = loadExample(name);
    const lines = linesToRange(c);
    const a = assumptionsToRange(c);
    const r = buildReport(compute(c));
    const t = F.summary(lines, a, 4);
    expect(t[0]).toEqual(F.summary(lines, a)[0]);
    const inRange = Object.keys(r.perspectives).filter(
      (p) => !p.startsWith("actor:") || c.lines.some((l) => `actor:${l.actor}` === p),
    );
    expect(t).toHaveLength(inRange.length + 1);
    for (const row of t.slice(1)) {
      // SUMMARY's own row label ("Kommunen inkl. förvaltningar") is accepted as the perspective.
      const arg = String(row[0]);
      expect(row[3]).toBe(F.npv(lines, a, arg, 4));
      expect(row[1]).toBe(F.investment(lines, a, arg, 4));
      const be = row[5] === "Ingen" ? "#N/A" : row[5];
      expect(be === "#N/A" ? excelError(() => F.breakEven(lines, a, arg, 4)).code : F.breakEven(lines, a, arg, 4)).toBe(
        be,
      );
    }
  });
});

describe("KEYFIGURES: Table 4.1", () => {
  const TABLE_4_1: [string, number][] = [
    ["Intäkter", 18823000],
    ["Kostnader", 22743000],
    ["Resultat", -3920000],
    ["Antal personer", 459],
    ["Antal i arbete/med utfall", 218],
  ];
  const rounded = (t: (string | number)[][], label: string) =>
    Math.round(Number(t.find((row) => row[0] === label)![1]));

  test("tabell-4-3: the unit from the assumptions' Enhet, participants from Antal deltagare", () => {
    const c = loadExample("tabell-4-3.json");
    const a = assumptionsToRange(c);
    expect(a).toContainEqual(["Enhet", "Arbetsmarknadskontoret"]);
    expect(a).toContainEqual(["Antal deltagare", 459]);
    const t = F.keyFigures(linesToRange(c), a);
    expect(t[0]).toEqual(["Nyckeltal", "Arbetsmarknadskontoret"]);
    for (const [label, v] of TABLE_4_1) expect(t.find((row) => row[0] === label)![1]).toBe(v);
    expect(rounded(t, "Kostnad per person")).toBe(49549);
    expect(rounded(t, "Kostnad per person med utfall")).toBe(104326);
    expect(t.find((row) => row[0] === "Över budget (andel av intäkterna)")![1]).toBeCloseTo(3920000 / 18823000, 12);
    expect(t.find((row) => row[0] === "Andel med utfall")![1]).toBeCloseTo(218 / 459, 12);
    const k = buildReport(compute(c)).keyFigures!;
    expect(t.slice(1).map((row) => row[1])).toEqual([
      k.revenue,
      k.cost,
      k.result,
      k.overrunShare,
      k.participants,
      k.costPerParticipant,
      k.successes,
      k.costPerSuccess,
      k.successShare,
    ]);
  });

  test("Table 4.2 without Enhet: the actor and the participants as arguments; without participants, blanks", () => {
    const c = loadExample("arbetsmarknadskontoret.json");
    const { unit: _unit, participants: _n, ...plain } = c;
    const lines = linesToRange(plain as Case);
    const a = assumptionsToRange(plain as Case);
    expect(a.some((row) => row[0] === "Enhet")).toBe(false);
    const unitName = c.actors.find((x) => x.id === c.unit)!.name;
    const t = F.keyFigures(lines, a, unitName, 459);
    for (const [label, v] of TABLE_4_1) expect(t.find((row) => row[0] === label)![1]).toBe(v);
    expect(rounded(t, "Kostnad per person")).toBe(49549);
    const without = F.keyFigures(lines, a, unitName);
    expect(without.find((row) => row[0] === "Antal personer")![1]).toBe("");
    expect(without.find((row) => row[0] === "Kostnad per person")![1]).toBe("");
    expect(rounded(without, "Kostnad per person med utfall")).toBe(104326);
    expect(excelError(() => F.keyFigures(lines, a)).message).toMatch(
      /^Aktör: ange enheten vars nyckeltal ska visas .*eller raden Enhet i antagandena$/,
    );
    expect(excelError(() => F.keyFigures(lines, a, "Arbetsmarknadskontor")).message).toBe(
      "Aktör: 'Arbetsmarknadskontor' finns inte bland posternas aktörer; menade du 'Arbetsmarknadskontoret'?",
    );
  });
});

const HEADER = ["Aktör", "Riktning", "Kostnadslag", "Roll", "Bas", "Belopp", "Från år", "Till år"];
const BASE: Range = [
  ["Horisont", 5],
  ["Diskonteringsränta", 0.04],
  ["Antal med utfall", 10],
];
/** The engine's case of the same lines and assumptions, validated. */
function engineCase(lines: Record<string, unknown>[], assumptions: Record<string, unknown>, extra = {}): Case {
  const v = validateCase({
    title: "t",
    priceYear: 2020,
    ...extra,
    actors: [
      { id: "kommunen", name: "Kommunen", kind: "public" },
      { id: "regionen", name: "Regionen", kind: "public" },
    ],
    assumptions: { horizon: 5, discountRate: 0.04, successes: 10, ...assumptions },
    lines,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.case;
}
const invest = { actor: "kommunen", direction: "cost", category: "real", role: "investment", amount: 1000, toYear: 1 };
const INVEST = ["Kommunen", "Kostnad", "Real", "Insats", "Totalt", 1000, 1, 1];
const PER_SUCCESS = ["Regionen", "Intäkt", "Finansiell", "Effekt", "Per person", 100, 1, 5];
const perSuccessNoAmount = { actor: "regionen", direction: "revenue", category: "financial", basis: "perSuccess" };
const perSuccess = { ...perSuccessNoAmount, amount: 100 };

describe("the assumptions range: Intagsår and Diskontering", () => {
  test.each([
    ["Slutet av året", "endOfYear"],
    ["slutet", "endOfYear"],
    ["år 1 diskonteras", "endOfYear"],
    ["End of year", "endOfYear"],
    ["Början av året", "startOfYear"],
    ["årets början", "startOfYear"],
  ])("Diskontering | %s, Intagsår | 3: the engine's figures", (word, timing) => {
    const a = [...BASE, ["Intagsår", 3], ["Diskontering", word]];
    const c = engineCase([invest, perSuccess], { intakeYears: 3, discountTiming: timing });
    const r = buildReport(compute(c));
    for (const T of [1, 4, 5]) {
      expect(
        close(F.npv([HEADER, INVEST, PER_SUCCESS], a, "Totalt", T), r.perspectives.total.accumulated.npv[T - 1]),
      ).toBe(true);
    }
    expect(F.npv([HEADER, INVEST, PER_SUCCESS], a)).not.toBeCloseTo(F.npv([HEADER, INVEST, PER_SUCCESS], BASE), 3);
  });

  test("Diskontering with a number is the discount rate, as before", () => {
    const a: Range = [
      ["Horisont", 5],
      ["Diskontering", 0.04],
      ["Antal med utfall", 10],
    ];
    expect(F.npv([HEADER, INVEST, PER_SUCCESS], a)).toBe(F.npv([HEADER, INVEST, PER_SUCCESS], BASE));
  });

  test.each([
    [
      [...BASE, ["Diskontering", "mitten"]],
      "Antaganden rad 4, Diskontering: 'mitten' känns inte igen; ange Början av året eller Slutet av året (Slutet av året: år 1 diskonteras)",
    ],
    [
      [...BASE, ["Intagsår", "fem"]],
      "Antaganden rad 4, Intagsår: 'fem' är inget tal; ange antal år med nytt intag, t.ex. 5",
    ],
    [[...BASE, ["Intagsår", 2], ["Intagsår", 3]], "Antaganden rad 5: Intagsår står redan på rad 4"],
    [
      [...BASE, ["Enhet", "Kommun X"]],
      "Antaganden rad 4, Enhet: 'Kommun X' finns inte bland posternas aktörer; menade du 'Kommunen'?",
    ],
  ])("%j: %s", (a, message) => {
    expect(excelError(() => F.npv([HEADER, INVEST, PER_SUCCESS], a as Range)).message).toBe(message);
  });

  test("the engine's own rules name the row: Intagsår beyond the horizon", () => {
    const e = excelError(() => F.npv([HEADER, INVEST, PER_SUCCESS], [...BASE, ["Intagsår", 9]]));
    expect(e.message).toMatch(/^Antaganden rad 4, Intagsår: /);
    const n = excelError(() => F.npv([HEADER, INVEST, PER_SUCCESS], [...BASE, ["Antal deltagare", 2.5]]));
    expect(n.message).toMatch(/^Antaganden rad 4, Antal deltagare: /);
  });
});

describe("the lines range: amounts per year in År columns", () => {
  const Y_HEADER = [...HEADER, "År 1", "År 2", "År 3", "År 4", "År 5"];
  const pad = (row: (string | number)[]) => [...row, "", "", "", "", ""];

  test("a row with År cells takes them instead of Belopp; the engine's figures", () => {
    const lines = [
      Y_HEADER,
      pad(INVEST),
      ["Regionen", "Intäkt", "Finansiell", "Effekt", "Per person", "", "", "", 50, 120, 120, 0, ""],
    ];
    const c = engineCase([invest, { ...perSuccessNoAmount, yearlyAmounts: [50, 120, 120] }], {});
    const r = buildReport(compute(c));
    expect(parseLines(lines).lines[1]).toMatchObject({ yearlyAmounts: [50, 120, 120], fromYear: 1, toYear: 3 });
    for (const T of [1, 2, 3, 4, 5])
      expect(close(F.npv(lines, BASE, "Totalt", T), r.perspectives.total.accumulated.npv[T - 1])).toBe(true);
    expect(F.statement(lines, BASE)).toEqual(
      F.statement([HEADER, INVEST, ["Regionen", "Intäkt", "Finansiell", "Effekt", "Per person", 50, 1, 1]], BASE),
    );
  });

  test("Från år without Till år, an empty cell in between is 0, negative amounts without Riktning are a cost", () => {
    const lines = [
      ["Aktör", "Från år", "År 1", "År 2", "År 3", "År 4"],
      ["Kommunen", 2, "", -100, "", -300],
    ];
    expect(parseLines(lines).lines[0]).toMatchObject({
      direction: "cost",
      yearlyAmounts: [100, 0, 300],
      fromYear: 2,
      toYear: 4,
    });
  });

  test.each([
    [
      [Y_HEADER, [...INVEST.slice(0, 5), 999, "", "", 10, 20, "", "", ""]],
      "Rad 2, Belopp: 999 skiljer sig från beloppet för år 1 (10); raden har belopp per år, lämna Belopp tom",
    ],
    [
      [Y_HEADER, [...INVEST.slice(0, 5), "", "", "", 10, "tio", "", "", ""]],
      "Rad 2, År 2: 'tio' är inget tal; ange beloppet i kronor för år 2",
    ],
    [
      [Y_HEADER, ["Kommunen", "", "Real", "Effekt", "Totalt", "", "", "", 10, -20, "", "", ""]],
      "Rad 2, År 2: beloppen per år har olika tecken (År 1 och År 2); ange Riktning och beloppen positiva, eller dela posten i två",
    ],
    [
      [Y_HEADER, ["Kommunen", "Intäkt", "Real", "Effekt", "Totalt", "", "", "", 10, -20, "", "", ""]],
      "Rad 2, År 2: -20 är negativt fast Riktning anger riktningen; ange beloppet positivt",
    ],
    [
      [Y_HEADER, ["Kommunen", "Intäkt", "Real", "Effekt", "Totalt", "", 2, "", 10, 20, "", "", ""]],
      "Rad 2, År 1: ett belopp för år 1 men Från år är 2; ta bort beloppet eller ändra Från år",
    ],
    [
      [Y_HEADER, ["Kommunen", "Intäkt", "Real", "Effekt", "Totalt", "", "", 1, 10, 20, "", "", ""]],
      "Rad 2, År 2: ett belopp för år 2 men Till år är 1; ta bort beloppet eller ändra Till år",
    ],
    [
      [
        ["Aktör", "År 1", "År 2", "År 4"],
        ["Kommunen", 1, 2, 3],
      ],
      "Rubrikraden (rad 1): kolumnen för år 3 saknas mellan År 2 och År 4; belopp per år ska stå i en kolumn för varje år",
    ],
    [
      [
        ["Aktör", "År 1", "År 1"],
        ["Kommunen", 1, 2],
      ],
      "Rubrikraden (rad 1) har två kolumner för år 1 (kolumn 2 och 3)",
    ],
    [
      [
        ["Aktör", "År 1", "År 2"],
        ["Kommunen", "", ""],
      ],
      "Rad 2, År 1–År 2: inga belopp; ange beloppet i kronor för varje år posten gäller",
    ],
  ])("%j: %s", (lines, message) => {
    expect(excelError(() => F.statement(lines as Range)).message).toBe(message);
  });

  test("a row whose first År cell is beyond the horizon is named by that column", () => {
    const lines = [
      ["Aktör", "År 1", "År 2", "År 3", "År 4", "År 5", "År 6", "År 7"],
      ["Kommunen", "", "", "", "", "", "", 7],
    ];
    expect(excelError(() => F.npv(lines, BASE)).message).toBe("Rad 2, År 7: 7 är större än horisonten 5");
  });

  test("the engine's rules name the row and the År columns: yearly amounts beyond the horizon", () => {
    const lines = [
      ["Aktör", "År 1", "År 2", "År 3", "År 4", "År 5", "År 6"],
      ["Kommunen", 1, 1, 1, 1, 1, 1],
    ];
    expect(excelError(() => F.npv(lines, BASE)).message).toMatch(
      /^Rad 2, År 1–År 6: 6 belopp från år 1 slutar år 6, efter horisonten 5/,
    );
  });
});

describe("the year T", () => {
  const lines = [HEADER, INVEST, PER_SUCCESS];
  test.each([
    [6, "År: 6 är efter horisonten 5; ange ett år 1–5"],
    [2.5, "År: 2,5 är inget år; ange ett heltal 1–5 (t.ex. 4 för en mandatperiod)"],
    ["fyra", "År: 'fyra' är inget år; ange ett heltal 1–5 (t.ex. 4 för en mandatperiod)"],
  ])("%j is refused: %s", (T, message) => {
    for (const f of [F.npv, F.roi, F.investment, F.benefits, F.breakEven, F.npvRatio])
      expect(excelError(() => f(lines, BASE, undefined, T as number)).message).toBe(message);
  });
  test("left out (or 0, as Excel passes an empty cell): the horizon", () => {
    expect(F.npv(lines, BASE, undefined, 0)).toBe(F.npv(lines, BASE));
    expect(F.npv(lines, BASE, undefined, 5)).toBeCloseTo(F.npv(lines, BASE), 9);
  });
  test("BREAKEVEN up to T: none yet at year 1 (investment 1 500, 1 000 a year back)", () => {
    const l = [HEADER, ["Kommunen", "Kostnad", "Real", "Insats", "Totalt", 1500, 1, 1], PER_SUCCESS];
    expect(excelError(() => F.breakEven(l, BASE, undefined, 1)).message).toBe("Ingen break-even t.o.m. år 1");
    expect(F.breakEven(l, BASE, undefined, 2)).toBe(2);
  });
});
