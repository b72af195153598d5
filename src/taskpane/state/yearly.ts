/**
 * Method v3 in the wizard: a line's amounts per year (belopp per år), as typed. Switching a line
 * to amounts per year keeps its figures (its amount in every year of its window); switching back
 * says what would be lost before anything is. Cells are read by the same parsing as every amount.
 */
import { parseAmount, parseAssumption } from "./text";
import type { LineRow, WizardState } from "./model";

/** No line has more years than this (the engine's horizon is at most 100). */
const MAX_YEARS = 100;

/** A whole year as typed, or undefined. */
function wholeYear(t: string): number | undefined {
  const n = parseAmount(t);
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** The line's first year as typed (blank: year 1), or undefined when it is no whole year. */
export function firstYear(l: LineRow): number | undefined {
  return l.fromYear.trim() ? wholeYear(l.fromYear) : 1;
}

/** The horizon as typed on Antaganden, or undefined when it is no whole number of years. */
export function horizonOf(s: WizardState): number | undefined {
  const h = parseAssumption("horizon", s.assumptions.horizon);
  return h !== undefined && Number.isInteger(h) && h >= 1 ? h : undefined;
}

/** The typed cells that count: trailing blank cells are no years (a blank between two amounts is 0 kr). */
export function typedYears(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && !cells[end - 1].trim()) end--;
  return cells.slice(0, end);
}

/** The line switched to belopp per år: its amount in every year of its window, so no figure moves. */
export function toYearly(l: LineRow, horizon: number | undefined): LineRow {
  const from = firstYear(l) ?? 1;
  const to = (l.toYear.trim() ? wholeYear(l.toYear) : horizon) ?? from;
  const n = Math.min(MAX_YEARS, Math.max(1, to - from + 1));
  return { ...l, yearlyAmounts: Array.from({ length: n }, () => l.amount.trim()), amount: "", toYear: "" };
}

export interface BackToAmount {
  /** The line with one amount. */
  line: LineRow;
  /** Set when the years said different amounts: what is lost, in words, to ask before. */
  loses?: string;
}

/**
 * The line switched back to one amount per year. When every typed year says the same amount,
 * nothing is lost (that amount over the same years); otherwise the first year's amount is kept
 * over the same years and `loses` says what the other years had.
 */
export function toAmount(l: LineRow, n: number): BackToAmount {
  const cells = typedYears(l.yearlyAmounts ?? []);
  const base = { ...l, yearlyAmounts: undefined };
  if (cells.length === 0) return { line: { ...base, amount: "", toYear: "" } };
  const from = firstYear(l) ?? 1;
  const last = from + cells.length - 1;
  const values = cells.map((c) => (c.trim() ? parseAmount(c) : 0));
  const line = { ...base, amount: cells[0].trim(), toYear: String(last) };
  const same = values.every((v) => v !== undefined && v === values[0]) && cells.every((c) => c.trim());
  if (same) return { line };
  const years = from === last ? `år ${from}` : `år ${from}–${last}`;
  return {
    line,
    loses:
      `Post ${n} har olika belopp för ${years}. Med ett belopp får posten år ${from}s belopp ` +
      `(${cells[0].trim() || "0"} kr) alla år ${from}–${last}, och beloppen för de andra åren tas bort.`,
  };
}

/**
 * Text pasted into the cell of year index `at`: a row (or column) copied from Excel fills that
 * cell and the following ones, adding years as needed; a single value is left to the cell itself.
 */
export function pasteYears(cells: readonly string[], at: number, text: string): string[] | undefined {
  if (!/[\t\n;]/.test(text)) return undefined;
  const parts = text
    .replace(/\r/g, "")
    .replace(/[\t\n;]+$/, "")
    .split(/\t|\n|;/);
  const length = Math.min(MAX_YEARS, Math.max(cells.length, at + parts.length));
  const out = Array.from({ length }, (_, i) =>
    i >= at && i < at + parts.length ? parts[i - at].trim() : (cells[i] ?? ""),
  );
  return out;
}

/** Years as words: "år 21" or "år 21–22". */
const years = (a: number, b: number) => (a === b ? `år ${a}` : `år ${a}–${b}`);

/** A rule of the wizard about a line's amounts per year: at a year's cell, in place of the engine's message for the row. */
export interface YearlyRule {
  /** The field key of the year's cell the message is shown at (`line.<key>.yearlyAmounts.<i>`). */
  key: string;
  message: string;
  /** The row's field key, whose engine message (the same problem) this replaces. */
  replaces: string;
}

/**
 * The wizard's own rules for amounts per year: no year typed at all (at the first year), and
 * years after the horizon (at the first such year, named by line and year).
 */
export function yearlyRules(s: WizardState): YearlyRule[] {
  const out: YearlyRule[] = [];
  const H = horizonOf(s);
  s.lines.forEach((l, i) => {
    if (!l.yearlyAmounts) return;
    const row = `line.${l.key}.yearlyAmounts`;
    const cells = typedYears(l.yearlyAmounts);
    if (cells.length === 0) {
      out.push({
        key: `${row}.0`,
        replaces: row,
        message: `Post ${i + 1}, Belopp per år: skriv beloppet för minst ett år.`,
      });
      return;
    }
    const from = firstYear(l);
    if (H === undefined || from === undefined) return;
    const last = from + cells.length - 1;
    if (last <= H) return;
    const first = Math.max(from, H + 1);
    const Y = years(first, last);
    out.push({
      key: `${row}.${first - from}`,
      replaces: row,
      message:
        `Post ${i + 1}, ${Y[0].toUpperCase()}${Y.slice(1)}: efter horisonten (${H} år). ` +
        `Ta bort beloppen för ${Y} eller öka horisonten under Antaganden.`,
    });
  });
  return out;
}
