/**
 * The wizard's model, without React or Office: what the user has typed (as text, so that
 * "1 234 567,50" survives until it is valid), the steps, and the starting points.
 */
import {
  ASSUMPTIONS,
  STANDARD_ACTORS,
  fold,
  type ActorKind,
  type Basis,
  type Category,
  type Direction,
  type Role,
} from "../../engine";
import { emptyAnalyses, type AnalysesForm } from "./analyses";
import { assumptionText, newKey, type EditableAssumption } from "./text";
import { emptySchedule, type ScheduleForm } from "./schedule";
import type { Reindexing } from "./carried";

export { assumptionText, newKey, parseAmount, parseAssumption, type EditableAssumption } from "./text";

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
  /** The source of the amount, as the case file gives it (kept through the wizard, shown on Poster). */
  source?: string;
  /** Method v2: the id of the unit cost (kalkylvärde) the amount comes from; then `quantity` replaces `amount`. */
  unitCost?: string;
  /** How many of the unit cost all year, as typed ("2", "0,5"). */
  quantity?: string;
  /** Method v3: the line's amount per year from its first year (belopp per år), as typed; then `amount` is unused. */
  yearlyAmounts?: string[];
}

export interface Basics {
  title: string;
  activity: string;
  municipality: string;
  priceYear: string;
  participants: string;
  successes: string;
}

export interface WizardState {
  version: 1;
  step: number;
  visited: number;
  template: TemplateKind | null;
  basics: Basics;
  actors: ActorRow[];
  lines: LineRow[];
  assumptions: Record<EditableAssumption, string>;
  /** Method v2: the case's price index ("KPI" or its own series) and own unit costs, carried as the case has them. */
  priceIndex?: unknown;
  unitCosts?: unknown;
  /** The case file's preparedBy and version (printed on the workbook's first page), kept as given. */
  preparedBy?: string;
  caseVersion?: string;
  /** Method v2: the discount schedule (flat rate, Green Book or own bands), as typed. */
  schedule: ScheduleForm;
  /** Method v3: the reporting unit (an actor id), the intake years and the discount timing, as the case has them. */
  unit?: string;
  intakeYears?: string;
  discountTiming?: string;
  /**
   * Set when the case came from a workbook's Revision sheet or a file; `carried` when carried to a
   * new year, with what the re-indexing of its amounts did (`reindexed`, state/reindex.ts).
   */
  reopened?: { sheet: string; carried?: boolean; reindexed?: Reindexing };
  /** Jämför med ett alternativ: the first alternative (A), as a case file; the state edits B. */
  compare?: { base: Record<string, unknown> };
  /** Känslighet och fördelning: scenarios, Monte Carlo, repayment, compensation and follow-up, as typed. */
  analyses: AnalysesForm;
}

/** Error messages by field key ("title", "line.<key>.toYear", "actor.<id>.name", "discountRate"). */
export type Errors = Record<string, string>;

export const STEPS = [
  "Mall",
  "Grunddata",
  "Aktörer",
  "Poster",
  "Antaganden",
  "Känslighet och fördelning",
  "Granska",
  "Skapa",
] as const;

/** The step numbers of the steps that edit the case. */
export const STEP = { template: 0, basics: 1, actors: 2, lines: 3, assumptions: 4, analyses: 5, review: 6 } as const;

export const EDITABLE_ASSUMPTIONS = ASSUMPTIONS.filter((a) => a.key !== "successes");

export function defaultAssumptions(): Record<EditableAssumption, string> {
  const out = {} as Record<EditableAssumption, string>;
  for (const a of EDITABLE_ASSUMPTIONS)
    out[a.key as EditableAssumption] = assumptionText(a.key as EditableAssumption, a.default ?? 0);
  return out;
}

export function standardActors(): ActorRow[] {
  return STANDARD_ACTORS.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    parent: "",
    selected: true,
    standard: true,
  }));
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
    schedule: emptySchedule(),
    analyses: emptyAnalyses(),
  };
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

/** The id of the own unit a template proposes; its name is what Grunddata's "Verksamhet" says. */
export const UNIT_ACTOR = "verksamheten";
export const UNIT_ACTOR_NAME = "Verksamheten";

/**
 * Grunddata's "Verksamhet eller insats" typed: the unit actor takes that name (no leftover
 * "Verksamheten" beside the unit the user named); blank gives the proposed name back.
 */
export function withActivity(s: WizardState, activity: string): WizardState {
  const name = activity.trim() || UNIT_ACTOR_NAME;
  const taken = s.actors.some((a) => a.id !== UNIT_ACTOR && a.name.trim().toLowerCase() === name.toLowerCase());
  return {
    ...s,
    basics: { ...s.basics, activity },
    actors: taken ? s.actors : s.actors.map((a) => (a.id === UNIT_ACTOR && !a.standard ? { ...a, name } : a)),
  };
}
