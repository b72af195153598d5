import {
  koladaCostUnit,
  matchMunicipality,
  parseDatum,
  parsePage,
  parseYears,
  type KoladaKpi,
} from "../../src/engine/statistics/kolada";
import { annualAverages, parsePxData } from "../../src/engine/statistics/pxweb";

/** The pure halves of the Kolada and SCB commands: what an answer may look like and what it becomes. */

const kpi = (unit: string): KoladaKpi => ({
  id: "N90001",
  title: "Test",
  description: "",
  municipalityType: "K",
  unit,
  dividedByGender: false,
});

describe("Kolada answers", () => {
  test("the envelope: values and next_page; a count that disagrees is refused", () => {
    expect(parsePage({ values: [1], count: 1, next_page: "http://x/2" })).toEqual({
      values: [1],
      nextPage: "http://x/2",
    });
    expect(parsePage({ values: [], count: 0, next_page: null })).toEqual({ values: [] });
    expect(() => parsePage({ values: [1, 2], count: 1 })).toThrow("svaret säger 1 poster men innehåller 2");
    expect(() => parsePage([])).toThrow("listan 'values' saknas");
  });

  test("a datum: T, K and M read, an unknown gender code left out, a non-number refused", () => {
    const d = parseDatum({
      kpi: "N1",
      municipality: "1287",
      period: 2023,
      values: [
        { gender: "T", value: 5, count: 1, status: "" },
        { gender: "K", value: null, count: 1, status: "Missing" },
        { gender: "X", value: 7, count: 1, status: "" },
      ],
    });
    expect(d).toEqual({ kpi: "N1", municipality: "1287", year: 2023, values: { T: 5, K: null } });
    expect(() =>
      parseDatum({ kpi: "N1", municipality: "1", period: 2023, values: [{ gender: "T", value: "5" }] }),
    ).toThrow("är inget tal");
    expect(() => parseDatum({ kpi: "N1", municipality: "1", period: "2023Q1", values: [] })).toThrow("inget årtal");
  });

  test("years: a range, one year, a list; nonsense is undefined", () => {
    expect(parseYears("2021-2024")).toEqual([2021, 2022, 2023, 2024]);
    expect(parseYears("2021–2022")).toEqual([2021, 2022]);
    expect(parseYears("2023")).toEqual([2023]);
    expect(parseYears("2023,2021")).toEqual([2021, 2023]);
    expect(parseYears("2024-2021")).toBeUndefined();
    expect(parseYears("i fjol")).toBeUndefined();
  });

  test("a kommun by name prefers the kommun over a region of the same name; else the closest names", () => {
    const list = [
      { id: "0012", title: "Region Gotland", type: "L" },
      { id: "0980", title: "Gotland", type: "K" },
      { id: "1287", title: "Trelleborg", type: "K" },
    ];
    expect(matchMunicipality("gotland", list)).toEqual({ found: list[1] });
    expect(matchMunicipality("Trelleborj", list)).toEqual({
      closest: ["Trelleborg (1287)", "Gotland (0980)", "Region Gotland (0012)"],
    });
  });

  test("the unit: kr/inv is per invånare och år; other kronor need --enhet; a percentage is refused", () => {
    expect(koladaCostUnit(kpi("kr/inv"), undefined)).toBe("inhabitantYear");
    expect(() => koladaCostUnit(kpi("kr/inv"), "per person och år")).toThrow("stämmer inte");
    expect(() => koladaCostUnit(kpi("kronor"), undefined)).toThrow("ange --enhet");
    expect(koladaCostUnit(kpi("kronor"), "per person och år")).toBe("personYear");
    expect(() => koladaCostUnit(kpi("kronor"), "per fortnight")).toThrow("är ingen enhet");
    expect(() => koladaCostUnit(kpi("procent"), "per år")).toThrow("inte kronor");
    expect(() => koladaCostUnit(kpi("tkr"), "per år")).toThrow("inte kronor");
  });
});

describe("SCB's KPI", () => {
  const months = (year: number, values: number[]) =>
    values.map((v, i) => ({ key: [`${year}M${String(i + 1).padStart(2, "0")}`], values: [String(v)] }));

  test("annual averages round half to even, as SCB's Årsmedel (2023: 403,705 → 403,70)", () => {
    const data = parsePxData({
      data: [
        ...months(
          2023,
          [391.5, 395.82, 398.08, 399.93, 401.19, 405.49, 405.67, 405.97, 408.05, 409.07, 410.35, 413.34],
        ),
        ...months(2024, [412.74, 413.76]),
      ],
    });
    expect(annualAverages(data)).toEqual({ values: { "2023": 403.7 }, incomplete: [2024] });
  });

  test("PxWeb's '..' for a missing value is skipped; a month that is no month is refused", () => {
    expect(
      parsePxData({
        data: [
          { key: ["2025M01"], values: [".."] },
          { key: ["2024M12"], values: ["415.1"] },
        ],
      }).size,
    ).toBe(1);
    expect(() => parsePxData({ data: [{ key: ["2024"], values: ["1"] }] })).toThrow("ingen månad");
    expect(() => parsePxData({ data: [] })).toThrow("inga månadsvärden");
  });
});
