/**
 * The wizard's state and rules, without React or Office: what the user has typed (as text,
 * so that "1 234 567,50" survives until it is valid), validation per step in Swedish, and the
 * conversion to a case the engine validates and computes.
 */
import {
  ASSUMPTIONS,
  STANDARD_ACTORS,
  SV,
  formatDecimal,
  fold,
  parseNumberText,
  validateCase,
  type ActorKind,
  type AssumptionKey,
  type Basis,
  type Case,
  type CaseAnalyses,
  type Category,
  type Direction,
  type Issue,
  type Role,
} from "../engine";

export type TemplateKind = "bokslut" | "investering" | "exempel";

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  parent: string;
  selected: boolean;
  standard: boolean;
}

export interface LineRow {
  key: string;
  actor: string;
  direction: Direction;
  category: Category;
  role: Role;
  basis: Basis;
  amount: string;
  fromYear: string;
  toYear: string;
  label: string;
}

export interface Basics {
  title: string;
  activity: string;
  municipality: string;
  priceYear: string;
  participants: string;
  successes: string;
}

export type EditableAssumption = Exclude<AssumptionKey, "successes">;

export interface WizardState {
  version: 1;
  step: number;
  visited: number;
  template: TemplateKind | null;
  basics: Basics;
  actors: ActorRow[];
  lines: LineRow[];
  assumptions: Record<EditableAssumption, string>;
  /** Set when the case came from a workbook's Revision sheet. */
  reopened?: { sheet: string };
  /** Scenarios, Monte Carlo, repayment and follow-up of an opened case, carried through unchanged. */
  analyses?: CaseAnalyses;
}

export const STEPS = ["Mall", "Grunddata", "Aktörer", "Poster", "Antaganden", "Granska", "Skapa"] as const;

export const EDITABLE_ASSUMPTIONS = ASSUMPTIONS.filter((a) => a.key !== "successes");

/** Assumptions as shown in the form: shares and rates in percent, the horizon in years. */
export function assumptionText(key: EditableAssumption, value: number): string {
  const info = ASSUMPTIONS.find((a) => a.key === key)!;
  if (info.unit === "andel" || info.unit === "ränta")
    return formatDecimal(value * 100, 2)
      .replace(/,00$/, "")
      .replace(/(,\d)0$/, "$1");
  return String(value);
}

function defaultAssumptions(): Record<EditableAssumption, string> {
  const out = {} as Record<EditableAssumption, string>;
  for (const a of EDITABLE_ASSUMPTIONS)
    out[a.key as EditableAssumption] = assumptionText(a.key as EditableAssumption, a.default ?? 0);
  return out;
}

function standardActors(): ActorRow[] {
  return STANDARD_ACTORS.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    parent: "",
    selected: true,
    standard: true,
  }));
}

let keyCounter = 0;
export function newKey(): string {
  keyCounter += 1;
  return `l${Date.now().toString(36)}${keyCounter}`;
}

export function blankLine(actor = "kommun"): LineRow {
  return {
    key: newKey(),
    actor,
    direction: "revenue",
    category: "real",
    role: "effect",
    basis: "total",
    amount: "",
    fromYear: "",
    toYear: "",
    label: "",
  };
}

export function initialState(): WizardState {
  return {
    version: 1,
    step: 0,
    visited: 0,
    template: null,
    basics: {
      title: "",
      activity: "",
      municipality: "",
      priceYear: String(new Date().getFullYear()),
      participants: "",
      successes: "",
    },
    actors: standardActors(),
    lines: [],
    assumptions: defaultAssumptions(),
  };
}

/** Starting points for the two templates: the own unit under kommun and typical lines. */
export function applyTemplate(s: WizardState, t: "bokslut" | "investering"): WizardState {
  const own: ActorRow = {
    id: "verksamheten",
    name: "Verksamheten",
    kind: "public",
    parent: "kommun",
    selected: true,
    standard: false,
  };
  const base = { ...initialState(), step: s.step, visited: s.visited, template: t, actors: [own, ...standardActors()] };
  if (t === "bokslut") {
    return {
      ...base,
      basics: { ...base.basics, title: "Socioekonomiskt bokslut" },
      assumptions: { ...base.assumptions, horizon: "5" },
      lines: [
        {
          ...blankLine("verksamheten"),
          direction: "cost",
          role: "investment",
          label: "Verksamhetens kostnader",
          toYear: "1",
        },
        {
          ...blankLine("verksamheten"),
          direction: "revenue",
          category: "financial",
          role: "investment",
          label: "Budgetanslag från kommunen",
          toYear: "1",
        },
        {
          ...blankLine("kommun"),
          direction: "cost",
          category: "financial",
          role: "investment",
          label: "Budgetanslag till verksamheten",
          toYear: "1",
        },
        { ...blankLine("kommun"), category: "financial", basis: "perSuccess", label: "Minskat försörjningsstöd" },
        {
          ...blankLine("produktionsvarde"),
          category: "production",
          basis: "perSuccess",
          label: "Värdet av arbete som utförs",
        },
      ],
    };
  }
  return {
    ...base,
    basics: { ...base.basics, title: "Social investeringskalkyl" },
    lines: [
      {
        ...blankLine("verksamheten"),
        direction: "cost",
        role: "investment",
        label: "Insatsens kostnad",
        fromYear: "1",
        toYear: "3",
      },
      {
        ...blankLine("kommun"),
        category: "financial",
        basis: "perSuccess",
        label: "Minskat försörjningsstöd",
        fromYear: "2",
      },
      { ...blankLine("region"), basis: "perSuccess", label: "Minskad vårdkonsumtion", fromYear: "2" },
      {
        ...blankLine("produktionsvarde"),
        category: "production",
        basis: "perSuccess",
        label: "Värdet av arbete",
        fromYear: "2",
      },
    ],
  };
}

/** A validated case into wizard state (examples and re-opened workbooks). */
export function stateFromCase(c: Case, template: TemplateKind = "exempel"): WizardState {
  const byId = new Map(c.actors.map((a) => [a.id, a]));
  const ids = new Set(STANDARD_ACTORS.map((a) => a.id));
  const actors: ActorRow[] = c.actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    parent: a.parent ?? "",
    selected: true,
    standard: ids.has(a.id) && STANDARD_ACTORS.find((x) => x.id === a.id)!.name === a.name,
  }));
  const assumptions = {} as Record<EditableAssumption, string>;
  for (const a of EDITABLE_ASSUMPTIONS)
    assumptions[a.key as EditableAssumption] = assumptionText(a.key as EditableAssumption, c.assumptions[a.key]);
  const H = c.assumptions.horizon;
  return {
    version: 1,
    step: 0,
    visited: STEPS.length - 1,
    template,
    basics: {
      title: c.title,
      activity: c.activity ?? "",
      municipality: c.municipality ?? "",
      priceYear: String(c.priceYear),
      participants: c.participants === undefined ? "" : String(c.participants),
      successes: c.assumptions.successes ? String(c.assumptions.successes).replace(".", ",") : "",
    },
    actors,
    lines: c.lines.map((l) => ({
      key: newKey(),
      actor: byId.get(l.actor)!.id,
      direction: l.direction,
      category: l.category,
      role: l.role,
      basis: l.basis,
      amount: formatDecimal(l.amount, Number.isInteger(l.amount) ? 0 : 2),
      fromYear: l.fromYear === 1 ? "" : String(l.fromYear),
      toYear: l.toYear === H ? "" : String(l.toYear),
      label: l.label ?? "",
    })),
    assumptions,
    ...(analysesOf(c) ? { analyses: analysesOf(c) } : {}),
  };
}

function analysesOf(c: Case): CaseAnalyses | undefined {
  const a: CaseAnalyses = {};
  if (c.scenarios) a.scenarios = c.scenarios;
  if (c.monteCarlo) a.monteCarlo = c.monteCarlo;
  if (c.repayment) a.repayment = c.repayment;
  if (c.followUp) a.followUp = c.followUp;
  return Object.keys(a).length ? a : undefined;
}

export type Errors = Record<string, string>;

const INT = /^\d+$/;

export function validateBasics(b: Basics, lines: LineRow[] = []): Errors {
  const e: Errors = {};
  if (!b.title.trim()) e.title = "Ange en rubrik för kalkylen.";
  const py = b.priceYear.trim();
  if (!INT.test(py) || Number(py) < 1900 || Number(py) > 2200) e.priceYear = "Ange prisåret som ett årtal, t.ex. 2025.";
  if (b.participants.trim() && !INT.test(b.participants.trim().replace(/\s/g, "")))
    e.participants = "Ange antalet deltagare som ett heltal.";
  const succ = b.successes.trim() ? parseNumberText(b.successes) : undefined;
  if (b.successes.trim() && (succ === undefined || succ < 0))
    e.successes = "Ange antalet med utfall som ett tal från 0.";
  else if (
    succ !== undefined &&
    b.participants.trim() &&
    INT.test(b.participants.trim()) &&
    succ > Number(b.participants)
  ) {
    e.successes = `Fler med utfall (${b.successes.trim()}) än deltagare (${b.participants.trim()}).`;
  }
  if (!b.successes.trim() && lines.some((l) => l.basis === "perSuccess")) {
    e.successes = "Ange antal med utfall: några poster räknas per person.";
  }
  return e;
}

export function validateActors(actors: ActorRow[], lines: LineRow[]): Errors {
  const e: Errors = {};
  const selected = actors.filter((a) => a.selected);
  if (selected.length === 0) e.actors = "Välj minst en aktör.";
  const seen = new Map<string, string>();
  for (const a of actors) {
    if (!a.selected) continue;
    if (!a.name.trim()) e[`actor.${a.id}.name`] = "Ange ett namn.";
    const k = fold(a.name);
    if (seen.has(k)) e[`actor.${a.id}.name`] = `Namnet ${a.name} används redan.`;
    seen.set(k, a.id);
    if (a.parent && !selected.some((p) => p.id === a.parent))
      e[`actor.${a.id}.parent`] = "Den överordnade aktören är inte vald.";
  }
  for (const a of actors) {
    if (!a.selected && lines.some((l) => l.actor === a.id))
      e[`actor.${a.id}.selected`] = `${a.name} har poster; ta bort dem först eller behåll aktören.`;
  }
  return e;
}

export function validateLines(lines: LineRow[], actors: ActorRow[], horizon: number | undefined): Errors {
  const e: Errors = {};
  if (lines.length === 0) e.lines = "Lägg till minst en post.";
  const selected = new Set(actors.filter((a) => a.selected).map((a) => a.id));
  lines.forEach((l, i) => {
    const at = (f: string) => `line.${l.key}.${f}`;
    const n = i + 1;
    if (!selected.has(l.actor)) e[at("actor")] = `Post ${n}: välj en aktör.`;
    const a = parseNumberText(l.amount);
    if (!l.amount.trim()) e[at("amount")] = `Post ${n}: ange ett belopp i kronor per år.`;
    else if (a === undefined) e[at("amount")] = `Post ${n}: '${l.amount}' är inget belopp; skriv t.ex. 1 234 567,50.`;
    else if (a < 0) e[at("amount")] = `Post ${n}: ange beloppet positivt och välj Kostnad eller Intäkt.`;
    const from = l.fromYear.trim() ? Number(l.fromYear) : 1;
    const to = l.toYear.trim() ? Number(l.toYear) : horizon;
    if (l.fromYear.trim() && (!INT.test(l.fromYear.trim()) || from < 1))
      e[at("fromYear")] = `Post ${n}: från år ska vara ett heltal från 1.`;
    if (l.toYear.trim() && (!INT.test(l.toYear.trim()) || Number(l.toYear) < 1))
      e[at("toYear")] = `Post ${n}: till år ska vara ett heltal från 1.`;
    if (!e[at("fromYear")] && !e[at("toYear")] && to !== undefined && from > to)
      e[at("fromYear")] = `Post ${n}: från år ${from} är efter till år ${to}.`;
    if (horizon !== undefined && !e[at("toYear")] && l.toYear.trim() && Number(l.toYear) > horizon)
      e[at("toYear")] = `Post ${n}: till år ${l.toYear} är efter horisonten ${horizon}.`;
    if (horizon !== undefined && !e[at("fromYear")] && from > horizon)
      e[at("fromYear")] = `Post ${n}: från år ${from} är efter horisonten ${horizon}.`;
    if (l.role === "investment" && l.basis === "perSuccess")
      e[at("basis")] = `Post ${n}: en insats anges i totalbelopp, inte per person.`;
  });
  return e;
}

export function parseAssumption(key: EditableAssumption, text: string): number | undefined {
  const info = ASSUMPTIONS.find((a) => a.key === key)!;
  const n = parseNumberText(text.replace("%", ""));
  if (n === undefined) return undefined;
  return info.unit === "andel" || info.unit === "ränta" ? n / 100 : n;
}

export function validateAssumptions(a: Record<EditableAssumption, string>): Errors {
  const e: Errors = {};
  for (const info of EDITABLE_ASSUMPTIONS) {
    const key = info.key as EditableAssumption;
    const v = parseAssumption(key, a[key]);
    const pct = info.unit === "andel" || info.unit === "ränta";
    if (v === undefined) e[key] = `${info.label}: '${a[key]}' är inget tal.`;
    else if (info.integer && !Number.isInteger(v)) e[key] = `${info.label}: ange ett helt antal år.`;
    else if (info.minExclusive ? v <= info.min : v < info.min)
      e[key] = pct ? `${info.label}: måste vara större än ${info.min * 100} %.` : `${info.label}: minst ${info.min}.`;
    else if (v > info.max)
      e[key] = pct ? `${info.label}: högst ${info.max * 100} %.` : `${info.label}: högst ${info.max}.`;
  }
  return e;
}

export function horizonOf(s: WizardState): number | undefined {
  const h = parseAssumption("horizon", s.assumptions.horizon);
  return h !== undefined && Number.isInteger(h) && h >= 1 && h <= 100 ? h : undefined;
}

/** Errors of one step (empty when it may be left). */
export function stepErrors(s: WizardState, step: number): Errors {
  switch (step) {
    case 0:
      return s.template ? {} : { template: "Välj en mall eller ett exempel." };
    case 1:
      return validateBasics(s.basics, s.lines);
    case 2:
      return validateActors(s.actors, s.lines);
    case 3:
      return validateLines(s.lines, s.actors, horizonOf(s));
    case 4:
      return validateAssumptions(s.assumptions);
    default:
      return {};
  }
}

/** The raw case file the state describes (what the engine validates). */
export function toRawCase(s: WizardState): Record<string, unknown> {
  const selected = s.actors.filter((a) => a.selected);
  const assumptions: Record<string, number | string> = {};
  for (const info of EDITABLE_ASSUMPTIONS) {
    const v = parseAssumption(info.key as EditableAssumption, s.assumptions[info.key as EditableAssumption]);
    assumptions[info.key] = v ?? s.assumptions[info.key as EditableAssumption];
  }
  if (s.basics.successes.trim()) assumptions.successes = parseNumberText(s.basics.successes) ?? s.basics.successes;
  const raw: Record<string, unknown> = {
    title: s.basics.title.trim(),
    priceYear: INT.test(s.basics.priceYear.trim()) ? Number(s.basics.priceYear) : s.basics.priceYear,
    actors: selected.map((a) => ({
      id: a.id,
      name: a.name.trim(),
      kind: a.kind,
      ...(a.parent ? { parent: a.parent } : {}),
    })),
    assumptions,
    lines: s.lines.map((l) => {
      const line: Record<string, unknown> = {
        actor: l.actor,
        direction: l.direction,
        category: l.category,
        role: l.role,
        basis: l.basis,
        amount: parseNumberText(l.amount) ?? l.amount,
      };
      if (l.fromYear.trim()) line.fromYear = Number(l.fromYear);
      if (l.toYear.trim()) line.toYear = Number(l.toYear);
      if (l.label.trim()) line.label = l.label.trim();
      return line;
    }),
  };
  if (s.analyses) Object.assign(raw, s.analyses);
  if (s.basics.activity.trim()) raw.activity = s.basics.activity.trim();
  if (s.basics.municipality.trim()) raw.municipality = s.basics.municipality.trim();
  if (s.basics.participants.trim() && INT.test(s.basics.participants.trim()))
    raw.participants = Number(s.basics.participants);
  return raw;
}

export function caseOf(s: WizardState): { ok: true; case: Case } | { ok: false; errors: Issue[] } {
  const r = validateCase(toRawCase(s));
  return r.ok ? { ok: true, case: r.case } : { ok: false, errors: r.errors };
}

/** A new own unit (förvaltning) under kommun or region. */
export function addOwnActor(s: WizardState, name: string, parent: string): WizardState {
  const base =
    fold(name)
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "") || "enhet";
  let id = /^[a-z]/.test(base) ? base.slice(0, 36) : `e_${base}`.slice(0, 36);
  const taken = new Set(s.actors.map((a) => a.id));
  for (let i = 2; taken.has(id); i++) id = `${base.slice(0, 33)}_${i}`;
  return {
    ...s,
    actors: [...s.actors, { id, name: name.trim(), kind: "public", parent, selected: true, standard: false }],
  };
}

export const SV_LABELS = SV;

/** Serialised for document settings or local storage. */
export function serialize(s: WizardState): string {
  return JSON.stringify(s);
}

export function deserialize(text: string | null | undefined): WizardState | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Partial<WizardState>;
    if (!v || v.version !== 1 || !Array.isArray(v.actors) || !Array.isArray(v.lines) || typeof v.basics !== "object")
      return undefined;
    return { ...initialState(), ...v } as WizardState;
  } catch {
    return undefined;
  }
}
