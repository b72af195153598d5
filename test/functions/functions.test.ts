import "../helpers/customFunctionsRuntime";
import { excelError } from "../helpers/customFunctionsRuntime";
import * as F from "../../src/functions/functions";
import { linesToRange, assumptionsToRange } from "../../src/functions/ranges";
import { buildReport, compute } from "../../src/engine";
import { loadExample } from "../helpers/cases";

const c42 = loadExample("arbetsmarknadskontoret.json");
const lines42 = linesToRange(c42);
const assumptions42 = assumptionsToRange(c42);
const report42 = buildReport(compute(c42));

describe("Table 4.2 entered as a range", () => {
  const expected: [string, number][] = [
    ["Arbetsmarknadskontoret", -3_920_000],
    ["Arbetsförmedlingen", -12_960_000],
    ["Försäkringskassan", 5_513_400],
    ["Landstinget", 4_900_800],
    ["Rättsväsendet", 1_021_000],
    ["Produktionsvärde", 16_023_000],
  ];
  test.each(expected)("NETBYACTOR(%s) matches the method page", (name, net) => {
    expect(F.netByActor(lines42, name, undefined, assumptions42)).toEqual([[net]]);
  });
  test("NETBYACTOR(Kommunen) includes its arbetsmarknadskontor (23 438 864 − 3 920 000)", () => {
    expect(F.netByActor(lines42, "kommunen", undefined, assumptions42)).toEqual([[23_438_864 - 3_920_000]]);
  });
  test("NETBYACTOR without an actor spills Aktör | Netto with Summa", () => {
    const t = F.netByActor(lines42, undefined, undefined, assumptions42);
    expect(t[0]).toEqual(["Aktör", "Netto"]);
    expect(t[t.length - 1]).toEqual(["Summa", 34_017_064]);
    expect(t).toContainEqual(["Kommunen", 23_438_864]);
    expect(t).toHaveLength(2 + 7); // header, 7 actors with lines (Övriga has none in the range), Summa
  });
  test("STATEMENT spills the resultaträkning", () => {
    const t = F.statement(lines42, assumptions42);
    expect(t[0]).toEqual(["Aktör", "Intäkt", "Kostnad", "Netto"]);
    expect(t).toContainEqual(["Kommunen", 42_261_864, 18_823_000, 23_438_864]);
    expect(t).toContainEqual(["Arbetsförmedlingen", 3_063_000, 16_023_000, -12_960_000]);
    expect(t[t.length - 1][0]).toBe("Summa");
    expect(t[t.length - 1][3]).toBe(34_017_064);
  });
  test("NPV, ROI, BREAKEVEN, INVESTMENT, BENEFITS equal the engine's report per perspective", () => {
    for (const [arg, key] of [
      [null, "total"],
      ["Offentlig sektor", "public"],
      ["samhällsekonomiskt", "economic"],
      ["Kommunen", "actor:kommun"],
    ] as const) {
      const r = report42.perspectives[key];
      expect(F.npv(lines42, assumptions42, arg ?? undefined)).toBeCloseTo(r.npv, 6);
      expect(F.investment(lines42, assumptions42, arg ?? undefined)).toBeCloseTo(r.investment, 6);
      expect(F.benefits(lines42, assumptions42, arg ?? undefined)).toBeCloseTo(r.benefits, 6);
      expect(F.roi(lines42, assumptions42, arg ?? undefined)).toBeCloseTo(r.roi!, 10);
      expect(F.breakEven(lines42, assumptions42, arg ?? undefined)).toBe(r.breakEvenYear);
    }
  });
  test("PROJECTION (default: accumulated, by actor, discounted) equals the engine", () => {
    const t = F.projection(lines42, assumptions42);
    expect(t).toHaveLength(21);
    expect(t[0][0]).toBe("År");
    expect(t[0][t[0].length - 1]).toBe("Summa");
    const col = (t[0] as string[]).indexOf("Kommunen");
    expect(t[20][col]).toBeCloseTo(report42.projection.accumulatedByActor.kommun[19], 6);
    expect(t[1][t[0].length - 1]).toBeCloseTo(34_017_064, 6);
  });
  test("PROJECTION by kostnadslag, annual, for the Table 4.3 years", () => {
    const t = F.projection(lines42, assumptions42, "årligt kostnadslag", [[1, 2, 3, 4, 5, 10, 20]]);
    expect(t[0]).toEqual(["År", "Reala", "Finansiella", "Produktionsvärde", "Summa"]);
    expect(t.map((r) => r[0])).toEqual(["År", 1, 2, 3, 4, 5, 10, 20]);
    expect(t[6][2]).toBeCloseTo(report42.projection.annualByCategory.financial[9], 6);
  });
  test("PROJECTION undiscounted with r > 0 differs from discounted after year 1", () => {
    const d = F.projection(lines42, assumptions42, "årligt");
    const u = F.projection(lines42, assumptions42, "årligt odiskonterat");
    expect(u[1]).toEqual(d[1]);
    expect(u[5][u[5].length - 1]).toBeGreaterThan(d[5][d[5].length - 1] as number);
  });
  test("SUMMARY spills one row per perspective", () => {
    const t = F.summary(lines42, assumptions42);
    expect(t[0]).toEqual(["Perspektiv", "Investering", "Nytta", "Nettonuvärde", "Avkastningskvot", "Break-even år"]);
    expect(t[1][0]).toBe("Totalt (alla aktörer)");
    expect(t[1][3]).toBeCloseTo(report42.perspectives.total.npv, 6);
    expect(t.find((r) => r[0] === "Försäkringskassan")![4]).toBe(""); // no investment: no ROI, "" not null
    expect(t.flat().every((x) => x !== null && x !== undefined)).toBe(true);
  });
});

describe("headers and cells as users write them", () => {
  test("English headers, shuffled columns, diacritics and case ignored", () => {
    const range = [
      ["AMOUNT", "to year", "ACTOR", "direction", "Category"],
      [100, 3, "Kommun", "revenue", "real"],
      [40, 1, "Region", "Cost", "Financial"],
    ];
    expect(F.statement(range)).toEqual([
      ["Aktör", "Intäkt", "Kostnad", "Netto"],
      ["Kommun", 100, 0, 100],
      ["Region", 0, 40, -40],
      ["Summa", 100, 40, 60],
    ]);
    const sv = [
      ["belopp", "AKTOR", "riktning"],
      [5, "Kommun", "intakt"],
    ];
    expect(F.netByActor(sv, "kommun")).toEqual([[5]]);
  });
  test("without Riktning a negative Belopp is a kostnad", () => {
    const t = F.statement([
      ["Aktör", "Belopp"],
      ["Kommunen", -300],
      ["Kommunen", 1000],
      ["Regionen", "-1 234,50"],
    ]);
    expect(t[1]).toEqual(["Kommunen", 1000, 300, 700]);
    expect(t[2]).toEqual(["Regionen", 0, 1234.5, -1234.5]);
  });
  test("percent cells arrive as fractions; '3,5 %' as text works too", () => {
    const lines = [
      ["Aktör", "Roll", "Belopp", "Till år"],
      ["Kommunen", "Insats", -1000, 1],
      ["Kommunen", "Effekt", 600, 0],
    ];
    const a1 = [
      ["Horisont", 2],
      ["Diskonteringsränta", 0.1],
    ];
    const a2 = [
      ["horizon", 2],
      ["Discount rate", "10 %"],
    ];
    expect(F.npv(lines, a1)).toBeCloseTo(-1000 + 600 + 600 / 1.1, 9);
    expect(F.npv(lines, a2)).toBeCloseTo(-1000 + 600 + 600 / 1.1, 9);
  });
  test("empty rows (all '' or 0) are skipped; a header row in the assumptions is skipped", () => {
    const lines = [
      ["", ""],
      ["Aktör", "Belopp"],
      ["", 0],
      ["Kommunen", 10],
      [0, ""],
    ];
    expect(F.netByActor(lines, "Kommunen")).toEqual([[10]]);
    expect(
      F.npv(lines, [
        ["Antagande", "Värde"],
        ["Horisont", 3],
        ["", ""],
      ]),
    ).toBeCloseTo(10 + 10 / 1.035 + 10 / 1.035 ** 2, 9);
  });
  test("Per person lines use Antal med utfall; Överordnad builds the hierarchy", () => {
    const lines = [
      ["Aktör", "Överordnad", "Bas", "Belopp"],
      ["Socialförvaltningen", "Kommunen", "Per person", 100],
      ["Kommunen", "", "Totalt", 1],
    ];
    const a = [
      ["Antal med utfall", 7],
      ["Horisont", 1],
    ];
    expect(F.netByActor(lines, "Kommunen", undefined, a)).toEqual([[701]]);
    expect(F.netByActor(lines, "Socialförvaltningen", undefined, a)).toEqual([[700]]);
  });
  test("blank spill cells are '' and never null", () => {
    const t = F.summary(
      [
        ["Aktör", "Belopp"],
        ["Kommunen", 5],
      ],
      [["Horisont", 2]],
    );
    expect(t.flat().every((x) => x !== null)).toBe(true);
  });
  test("DISCOUNTFACTOR: year 1 is 1; (1+r)^-(t-1)", () => {
    expect(F.discountFactor(0.035, 1)).toBe(1);
    expect(F.discountFactor(0.1, 3)).toBeCloseTo(1 / 1.21, 15);
  });
});

describe("errors: #VALUE! or #N/A with a Swedish message naming row and column", () => {
  const cases: [string, () => unknown, string, string | RegExp][] = [
    [
      "a word as amount",
      () =>
        F.statement([
          ["Aktör", "Belopp"],
          ["Kommunen", 5],
          ["Kommunen", 1],
          ["Kommunen", 2],
          ["Kommunen", 3],
          ["Kommunen", 4],
          ["Kommunen", "tolv"],
        ]),
      "#VALUE!",
      "Rad 7, Belopp: 'tolv' är inget tal",
    ],
    [
      "no data rows",
      () =>
        F.statement([
          ["Aktör", "Belopp"],
          ["", ""],
        ]),
      "#VALUE!",
      "Området med poster har en rubrikrad (rad 1) men inga rader med poster",
    ],
    ["an empty range", () => F.statement([["", 0]]), "#VALUE!", /Området med poster är tomt/],
    [
      "a missing Belopp column",
      () =>
        F.statement([
          ["Aktör", "Summa"],
          ["Kommunen", 1],
        ]),
      "#VALUE!",
      /Rubrikraden \(rad 1\) saknar kolumnen Belopp; fann 'Aktör', 'Summa'/,
    ],
    [
      "a missing actor",
      () =>
        F.statement([
          ["Aktör", "Belopp"],
          ["", 5],
        ]),
      "#VALUE!",
      "Rad 2, Aktör: saknas; ange vilken aktör posten gäller",
    ],
    [
      "a bad Riktning",
      () =>
        F.statement([
          ["Aktör", "Riktning", "Belopp"],
          ["K", "Vinst", 5],
        ]),
      "#VALUE!",
      "Rad 2, Riktning: 'Vinst' är inget giltigt värde; ange Intäkt eller Kostnad",
    ],
    [
      "a bad Kostnadslag",
      () =>
        F.statement([
          ["Aktör", "Kostnadslag", "Belopp"],
          ["K", "Social", 5],
        ]),
      "#VALUE!",
      /Rad 2, Kostnadslag: 'Social' är inget giltigt värde; ange Real, Finansiell eller Produktion/,
    ],
    [
      "a negative amount with Riktning",
      () =>
        F.statement([
          ["Aktör", "Riktning", "Belopp"],
          ["K", "Kostnad", -5],
        ]),
      "#VALUE!",
      /Rad 2, Belopp: -5 är negativt fast Riktning anger Kostnad/,
    ],
    [
      "a year beyond the horizon",
      () =>
        F.npv(
          [
            ["Aktör", "Belopp", "Till år"],
            ["K", 5, 25],
          ],
          [["Horisont", 20]],
        ),
      "#VALUE!",
      "Rad 2, Till år: 25 är större än horisonten 20",
    ],
    [
      "from after to",
      () =>
        F.statement([
          ["Aktör", "Belopp", "Från år", "Till år"],
          ["K", 5, 4, 2],
        ]),
      "#VALUE!",
      "Rad 2, Från år: år 4 är efter Till år 2",
    ],
    [
      "a bad year",
      () =>
        F.statement([
          ["Aktör", "Belopp", "Från år"],
          ["K", 5, "två"],
        ]),
      "#VALUE!",
      /Rad 2, Från år: 'två' är inget år/,
    ],
    [
      "an unknown assumption",
      () =>
        F.npv(
          [
            ["Aktör", "Belopp"],
            ["K", 5],
          ],
          [["Diskonteringsräntan", 0.03]],
        ),
      "#VALUE!",
      /Antaganden rad 1: okänt antagande 'Diskonteringsräntan'; menade du 'Diskonteringsränta'\?/,
    ],
    [
      "an assumption out of range",
      () =>
        F.npv(
          [
            ["Aktör", "Belopp"],
            ["K", 5],
          ],
          [
            ["Horisont", 10],
            ["Återfall", 1.5],
          ],
        ),
      "#VALUE!",
      /Antaganden rad 2, Återfall: 150 % är utanför det tillåtna: 0–100 %/,
    ],
    [
      "an assumption that is not a number",
      () =>
        F.npv(
          [
            ["Aktör", "Belopp"],
            ["K", 5],
          ],
          [["Horisont", "tjugo"]],
        ),
      "#VALUE!",
      "Antaganden rad 1, Horisont: 'tjugo' är inget tal",
    ],
    [
      "per person without Antal med utfall",
      () =>
        F.statement([
          ["Aktör", "Bas", "Belopp"],
          ["K", "Per person", 5],
        ]),
      "#VALUE!",
      "Antaganden, Antal med utfall: saknas; krävs när någon post räknas per person med utfall (Bas Per person)",
    ],
    [
      "an unknown actor argument",
      () =>
        F.netByActor(
          [
            ["Aktör", "Belopp"],
            ["Kommunen", 5],
          ],
          "Kommunn",
        ),
      "#VALUE!",
      "Aktör: 'Kommunn' finns inte bland posternas aktörer; menade du 'Kommunen'?",
    ],
    [
      "an unknown perspective",
      () =>
        F.npv(
          [
            ["Aktör", "Belopp"],
            ["K", 5],
          ],
          [["Horisont", 2]],
          "Staten",
        ),
      "#VALUE!",
      /Perspektiv: 'Staten' är inget perspektiv/,
    ],
    [
      "a bad view word",
      () =>
        F.projection(
          [
            ["Aktör", "Belopp"],
            ["K", 5],
          ],
          [["Horisont", 2]],
          "månadsvis",
        ),
      "#VALUE!",
      /Vy: 'månadsvis' känns inte igen/,
    ],
    [
      "a year beyond the horizon in years",
      () =>
        F.projection(
          [
            ["Aktör", "Belopp"],
            ["K", 5],
          ],
          [["Horisont", 2]],
          undefined,
          [[1, 5]],
        ),
      "#VALUE!",
      "År: 5 är större än horisonten 2",
    ],
    [
      "no break-even",
      () =>
        F.breakEven(
          [
            ["Aktör", "Roll", "Belopp"],
            ["K", "Insats", -100],
            ["K", "Effekt", 1],
          ],
          [["Horisont", 2]],
        ),
      "#N/A",
      "Ingen break-even inom horisonten",
    ],
    [
      "no investment for ROI",
      () =>
        F.roi(
          [
            ["Aktör", "Belopp"],
            ["K", 5],
          ],
          [["Horisont", 2]],
        ),
      "#N/A",
      /Ingen investering i perspektivet/,
    ],
    [
      "PROJECTION without assumptions",
      () =>
        F.projection(
          [
            ["Aktör", "Belopp"],
            ["K", 5],
          ],
          null as unknown as unknown[][],
        ),
      "#VALUE!",
      /Antaganden: ange området/,
    ],
    ["DISCOUNTFACTOR rate ≤ -100 %", () => F.discountFactor(-1, 2), "#VALUE!", /Ränta: -1 måste vara större än -100 %/],
    ["DISCOUNTFACTOR year 0", () => F.discountFactor(0.03, 0), "#VALUE!", /År: 0 är inget år/],
    [
      "an investment per person",
      () =>
        F.statement([
          ["Aktör", "Roll", "Bas", "Belopp"],
          ["K", "Insats", "Per person", 5],
        ]),
      "#VALUE!",
      /Rad 2, Bas: en insats räknas i totalbelopp/,
    ],
  ];
  test.each(cases)("%s", (_name, f, code, message) => {
    const e = excelError(f);
    expect(e.code).toBe(code);
    if (typeof message === "string") expect(e.message).toBe(message);
    else expect(e.message).toMatch(message);
  });
});
