import type { Case } from "../../engine";
import { rowsFrom } from "./rows";

/**
 * Where the reporting unit's key figures go on Resultaträkning (method v3, Table 4.1 of the seed
 * report; only for a case that names its unit): a title, a header and one row per figure, under
 * the perspectives.
 */

export const KEY_FIGURES = [
  "revenue",
  "cost",
  "result",
  "overrunShare",
  "participants",
  "costPerParticipant",
  "successes",
  "costPerSuccess",
  "successShare",
] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number];

export interface KeyFiguresLayout {
  titleRow: number;
  headerRow: number;
  row: Record<KeyFigure, number>;
  col: { label: number; value: number; how: number };
  lastRow: number;
}

/** The key figures from row `start`, or undefined for a case without a unit. */
export function keyFiguresLayout(c: Case, start: number): KeyFiguresLayout | undefined {
  if (c.unit === undefined) return undefined;
  let r = start;
  const titleRow = r++;
  const headerRow = r++;
  const row = rowsFrom(KEY_FIGURES, () => r++);
  return { titleRow, headerRow, row, col: { label: 1, value: 2, how: 3 }, lastRow: r - 1 };
}

/** Defined names of the key figures (without the version suffix). */
export const KEY_FIGURE_NAME = (k: KeyFigure): string => `KeyFigure_${k}`;

/** The key figures' defined names: sheet, row and column of each. */
export function keyFigureCells(
  K: KeyFiguresLayout | undefined,
): { name: string; row: number; col: number; label: string }[] {
  if (!K) return [];
  return (Object.keys(K.row) as KeyFigure[]).map((k) => ({
    name: KEY_FIGURE_NAME(k),
    row: K.row[k],
    col: K.col.value,
    label: `Nyckeltal: ${k}`,
  }));
}
