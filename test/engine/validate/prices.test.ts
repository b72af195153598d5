import { validateCase } from "../../../src/engine";
import { rawCase } from "../../helpers/cases";

const line = (extra: Record<string, unknown>) => ({
  actor: "kommun",
  direction: "revenue",
  category: "real",
  ...extra,
});
const kpi = { name: "KPI", source: "SCB", values: { "2015": 313.49, "2025": 400 } };
const cost = { id: "hvb", label: "HVB per dygn", amount: 100, unit: "day", priceYear: 2015, source: "Testkälla" };

function errors(raw: Record<string, unknown>): string[] {
  const r = validateCase(raw);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
}
const withLines = (
  lines: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
  a: Record<string, unknown> = {},
) => errors({ ...rawCase(lines, a), ...extra });

describe("assumptions.discountSchedule", () => {
  test("accepts greenbook and sorted bands", () => {
    expect(withLines([line({ amount: 1 })], {}, { discountSchedule: "greenbook" })).toEqual([]);
    expect(
      withLines(
        [line({ amount: 1 })],
        {},
        {
          discountSchedule: [
            { fromYear: 2, rate: 0.035 },
            { fromYear: 32, rate: 0.03 },
          ],
        },
      ),
    ).toEqual([]);
  });

  test("refuses unknown names, empty lists, unsorted bands, years outside 1..100 and rates like discountRate", () => {
    expect(withLines([line({ amount: 1 })], {}, { discountSchedule: "grenbook" })).toEqual([
      "assumptions.discountSchedule: 'grenbook' är inget diskonteringsschema; menade du 'greenbook'? ange \"greenbook\" eller en lista av band",
    ]);
    expect(withLines([line({ amount: 1 })], {}, { discountSchedule: [] })[0]).toMatch(
      /^assumptions\.discountSchedule: listan är tom/,
    );
    expect(
      withLines(
        [line({ amount: 1 })],
        {},
        {
          discountSchedule: [
            { fromYear: 32, rate: 0.03 },
            { fromYear: 2, rate: 0.035 },
            { fromYear: 101, rate: -1 },
            { fromYear: 40, rate: 0.02, to: 50 },
          ],
        },
      ),
    ).toEqual([
      "assumptions.discountSchedule[1].fromYear: 2 kommer inte efter föregående bands år 32; ordna banden efter år",
      "assumptions.discountSchedule[2].fromYear: 101 är större än 100; tillåtet är 1–100",
      "assumptions.discountSchedule[2].rate: -1 måste vara större än -1",
      "assumptions.discountSchedule[3].to: okänt fält 'to'; tillåtna fält är 'fromYear', 'rate'",
    ]);
  });
});

describe("priceIndex and lines[i].priceYear", () => {
  test("a year the index lacks names the line and the year", () => {
    expect(withLines([line({ amount: 1 }), line({ amount: 1, priceYear: 2009 })], { priceIndex: kpi })).toEqual([
      "lines[1].priceYear: året 2009 saknas i prisindexet KPI",
    ]);
  });

  test("the case's own price year must be in the index too", () => {
    expect(
      withLines([line({ amount: 1, priceYear: 2015 })], { priceIndex: { ...kpi, values: { "2015": 313.49 } } }),
    ).toEqual(["lines[0].priceYear: kalkylens prisår 2025 saknas i prisindexet KPI"]);
  });

  test("another price year without any index is an error, never a guess", () => {
    expect(withLines([line({ amount: 1, priceYear: 2015 })])).toEqual([
      'lines[0].priceYear: 2015 är inte kalkylens prisår 2025, och kalkylen har inget prisindex; ange priceIndex (t.ex. "KPI") så att beloppet räknas om till 2025 års priser',
    ]);
  });

  test("the index's own fields", () => {
    expect(withLines([line({ amount: 1 })], { priceIndex: "CPI" })).toEqual([
      `priceIndex: 'CPI' är inget prisindex; ange "KPI" (inbyggd serie) eller { "name", "source", "values" }`,
    ]);
    expect(
      withLines([line({ amount: 1 })], { priceIndex: { name: "X", values: { "15": 1, "2016": 0, "2017": "1" } } }),
    ).toEqual([
      "priceIndex.source: saknas; ange en text",
      "priceIndex.values.15: '15' är inget årtal 1800–2200",
      "priceIndex.values.2016: 0 måste vara större än 0",
      "priceIndex.values.2017: '1' är inget tal",
    ]);
  });

  test("the built-in KPI is accepted by name", () => {
    expect(withLines([line({ amount: 1 })], { priceIndex: "KPI" })).toEqual([]);
  });
});

describe("unitCosts and lines[i].unitCost / quantity", () => {
  test("a line may give unitCost and quantity instead of amount", () => {
    expect(withLines([line({ unitCost: "hvb", quantity: 30 })], { unitCosts: [cost], priceIndex: kpi })).toEqual([]);
  });

  test("unknown ids get a hint; quantity is required with unitCost and refused without it", () => {
    expect(withLines([line({ unitCost: "hbv", quantity: 1 })], { unitCosts: [cost], priceIndex: kpi })).toEqual([
      "lines[0].unitCost: 'hbv' är inget kalkylvärde i kalkylens unitCosts eller i den inbyggda katalogen; menade du 'hvb'?",
    ]);
    expect(withLines([line({ unitCost: "hvb" })], { unitCosts: [cost], priceIndex: kpi })).toEqual([
      "lines[0].quantity: saknas; ange antalet (platser, hushåll, personer) som kalkylvärdet gäller hela året, t.ex. 2 eller 0,5 för ett halvår",
    ]);
    expect(withLines([line({ amount: 1, quantity: 2 })])).toEqual([
      "lines[0].quantity: anges bara tillsammans med unitCost (ett kalkylvärde); ange annars amount",
    ]);
  });

  test("an amount beside unitCost must be the amount it gives (so a validated case reads back), else an error", () => {
    const extra = { unitCosts: [cost], priceIndex: kpi };
    expect(withLines([line({ unitCost: "hvb", quantity: 2, amount: 73000 })], extra)).toEqual([]);
    expect(withLines([line({ unitCost: "hvb", quantity: 2, amount: 5 })], extra)).toEqual([
      "lines[0].amount: 5 anges inte tillsammans med unitCost; beloppet blir quantity × kalkylvärdet = 73000 kr",
    ]);
  });

  test("a unit cost without a price year needs the line's; a line's year must not contradict the unit cost's", () => {
    const undated = { ...cost, priceYear: null };
    expect(withLines([line({ unitCost: "hvb", quantity: 1 })], { unitCosts: [undated], priceIndex: kpi })).toEqual([
      "lines[0].priceYear: saknas; kalkylvärdet 'hvb' har inget prisår i sin källa, så ange det år beloppet avser (metoden gissar aldrig ett år)",
    ]);
    expect(
      withLines([line({ unitCost: "hvb", quantity: 1, priceYear: 2025 })], { unitCosts: [cost], priceIndex: kpi }),
    ).toEqual(["lines[0].priceYear: 2025 skiljer sig från kalkylvärdets 'hvb' prisår 2015; utelämna priceYear"]);
    expect(
      withLines([line({ unitCost: "hvb", quantity: 1 })], {
        unitCosts: [{ ...cost, priceYear: 2009 }],
        priceIndex: kpi,
      }),
    ).toEqual(["lines[0].priceYear: året 2009 saknas i prisindexet KPI"]);
  });

  test("an entry as the catalogue writes it (note, source with url and read date) is accepted", () => {
    const entry = {
      ...cost,
      note: "Prisår enligt källan",
      source: { citation: "Myndighet, sida", quote: "100 kr", url: "https://example.se/sida", read: "2026-11-25" },
    };
    expect(withLines([line({ unitCost: "hvb", quantity: 1 })], { unitCosts: [entry], priceIndex: kpi })).toEqual([]);
  });

  test("the unit costs' own fields, and ids are unique", () => {
    expect(
      withLines([line({ amount: 1 })], {
        unitCosts: [
          { id: "a b", label: "", amount: -1, unit: "week", source: { quote: "x" } },
          cost,
          { ...cost, label: "igen" },
        ],
      }),
    ).toEqual([
      "unitCosts[0].id: 'a b' är inget giltigt id; använd bokstäver, siffror, _ . och - (högst 80 tecken)",
      "unitCosts[0].label: är tom; ange en text",
      "unitCosts[0].amount: -1 är mindre än 0; tillåtet är 0–1000000000000000",
      "unitCosts[0].unit: 'week' är inget tillåtet värde; tillåtna värden är 'year', 'month', 'day', 'personYear'",
      "unitCosts[0].priceYear: saknas; ange prisåret som källan anger, eller null om källan inte anger något",
      "unitCosts[0].source.citation: saknas; ange en text",
      "unitCosts[2].id: 'hvb' finns redan i unitCosts[1]; varje kalkylvärde måste ha ett eget id",
    ]);
  });
});
