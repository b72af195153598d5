import { renameSync, writeFileSync, unlinkSync } from "fs";
import { dirname, basename, join } from "path";
import { SocinvError, formatDecimal, validateCase, placeOf, type Issue } from "../engine";
import { parseYears, type KoladaDatum, type KoladaKpi, type KoladaMunicipality } from "../engine/statistics/kolada";
import { KoladaQueries, unitCostFromKolada, type KoladaValues } from "../services/statistics";
import { requestJson, type NetSettings } from "./net/http";
import { table } from "./table";

/**
 * `socinv kolada sok|hamta`: Kolada's nyckeltal on the user's explicit command. Only the search
 * text, kommun names or codes, the KPI id and years are sent; the case never leaves the machine.
 */

export interface KoladaIo {
  out: (s: string) => void;
  err: (s: string) => void;
  read: (file: string) => unknown;
}

export interface KoladaArgs {
  sub: "sok" | "hamta";
  text: string;
  kommun?: string;
  years?: number[];
  compare?: string[];
  json: boolean;
  caseFile?: string;
  as?: string;
  unit?: string;
}

const usage = (m: string) => new SocinvError("usage", m);
const bad = (m: string) => new SocinvError("invalid-input", m);

function flagValue(rest: string[], i: number, flag: string): string {
  const v = rest[i + 1];
  if (v === undefined || v.startsWith("--")) throw usage(`${flag} behöver ett värde`);
  return v;
}

export function parseKoladaArgs(rest: string[]): KoladaArgs & { cacheDir?: string; refresh: boolean } {
  const [sub, ...args] = rest;
  const name = sub === "sök" ? "sok" : sub === "hämta" ? "hamta" : sub;
  if (name !== "sok" && name !== "hamta") throw usage(`kolada tar 'sok' eller 'hamta' (fick '${sub ?? ""}')`);
  const p: KoladaArgs & { cacheDir?: string; refresh: boolean } = { sub: name, text: "", json: false, refresh: false };
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--json") p.json = true;
    else if (a === "--uppdatera") p.refresh = true;
    else if (a === "--cache") p.cacheDir = flagValue(args, i++, a);
    else if (name === "hamta" && a === "--kommun") p.kommun = flagValue(args, i++, a);
    else if (name === "hamta" && (a === "--ar" || a === "--år")) {
      const v = flagValue(args, i++, a);
      p.years = parseYears(v);
      if (!p.years) throw usage(`${a} '${v}' är inga årtal; skriv t.ex. 2023, 2021-2024 eller 2021,2023`);
    } else if (name === "hamta" && (a === "--jamfor" || a === "--jämför"))
      p.compare = flagValue(args, i++, a)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    else if (name === "hamta" && a === "--till-fall") p.caseFile = flagValue(args, i++, a);
    else if (name === "hamta" && a === "--som") p.as = flagValue(args, i++, a);
    else if (name === "hamta" && a === "--enhet") p.unit = flagValue(args, i++, a);
    else if (a.startsWith("-")) throw usage(`okänd flagga '${a}' för kolada ${name}`);
    else words.push(a);
  }
  p.text = words.join(" ").trim();
  if (name === "sok" && !p.text) throw usage("kolada sok behöver en text att söka efter");
  if (name === "hamta") checkHamta(p, words);
  return p;
}

function checkHamta(p: KoladaArgs, words: string[]): void {
  if (words.length !== 1) throw usage(`kolada hamta tar exakt ett nyckeltals-id (fick ${words.length})`);
  if (!/^[A-Za-z][A-Za-z0-9]{1,15}$/.test(p.text)) throw usage(`'${p.text}' är inget nyckeltals-id (t.ex. N17473)`);
  p.text = p.text.toUpperCase();
  if (!p.kommun) throw usage("kolada hamta behöver --kommun <namn eller kod>");
  if ((p.caseFile === undefined) !== (p.as === undefined))
    throw usage("--till-fall och --som anges tillsammans: --till-fall fall.json --som <kalkylvärdets id>");
  if (p.caseFile && p.json) throw usage("--till-fall tar inte --json");
  if (p.caseFile && p.years && p.years.length !== 1)
    throw usage("--till-fall tar ett enda år (--ar 2023), eller inget så används det senaste året med värde");
  if (p.unit !== undefined && !p.caseFile) throw usage("--enhet gäller bara med --till-fall");
}

/** Kolada's questions (the engine's, shared with the taskpane) over the CLI's fetch with its cache. */
function queries(s: NetSettings, warn: (s: string) => void): KoladaQueries {
  return new KoladaQueries(s.koladaUrl, (service, req, parse) => requestJson(service, s, req, parse, warn));
}

export async function koladaSearch(p: KoladaArgs, s: NetSettings, io: KoladaIo): Promise<number> {
  const r = await queries(s, io.err).searchKpis(p.text);
  if (p.json) {
    io.out(JSON.stringify({ source: "Kolada (RKA)", read: r.read, kpis: r.values }, null, 2) + "\n");
    return 0;
  }
  if (r.values.length === 0) {
    io.out(`Inga nyckeltal i Kolada matchar '${p.text}' (svar från ${r.read}).\n`);
    return 0;
  }
  const cut = (t: string, n: number) => (t.length > n ? t.slice(0, n - 1) + "…" : t);
  const rows = r.values.map((k) => [
    k.id,
    cut(k.title, 60),
    k.municipalityType,
    k.unit,
    cut(k.description.replace(/\s+/g, " "), 70),
  ]);
  io.out(
    `Nyckeltal i Kolada som matchar '${p.text}' (${r.values.length}, svar från ${r.read}):\n\n` +
      table(["Id", "Titel", "Typ", "Enhet", "Beskrivning"], rows, [false, false, false, false, false]) +
      "\n\nTyp: K = kommun, L = region. Hämta värden med 'socinv kolada hamta <Id> --kommun <namn eller kod>'.\n",
  );
  return 0;
}

const GENDER_TITLES = [
  ["T", "Totalt"],
  ["K", "Kvinnor"],
  ["M", "Män"],
] as const;

function numberText(x: number | null | undefined): string {
  if (x === undefined) return "";
  if (x === null) return "saknas";
  const decimals = Number.isInteger(x) ? 0 : Math.abs(x * 10 - Math.round(x * 10)) < 1e-9 ? 1 : 2;
  return formatDecimal(x, decimals);
}

function valuesTable(kpi: KoladaKpi, places: KoladaMunicipality[], data: KoladaDatum[], years: number[]): string {
  const genders = GENDER_TITLES.filter(([g]) => data.some((d) => d.values[g] !== undefined && g !== "T"));
  const rows: string[][] = [];
  for (const m of places) {
    for (const y of years) {
      const d = data.find((x) => x.municipality === m.id && x.year === y);
      const total = d ? numberText(d.values.T ?? null) : "saknas";
      rows.push([
        `${m.title} (${m.id})`,
        String(y),
        total,
        ...genders.map(([g]) => (d ? numberText(d.values[g]) : "")),
      ]);
    }
  }
  const header = ["Kommun", "År", "Totalt", ...genders.map(([, t]) => t)];
  return (
    `${kpi.id} ${kpi.title}${kpi.unit ? ` (${kpi.unit})` : ""}\n\n` +
    table(
      header,
      rows,
      header.map((_, i) => i > 0),
    )
  );
}

type Fetched = KoladaValues;

async function fetchValues(p: KoladaArgs, s: NetSettings, warn: (s: string) => void): Promise<Fetched> {
  const q = queries(s, warn);
  try {
    return await q.values({ kpi: p.text, kommun: p.kommun!, compare: p.compare, years: p.years });
  } catch (e) {
    if (e instanceof SocinvError && /^nyckeltalet \S+ finns inte i Kolada/.test(e.message))
      throw bad(`nyckeltalet ${p.text} finns inte i Kolada; sök med 'socinv kolada sok <text>'; inget har ändrats`);
    throw e;
  }
}

export async function koladaFetch(p: KoladaArgs, s: NetSettings, io: KoladaIo): Promise<number> {
  const target = p.caseFile ? prepareCase(p, io) : undefined;
  const f = await fetchValues(p, s, io.err);
  if (target) return addToCase(p, f, target, io);
  if (p.json) {
    const out = {
      source: "Kolada (RKA)",
      url: f.url,
      read: f.read,
      kpi: f.kpi,
      municipalities: f.places,
      values: f.data,
    };
    io.out(JSON.stringify(out, null, 2) + "\n");
    return 0;
  }
  if (f.data.length === 0) {
    io.out(
      `Kolada har inga värden för ${f.kpi.id} ${f.kpi.title} för ${f.places.map((m) => m.title).join(", ")}` +
        (p.years ? ` år ${p.years.join(", ")}` : "") +
        ` (svar från ${f.read}).\n`,
    );
    return 0;
  }
  io.out(
    valuesTable(f.kpi, f.places, f.data, f.years) +
      `\n\nKälla: Kolada (RKA), ${f.url}, svar från ${f.read}.` +
      (f.places.some((m) => m.type === "grupp")
        ? " En kommungrupps värde är ett ovägt medelvärde av dess medlemmar."
        : "") +
      "\n",
  );
  return 0;
}

interface CaseTarget {
  raw: Record<string, unknown>;
}

/** Reads and checks the case before anything is fetched: a wrong file or a taken id costs no request. */
function prepareCase(p: KoladaArgs, io: KoladaIo): CaseTarget {
  const raw = io.read(p.caseFile!);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw bad(`${p.caseFile}: filen är ingen kalkyl`);
  const r = raw as Record<string, unknown>;
  const list = r.unitCosts;
  if (list !== undefined && !Array.isArray(list)) throw bad(`${p.caseFile}: unitCosts är ingen lista`);
  const taken = (list ?? []).findIndex((u: unknown) => (u as { id?: unknown } | null)?.id === p.as);
  if (taken >= 0)
    throw bad(
      `${p.caseFile}: kalkylvärdet '${p.as}' finns redan (unitCosts[${taken}]); välj ett annat id med --som; inget har ändrats`,
    );
  return { raw: r };
}

function issuesText(file: string, issues: readonly Issue[]): string {
  return issues.map((i) => `  ${i.path ? `${placeOf(i.path)} (${i.path}): ` : ""}${i.message}`).join("\n");
}

function addToCase(p: KoladaArgs, f: Fetched, t: CaseTarget, io: KoladaIo): number {
  const u = unitCostFromKolada(f, { id: p.as!, year: p.years?.[0], unit: p.unit });
  const year = u.priceYear;
  const next = { ...t.raw, unitCosts: [...((t.raw.unitCosts as unknown[] | undefined) ?? []), u] };
  const v = validateCase(next);
  if (!v.ok) {
    io.err(
      `${p.caseFile}: kalkylen blir ogiltig med kalkylvärdet; inget har ändrats\n${issuesText(p.caseFile!, v.errors)}\n`,
    );
    return 1;
  }
  writeWhole(p.caseFile!, JSON.stringify(next, null, 2) + "\n");
  io.out(
    `${p.caseFile}: kalkylvärdet '${u.id}' = ${numberText(u.amount)} kr (${year}) tillagt ur Kolada\n` +
      `  Källa: ${u.source.citation}, ${u.source.url}, läst ${u.source.read}\n`,
  );
  return 0;
}

/** Writes a file whole or not at all: a temp file beside it, then rename. */
export function writeWhole(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing left behind
    }
    throw bad(`${file}: kunde inte skrivas (${(e as Error).message}); inget har ändrats`);
  }
}
