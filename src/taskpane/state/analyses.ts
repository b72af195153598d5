/**
 * The step Känslighet och fördelning as text the user types: scenarios, Monte Carlo, repayment
 * (återföring), compensation and follow-up. Each part is off until switched on; when on it
 * becomes the case's field of the same name (docs/analyses.md), which the engine validates.
 * Shares and rates are typed in percent, as on Antaganden; amounts as "1 234 567,50" or "1,5 mnkr".
 */
import { ASSUMPTIONS, DEFAULT_SCENARIOS, formatDecimal, type AssumptionKey } from "../../engine";
import type { DistributionType, RepaymentModel } from "../../engine/vocabulary";
import { assumptionText, newKey, parseAmount, parseAssumption } from "./text";

/** What the analyses need of a line of the Poster step (model.ts's LineRow). */
interface LineRow {
  key: string;
  role: string;
  amount: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The assumptions a scenario or a distribution may change (never the horizon). */
export type VariedKey = Exclude<AssumptionKey, "horizon">;
export const VARIED_KEYS = ASSUMPTIONS.map((a) => a.key).filter((k): k is VariedKey => k !== "horizon");

export interface ScenarioForm {
  key: string;
  name: string;
  /** Typed values of the changed assumptions; an empty cell changes nothing. */
  values: Partial<Record<VariedKey, string>>;
}

export interface DistributionForm {
  key: string;
  /** "a:<assumption>" or "l:<line key>". */
  target: string;
  type: DistributionType;
  min: string;
  mode: string;
  max: string;
  mean: string;
  sd: string;
}

export interface FollowUpRowForm {
  key: string;
  year: string;
  successes: string;
  /** Actual amounts of investment lines, by line key. */
  investment: Record<string, string>;
}

export interface AnalysesForm {
  scenarios: { on: boolean; columns: VariedKey[]; rows: ScenarioForm[] };
  monteCarlo: { on: boolean; iterations: string; seed: string; breakEvenBy: string; rows: DistributionForm[] };
  repayment: {
    on: boolean;
    model: RepaymentModel;
    fund: string;
    share: string;
    /** Paying units; none chosen means the method's default. */
    units: string[];
    startYear: string;
    years: string;
    frames: Record<string, string>;
  };
  compensation: { on: boolean };
  followUp: { on: boolean; rows: FollowUpRowForm[] };
}

export const DEFAULT_ITERATIONS = 10_000;
export const DEFAULT_SEED = 20261123;

const isPercent = (k: VariedKey) => {
  const unit = ASSUMPTIONS.find((a) => a.key === k)!.unit;
  return unit === "andel" || unit === "ränta";
};
/** A number as typed back into a field: 2750000 → "2 750 000", 0.5 → "0,5". */
const plain = (v: unknown): string => {
  if (typeof v !== "number") return "";
  if (Number.isInteger(v)) return formatDecimal(v, 0);
  return formatDecimal(v, 6).replace(/0+$/, "").replace(/,$/, "");
};
const count = (v: unknown): string => (typeof v === "number" ? String(v) : "");

/** The value of an assumption as the wizard shows it: percent for shares and rates. */
export function variedText(k: VariedKey, v: unknown): string {
  if (typeof v !== "number") return typeof v === "string" ? v : "";
  return k === "successes" ? plain(v) : assumptionText(k, v);
}

/** A typed value of an assumption, or undefined for no number. */
export function parseVaried(k: VariedKey, text: string): number | undefined {
  return k === "successes" ? parseAmount(text) : parseAssumption(k, text);
}

/** The unit shown next to an assumption's value. */
export const variedUnit = (k: VariedKey): string => (isPercent(k) ? "%" : "personer");

export function emptyAnalyses(): AnalysesForm {
  return {
    scenarios: { on: false, columns: ["successes"], rows: [] },
    monteCarlo: {
      on: false,
      iterations: formatDecimal(DEFAULT_ITERATIONS, 0),
      seed: String(DEFAULT_SEED),
      breakEvenBy: "",
      rows: [],
    },
    repayment: {
      on: false,
      model: "gainShare",
      fund: "",
      share: "50",
      units: [],
      startYear: "",
      years: "5",
      frames: {},
    },
    compensation: { on: false },
    followUp: { on: false, rows: [] },
  };
}

/** The default four scenarios with the expected persons in outcome (successes as typed on Grunddata). */
export function defaultScenarioRows(successes: number): ScenarioForm[] {
  return DEFAULT_SCENARIOS.map((d) => ({
    key: newKey(),
    name: d.name,
    values: { successes: plain(successes * d.share) },
  }));
}

export function blankDistribution(target = "a:successes"): DistributionForm {
  return { key: newKey(), target, type: "uniform", min: "", mode: "", max: "", mean: "", sd: "" };
}

/** The spread of Monte Carlo's default distribution: ±25 % around the planned value, triangular. */
export const DEFAULT_SPREAD = 0.25;

/**
 * Monte Carlo switched on is ready to run: the successes (or, without them, the first effect
 * line's amount) varied ±25 % in a triangular distribution around the planned value.
 */
export function defaultDistribution(successes: number | undefined, lines: LineRow[]): DistributionForm {
  const around = (target: string, v: number): DistributionForm => ({
    ...blankDistribution(target),
    type: "triangular",
    min: plain(Math.round(v * (1 - DEFAULT_SPREAD) * 100) / 100),
    mode: plain(v),
    max: plain(Math.round(v * (1 + DEFAULT_SPREAD) * 100) / 100),
  });
  if (successes !== undefined && successes > 0) return around("a:successes", successes);
  const line = lines.find((l) => l.role === "effect" && (parseAmount(l.amount) ?? 0) > 0);
  return line ? around(`l:${line.key}`, parseAmount(line.amount)!) : blankDistribution();
}

export function blankFollowUpYear(year: number): FollowUpRowForm {
  return { key: newKey(), year: String(year), successes: "", investment: {} };
}

// ------------------------------------------------------------------ case → form

function scenariosForm(raw: unknown): AnalysesForm["scenarios"] {
  const list = Array.isArray(raw) ? raw.filter(isObj) : [];
  const columns = new Set<VariedKey>();
  for (const s of list)
    if (isObj(s.assumptions))
      for (const k of Object.keys(s.assumptions)) if (VARIED_KEYS.includes(k as VariedKey)) columns.add(k as VariedKey);
  const rows = list.map((s) => {
    const values: ScenarioForm["values"] = {};
    if (isObj(s.assumptions)) for (const k of columns) values[k] = variedText(k, s.assumptions[k]);
    return { key: newKey(), name: typeof s.name === "string" ? s.name : "", values };
  });
  return { on: true, columns: columns.size ? [...columns] : ["successes"], rows };
}

function distributionForm(d: Obj, lines: LineRow[]): DistributionForm {
  const k = typeof d.assumption === "string" ? (d.assumption as VariedKey) : undefined;
  const lineKey = typeof d.line === "number" ? lines[d.line]?.key : undefined;
  const text = (v: unknown) => (k ? variedText(k, v) : plain(v));
  return {
    key: newKey(),
    target: k ? `a:${k}` : `l:${lineKey ?? ""}`,
    type: (d.type as DistributionType) ?? "uniform",
    min: text(d.min),
    mode: text(d.mode),
    max: text(d.max),
    mean: text(d.mean),
    sd: text(d.sd),
  };
}

function repaymentForm(r: Obj): AnalysesForm["repayment"] {
  const base = emptyAnalyses().repayment;
  const frames: Record<string, string> = {};
  if (isObj(r.frames)) for (const [k, v] of Object.entries(r.frames)) frames[k] = plain(v);
  return {
    on: true,
    model: r.model === "frameShare" ? "frameShare" : "gainShare",
    fund: plain(r.fund),
    share: typeof r.share === "number" ? assumptionText("relapse", r.share) : base.share,
    units: Array.isArray(r.units) ? r.units.filter((u): u is string => typeof u === "string") : [],
    startYear: count(r.startYear),
    years: typeof r.years === "number" ? String(r.years) : base.years,
    frames,
  };
}

function followUpForm(f: Obj, lines: LineRow[]): AnalysesForm["followUp"] {
  const years = Array.isArray(f.years) ? f.years.filter(isObj) : [];
  return {
    on: true,
    rows: years.map((y) => {
      const investment: Record<string, string> = {};
      if (Array.isArray(y.investment))
        for (const inv of y.investment.filter(isObj)) {
          const line = typeof inv.line === "number" ? lines[inv.line] : undefined;
          if (line) investment[line.key] = plain(inv.amount);
        }
      return { key: newKey(), year: count(y.year), successes: plain(y.successes), investment };
    }),
  };
}

/** The analyses of a case file (or of a state saved before the step existed) as the step's form. */
export function analysesFromRaw(raw: Obj, lines: LineRow[]): AnalysesForm {
  const out = emptyAnalyses();
  if (raw.scenarios !== undefined) out.scenarios = scenariosForm(raw.scenarios);
  if (isObj(raw.monteCarlo)) {
    const m = raw.monteCarlo;
    out.monteCarlo = {
      on: true,
      iterations: plain(m.iterations),
      seed: count(m.seed),
      breakEvenBy: count(m.breakEvenBy),
      rows: Array.isArray(m.distributions) ? m.distributions.filter(isObj).map((d) => distributionForm(d, lines)) : [],
    };
  }
  if (isObj(raw.repayment)) out.repayment = repaymentForm(raw.repayment);
  if (isObj(raw.followUp)) out.followUp = followUpForm(raw.followUp, lines);
  return out;
}

/** Whether a saved value is already the step's form (states saved before it carried the case's fields). */
export function isAnalysesForm(v: unknown): v is AnalysesForm {
  return isObj(v) && isObj(v.scenarios) && typeof v.scenarios.on === "boolean";
}

// ------------------------------------------------------------------ form → case

/** Reads typed text into the raw case: a number, or the text itself with the wizard's message kept by path. */
type Reader = (text: string, path: string, parse: (t: string) => number | undefined, what: string) => unknown;

function reader(out: Map<string, string>): Reader {
  return (text, path, parse, what) => {
    if (!text.trim()) return undefined;
    const n = parse(text);
    if (n !== undefined) return n;
    out.set(path, `${what}: '${text}' är inget tal.`);
    return text.trim();
  };
}

const put = (o: Obj, k: string, v: unknown) => {
  if (v !== undefined) o[k] = v;
};

function readScenarios(f: AnalysesForm["scenarios"], read: Reader): Obj[] {
  return f.rows.map((r, i) => {
    const assumptions: Obj = {};
    for (const k of f.columns) {
      const label = ASSUMPTIONS.find((a) => a.key === k)!.label;
      const path = `scenarios[${i}].assumptions.${k}`;
      put(
        assumptions,
        k,
        read(r.values[k] ?? "", path, (t) => parseVaried(k, t), `Scenario ${i + 1}, ${label}`),
      );
    }
    return { name: r.name, assumptions };
  });
}

const PARAMS = {
  uniform: ["min", "max"],
  triangular: ["min", "mode", "max"],
  normal: ["mean", "sd", "min", "max"],
} as const;

function readDistribution(
  d: DistributionForm,
  i: number,
  lines: LineRow[],
  read: Reader,
  out: Map<string, string>,
): Obj {
  const path = `monteCarlo.distributions[${i}]`;
  const o: Obj = { type: d.type };
  let parse: (t: string) => number | undefined = parseAmount;
  if (d.target.startsWith("a:")) {
    const k = d.target.slice(2) as VariedKey;
    o.assumption = k;
    parse = (t) => parseVaried(k, t);
  } else {
    const index = lines.findIndex((l) => l.key === d.target.slice(2));
    if (index < 0) out.set(`${path}.line`, `Fördelning ${i + 1}: posten finns inte längre; välj vad som varieras.`);
    o.line = index < 0 ? d.target : index;
  }
  const words: Record<string, string> = {
    min: "min",
    mode: "typvärde",
    max: "max",
    mean: "medel",
    sd: "standardavvikelse",
  };
  for (const p of PARAMS[d.type]) put(o, p, read(d[p], `${path}.${p}`, parse, `Fördelning ${i + 1}, ${words[p]}`));
  return o;
}

function readRepayment(f: AnalysesForm["repayment"], read: Reader): Obj {
  const o: Obj = { model: f.model };
  put(o, "fund", read(f.fund, "repayment.fund", parseAmount, "Fondens belopp"));
  put(o, "startYear", read(f.startYear, "repayment.startYear", parseAmount, "Första år"));
  if (f.model === "gainShare") {
    put(
      o,
      "share",
      read(f.share, "repayment.share", (t) => parseAssumption("relapse", t), "Andel av vinsten"),
    );
    if (f.units.length) o.units = f.units;
  } else {
    put(o, "years", read(f.years, "repayment.years", parseAmount, "Antal år"));
    const frames: Obj = {};
    for (const [id, text] of Object.entries(f.frames))
      put(frames, id, read(text, `repayment.frames.${id}`, parseAmount, "Budgetram"));
    o.frames = frames;
  }
  return o;
}

/** The investment lines a follow-up year lists, in the order of the lines (the index j of investment[j]). */
export function followUpInvestmentKeys(row: FollowUpRowForm, lines: LineRow[]): string[] {
  return lines.filter((l) => l.role === "investment" && (row.investment[l.key] ?? "").trim()).map((l) => l.key);
}

function readFollowUp(f: AnalysesForm["followUp"], lines: LineRow[], read: Reader): Obj {
  const years = f.rows.map((r, i) => {
    const path = `followUp.years[${i}]`;
    const o: Obj = {};
    put(o, "year", read(r.year, `${path}.year`, parseAmount, `Uppföljning rad ${i + 1}, år`));
    put(o, "successes", read(r.successes, `${path}.successes`, parseAmount, `År ${r.year}, antal med utfall`));
    const investment = followUpInvestmentKeys(r, lines).map((key, j) => ({
      line: lines.findIndex((l) => l.key === key),
      amount: read(r.investment[key], `${path}.investment[${j}].amount`, parseAmount, `År ${r.year}, insats`),
    }));
    if (investment.length) o.investment = investment;
    return o;
  });
  return { years };
}

/** The case's analysis fields the form describes (only the parts switched on). */
export function readAnalyses(f: AnalysesForm, lines: LineRow[], out: Map<string, string>): Obj {
  const read = reader(out);
  const raw: Obj = {};
  if (f.scenarios.on && f.scenarios.rows.length) raw.scenarios = readScenarios(f.scenarios, read);
  if (f.monteCarlo.on) {
    const m = f.monteCarlo;
    const o: Obj = {};
    put(o, "iterations", read(m.iterations, "monteCarlo.iterations", parseAmount, "Antal dragningar"));
    put(o, "seed", read(m.seed, "monteCarlo.seed", parseAmount, "Frö"));
    put(o, "breakEvenBy", read(m.breakEvenBy, "monteCarlo.breakEvenBy", parseAmount, "Break-even senast år"));
    o.distributions = m.rows.map((d, i) => readDistribution(d, i, lines, read, out));
    raw.monteCarlo = o;
  }
  if (f.repayment.on) raw.repayment = readRepayment(f.repayment, read);
  if (f.followUp.on && f.followUp.rows.length) raw.followUp = readFollowUp(f.followUp, lines, read);
  return raw;
}

// ------------------------------------------------------------------ engine paths → fields

/** The field key of an analysis path (the path itself, with a follow-up investment by its line's key). */
export function analysesFieldKey(path: string, f: AnalysesForm, lines: LineRow[]): string | undefined {
  let m = /^scenarios(?:\[(\d+)\](?:\.(name|assumptions)(?:\.(\w+))?)?)?$/.exec(path);
  if (m) {
    if (m[1] === undefined) return "scenarios";
    if (m[2] === "assumptions" && m[3]) return `scenarios[${m[1]}].assumptions.${m[3]}`;
    return `scenarios[${m[1]}].name`;
  }
  m = /^monteCarlo(?:\.(iterations|seed|breakEvenBy|distributions)(?:\[(\d+)\](?:\.(\w+))?)?)?$/.exec(path);
  if (m) {
    if (!m[1]) return "monteCarlo.iterations";
    if (m[1] !== "distributions") return `monteCarlo.${m[1]}`;
    if (m[2] === undefined) return "monteCarlo.distributions";
    const field = m[3] && m[3] !== "assumption" && m[3] !== "line" && m[3] !== "type" ? m[3] : "target";
    return `monteCarlo.distributions[${m[2]}].${field}`;
  }
  m = /^repayment(?:\.(\w+)(?:[.[](\w+)\]?)?)?$/.exec(path);
  if (m) {
    if (m[1] === "frames" && m[2]) return `repayment.frames.${m[2]}`;
    return `repayment.${m[1] && m[1] !== "model" ? m[1] : "fund"}`;
  }
  m = /^followUp(?:\.years\[(\d+)\](?:\.(year|successes|investment)(?:\[(\d+)\])?)?)?/.exec(path);
  if (m) {
    if (m[1] === undefined) return "followUp";
    const row = f.followUp.rows[Number(m[1])];
    if (m[2] === "investment" && row && m[3] !== undefined) {
      const key = followUpInvestmentKeys(row, lines)[Number(m[3])];
      if (key) return `followUp.years[${m[1]}].investment.${key}`;
    }
    return `followUp.years[${m[1]}].${m[2] === "successes" ? "successes" : "year"}`;
  }
  return undefined;
}
