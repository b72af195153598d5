/**
 * Between the wizard's state and the case format: a case (or a raw case file) into state, and
 * the state into the raw case the engine validates. Text that is no number is passed on as
 * text, so the engine still checks the rest of the case; the wizard's own message for it is
 * kept by the path of its field.
 */
import {
  DEFAULT_ASSUMPTIONS,
  STANDARD_ACTORS,
  formatDecimal,
  isSocinvError,
  validateCase,
  runRepayment,
  type AssumptionKey,
  type Case,
  type Issue,
} from "../../engine";
import {
  EDITABLE_ASSUMPTIONS,
  assumptionText,
  newKey,
  parseAmount,
  parseAssumption,
  type ActorRow,
  type EditableAssumption,
  type LineRow,
  type TemplateKind,
  type WizardState,
  STEPS,
} from "./model";
import { analysesFromRaw, readAnalyses } from "./analyses";
import { readSchedule, scheduleFromRaw } from "./schedule";
import { firstYear, typedYears } from "./yearly";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
/** A number as the wizard shows it in a plain field: 2.5 → "2,5"; no number → "". */
const plain = (v: unknown): string => (typeof v === "number" ? String(v).replace(".", ",") : "");
const text = (v: unknown): string => (typeof v === "string" ? v : "");

function actorRow(a: Obj): ActorRow {
  const id = String(a.id);
  const name = typeof a.name === "string" ? a.name : id;
  return {
    id,
    name,
    kind: (a.kind ?? "public") as ActorRow["kind"],
    parent: text(a.parent),
    selected: true,
    standard: STANDARD_ACTORS.some((x) => x.id === id && x.name === name),
  };
}

function lineRow(l: Obj, horizon: unknown): LineRow {
  const amount = typeof l.amount === "number" ? formatDecimal(l.amount, Number.isInteger(l.amount) ? 0 : 2) : "";
  return {
    key: newKey(),
    actor: text(l.actor),
    direction: l.direction as LineRow["direction"],
    category: l.category as LineRow["category"],
    role: (l.role ?? "effect") as LineRow["role"],
    basis: (l.basis ?? "total") as LineRow["basis"],
    amount,
    // the defaults (year 1, the horizon) show as empty fields
    fromYear: l.fromYear === 1 ? "" : plain(l.fromYear),
    toYear: l.toYear === horizon ? "" : plain(l.toYear),
    label: text(l.label),
    ...(typeof l.source === "string" ? { source: l.source } : {}),
    ...(typeof l.unitCost === "string" ? { unitCost: l.unitCost, amount: "", quantity: plain(l.quantity) } : {}),
    ...(Array.isArray(l.yearlyAmounts)
      ? {
          yearlyAmounts: l.yearlyAmounts.map((a) =>
            typeof a === "number" ? formatDecimal(a, Number.isInteger(a) ? 0 : 2) : "",
          ),
          amount: "",
          toYear: "",
        }
      : {}),
  };
}

/**
 * A case in the case format into wizard state: a validated case (examples, re-opened
 * workbooks), or a raw case file whose fields have the types the wizard can show.
 */
export function stateFromRaw(raw: Obj, template: TemplateKind = "exempel"): WizardState {
  const given = isObj(raw.assumptions) ? raw.assumptions : {};
  const value = (k: AssumptionKey) => (typeof given[k] === "number" ? (given[k] as number) : DEFAULT_ASSUMPTIONS[k]);
  const assumptions = {} as Record<EditableAssumption, string>;
  for (const a of EDITABLE_ASSUMPTIONS)
    assumptions[a.key as EditableAssumption] = assumptionText(a.key as EditableAssumption, value(a.key));
  const lines = Array.isArray(raw.lines) ? (raw.lines as Obj[]) : [];
  const perPerson = lines.some((l) => l.basis === "perSuccess");
  const successes = value("successes");
  const rows = lines.map((l) => lineRow(l, value("horizon")));
  return {
    version: 1,
    step: 0,
    visited: STEPS.length - 1,
    template,
    basics: {
      title: text(raw.title),
      activity: text(raw.activity),
      municipality: text(raw.municipality),
      priceYear: plain(raw.priceYear),
      participants: plain(raw.participants),
      successes: successes !== 0 || (perPerson && given.successes !== undefined) ? plain(successes) : "",
    },
    actors: (Array.isArray(raw.actors) ? (raw.actors as Obj[]) : STANDARD_ACTORS.map((a) => ({ ...a }))).map(actorRow),
    lines: rows,
    assumptions,
    schedule: scheduleFromRaw(given.discountSchedule),
    ...(typeof raw.unit === "string" ? { unit: raw.unit } : {}),
    ...(given.intakeYears !== undefined ? { intakeYears: plain(given.intakeYears) } : {}),
    ...(typeof given.discountTiming === "string" ? { discountTiming: given.discountTiming } : {}),
    ...(raw.priceIndex !== undefined ? { priceIndex: raw.priceIndex } : {}),
    ...(raw.unitCosts !== undefined ? { unitCosts: raw.unitCosts } : {}),
    ...(typeof raw.preparedBy === "string" ? { preparedBy: raw.preparedBy } : {}),
    ...(typeof raw.version === "string" ? { caseVersion: raw.version } : {}),
    analyses: analysesFromRaw(raw, rows),
  };
}

/** A validated case into wizard state (examples and re-opened workbooks). */
export function stateFromCase(c: Case, template: TemplateKind = "exempel"): WizardState {
  return stateFromRaw(c as unknown as Obj, template);
}

/** The raw case a state describes, and the wizard's own messages for text that is no number, by path. */
export interface ReadCase {
  raw: Obj;
  textErrors: Map<string, string>;
}

/** A number typed as text: undefined when empty, the text itself (and a message) when it is no number. */
function numberOf(t: string, path: string, message: string, out: Map<string, string>): number | string | undefined {
  if (!t.trim()) return undefined;
  const n = parseAmount(t);
  if (n !== undefined) return n;
  out.set(path, message);
  return t.trim();
}

/**
 * A line's amounts per year as typed: trailing blank cells are no years, a blank between two
 * amounts is 0 kr; a cell that is no amount is passed on as typed, with a message naming the year.
 */
function readYearly(l: LineRow, n: number, i: number, out: Map<string, string>): (number | string)[] {
  const from = firstYear(l) ?? 1;
  return typedYears(l.yearlyAmounts ?? []).map(
    (a, y) =>
      numberOf(
        a,
        `lines[${i}].yearlyAmounts[${y}]`,
        `Post ${n}, År ${from + y}: '${a.trim()}' är inget belopp; skriv t.ex. 1 234 567 eller 1,5 mnkr.`,
        out,
      ) ?? 0,
  );
}

function readLines(s: WizardState, out: Map<string, string>): Obj[] {
  return s.lines.map((l, i) => {
    const n = i + 1;
    const line: Obj = { actor: l.actor, direction: l.direction, category: l.category, role: l.role, basis: l.basis };
    const years = `Post ${n}, %s: ska vara ett heltal från 1.`;
    if (l.unitCost) line.unitCost = l.unitCost;
    if (l.yearlyAmounts) line.yearlyAmounts = readYearly(l, n, i, out);
    const amount =
      l.unitCost || l.yearlyAmounts
        ? undefined
        : numberOf(
            l.amount,
            `lines[${i}].amount`,
            `Post ${n}, Belopp: '${l.amount}' är inget belopp; skriv t.ex. 1 234 567,50.`,
            out,
          );
    const quantity = l.unitCost
      ? numberOf(
          l.quantity ?? "",
          `lines[${i}].quantity`,
          `Post ${n}, Antal: '${l.quantity}' är inget antal; skriv t.ex. 2 eller 0,5.`,
          out,
        )
      : undefined;
    if (quantity !== undefined) line.quantity = quantity;
    const fromYear = numberOf(l.fromYear, `lines[${i}].fromYear`, years.replace("%s", "Från år"), out);
    const toYear = numberOf(l.toYear, `lines[${i}].toYear`, years.replace("%s", "Till år"), out);
    if (amount !== undefined) line.amount = amount;
    if (fromYear !== undefined) line.fromYear = fromYear;
    if (toYear !== undefined && !l.yearlyAmounts) line.toYear = toYear;
    if (l.label.trim()) line.label = l.label.trim();
    if (l.source?.trim()) line.source = l.source.trim();
    return line;
  });
}

function readAssumptions(s: WizardState, out: Map<string, string>): Obj {
  const assumptions: Obj = {};
  for (const info of EDITABLE_ASSUMPTIONS) {
    const typed = s.assumptions[info.key as EditableAssumption];
    const v = parseAssumption(info.key as EditableAssumption, typed);
    if (v === undefined) out.set(`assumptions.${info.key}`, `${info.label}: '${typed}' är inget tal.`);
    assumptions[info.key] = v ?? typed;
  }
  const b = s.basics;
  const successes = numberOf(
    b.successes,
    "assumptions.successes",
    "Antal med utfall: ange antalet som ett tal från 0.",
    out,
  );
  if (successes !== undefined) assumptions.successes = successes;
  const schedule = readSchedule(s.schedule, out);
  if (schedule !== undefined) assumptions.discountSchedule = schedule;
  const intake = numberOf(
    s.intakeYears ?? "",
    "assumptions.intakeYears",
    "Intagsår: ange antalet intagsår som ett heltal från 1, t.ex. 5.",
    out,
  );
  if (intake !== undefined) assumptions.intakeYears = intake;
  if (s.discountTiming) assumptions.discountTiming = s.discountTiming;
  return assumptions;
}

/** The raw case file the state describes (what the engine validates). */
export function readCase(s: WizardState): ReadCase {
  const out = new Map<string, string>();
  const b = s.basics;
  const raw: Obj = { title: b.title.trim() };
  const priceYear = numberOf(b.priceYear, "priceYear", "Prisår: ange prisåret som ett årtal, t.ex. 2025.", out);
  if (priceYear !== undefined) raw.priceYear = priceYear;
  raw.actors = s.actors
    .filter((a) => a.selected)
    .map((a) => ({ id: a.id, name: a.name.trim(), kind: a.kind, ...(a.parent ? { parent: a.parent } : {}) }));
  raw.assumptions = readAssumptions(s, out);
  raw.lines = readLines(s, out);
  Object.assign(raw, readAnalyses(s.analyses, s.lines, out));
  if (b.activity.trim()) raw.activity = b.activity.trim();
  if (b.municipality.trim()) raw.municipality = b.municipality.trim();
  const participants = numberOf(b.participants, "participants", "Antal deltagare: ange antalet som ett heltal.", out);
  if (participants !== undefined) raw.participants = participants;
  if (s.unit) raw.unit = s.unit;
  if (s.priceIndex !== undefined) raw.priceIndex = s.priceIndex;
  if (s.unitCosts !== undefined) raw.unitCosts = s.unitCosts;
  if (s.preparedBy !== undefined) raw.preparedBy = s.preparedBy;
  if (s.caseVersion !== undefined) raw.version = s.caseVersion;
  return { raw, textErrors: out };
}

export function toRawCase(s: WizardState): Record<string, unknown> {
  return readCase(s).raw;
}

export type CaseResult = { ok: true; case: Case } | { ok: false; errors: Issue[] };

/**
 * The engine's verdict on a raw case: its validation, and the check the engine makes when it
 * plans a repayment (a fund larger than the units' gains, a unit and its sub-unit both paying).
 */
export function checkCase(raw: unknown): CaseResult {
  const r = validateCase(raw);
  if (!r.ok) return { ok: false, errors: r.errors };
  if (r.case.repayment)
    try {
      runRepayment(r.case, r.case.repayment);
    } catch (e) {
      if (isSocinvError(e)) return { ok: false, errors: [...e.issues] };
      throw e;
    }
  return { ok: true, case: r.case };
}

export function caseOf(s: WizardState): CaseResult {
  return checkCase(toRawCase(s));
}
