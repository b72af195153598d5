/**
 * The year's cycle: last year's case carried to a new year (its price year one on, follow-up
 * switched on with a row for the next year to fill in), and a case as a file for the CLI.
 */
import { blankFollowUpYear } from "./analyses";
import type { Case, PriceIndex } from "../../engine";
import { reindexAmounts, undoReindexing, type Reindexing } from "./reindex";
import { parseAmount, type WizardState } from "./model";
import { checkCase, toRawCase } from "./convert";

/**
 * Last year's case carried to a new year: the price year one on, a follow-up row for the next
 * year, and every amount typed in the old price year re-indexed to the new one with the case's
 * index (KPI when it names none); where the index lacks a year the amounts are as they were.
 * What was done is in `reopened.reindexed`, said by the wizard and undone from there.
 */
export function carryForward(s: WizardState): WizardState {
  const priceYear = parseAmount(s.basics.priceYear);
  const f = s.analyses.followUp;
  const followed = f.rows.map((r) => parseAmount(r.year) ?? 0);
  const nextYear = Math.max(0, ...followed) + 1;
  const moved: WizardState = {
    ...s,
    basics: { ...s.basics, priceYear: priceYear === undefined ? s.basics.priceYear : String(priceYear + 1) },
    analyses: { ...s.analyses, followUp: { on: true, rows: [...f.rows, blankFollowUpYear(nextYear)] } },
  };
  const r = priceYear === undefined ? undefined : reindexAmounts(moved, priceYear, priceYear + 1);
  const state = r ? r.state : moved;
  return {
    ...state,
    // never silent: a carried case always says what was done to its amounts
    reopened: { ...(s.reopened ?? { sheet: "kalkylen" }), carried: true, ...(r ? { reindexed: r.report } : {}) },
  };
}

/**
 * The amounts of a carried case re-indexed again with `index` (KPI fetched from SCB, which has
 * the new year), which becomes the case's price index with its source and date. Unchanged when
 * the case was not carried, was re-indexed already, or the index lacks a year (the report says).
 */
export function reindexCarried(s: WizardState, index: PriceIndex): { state: WizardState; report?: Reindexing } {
  const was = s.reopened?.reindexed;
  if (!s.reopened || !was || was.missing === undefined) return { state: s };
  const r = reindexAmounts(s, was.from, was.to, index);
  if (r.report.missing !== undefined) return { state: s, report: r.report };
  return {
    state: { ...r.state, priceIndex: index, reopened: { ...s.reopened, reindexed: r.report } },
    report: r.report,
  };
}

/** Ångra omräkningen: the amounts back as typed (those not changed since), said in the report. */
export function undoCarriedReindexing(s: WizardState): { state: WizardState; kept: string[] } {
  const was = s.reopened?.reindexed;
  if (!s.reopened || !was || was.undone || was.change === undefined) return { state: s, kept: [] };
  const r = undoReindexing(s, was);
  return { state: { ...r.state, reopened: { ...s.reopened, reindexed: { ...was, undone: true } } }, kept: r.kept };
}

/** The case as the CLI reads it (socinv calc kalkyl.json), two spaces indented. */
export function caseFileText(c: Case): string {
  return JSON.stringify(c, null, 2) + "\n";
}

/** A file name from the case's title: "Unga utanför 2026" → "unga-utanfor-2026.json". */
export function caseFileName(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "kalkyl"}.json`;
}

/** Jämför med ett alternativ: the valid case becomes A; the state, titled as an alternative, edits B. */
export function startComparison(s: WizardState, a: Case): WizardState {
  return {
    ...s,
    step: 1,
    compare: { base: a as unknown as Record<string, unknown> },
    basics: { ...s.basics, title: `${s.basics.title} – alternativ B` },
  };
}

/**
 * Spara som JSON, on any step: the case as the user typed it (a blank Till år stays absent, "to
 * the horizon"), valid or not yet; `complete` says whether the engine accepts it as it is.
 */
export function caseFileOf(s: WizardState): { name: string; text: string; complete: boolean } {
  const raw = toRawCase(s);
  return {
    name: caseFileName(s.basics.title),
    text: JSON.stringify(raw, null, 2) + "\n",
    complete: checkCase(raw).ok,
  };
}
