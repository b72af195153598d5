import { SocinvError } from "../errors";
import type { CostUnit, UnitCost } from "../types";
import { distance } from "../validate/checks";
import { UNIT_COST_ID_PATTERN } from "../validate/prices";
import { COST_UNIT } from "../vocabulary";

/**
 * Kolada's answers (the open API of RKA, v2; shapes as in the Hypergene/kolada README),
 * read into plain objects, and a value turned into a unit cost with its source. Pure: the
 * command line fetches, this checks what came back and refuses anything unexpected.
 */

/** An answer Kolada should not have given: the caller says "inget har ändrats". */
export class UnexpectedAnswer extends SocinvError {
  constructor(message: string) {
    super("invalid-input", message);
    this.name = "UnexpectedAnswer";
  }
}

export interface KoladaPage {
  values: unknown[];
  nextPage?: string;
}

export interface KoladaKpi {
  id: string;
  title: string;
  description: string;
  municipalityType: string;
  unit: string;
  dividedByGender: boolean;
}

export interface KoladaMunicipality {
  id: string;
  title: string;
  type: string;
}

export interface KoladaGroup {
  id: string;
  title: string;
  members: { id: string; title: string }[];
}

export type Gender = "T" | "K" | "M";
export interface KoladaDatum {
  kpi: string;
  municipality: string;
  year: number;
  /** Per gender: the value, or null where Kolada has none (with its status). */
  values: Partial<Record<Gender, number | null>>;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);

function str(o: Obj, key: string, what: string, optional = false): string {
  const v = o[key];
  if (typeof v === "string") return v;
  if (optional && (v === undefined || v === null)) return "";
  throw new UnexpectedAnswer(`${what} saknar fältet '${key}' som text`);
}

/** `{ values: [...], count, next_page? }`: the envelope of every Kolada answer. */
export function parsePage(raw: unknown): KoladaPage {
  if (!isObj(raw) || !Array.isArray(raw.values))
    throw new UnexpectedAnswer("svaret är inget Kolada-svar (listan 'values' saknas)");
  if (typeof raw.count === "number" && raw.count !== raw.values.length)
    throw new UnexpectedAnswer(`svaret säger ${raw.count} poster men innehåller ${raw.values.length}`);
  const next = raw.next_page;
  if (next !== undefined && next !== null && typeof next !== "string")
    throw new UnexpectedAnswer("svarets 'next_page' är ingen adress");
  return typeof next === "string" && next !== "" ? { values: raw.values, nextPage: next } : { values: raw.values };
}

export function parseKpi(raw: unknown): KoladaKpi {
  if (!isObj(raw)) throw new UnexpectedAnswer("ett nyckeltal i svaret är inget objekt");
  const id = str(raw, "id", "ett nyckeltal");
  const what = `nyckeltalet ${id}`;
  return {
    id,
    title: str(raw, "title", what),
    description: str(raw, "description", what, true),
    municipalityType: str(raw, "municipality_type", what, true),
    unit: str(raw, "unit", what, true),
    dividedByGender: raw.is_divided_by_gender === 1 || raw.is_divided_by_gender === true,
  };
}

export function parseMunicipality(raw: unknown): KoladaMunicipality {
  if (!isObj(raw)) throw new UnexpectedAnswer("en kommun i svaret är inget objekt");
  const id = str(raw, "id", "en kommun");
  return { id, title: str(raw, "title", `kommunen ${id}`), type: str(raw, "type", `kommunen ${id}`, true) };
}

export function parseGroup(raw: unknown): KoladaGroup {
  if (!isObj(raw)) throw new UnexpectedAnswer("en kommungrupp i svaret är inget objekt");
  const id = str(raw, "id", "en kommungrupp");
  if (!Array.isArray(raw.members)) throw new UnexpectedAnswer(`kommungruppen ${id} saknar 'members'`);
  return {
    id,
    title: str(raw, "title", `kommungruppen ${id}`),
    members: raw.members.map((m) => parseMunicipality(m)),
  };
}

const GENDERS: readonly string[] = ["T", "K", "M"];

/** One data object: `{ kpi, municipality, period, values: [{ gender, value, status, count }] }`. */
export function parseDatum(raw: unknown): KoladaDatum {
  if (!isObj(raw)) throw new UnexpectedAnswer("ett värde i svaret är inget objekt");
  const kpi = str(raw, "kpi", "ett värde");
  const municipality = str(raw, "municipality", "ett värde");
  const period = typeof raw.period === "number" ? String(raw.period) : str(raw, "period", "ett värde");
  if (!/^\d{4}$/.test(period)) throw new UnexpectedAnswer(`perioden '${period}' är inget årtal`);
  if (!Array.isArray(raw.values)) throw new UnexpectedAnswer(`värdet för ${municipality} ${period} saknar 'values'`);
  const values: KoladaDatum["values"] = {};
  for (const v of raw.values) {
    if (!isObj(v) || typeof v.gender !== "string")
      throw new UnexpectedAnswer(`värdet för ${municipality} ${period} saknar kön ('gender')`);
    if (!GENDERS.includes(v.gender)) continue; // an unknown gender code is left out, never guessed
    const x = v.value;
    if (x !== null && (typeof x !== "number" || !Number.isFinite(x)))
      throw new UnexpectedAnswer(`värdet för ${municipality} ${period} (${v.gender}) är inget tal`);
    values[v.gender as Gender] = x;
  }
  return { kpi, municipality, year: Number(period), values };
}

/** "2021-2024", "2023", "2021,2023" → the years, ascending; undefined when the text is none of these. */
export function parseYears(text: string): number[] | undefined {
  const t = text.replace(/\s/g, "").replace(/[–—]/g, "-");
  const range = /^(\d{4})-(\d{4})$/.exec(t);
  if (range) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    if (a > b || b - a > 60) return undefined;
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }
  if (!/^\d{4}(,\d{4})*$/.test(t)) return undefined;
  return [...new Set(t.split(",").map(Number))].sort((x, y) => x - y);
}

/** The municipality whose name is `name` (case and accents as typed are compared case-insensitively). */
export function matchMunicipality(
  name: string,
  list: readonly KoladaMunicipality[],
): { found: KoladaMunicipality } | { closest: string[] } {
  const n = name.trim().toLocaleLowerCase("sv");
  const exact = list.filter((m) => m.title.toLocaleLowerCase("sv") === n);
  const kommun = exact.find((m) => m.type === "K") ?? exact[0];
  if (kommun) return { found: kommun };
  const closest = [...list]
    .map((m) => ({ m, d: distance(n, m.title.toLocaleLowerCase("sv")) }))
    .sort((a, b) => a.d - b.d || a.m.title.localeCompare(b.m.title, "sv"))
    .slice(0, 5)
    .map(({ m }) => `${m.title} (${m.id})`);
  return { closest };
}

/** Kolada's unit text for kronor per inhabitant ("kr/inv", "kronor per invånare"). */
const PER_INHABITANT_UNIT = /^(kr|kronor)\s*(\/|per)\s*inv(ånare)?\.?$/i;
const KRONOR_UNIT = /^(kr|kronor|tkr)\b/i;

/**
 * The unit cost's unit, chosen from Kolada's own unit and, where that is not plainly an amount
 * per year, from the user's `--enhet`; refused rather than guessed.
 */
export function koladaCostUnit(kpi: KoladaKpi, given: string | undefined): CostUnit {
  const unit = kpi.unit.trim();
  if (!KRONOR_UNIT.test(unit) || /^tkr/i.test(unit))
    throw new SocinvError(
      "invalid-input",
      `nyckeltalet ${kpi.id} har enheten '${unit || "(ingen)"}', inte kronor; det kan inte bli ett kalkylvärde`,
    );
  const parsed = given === undefined ? undefined : COST_UNIT.parse(given);
  if (given !== undefined && parsed === undefined)
    throw new SocinvError(
      "invalid-input",
      `--enhet '${given}' är ingen enhet; ange ${Object.values<string>(COST_UNIT.labels)
        .map((l) => `"${l}"`)
        .join(", ")}`,
    );
  if (PER_INHABITANT_UNIT.test(unit)) {
    if (parsed !== undefined && parsed !== "inhabitantYear")
      throw new SocinvError(
        "invalid-input",
        `nyckeltalet ${kpi.id} anges i '${unit}' (per invånare och år); --enhet '${given}' stämmer inte med det`,
      );
    return "inhabitantYear";
  }
  if (parsed === undefined)
    throw new SocinvError(
      "invalid-input",
      `nyckeltalet ${kpi.id} anges i '${unit}', som inte säger per vad och per hur lång tid; ` +
        `ange --enhet (t.ex. "per person och år" eller "per år") efter nyckeltalets definition i Kolada`,
    );
  return parsed;
}

export interface KoladaValue {
  kpi: KoladaKpi;
  municipality: KoladaMunicipality;
  year: number;
  value: number;
  /** Where the value was read (the data route) and the date of the answer (YYYY-MM-DD). */
  url: string;
  read: string;
}

/** The value as a unit cost of the case: "Kolada (RKA), <KPI> <title>, <kommun> <år>". */
export function koladaUnitCost(v: KoladaValue, id: string, unit: CostUnit): UnitCost {
  if (!UNIT_COST_ID_PATTERN.test(id))
    throw new SocinvError("invalid-input", `'${id}' är inget giltigt id; använd bokstäver, siffror, _ . och -`);
  if (v.value < 0)
    throw new SocinvError("invalid-input", `värdet ${v.value} är negativt och kan inte bli ett kalkylvärde`);
  return {
    id,
    label: `${v.kpi.title}, ${v.municipality.title} ${v.year}`,
    amount: v.value,
    unit,
    priceYear: v.year,
    note:
      `Hämtat ur Kolada: nyckeltal ${v.kpi.id}, kommun ${v.municipality.title} (${v.municipality.id}), år ${v.year}, ` +
      `totalt (båda könen). Kolada anger enheten '${v.kpi.unit}'; prisåret är värdets år (löpande priser).`,
    source: {
      citation: `Kolada (RKA), ${v.kpi.id} ${v.kpi.title}, ${v.municipality.title} ${v.year}`,
      url: v.url,
      read: v.read,
    },
  };
}
