import {
  BUILTIN_INDEXES,
  buildReport,
  catalogue,
  catalogueEntry,
  compute,
  lineAmount,
  searchCatalogue,
  validateCase,
  parseCase,
} from "../../../src/engine";
import { rawCase } from "../../helpers/cases";

// The loader is tested on a catalogue of its own; the real data is checked by catalogue-data.test.ts.
jest.mock("../../../src/engine/catalogue/kalkylvarden.json", () => ({
  version: "test-1",
  date: "2026-11-25",
  entries: [
    {
      id: "forsorjningsstod_manad",
      label: "Försörjningsstöd per hushåll och månad",
      amount: 8000,
      unit: "month",
      actor: "kommun",
      category: "financial",
      priceYear: 2015,
      source: { citation: "Testrapport 2016, tabell 3", quote: "försörjningsstöd 8 000 kr per månad" },
    },
    {
      id: "plats_anstalt_dygn",
      label: "Plats på anstalt per dygn",
      amount: 3000,
      unit: "day",
      actor: "Kriminalvården",
      category: "real",
      priceYear: null,
      source: { citation: "Testrapport 2010, s. 12", quote: "ett dygn på anstalt kostar 3 000 kr" },
    },
  ],
}));
jest.mock("../../../src/engine/catalogue/kpi.json", () => ({
  name: "KPI",
  base: "1980=100",
  source: { citation: "SCB, testserie", read: "2026-11-25" },
  values: { "2010": 303.46, "2015": 313.49, "2025": 400 },
}));

const line = (extra: Record<string, unknown>) => ({
  actor: "kommun",
  direction: "revenue",
  category: "real",
  ...extra,
});

describe("the built-in catalogue", () => {
  test("version, date and entries; lookup by id", () => {
    expect(catalogue().version).toBe("test-1");
    expect(catalogue().date).toBe("2026-11-25");
    expect(catalogue().entries).toHaveLength(2);
    expect(catalogueEntry("plats_anstalt_dygn")?.amount).toBe(3000);
    expect(catalogueEntry("finns_inte")).toBeUndefined();
  });

  test("search by words in any order, case and diacritics ignored, in id, label, actor, category and citation", () => {
    expect(searchCatalogue("forsorjningsstod").map((e) => e.id)).toEqual(["forsorjningsstod_manad"]);
    expect(searchCatalogue("DYGN kriminalvården").map((e) => e.id)).toEqual(["plats_anstalt_dygn"]);
    expect(searchCatalogue("tabell 3").map((e) => e.id)).toEqual(["forsorjningsstod_manad"]);
    expect(searchCatalogue("")).toHaveLength(2);
    expect(searchCatalogue("ingenting sådant")).toEqual([]);
  });

  test('the built-in KPI with its citation, used by the name "KPI"', () => {
    expect(BUILTIN_INDEXES.KPI.source).toBe("SCB, testserie (läst 2026-11-25)");
    const c = parseCase({ ...rawCase([line({ unitCost: "forsorjningsstod_manad", quantity: 1 })]), priceIndex: "KPI" });
    // 1 × 8 000 × 12 in 2015 prices, × 400 / 313.49
    expect(lineAmount(c, c.lines[0]).toNumber()).toBeCloseTo((96000 * 400) / 313.49, 6);
    const r = buildReport(compute(c));
    expect(r.priceIndex).toEqual({
      name: "KPI",
      source: "SCB, testserie (läst 2026-11-25)",
      base: "1980=100",
      values: { "2015": 313.49, "2025": 400 },
    });
    expect(r.unitCosts?.map((u) => [u.id, u.origin])).toEqual([["forsorjningsstod_manad", "catalogue"]]);
  });

  test("the case's own unit cost wins over the catalogue's with the same id", () => {
    const own = { ...catalogueEntry("forsorjningsstod_manad")!, amount: 10, priceYear: 2025, source: "egen" };
    const c = parseCase({
      ...rawCase([line({ unitCost: "forsorjningsstod_manad", quantity: 1 })]),
      unitCosts: [own],
    });
    expect(lineAmount(c, c.lines[0]).toString()).toBe("120");
    expect(buildReport(compute(c)).unitCosts?.map((u) => u.origin)).toEqual(["case"]);
  });

  test("an entry without a price year is an error unless the line gives one", () => {
    const r = validateCase({ ...rawCase([line({ unitCost: "plats_anstalt_dygn", quantity: 10 })]), priceIndex: "KPI" });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(["lines[0].priceYear"]);
    const c = parseCase({
      ...rawCase([line({ unitCost: "plats_anstalt_dygn", quantity: 10, priceYear: 2010 })]),
      priceIndex: "KPI",
    });
    expect(lineAmount(c, c.lines[0]).toNumber()).toBeCloseTo((10 * 3000 * 365 * 400) / 303.46, 6);
  });
});
