/**
 * The parameters of method v2's functions: participants (BREAKEVENSUCCESSES), a unit cost's
 * id and a price year (UNITCOST), an amount, years and a price index (REALPRICE). Each error
 * names its argument in Swedish.
 */
import {
  BUILTIN_INDEXES,
  INDEX_YEARS,
  catalogue,
  formatPlain,
  searchCatalogue,
  suggest,
  type PriceIndex,
  type UnitCost,
} from "../../engine";
import { asMatrix, isBlank, isBlankOrZero, key, parseNumber, showCell } from "../cells";
import { invalid } from "../errors";
import { optionalText } from "./scalars";
import { caseOf, isMissing, type Param } from "./types";

/** Years as a reader scans them: "1980, 2006–2023". */
export function yearsText(years: readonly number[]): string {
  const ys = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < ys.length; i++) {
    let j = i;
    while (j + 1 < ys.length && ys[j + 1] === ys[j] + 1) j++;
    parts.push(j > i ? `${ys[i]}–${ys[j]}` : String(ys[i]));
    i = j;
  }
  return parts.join(", ");
}

/** The years a price index has, as text. */
export function indexYearsText(index: PriceIndex): string {
  return yearsText(Object.keys(index.values).map(Number));
}

function scalar(raw: unknown): unknown {
  return Array.isArray(raw) ? asMatrix(raw)[0]?.[0] : raw;
}

/** A required number (any sign), e.g. REALPRICE's amount. */
export function amountParam(label: string): Param<number> {
  return {
    kind: "amount",
    type: "number",
    dimensionality: "scalar",
    optional: false,
    required: (raw) => {
      if (isMissing(raw)) throw invalid(`${label}: ange ett belopp i kronor`);
    },
    parse(raw) {
      const n = parseNumber(scalar(raw));
      if (n === undefined) throw invalid(`${label}: ${showCell(scalar(raw))} är inget tal; ange ett belopp i kronor`);
      return n;
    },
  };
}

function checkYear(label: string, v: unknown): number {
  const n = parseNumber(v);
  if (n === undefined || !Number.isInteger(n) || n < INDEX_YEARS.min || n > INDEX_YEARS.max)
    throw invalid(
      `${label}: ${showCell(v)} är inget årtal; ange ett år ${INDEX_YEARS.min}–${INDEX_YEARS.max}, t.ex. 2023`,
    );
  return n;
}

/** A year (kind "priceYear"), required. */
export function yearParam(label: string): Param<number> {
  return {
    kind: "priceYear",
    type: "number",
    dimensionality: "scalar",
    optional: false,
    required: (raw) => {
      if (isMissing(raw)) throw invalid(`${label}: ange ett år, t.ex. 2023`);
    },
    parse: (raw) => checkYear(label, scalar(raw)),
  };
}

/** An optional price year (kind "priceYear"): blank or 0 counts as left out. */
export function optionalYearParam(label: string): Param<number | undefined> {
  return {
    kind: "priceYear",
    type: "number",
    dimensionality: "scalar",
    optional: true,
    parse(raw) {
      const v = scalar(raw);
      return isMissing(v) || isBlankOrZero(v) ? undefined : checkYear(label, v);
    },
  };
}

/**
 * The number of participants (kind "participants"): an integer from 1, at least as many as
 * Antal med utfall (the engine's rule for a case's participants). Blank or 0: left out.
 */
export const participantsParam: Param<number | undefined> = {
  kind: "participants",
  type: "number",
  dimensionality: "scalar",
  optional: true,
  parse(raw, ctx) {
    const v = scalar(raw);
    if (isMissing(v) || isBlankOrZero(v)) return undefined;
    const n = parseNumber(v);
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 1e9)
      throw invalid(`Deltagare: ${showCell(v)} är inget antal; ange antalet deltagare som ett heltal från 1`);
    const successes = caseOf(ctx).assumptions.successes;
    if (successes > n)
      throw invalid(
        `Deltagare: ${n} deltagare är färre än de ${formatPlain(successes)} med utfall (Antal med utfall i antagandena)`,
      );
    return n;
  },
};

/** A hint for an unknown id: the nearest id, else what a search for its words finds. */
function unitCostHint(text: string, entries: readonly UnitCost[]): string {
  const ids = entries.map((e) => e.id);
  const near = suggest(text, ids);
  if (near) return `; menade du '${near}'?`;
  const words = text.replace(/[-_.]+/g, " ");
  const found = searchCatalogue(words, entries);
  const some = found.length > 0 ? found : searchCatalogue(words.split(/\s+/)[0] ?? "", entries);
  if (some.length > 0 && some.length < entries.length)
    return `; sökningen på '${words.trim()}' ger ${some
      .slice(0, 3)
      .map((e) => `'${e.id}'`)
      .join(", ")}`;
  return "; se katalogen med socinv catalogue eller i Antaganden";
}

/** A catalogue entry by id (case- and diacritics-insensitive), or an error naming the id. */
export function findCatalogueEntry(text: string, entries: readonly UnitCost[] = catalogue().entries): UnitCost {
  const k = key(text);
  const e = entries.find((x) => x.id === text) ?? entries.find((x) => key(x.id) === k);
  if (e) return e;
  throw invalid(`Id: '${text}' är inget kalkylvärde i den inbyggda katalogen${unitCostHint(text, entries)}`);
}

/** A unit cost's id in the built-in catalogue (kind "unitCost"). */
export const unitCostParam: Param<UnitCost> = {
  kind: "unitCost",
  type: "string",
  dimensionality: "scalar",
  optional: false,
  required: (raw) => {
    if (isMissing(raw)) throw invalid("Id: ange kalkylvärdets id, t.ex. 'kriminalvard-anstalt-dygn-2019'");
  },
  parse(raw) {
    const text = optionalText(raw);
    if (text === undefined || typeof scalar(raw) !== "string")
      throw invalid(
        `Id: ${showCell(scalar(raw))} är inget id; ange kalkylvärdets id som text, t.ex. 'kriminalvard-anstalt-dygn-2019'`,
      );
    return findCatalogueEntry(text);
  },
};

const INDEX_HELP = "ange KPI eller ett område med två kolumner: år och indextal";

/** A price index from a range: rows year | index value, a header row allowed. */
export function parseIndexRange(raw: unknown): PriceIndex {
  const m = asMatrix(raw);
  const cells = m.flat().filter((c) => !isBlankOrZero(c));
  if (cells.length === 1 && typeof cells[0] === "string") {
    if (key(cells[0]) === "kpi") return BUILTIN_INDEXES.KPI;
    throw invalid(`Index: ${showCell(cells[0])} känns inte igen; ${INDEX_HELP}`);
  }
  if (m.some((row) => row.length < 2) && cells.length > 0) throw invalid(`Index: ${INDEX_HELP}`);
  const values: Record<string, number> = {};
  const rowOf = new Map<number, number>();
  m.forEach((row, r) => {
    if (row.every(isBlankOrZero)) return;
    const rowNo = r + 1;
    if (r === 0 && parseNumber(row[0]) === undefined && typeof row[0] === "string") return;
    const year = checkYear(`Index rad ${rowNo}`, row[0]);
    const first = rowOf.get(year);
    if (first !== undefined) throw invalid(`Index rad ${rowNo}: året ${year} står redan på rad ${first}`);
    const v = parseNumber(row[1]);
    if (v === undefined || v <= 0 || v > 1e12)
      throw invalid(
        `Index rad ${rowNo}, år ${year}: ${isBlank(row[1]) ? "indextalet saknas" : `${showCell(row[1])} är inget indextal större än 0`}`,
      );
    values[String(year)] = v;
    rowOf.set(year, rowNo);
  });
  if (rowOf.size === 0) throw invalid(`Index: området har inga rader med år och indextal; ${INDEX_HELP}`);
  return { name: "Index (eget område)", source: "Excel-område", values };
}

/** A price index (kind "priceIndex"): left out, SCB's KPI (the built-in series). */
export const priceIndexParam: Param<PriceIndex> = {
  kind: "priceIndex",
  type: "any",
  dimensionality: "matrix",
  optional: true,
  parse: (raw) => (isMissing(raw) ? BUILTIN_INDEXES.KPI : parseIndexRange(raw)),
};

/** I(year) of an index, or an error naming the argument and the years the series has. */
export function indexAt(index: PriceIndex, year: number, label: string): number {
  const v = index.values[String(year)];
  if (typeof v === "number") return v;
  throw invalid(`${label}: året ${year} saknas i prisindexet ${index.name} (serien har ${indexYearsText(index)})`);
}
