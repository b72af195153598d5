/**
 * The built-in catalogue of unit costs (kalkylvärden) and the KPI series are data with sources.
 * These tests check the data files themselves: every entry complete and well-typed, and every
 * amount findable in its own verbatim quote. They read nothing outside the repository (each quote
 * was checked against its source document when it was entered; see docs/kalkylvarden.md).
 *
 * How an amount is found in a quote (Swedish number formats):
 * - A number is a run of digits, or 1–3 digits followed by groups of exactly three digits each
 *   preceded by a space, a no-break space or a narrow no-break space and not followed by a fourth
 *   digit ("1 234", "18 823 000"; "930 1040" is two numbers).
 *   A comma followed by digits is the decimal part ("12,5").
 * - A number directly followed by "miljon"/"miljoner"/"mkr" is multiplied by 1 000 000,
 *   "miljard"/"miljarder"/"mdkr" by 1 000 000 000, "tusen"/"tkr" by 1 000; then only the
 *   multiplied value counts ("12 miljoner" is 12 000 000, not 12).
 * - In a range "A till B miljoner" (or "A–B miljoner") A takes B's multiplier.
 * - "en halv miljon" is 500 000 and "en miljon" 1 000 000 (likewise "miljard").
 * - A trailing "kr"/"kronor" changes nothing. The amount appears when it equals one of the values
 *   so read (relative tolerance 1e-12).
 */
import catalogue from "../../src/engine/catalogue/kalkylvarden.json";
import kpi from "../../src/engine/catalogue/kpi.json";
import { CATEGORIES, COST_UNITS } from "../../src/engine/vocabulary";

const UNITS: readonly string[] = COST_UNITS;
const ACTORS = [
  "kommun",
  "region",
  "forsakringskassan",
  "arbetsformedlingen",
  "rattsvasende",
  "individ",
  "ovriga",
  "produktionsvarde",
];
const ENTRY_KEYS = ["id", "label", "amount", "unit", "actor", "category", "priceYear", "note", "source"];
const SOURCE_KEYS = ["citation", "quote", "url", "read"];
const MAX_QUOTE = 120;

const SPACE = "[ \\u00a0\\u202f]";
const NUMBER = `(\\d{1,3}(?:${SPACE}\\d{3}(?!\\d))+|\\d+)(?:,(\\d+))?`;
const MULTIPLIER = "(miljoner|miljon|mkr|miljarder|miljard|mdkr|tusen|tkr)";
const MULTIPLIERS: Record<string, number> = {
  miljon: 1e6,
  miljoner: 1e6,
  mkr: 1e6,
  miljard: 1e9,
  miljarder: 1e9,
  mdkr: 1e9,
  tusen: 1e3,
  tkr: 1e3,
};

function numberValue(integer: string, decimals: string | undefined): number {
  const digits = integer.replace(/[^\d]/g, "");
  return Number(decimals === undefined ? digits : `${digits}.${decimals}`);
}

/** Every amount a reader finds in the quote, by the rule stated at the top of this file. */
function amountsInQuote(quote: string): number[] {
  const found: number[] = [];
  const numbers = new RegExp(NUMBER, "g");
  for (let match = numbers.exec(quote); match !== null; match = numbers.exec(quote)) {
    const value = numberValue(match[1], match[2]);
    const rest = quote.slice(match.index + match[0].length);
    const direct = new RegExp(`^\\s*${MULTIPLIER}(?![a-zåäö])`, "i").exec(rest);
    const range = new RegExp(`^\\s*(?:till|–|-)\\s*${NUMBER}\\s*${MULTIPLIER}(?![a-zåäö])`, "i").exec(rest);
    const multiplier = direct ? MULTIPLIERS[direct[1].toLowerCase()] : range ? MULTIPLIERS[range[3].toLowerCase()] : 1;
    found.push(value * multiplier);
  }
  const words = /\ben (halv )?(miljon|miljard)\b/gi;
  for (let match = words.exec(quote); match !== null; match = words.exec(quote)) {
    found.push(MULTIPLIERS[match[2].toLowerCase()] * (match[1] ? 0.5 : 1));
  }
  return found;
}

function appearsIn(amount: number, quote: string): boolean {
  return amountsInQuote(quote).some((value) => Math.abs(value - amount) <= 1e-12 * Math.max(1, Math.abs(amount)));
}

function isIsoDate(text: unknown): boolean {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

describe("the amount-in-quote rule", () => {
  it("reads digits with Swedish space grouping and decimal commas", () => {
    expect(appearsIn(1234, "kostar 1 234 kr")).toBe(true);
    expect(appearsIn(1234, "kostar 1\u00a0234 kronor")).toBe(true);
    expect(appearsIn(18823000, "Intäkter\t18 823 000 kronor")).toBe(true);
    expect(appearsIn(1276, "Uppsala kommun 1276 kronor")).toBe(true);
    expect(appearsIn(12500000, "12,5 miljoner")).toBe(true);
    expect(appearsIn(12.5, "12,5 procent")).toBe(true);
  });

  it("keeps separate numbers of a table row apart", () => {
    expect(amountsInQuote("Summa personliga kostnader 3 090 5 570")).toEqual([3090, 5570]);
    expect(amountsInQuote("990 1 100 1 380")).toEqual([990, 1100, 1380]);
    expect(amountsInQuote("930 1040 1310")).toEqual([930, 1040, 1310]);
    expect(appearsIn(30905570, "Summa personliga kostnader 3 090 5 570")).toBe(false);
    expect(appearsIn(2019374, "Borås år 2019 ut 374 kronor")).toBe(false);
  });

  it("applies miljoner, mkr and miljarder, also to the first number of a range", () => {
    expect(appearsIn(1000000, "uppgå till 1 mkr per individ")).toBe(true);
    expect(appearsIn(1, "uppgå till 1 mkr per individ")).toBe(false);
    expect(appearsIn(10000000, "i storleksordningen 10 till 12 miljoner kronor")).toBe(true);
    expect(appearsIn(12000000, "i storleksordningen 10 till 12 miljoner kronor")).toBe(true);
    expect(appearsIn(10, "i storleksordningen 10 till 12 miljoner kronor")).toBe(false);
    expect(appearsIn(1300000000, "drygt 1,3 miljarder kronor")).toBe(true);
    expect(appearsIn(500000, "ungefär en halv miljon kronor")).toBe(true);
  });

  it("does not find an amount that is not there", () => {
    expect(appearsIn(400000, "kostar cirka 40 000 kronor")).toBe(false);
    expect(appearsIn(3202, "dygnskostnaden i häkte 3 255 kronor")).toBe(false);
  });
});

describe("the catalogue of unit costs (kalkylvarden.json)", () => {
  const entries = catalogue.entries;

  it("is versioned with a version and a date", () => {
    expect(catalogue.version).toMatch(/^\d{4}\.\d+$/);
    expect(isIsoDate(catalogue.date)).toBe(true);
    expect(Object.keys(catalogue).sort()).toEqual(["date", "entries", "version"]);
  });

  it("holds a few dozen entries with unique kebab-case ids", () => {
    expect(entries.length).toBeGreaterThanOrEqual(24);
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  describe.each(entries.map((entry) => [entry.id, entry] as const))("%s", (_id, entry) => {
    const record = entry as Record<string, unknown>;
    const source = entry.source as Record<string, unknown>;

    it("has only known fields, of the right types", () => {
      for (const key of Object.keys(record)) expect(ENTRY_KEYS).toContain(key);
      for (const key of Object.keys(source)) expect(SOURCE_KEYS).toContain(key);
      expect(typeof entry.label).toBe("string");
      expect(entry.label.trim().length).toBeGreaterThan(0);
      expect(typeof entry.amount).toBe("number");
      expect(Number.isFinite(entry.amount)).toBe(true);
      expect(entry.amount).toBeGreaterThan(0);
      expect(UNITS).toContain(entry.unit);
      expect(ACTORS).toContain(entry.actor);
      expect(CATEGORIES as readonly string[]).toContain(entry.category);
      if (record.note !== undefined) {
        expect(typeof record.note).toBe("string");
        expect((record.note as string).trim().length).toBeGreaterThan(0);
      }
    });

    it("has a plausible price year, or says that the source gives none", () => {
      const catalogueYear = Number(catalogue.date.slice(0, 4));
      if (entry.priceYear === null) {
        expect(typeof record.note).toBe("string");
        expect(record.note as string).toMatch(/prisår/i);
      } else {
        expect(Number.isInteger(entry.priceYear)).toBe(true);
        expect(entry.priceYear).toBeGreaterThanOrEqual(1980);
        expect(entry.priceYear).toBeLessThanOrEqual(catalogueYear);
      }
    });

    it("cites its source with a short verbatim quote that contains the amount", () => {
      expect(typeof source.citation).toBe("string");
      expect((source.citation as string).trim().length).toBeGreaterThan(0);
      expect(typeof source.quote).toBe("string");
      const quote = source.quote as string;
      expect(quote.trim().length).toBeGreaterThan(0);
      expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
      expect(appearsIn(entry.amount, quote)).toBe(true);
    });

    it("gives an address and the date it was read for a web source, and neither otherwise", () => {
      if (source.url === undefined) {
        expect(source.read).toBeUndefined();
      } else {
        expect(source.url).toMatch(/^https?:\/\/\S+$/);
        expect(isIsoDate(source.read)).toBe(true);
        expect((source.read as string) <= catalogue.date).toBe(true);
      }
    });
  });
});

describe("the KPI series (kpi.json)", () => {
  const years = Object.keys(kpi.values);
  const values = kpi.values as Record<string, number>;

  it("names SCB's KPI with base 1980 = 100 and its source", () => {
    expect(kpi.name).toBe("KPI");
    expect(kpi.base).toBe("1980=100");
    expect(kpi.source.citation).toMatch(/SCB/);
    expect(kpi.source.url).toMatch(/^https:\/\/www\.scb\.se\//);
    expect(isIsoDate(kpi.source.read)).toBe(true);
  });

  it("is keyed by four-digit years in increasing order", () => {
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) expect(year).toMatch(/^\d{4}$/);
    for (let i = 1; i < years.length; i += 1) expect(Number(years[i])).toBeGreaterThan(Number(years[i - 1]));
  });

  it("has positive values and 1980 = 100", () => {
    expect(values["1980"]).toBe(100);
    for (const year of years) {
      expect(typeof values[year]).toBe("number");
      expect(values[year]).toBeGreaterThan(0);
    }
  });

  it("covers the price years of the catalogue's entries", () => {
    for (const entry of catalogue.entries) {
      if (entry.priceYear !== null) expect(years).toContain(String(entry.priceYear));
    }
  });
});

describe("units say what an amount is: per year, one-off or per inhabitant", () => {
  const byId = (id: string) => catalogue.entries.find((e) => e.id === id)!;
  test("a lifetime or accumulated sum is an engångsbelopp, never per år", () => {
    for (const id of [
      "livslangt-utanforskap-nedre",
      "livslangt-utanforskap-ovre",
      "fotosyntes-samhallsvinst-per-individ",
    ])
      expect([id, byId(id).unit]).toEqual([id, "oneOff"]);
    for (const e of catalogue.entries)
      if (/hela livet|livslång|ackumulerad|inte ett årsbelopp/i.test(`${e.label} ${e.note ?? ""}`))
        expect([e.id, e.unit]).toEqual([e.id, "oneOff"]);
  });
  test("every value per invånare has a per-invånare unit", () => {
    const perInhabitant = catalogue.entries.filter(
      (e) => /per invånare/i.test(e.label) && !/sätts i arbete/.test(e.label),
    );
    expect(perInhabitant.length).toBeGreaterThanOrEqual(6);
    for (const e of perInhabitant)
      expect([e.id, e.unit]).toEqual([e.id, expect.stringMatching(/^inhabitant(Year|Month)$/)]);
    expect(byId("forsorjningsstod-per-invanare-boras-sep-2019")).toMatchObject({ amount: 41, unit: "inhabitantMonth" });
  });
});
