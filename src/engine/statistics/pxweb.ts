import { Dec } from "../decimal";
import type { PriceIndex } from "../types";
import { Collector } from "../validate/checks";
import { validatePriceIndex } from "../validate/prices";
import { UnexpectedAnswer } from "./kolada";

/**
 * SCB's statistical database (PxWeb API v1): a table's metadata (GET) and its data in the
 * "json" response format (POST), read into the KPI series; monthly values are averaged per
 * calendar year here, only for years with all twelve months. Pure: nothing is fetched here.
 */

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);

export interface PxVariable {
  code: string;
  text: string;
  values: string[];
  valueTexts: string[];
  time: boolean;
}

export interface PxMetadata {
  title: string;
  variables: PxVariable[];
}

/** `GET <table>`: `{ title, variables: [{ code, text, values, valueTexts, time? }] }`. */
export function parsePxMetadata(raw: unknown): PxMetadata {
  if (!isObj(raw) || typeof raw.title !== "string" || !Array.isArray(raw.variables))
    throw new UnexpectedAnswer("tabellens metadata saknar 'title' eller 'variables'");
  const variables = raw.variables.map((v): PxVariable => {
    const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === "string");
    if (!isObj(v) || typeof v.code !== "string" || !strings(v.values) || !strings(v.valueTexts))
      throw new UnexpectedAnswer("en variabel i tabellens metadata saknar 'code', 'values' eller 'valueTexts'");
    return {
      code: v.code,
      text: typeof v.text === "string" ? v.text : v.code,
      values: v.values as string[],
      valueTexts: v.valueTexts as string[],
      time: v.time === true || v.code === "Tid",
    };
  });
  return { title: raw.title, variables };
}

/** The query for the series: the contents whose text names `base` (e.g. "1980=100"), every month. */
export function kpiQuery(meta: PxMetadata, base: string): { query: unknown; contents: string; time: string } {
  const contents = meta.variables.find((v) => v.code === "ContentsCode");
  const time = meta.variables.find((v) => v.time);
  if (!contents || !time) throw new UnexpectedAnswer("tabellen saknar variablerna ContentsCode och Tid");
  const i = contents.valueTexts.findIndex((t) => t.includes(base));
  if (i < 0)
    throw new UnexpectedAnswer(
      `tabellen har inget innehåll med ${base} (finns: ${contents.valueTexts.join("; ") || "inget"})`,
    );
  const others = meta.variables.filter((v) => v !== contents && v !== time);
  if (others.length > 0)
    throw new UnexpectedAnswer(`tabellen har fler variabler än väntat (${others.map((v) => v.code).join(", ")})`);
  return {
    query: {
      query: [{ code: contents.code, selection: { filter: "item", values: [contents.values[i]] } }],
      response: { format: "json" },
    },
    contents: contents.valueTexts[i],
    time: time.code,
  };
}

/** `POST <table>` with format "json": `{ columns, data: [{ key: ["1980M01"], values: ["95.3"] }] }`. */
export function parsePxData(raw: unknown): Map<string, number> {
  if (!isObj(raw) || !Array.isArray(raw.data)) throw new UnexpectedAnswer("svaret saknar listan 'data'");
  const out = new Map<string, number>();
  for (const row of raw.data) {
    if (!isObj(row) || !Array.isArray(row.key) || !Array.isArray(row.values))
      throw new UnexpectedAnswer("en rad i svaret saknar 'key' eller 'values'");
    const period = row.key[row.key.length - 1];
    const text = row.values[0];
    if (typeof period !== "string" || !/^\d{4}M(0[1-9]|1[0-2])$/.test(period))
      throw new UnexpectedAnswer(`perioden '${String(period)}' är ingen månad (ÅÅÅÅMmm)`);
    if (typeof text !== "string") throw new UnexpectedAnswer(`värdet för ${period} är ingen text`);
    if (text === ".." || text === "." || text === "") continue; // PxWeb's marks for a missing value
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0) throw new UnexpectedAnswer(`värdet '${text}' för ${period} är inget indextal`);
    out.set(period, n);
  }
  if (out.size === 0) throw new UnexpectedAnswer("svaret innehåller inga månadsvärden");
  return out;
}

/**
 * Annual averages of monthly index values, rounded to two decimals half to even: so they equal
 * SCB's own "Årsmedel" column for every year 2006–2023 (2023: 403,705 → 403,70, where rounding
 * half up would give 403,71; test/cli/statistics.test.ts). A year without all twelve months is
 * left out and named in `incomplete`.
 */
export function annualAverages(monthly: Map<string, number>): { values: Record<string, number>; incomplete: number[] } {
  const byYear = new Map<number, number[]>();
  for (const [period, v] of monthly) {
    const y = Number(period.slice(0, 4));
    byYear.set(y, [...(byYear.get(y) ?? []), v]);
  }
  const values: Record<string, number> = {};
  const incomplete: number[] = [];
  for (const y of [...byYear.keys()].sort((a, b) => a - b)) {
    const months = byYear.get(y)!;
    if (months.length !== 12) {
      incomplete.push(y);
      continue;
    }
    const sum = months.reduce((s, v) => s.plus(v), new Dec(0));
    values[String(y)] = sum.dividedBy(12).toDecimalPlaces(2, Dec.ROUND_HALF_EVEN).toNumber();
  }
  return { values, incomplete };
}

/** The series as a case's `priceIndex`, its source naming the table, the address and the date. */
export function kpiPriceIndex(
  values: Record<string, number>,
  info: { title: string; contents: string; url: string; read: string },
): PriceIndex {
  const index: PriceIndex = {
    name: "KPI (SCB, 1980=100), årsmedel av månadstal",
    base: "1980=100",
    source:
      `SCB, Statistikdatabasen: ${info.title} (${info.contents}), ${info.url}, hämtad ${info.read}; ` +
      "årsmedel beräknade av socinv som medelvärdet av årets tolv månadstal, avrundat till två decimaler (till jämnt vid exakt hälft, som SCB:s årsmedel)",
    values,
  };
  const c = new Collector();
  validatePriceIndex(c, index);
  if (c.errors.length > 0) throw new UnexpectedAnswer(`serien blev inget giltigt prisindex: ${c.errors[0].message}`);
  return index;
}
