import {
  ASSUMPTIONS,
  indexYearsUsed,
  isPlainLine,
  linePriceYear,
  priceIndexOf,
  scheduleBands,
  unitCostsUsed,
  type AssumptionKey,
  type Case,
} from "../../engine";
import { rowsFrom } from "./rows";

/**
 * Where everything goes on Antaganden: one row per assumption, the outcome adjustment k under them
 * and, for a case that uses method v2, its blocks under k.
 */

export interface AssumptionsLayout {
  headerRow: number;
  valueCol: number;
  row: Record<AssumptionKey, number>;
  /** The derived outcome adjustment k, under the assumptions. */
  adjustmentRow: number;
  /** Method v2's blocks under k (only for a case that uses it). */
  v2?: V2AssumptionsLayout;
}

export function assumptionsLayout(c: Case): AssumptionsLayout {
  const headerRow = 4;
  let r = headerRow + 1;
  const row = rowsFrom(
    ASSUMPTIONS.map((a) => a.key),
    () => r++,
  );
  const v2 = v2AssumptionsLayout(c, r + 2);
  return { headerRow, valueCol: 3, row, adjustmentRow: r, ...(v2 ? { v2 } : {}) };
}

/*
 * Where method v2 goes on Antaganden (only for a case that uses it): the participants, the
 * discount schedule (a rate and δ(t) per year), the price index years used, the unit costs used
 * and the conversion of each line given in another price year or from a unit cost.
 */

/** True when the case uses method v2 in a way the sheets show (a schedule, a converted line, a unit cost). */
export function usesMethodV2(c: Case): boolean {
  return scheduleBands(c.assumptions.discountSchedule).length > 0 || c.lines.some((l) => !isPlainLine(c, l));
}

export interface ScheduleBlock {
  titleRow: number;
  noteRow: number;
  headerRow: number;
  /** Row of year 1; year t is firstRow + t − 1. */
  firstRow: number;
  col: { year: number; rate: number; delta: number };
}

export interface IndexBlock {
  titleRow: number;
  noteRow: number;
  headerRow: number;
  years: number[];
  firstRow: number;
  lastRow: number;
  col: { year: number; value: number };
}

export interface UnitCostBlock {
  titleRow: number;
  headerRow: number;
  /** Unit cost id → its row. */
  row: Map<string, number>;
  col: { id: number; amount: number; unit: number; priceYear: number; label: number; source: number };
}

export interface ConversionBlock {
  titleRow: number;
  noteRow: number;
  headerRow: number;
  /** Line index → its row (lines in another price year or from a unit cost). */
  row: Map<number, number>;
  col: {
    line: number;
    quantity: number;
    unitAmount: number;
    perYear: number;
    priceYear: number;
    label: number;
    unitCost: number;
    indexFrom: number;
    indexTo: number;
    factor: number;
  };
}

export interface V2AssumptionsLayout {
  participantsRow?: number;
  schedule?: ScheduleBlock;
  index?: IndexBlock;
  unitCosts?: UnitCostBlock;
  conversions?: ConversionBlock;
  /** The last row used. */
  lastRow: number;
}

/** The v2 blocks of Antaganden from row `start` on, or undefined for a case without method v2. */
export function v2AssumptionsLayout(c: Case, start: number): V2AssumptionsLayout | undefined {
  if (!usesMethodV2(c)) return undefined;
  let r = start;
  const out: V2AssumptionsLayout = { lastRow: r };
  if (c.participants !== undefined) out.participantsRow = r++;
  if (scheduleBands(c.assumptions.discountSchedule).length > 0) {
    r++;
    const titleRow = r++;
    const noteRow = r++;
    const headerRow = r++;
    out.schedule = { titleRow, noteRow, headerRow, firstRow: r, col: { year: 1, rate: 3, delta: 4 } };
    r += c.assumptions.horizon;
  }
  const years = indexYearsUsed(c);
  const index = priceIndexOf(c);
  if (index && years.length > 1) {
    r++;
    const titleRow = r++;
    const noteRow = r++;
    const headerRow = r++;
    out.index = {
      titleRow,
      noteRow,
      headerRow,
      years,
      firstRow: r,
      lastRow: r + years.length - 1,
      col: { year: 1, value: 3 },
    };
    r += years.length;
  }
  const used = unitCostsUsed(c);
  if (used.length > 0) {
    r++;
    const titleRow = r++;
    const headerRow = r++;
    const row = new Map(used.map((u) => [u.id, r++] as const));
    const col = { id: 1, amount: 3, unit: 4, priceYear: 5, label: 6, source: 7 };
    out.unitCosts = { titleRow, headerRow, row, col };
  }
  const converted = c.lines.map((l, i) => [l, i] as const).filter(([l]) => !isPlainLine(c, l));
  if (converted.length > 0) {
    r++;
    const titleRow = r++;
    const noteRow = r++;
    const headerRow = r++;
    const row = new Map(converted.map(([, i]) => [i, r++] as const));
    const col = {
      line: 1,
      quantity: 2,
      unitAmount: 3,
      perYear: 4,
      priceYear: 5,
      label: 6,
      unitCost: 7,
      indexFrom: 8,
      indexTo: 9,
      factor: 10,
    };
    out.conversions = { titleRow, noteRow, headerRow, row, col };
  }
  out.lastRow = r - 1;
  return out;
}

/** The price year of line i as the conversion table shows it. */
export const conversionYear = (c: Case, i: number): number => linePriceYear(c, c.lines[i]);
