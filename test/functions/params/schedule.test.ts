import "../../helpers/customFunctionsRuntime";
import { excelError } from "../../helpers/customFunctionsRuntime";
import * as F from "../../../src/functions/functions";
import { parseAssumptions } from "../../../src/functions/ranges";
import { scheduleLocation } from "../../../src/functions/params/schedule";
import { buildReport, compute, validateCase, type Case, type DiscountScheduleSpec } from "../../../src/engine";

/** The discount schedule in the assumptions range: Diskonteringsschema and Ränta från år N rows. */

const LINES = [
  ["Aktör", "Riktning", "Kostnadslag", "Roll", "Bas", "Belopp", "Från år", "Till år"],
  ["Kommunen", "Kostnad", "Real", "Insats", "Totalt", 100_000, 1, 1],
  ["Kommunen", "Intäkt", "Real", "Effekt", "Totalt", 5_000, 1, 60],
];
const BASE: (string | number)[][] = [
  ["Horisont", 60],
  ["Diskonteringsränta", 0.04],
];

function engineNpv(schedule: DiscountScheduleSpec | undefined): number {
  const raw = {
    title: "t",
    priceYear: 2000,
    actors: [{ id: "kommunen", name: "Kommunen", kind: "public" }],
    assumptions: { horizon: 60, discountRate: 0.04, ...(schedule ? { discountSchedule: schedule } : {}) },
    lines: [
      {
        actor: "kommunen",
        direction: "cost",
        category: "real",
        role: "investment",
        amount: 100_000,
        fromYear: 1,
        toYear: 1,
      },
      {
        actor: "kommunen",
        direction: "revenue",
        category: "real",
        role: "effect",
        amount: 5_000,
        fromYear: 1,
        toYear: 60,
      },
    ],
  };
  const v = validateCase(raw);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return buildReport(compute(v.case as Case)).perspectives.total.npv;
}

describe("the schedule rows give the engine's figures", () => {
  test.each(["Green Book", "greenbook", "HM Treasury"])(
    "Diskonteringsschema | %s is HM Treasury's schedule",
    (word) => {
      const npv = F.npv(LINES, [...BASE, ["Diskonteringsschema", word]]);
      expect(npv).toBe(engineNpv("greenbook"));
      expect(npv).not.toBe(engineNpv(undefined));
    },
  );
  test("Diskonteringsschema | Fast ränta is the flat rate, as without the row", () => {
    expect(F.npv(LINES, [...BASE, ["Diskonteringsschema", "Fast ränta"]])).toBe(engineNpv(undefined));
    expect(F.npv(LINES, BASE)).toBe(engineNpv(undefined));
  });
  test("band rows, in any order, with or without Diskonteringsschema | Egna band, English names too", () => {
    const bands = [
      { fromYear: 11, rate: 0.03 },
      { fromYear: 41, rate: 0.02 },
    ];
    const expected = engineNpv(bands);
    expect(F.npv(LINES, [...BASE, ["Ränta från år 41", "2 %"], ["Ränta från år 11", 0.03]])).toBe(expected);
    expect(
      F.npv(LINES, [
        ...BASE,
        ["Diskonteringsschema", "Egna band"],
        ["Ränta från år 11", 0.03],
        ["Rate from year 41", 0.02],
      ]),
    ).toBe(expected);
    expect(F.npv(LINES, [...BASE, ["Diskonteringsränta från och med år 11", 0.03], ["ränta från år 41", 0.02]])).toBe(
      expected,
    );
  });
  test("parseAssumptions reports the schedule with its rows; a range without schedule rows is as before", () => {
    const pa = parseAssumptions([...BASE, ["Ränta från år 41", 0.02], ["Ränta från år 11", 0.03]]);
    expect(pa.schedule).toEqual({
      spec: [
        { fromYear: 11, rate: 0.03 },
        { fromYear: 41, rate: 0.02 },
      ],
      bandRows: [4, 3],
    });
    expect(parseAssumptions(BASE)).toEqual({
      values: { horizon: 60, discountRate: 0.04 },
      rowOf: { horizon: 1, discountRate: 2 },
    });
  });
});

describe("errors name the row", () => {
  test.each([
    [
      [["Diskonteringsschema", ""]],
      "Antaganden rad 3, Diskonteringsschema: värdet saknas; ange Green Book, Egna band (med rader Ränta från år N) eller Fast ränta",
    ],
    [
      [["Diskonteringsschema", "Gren book"]],
      "Antaganden rad 3, Diskonteringsschema: 'Gren book' känns inte igen; menade du 'Green Book'? ange Green Book, Egna band (med rader Ränta från år N) eller Fast ränta",
    ],
    [
      [["Diskonteringsschema", 0.035]],
      "Antaganden rad 3, Diskonteringsschema: 0,035 känns inte igen; ange Green Book, Egna band (med rader Ränta från år N) eller Fast ränta",
    ],
    [
      [["Ränta från år 0", 0.03]],
      "Antaganden rad 3, Ränta från år 0: ett band kan börja år 1–100 (år 1 diskonteras bara med Diskontering Slutet av året); ange t.ex. Ränta från år 32",
    ],
    [
      [["Ränta från år 101", 0.03]],
      "Antaganden rad 3, Ränta från år 101: ett band kan börja år 1–100 (år 1 diskonteras bara med Diskontering Slutet av året); ange t.ex. Ränta från år 32",
    ],
    [[["Ränta från år 32", "tre"]], "Antaganden rad 3, Ränta från år 32: 'tre' är inget tal; ange räntan, t.ex. 3 %"],
    [[["Ränta från år 32", null]], "Antaganden rad 3, Ränta från år 32: värdet saknas; ange räntan, t.ex. 3 %"],
    [[["Ränta från år 32", 1.5]], "Antaganden rad 3, Ränta från år 32: 1,5 ska vara större än -100 % och högst 100 %"],
    [
      [
        ["Ränta från år 32", 0.03],
        ["Ränta från år 32", 0.02],
      ],
      "Antaganden rad 4: Ränta från år 32 står redan på rad 3",
    ],
    [
      [
        ["Diskonteringsschema", "Green Book"],
        ["Schedule", "Green Book"],
      ],
      "Antaganden rad 4: Diskonteringsschema står redan på rad 3",
    ],
    [
      [
        ["Diskonteringsschema", "Green Book"],
        ["Ränta från år 32", 0.03],
      ],
      "Antaganden rad 4: Ränta från år 32 anges, men Diskonteringsschema på rad 3 är Green Book; ta bort banden eller ange Egna band",
    ],
    [
      [
        ["Ränta från år 32", 0.03],
        ["Diskonteringsschema", "Fast"],
      ],
      "Antaganden rad 3: Ränta från år 32 anges, men Diskonteringsschema på rad 4 är Fast ränta; ta bort banden eller ange Egna band",
    ],
    [
      [["Diskonteringsschema", "Egna band"]],
      "Antaganden rad 3, Diskonteringsschema: Egna band kräver minst en rad Ränta från år 32 | 3 % i antagandena",
    ],
    [
      [["Diskonteringsshema", "Green Book"]],
      "Antaganden rad 3: okänt antagande 'Diskonteringsshema'; menade du 'Diskonteringsschema'?",
    ],
  ] as [unknown[][], string][])("%j", (rows, message) => {
    const e = excelError(() => F.npv(LINES, [...BASE, ...rows]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(message);
  });

  test("an engine path of the schedule maps to the range's row", () => {
    const s = {
      spec: [
        { fromYear: 11, rate: 0.03 },
        { fromYear: 41, rate: 0.02 },
      ],
      bandRows: [4, 3],
      row: 2,
    };
    expect(scheduleLocation(s, "assumptions.discountSchedule[1].rate")).toBe("Antaganden rad 3, Ränta från år 41");
    expect(scheduleLocation(s, "assumptions.discountSchedule")).toBe("Antaganden rad 2, Diskonteringsschema");
    expect(scheduleLocation(undefined, "assumptions.discountSchedule")).toBe("Antaganden, Diskonteringsschema");
    expect(scheduleLocation(s, "assumptions.horizon")).toBeUndefined();
  });
});
