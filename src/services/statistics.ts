import { SocinvError } from "../engine/errors";
import type { CostUnit, PriceIndex, UnitCost } from "../engine/types";
import {
  koladaCostUnit,
  koladaUnitCost,
  matchMunicipality,
  parseDatum,
  parseGroup,
  parseKpi,
  parseMunicipality,
  parsePage,
  type KoladaDatum,
  type KoladaKpi,
  type KoladaMunicipality,
} from "../engine/statistics/kolada";
import { annualAverages, kpiPriceIndex, kpiQuery, parsePxData, parsePxMetadata } from "../engine/statistics/pxweb";

/**
 * The questions socinv asks Kolada and SCB, in order, shared by the command line and the
 * taskpane so that both send exactly the same requests and build exactly the same unit cost or
 * price index. Nothing is fetched here: the caller passes `Transport`, which does the request
 * (Node's fetch with a cache on disk in the CLI, the browser's fetch in the taskpane) and gives
 * back the parsed answer with the date it was read. Only KPI ids, search words, kommun names or
 * codes, group ids and years go into a request; never the case.
 */

export type Service = "Kolada" | "SCB";

/** The live addresses (the CLI's defaults, the taskpane's default settings, its CSP's hosts). */
export const DEFAULT_KOLADA_URL = "https://api.kolada.se/v2";
export const DEFAULT_SCB_URL = "https://api.scb.se/OV0104/v1/doris/sv/ssd";

export interface Request {
  method?: "GET" | "POST";
  url: string;
  body?: unknown;
}

/** GET or POST JSON, checked by `parse` (which throws on an unexpected shape); the answer and its date. */
export type Transport = <T>(
  service: Service,
  req: Request,
  parse: (raw: unknown) => T,
) => Promise<{ value: T; read: string }>;

/** The service could not be reached: "Kolada kunde inte nås (…); inget har ändrats". */
export function serviceError(service: Service, why: string): SocinvError {
  return new SocinvError("invalid-input", `${service} kunde inte nås (${why}); inget har ändrats`);
}

/** The service answered something that is not the documented shape. */
export function unexpectedAnswer(service: Service, why: string): SocinvError {
  return new SocinvError("invalid-input", `${service} svarade något oväntat (${why}); inget har ändrats`);
}

const bad = (m: string) => new SocinvError("invalid-input", m);
const enc = encodeURIComponent;
const trimSlash = (s: string) => s.replace(/\/+$/, "");

/** Every page of a Kolada answer, following `next_page` only within the configured address. */
async function allPages<T>(
  get: Transport,
  base: string,
  url: string,
  parse: (x: unknown) => T,
): Promise<{ values: T[]; read: string }> {
  const values: T[] = [];
  let read = "";
  let next: string | undefined = url;
  for (let page = 0; next !== undefined; page++) {
    if (page >= 200) throw serviceError("Kolada", "fler än 200 sidor i svaret");
    if (!next.startsWith(base + "/")) throw serviceError("Kolada", `nästa sida pekar utanför ${base}: ${next}`);
    const a: { value: { items: T[]; next?: string }; read: string } = await get("Kolada", { url: next }, (raw) => {
      const p = parsePage(raw);
      return { items: p.values.map(parse), next: p.nextPage };
    });
    values.push(...a.value.items);
    if (!read || a.read < read) read = a.read;
    next = a.value.next;
  }
  return { values, read };
}

/** Kolada's questions at one address (`koladaUrl`, e.g. https://api.kolada.se/v2). */
export class KoladaQueries {
  readonly base: string;
  constructor(
    koladaUrl: string,
    private readonly get: Transport,
  ) {
    this.base = trimSlash(koladaUrl);
  }

  private pages<T>(path: string, parse: (x: unknown) => T) {
    return allPages(this.get, this.base, `${this.base}${path}`, parse);
  }

  /** Nyckeltal whose title matches `text`. */
  searchKpis(text: string): Promise<{ values: KoladaKpi[]; read: string }> {
    return this.pages(`/kpi?title=${enc(text)}`, parseKpi);
  }

  async kpi(id: string): Promise<KoladaKpi> {
    const r = await this.pages(`/kpi/${enc(id)}`, parseKpi);
    const k = r.values.find((x) => x.id === id);
    if (!k) throw bad(`nyckeltalet ${id} finns inte i Kolada; sök på en text i dess titel; inget har ändrats`);
    return k;
  }

  /** A kommun by its code (four digits) or its Swedish name; an unknown name gives the closest. */
  async kommun(text: string): Promise<KoladaMunicipality> {
    const t = text.trim();
    if (/^\d{4}$/.test(t)) {
      const r = await this.pages(`/municipality/${t}`, parseMunicipality);
      if (r.values.length === 0) throw bad(`kommunkoden ${t} finns inte i Kolada; inget har ändrats`);
      return r.values[0];
    }
    const r = await this.pages(`/municipality?title=${enc(t)}`, parseMunicipality);
    const m = matchMunicipality(t, r.values);
    if ("found" in m) return m.found;
    const prefix = t.slice(0, 3);
    const wider =
      prefix.length < 3 ? { values: [] } : await this.pages(`/municipality?title=${enc(prefix)}`, parseMunicipality);
    const near = matchMunicipality(t, [...r.values, ...wider.values]);
    throw new UnknownKommun(t, "closest" in near ? near.closest : []);
  }

  /** Comparison: kommun codes, kommun names or kommungrupper (by id "G…" or by title). */
  async compare(items: readonly string[]): Promise<KoladaMunicipality[]> {
    const out: KoladaMunicipality[] = [];
    for (const raw of items) {
      const item = raw.trim();
      if (/^G\d+$/i.test(item)) {
        const g = await this.pages(`/municipality_groups/${item.toUpperCase()}`, parseGroup);
        if (g.values.length === 0) throw bad(`kommungruppen ${item} finns inte i Kolada; inget har ändrats`);
        out.push({ id: g.values[0].id, title: g.values[0].title, type: "grupp" });
        continue;
      }
      if (!/^\d{4}$/.test(item)) {
        const g = await this.pages(`/municipality_groups?title=${enc(item)}`, parseGroup);
        const exact = g.values.find((x) => x.title.toLocaleLowerCase("sv") === item.toLocaleLowerCase("sv"));
        if (exact) {
          out.push({ id: exact.id, title: exact.title, type: "grupp" });
          continue;
        }
      }
      out.push(await this.kommun(item));
    }
    return out;
  }

  /** The values of a KPI for a kommun and its comparison, for `years` (every year Kolada has when none). */
  async values(q: {
    kpi: string;
    kommun: string;
    compare?: readonly string[];
    years?: readonly number[];
  }): Promise<KoladaValues> {
    const kpi = await this.kpi(q.kpi);
    const kommun = await this.kommun(q.kommun);
    const compare = await this.compare(q.compare ?? []);
    const places = [kommun, ...compare.filter((c) => c.id !== kommun.id)];
    const ids = places.map((m) => m.id).join(",");
    const url =
      `${this.base}/data/kpi/${enc(kpi.id)}/municipality/${ids}` + (q.years ? `/year/${q.years.join(",")}` : "");
    const r = await allPages(this.get, this.base, url, parseDatum);
    const data = r.values.filter((d) => d.kpi === kpi.id);
    const years = q.years ? [...q.years] : [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
    return { kpi, places, data, years, url, read: r.read };
  }
}

/** A kommun name Kolada does not have, with the closest names it does have. */
export class UnknownKommun extends SocinvError {
  constructor(
    readonly text: string,
    readonly closest: string[],
  ) {
    super(
      "invalid-input",
      `'${text}' är ingen kommun i Kolada` +
        (closest.length
          ? `; närmast är ${closest.join(", ")}`
          : "; ange kommunens namn som i Kolada eller dess kod (t.ex. 1287)") +
        "; inget har ändrats",
    );
    this.name = "UnknownKommun";
  }
}

export interface KoladaValues {
  kpi: KoladaKpi;
  /** The kommun first, then the comparison (kommuner or groups). */
  places: KoladaMunicipality[];
  data: KoladaDatum[];
  years: number[];
  url: string;
  read: string;
}

/** The kommun's (places[0]) total for a year, or undefined when Kolada has none. */
export function kommunValue(f: KoladaValues, year: number, place = f.places[0]): number | undefined {
  const d = f.data.find((x) => x.municipality === place.id && x.year === year);
  const v = d?.values.T;
  return typeof v === "number" ? v : undefined;
}

/**
 * The kommun's value as a unit cost of the case (`socinv kolada hamta --till-fall … --som` and
 * the wizard's "Hämta från Kolada"): for `year`, or the latest year with a value when none is
 * given; its source names Kolada (RKA), the KPI id and title, the kommun, the year, the URL of
 * the value and the date it was read.
 */
export function unitCostFromKolada(
  f: KoladaValues,
  o: { id: string; year?: number; unit?: string | CostUnit },
): UnitCost {
  const kommun = f.places[0];
  const withValue = f.data.filter((d) => d.municipality === kommun.id && typeof d.values.T === "number");
  const year = o.year ?? Math.max(...withValue.map((d) => d.year));
  const datum = withValue.find((d) => d.year === year);
  if (!datum)
    throw bad(
      `Kolada har inget värde för ${f.kpi.id} i ${kommun.title} ${o.year !== undefined ? `år ${year}` : "något år"}; inget har ändrats`,
    );
  const unit = koladaCostUnit(f.kpi, o.unit);
  const url = `${f.url.split("/municipality/")[0]}/municipality/${kommun.id}/year/${year}`;
  return koladaUnitCost(
    { kpi: f.kpi, municipality: kommun, year, value: datum.values.T as number, url, read: f.read },
    o.id,
    unit,
  );
}

/** SCB's KPI table (1980=100, fastställda tal, månad) in the statistical database. */
export const KPI_TABLE = "PR/PR0101/PR0101A/KPItotM";
export const KPI_BASE = "1980=100";

/** A shape SCB's answer should not have: said as such, with nothing written. */
function scbShape<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SocinvError) throw unexpectedAnswer("SCB", e.message);
    throw e;
  }
}

export interface KpiSeries {
  index: PriceIndex;
  years: string[];
  /** Years left out: not all twelve months published. */
  incomplete: number[];
  read: string;
}

/**
 * KPI from SCB (`socinv index hamta`, and the wizard's carry-forward): GET the table's metadata,
 * POST a query for every month of the 1980=100 series, average each complete calendar year.
 */
export async function fetchKpiSeries(scbUrl: string, get: Transport): Promise<KpiSeries> {
  const url = `${trimSlash(scbUrl)}/${KPI_TABLE}`;
  const meta = await get("SCB", { url }, parsePxMetadata);
  const q = scbShape(() => kpiQuery(meta.value, KPI_BASE));
  const data = await get("SCB", { method: "POST", url, body: q.query }, parsePxData);
  const { values, incomplete } = annualAverages(data.value);
  const years = Object.keys(values);
  if (years.length === 0) throw bad("SCB:s svar innehåller inget helt år med tolv månadstal; inget har ändrats");
  const index = scbShape(() =>
    kpiPriceIndex(values, { title: meta.value.title, contents: q.contents, url, read: data.read }),
  );
  return { index, years, incomplete, read: data.read };
}
