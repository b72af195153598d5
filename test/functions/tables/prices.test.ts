import "../../helpers/customFunctionsRuntime";
import { excelError } from "../../helpers/customFunctionsRuntime";
import * as F from "../../../src/functions/functions";
import { assumptionsToRange, linesToRange } from "../../../src/functions/ranges";
import { BUILTIN_INDEXES, buildReport, catalogueEntry, compute, realPrice, num, type Case } from "../../../src/engine";
import { loadExample } from "../../helpers/cases";

/**
 * Method v2's functions: N* (BREAKEVENSUCCESSES), a catalogue unit cost (UNITCOST) and fasta
 * priser (REALPRICE), hand-computed and against the engine.
 */

const HEADER = ["Aktör", "Riktning", "Kostnadslag", "Roll", "Bas", "Belopp", "Från år", "Till år"];
const INVEST = ["Kommunen", "Kostnad", "Real", "Insats", "Totalt", 1000, 1, 1];
/** 100 kr per person med utfall and year, years 1–3, a financial effect. */
const PER_SUCCESS = ["Kommunen", "Intäkt", "Finansiell", "Effekt", "Per person", 100, 1, 3];

function assumptions(rate: number, extra: (string | number)[][] = []): (string | number)[][] {
  return [
    ["Horisont", 3],
    ["Diskonteringsränta", rate],
    ["Antal med utfall", 1],
    ["Återfall", 0],
    ["Avklingning", 0],
    ["Dödvikt", 0],
    ["Tillskrivning", 1],
    ["Undanträngning", 0],
    ["Real tillväxt", 0],
    ...extra,
  ];
}

describe("BREAKEVENSUCCESSES, hand-computed (I = 1000, 100 kr per person och år in years 1–3)", () => {
  test("undiscounted: b₁ = 300, N* = 1000 / 300", () => {
    const [[n]] = F.breakEvenSuccesses([HEADER, INVEST, PER_SUCCESS], assumptions(0));
    expect(n).toBeCloseTo(1000 / 300, 12);
  });
  test("a total-basis effect of 400 in year 1: N* = (1000 − 400) / 300 = 2, and 2 of 10 participants is 20 %", () => {
    const lines = [HEADER, INVEST, PER_SUCCESS, ["Kommunen", "Intäkt", "Real", "Effekt", "Totalt", 400, 1, 1]];
    expect(F.breakEvenSuccesses(lines, assumptions(0))).toEqual([[2]]);
    const [[n, rate]] = F.breakEvenSuccesses(lines, assumptions(0), "Offentlig sektor", 10);
    expect(n).toBeCloseTo(2, 12);
    expect(rate).toBeCloseTo(0.2, 12);
  });
  test("N* = 0 when the total-basis effects pay the investment (I − B₀ ≤ 0), also with participants", () => {
    const lines = [HEADER, INVEST, PER_SUCCESS, ["Kommunen", "Intäkt", "Real", "Effekt", "Totalt", 1000, 1, 1]];
    expect(F.breakEvenSuccesses(lines, assumptions(0))).toEqual([[0]]);
    expect(F.breakEvenSuccesses(lines, assumptions(0), undefined, 20)).toEqual([[0, 0]]);
  });
  test("none (#N/A, Swedish message naming the perspective) when b₁ ≤ 0", () => {
    const costly = [HEADER, INVEST, ["Kommunen", "Kostnad", "Finansiell", "Effekt", "Per person", 100, 1, 3]];
    const e = excelError(() => F.breakEvenSuccesses(costly, assumptions(0)));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/^Inget antal med utfall ger break-even i perspektivet Totalt/);
    // Samhällsekonomiskt counts real and production lines only: the financial effect gives b₁ = 0.
    const economic = excelError(() =>
      F.breakEvenSuccesses([HEADER, INVEST, PER_SUCCESS], assumptions(0), "Samhällsekonomiskt"),
    );
    expect(economic.code).toBe("#N/A");
    expect(economic.message).toContain("Samhällsekonomiskt");
  });
  test("a two-band schedule from the assumptions range: 0 % in year 2, 25 % from year 3 gives δ = 1, 1, 0,8 and N* = 1000 / 280", () => {
    const a = assumptions(0, [["Ränta från år 3", 0.25]]);
    const [[n]] = F.breakEvenSuccesses([HEADER, INVEST, PER_SUCCESS], a);
    expect(n).toBeCloseTo(1000 / 280, 12);
    expect(F.npv([HEADER, INVEST, PER_SUCCESS], a)).toBeCloseTo(280 - 1000, 9);
  });
  test("NPV at N* successes is 0 (the linear form of method.md)", () => {
    const a = assumptions(0.035, [["Ränta från år 3", 0.25]]);
    const [[n]] = F.breakEvenSuccesses([HEADER, INVEST, PER_SUCCESS], a);
    const atN = a.map((row) => (row[0] === "Antal med utfall" ? [row[0], n] : row));
    expect(Math.abs(F.npv([HEADER, INVEST, PER_SUCCESS], atN))).toBeLessThan(1e-9 * 1000);
  });
  test("participants: errors name the argument", () => {
    const l = [HEADER, INVEST, PER_SUCCESS];
    expect(excelError(() => F.breakEvenSuccesses(l, assumptions(0), undefined, 2.5)).message).toBe(
      "Deltagare: 2,5 är inget antal; ange antalet deltagare som ett heltal från 1",
    );
    expect(excelError(() => F.breakEvenSuccesses(l, assumptions(0), undefined, -3)).code).toBe("#VALUE!");
    const many = assumptions(0).map((r) => (r[0] === "Antal med utfall" ? [r[0], 30] : r));
    expect(excelError(() => F.breakEvenSuccesses(l, many, undefined, 20)).message).toBe(
      "Deltagare: 20 deltagare är färre än de 30 med utfall (Antal med utfall i antagandena)",
    );
    // Blank or 0 counts as left out, as for the other optional arguments.
    expect(F.breakEvenSuccesses(l, assumptions(0), undefined, 0)).toHaveLength(1);
    expect(F.breakEvenSuccesses(l, assumptions(0), undefined, 0)[0]).toHaveLength(1);
  });
});

describe("BREAKEVENSUCCESSES equals the engine's report", () => {
  const c42 = loadExample("arbetsmarknadskontoret.json");
  const lines = linesToRange(c42);
  const a = assumptionsToRange(c42);
  const report = buildReport(compute(c42));
  test.each([
    [undefined, "total"],
    ["Offentlig sektor", "public"],
    ["Samhällsekonomiskt", "economic"],
    ["Kommunen", "actor:kommun"],
    ["Försäkringskassan", "actor:forsakringskassan"],
  ] as const)("Table 4.2, perspective %s, with its 459 participants", (arg, key) => {
    const r = report.perspectives[key];
    const [[n, rate]] = F.breakEvenSuccesses(lines, a, arg, c42.participants);
    expect(n).toBe(r.breakEvenSuccesses);
    expect(rate).toBe(r.breakEvenSuccessRate);
  });
  test("Table 4.2: an actor with no successes that pay is #N/A, as the report's null", () => {
    expect(report.perspectives["actor:arbetsmarknadskontoret"].breakEvenSuccesses).toBeNull();
    expect(excelError(() => F.breakEvenSuccesses(lines, a, "Arbetsmarknadskontoret")).code).toBe("#N/A");
  });
  test("Table 4.2 over 60 years with the Green Book schedule: the range's schedule row gives the engine's figures", () => {
    const c: Case = {
      ...c42,
      assumptions: { ...c42.assumptions, horizon: 60, discountSchedule: "greenbook" },
      lines: c42.lines.map((l) => (l.toYear === c42.assumptions.horizon ? { ...l, toYear: 60 } : l)),
    };
    const r = buildReport(compute(c));
    const l60 = linesToRange(c);
    const range = assumptionsToRange(c);
    expect(range[range.length - 1]).toEqual(["Diskonteringsschema", "Green Book"]);
    expect(F.npv(l60, range)).toBe(r.perspectives.total.npv);
    expect(F.breakEvenSuccesses(l60, range, "Offentlig sektor")).toEqual([[r.perspectives.public.breakEvenSuccesses]]);
    // The flat rate over 60 years gives another figure: the schedule is used.
    const flat = buildReport(compute({ ...c, assumptions: { ...c.assumptions, discountSchedule: undefined } }));
    expect(Math.abs(flat.perspectives.total.npv - r.perspectives.total.npv)).toBeGreaterThan(1000);
  });
});

describe("REALPRICE (fasta priser)", () => {
  test("KPI by default, by hand from SCB's annual averages: 1 000 kr in 2015 is 1 000 · 403,70 / 313,35 in 2023", () => {
    expect(F.realPrice(1000, 2015, 2023)).toBeCloseTo((1000 * 403.7) / 313.35, 9);
    expect(F.realPrice(1000, 2023, 2015)).toBeCloseTo((1000 * 313.35) / 403.7, 9);
    expect(BUILTIN_INDEXES.KPI.values["2015"]).toBe(313.35);
    expect(BUILTIN_INDEXES.KPI.values["2023"]).toBe(403.7);
  });
  test("equals the engine's realPrice, also for KPI given as text", () => {
    const engine = num(realPrice(250_000, 2019, 2022, BUILTIN_INDEXES.KPI));
    expect(F.realPrice(250_000, 2019, 2022)).toBe(engine);
    expect(F.realPrice(250_000, 2019, 2022, [["KPI"]])).toBe(engine);
  });
  test("an index of one's own as two columns (year, value), header row allowed, rows in any order", () => {
    const index = [
      ["År", "Index"],
      [2026, 120.4],
      [2020, 100],
    ];
    expect(F.realPrice(500, 2020, 2026, index)).toBeCloseTo(602, 9);
    expect(F.realPrice(500, 2020, 2026, index.slice(1))).toBeCloseTo(602, 9);
  });
  test("the same year is the identity (no index value needed), negative amounts convert too", () => {
    expect(F.realPrice(1234.5, 2030, 2030)).toBe(1234.5);
    expect(F.realPrice(-1000, 2015, 2023)).toBeCloseTo((-1000 * 403.7) / 313.35, 9);
  });
  test.each([
    [() => F.realPrice(1000, 2015, 2024), "Till år: året 2024 saknas i prisindexet KPI (serien har 1980, 2006–2023)"],
    [() => F.realPrice(1000, 1995, 2023), "Från år: året 1995 saknas i prisindexet KPI (serien har 1980, 2006–2023)"],
    [
      () => F.realPrice(1000, "tjugo" as unknown as number, 2023),
      "Från år: 'tjugo' är inget årtal; ange ett år 1800–2200, t.ex. 2023",
    ],
    [() => F.realPrice(1000, 2015, 2023.5), "Till år: 2023,5 är inget årtal; ange ett år 1800–2200, t.ex. 2023"],
    [() => F.realPrice("x" as unknown as number, 2015, 2023), "Belopp: 'x' är inget tal; ange ett belopp i kronor"],
    [
      () => F.realPrice(1, 2015, 2023, [["PKV"]]),
      "Index: 'PKV' känns inte igen; ange KPI eller ett område med två kolumner: år och indextal",
    ],
    [
      () => F.realPrice(1, 2015, 2023, [[2015], [2023]]),
      "Index: ange KPI eller ett område med två kolumner: år och indextal",
    ],
    [
      () =>
        F.realPrice(1, 2015, 2023, [
          ["År", "Index"],
          [2015, 100],
          [2015, 101],
        ]),
      "Index rad 3: året 2015 står redan på rad 2",
    ],
    [
      () =>
        F.realPrice(1, 2015, 2023, [
          [2015, 100],
          [2023, -1],
        ]),
      "Index rad 2, år 2023: -1 är inget indextal större än 0",
    ],
    [
      () =>
        F.realPrice(1, 2015, 2023, [
          [2015, 100],
          [2023, ""],
        ]),
      "Index rad 2, år 2023: indextalet saknas",
    ],
    [
      () =>
        F.realPrice(1, 2015, 2023, [
          [2015, 100],
          [20.5, 3],
        ]),
      "Index rad 2: 20,5 är inget årtal; ange ett år 1800–2200, t.ex. 2023",
    ],
    [
      () => F.realPrice(1, 2015, 2023, [[2015, 100]]),
      "Till år: året 2023 saknas i prisindexet Index (eget område) (serien har 2015)",
    ],
  ])("error %#: %s", (call, message) => {
    const e = excelError(call);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(message);
  });
});

describe("UNITCOST (the built-in catalogue)", () => {
  const anstalt = catalogueEntry("kriminalvard-anstalt-dygn-2019")!;
  const riksnorm = catalogueEntry("riksnorm-2014-personliga-ensamstaende")!;
  test("without a price year: the amount per unit as the source gives it", () => {
    expect(anstalt).toMatchObject({ amount: 3202, unit: "day", priceYear: 2019 });
    expect(F.unitCost("kriminalvard-anstalt-dygn-2019")).toBe(3202);
    expect(F.unitCost("riksnorm-2014-personliga-ensamstaende")).toBe(riksnorm.amount);
    expect(F.unitCost("etableringsersattning-kartlaggning")).toBe(231);
  });
  test("indexed with KPI, by hand: 3 202 kr per dygn in 2019 is 3 202 · 403,70 / 334,26 in 2023", () => {
    expect(F.unitCost("kriminalvard-anstalt-dygn-2019", 2023)).toBeCloseTo((3202 * 403.7) / 334.26, 9);
    expect(F.unitCost("kriminalvard-anstalt-dygn-2019", 2019)).toBe(3202);
    expect(riksnorm).toMatchObject({ amount: 2950, priceYear: 2014 });
    expect(F.unitCost("riksnorm-2014-personliga-ensamstaende", 2023)).toBeCloseTo((2950 * 403.7) / 313.49, 9);
    expect(F.unitCost("riksnorm-2014-personliga-ensamstaende", 2023)).toBe(
      num(realPrice(2950, 2014, 2023, BUILTIN_INDEXES.KPI)),
    );
  });
  test("the id is matched case- and diacritics-insensitively", () => {
    expect(F.unitCost("Kriminalvård-Anstalt-Dygn-2019")).toBe(3202);
  });
  test("an unknown id names it, with the nearest id or what a search finds", () => {
    const near = excelError(() => F.unitCost("kriminalvard-anstalt-dygn-2018"));
    expect(near.code).toBe("#VALUE!");
    expect(near.message).toBe(
      "Id: 'kriminalvard-anstalt-dygn-2018' är inget kalkylvärde i den inbyggda katalogen; menade du 'kriminalvard-anstalt-dygn-2019'?",
    );
    expect(excelError(() => F.unitCost("anstalt")).message).toBe(
      "Id: 'anstalt' är inget kalkylvärde i den inbyggda katalogen; sökningen på 'anstalt' ger 'kriminalvard-anstalt-dygn-2019'",
    );
    expect(excelError(() => F.unitCost("qqqqqqqqqqqqqqqqqqqq")).message).toMatch(
      /^Id: 'qqqqqqqqqqqqqqqqqqqq' är inget kalkylvärde.*socinv catalogue/,
    );
    expect(excelError(() => F.unitCost(12 as unknown as string)).message).toMatch(/^Id: 12 är inget id/);
  });
  test("a price year KPI lacks, and a source without a price year, are errors naming them", () => {
    expect(excelError(() => F.unitCost("kriminalvard-anstalt-dygn-2019", 2024)).message).toBe(
      "Prisår: året 2024 saknas i prisindexet KPI (serien har 1980, 2006–2023)",
    );
    expect(excelError(() => F.unitCost("kriminalvard-anstalt-dygn-2019", 20.5)).message).toBe(
      "Prisår: 20,5 är inget årtal; ange ett år 1800–2200, t.ex. 2023",
    );
    expect(excelError(() => F.unitCost("etableringsersattning-kartlaggning", 2023)).message).toBe(
      "Prisår: kalkylvärdet 'etableringsersattning-kartlaggning' har inget prisår i sin källa och kan inte räknas om till 2023 års priser; utelämna prisåret för beloppet som källan anger det",
    );
  });
});
