/**
 * The year's cycle: last year's case carried to a new year (its price year one on, follow-up
 * switched on with a row for the next year to fill in), and a case as a file for the CLI.
 */
import { blankFollowUpYear } from "./analyses";
import type { Case } from "../../engine";
import { parseAmount, type WizardState } from "./model";
import { checkCase, toRawCase } from "./convert";

/** Last year's case carried to a new year: the price year one on and a follow-up row for the next year. */
export function carryForward(s: WizardState): WizardState {
  const priceYear = parseAmount(s.basics.priceYear);
  const f = s.analyses.followUp;
  const followed = f.rows.map((r) => parseAmount(r.year) ?? 0);
  const nextYear = Math.max(0, ...followed) + 1;
  return {
    ...s,
    reopened: s.reopened ? { ...s.reopened, carried: true } : undefined,
    basics: { ...s.basics, priceYear: priceYear === undefined ? s.basics.priceYear : String(priceYear + 1) },
    analyses: { ...s.analyses, followUp: { on: true, rows: [...f.rows, blankFollowUpYear(nextYear)] } },
  };
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
