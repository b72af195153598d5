import { CATEGORY, type BasePerspective } from "../../engine/vocabulary";
import type { Years } from "../cells";

/** Formula pieces that several sheets write the same way. */

/** Columns of the perspective summaries (Prognos and Resultaträkning). */
export const SUMMARY_HEADERS = [
  "Perspektiv",
  "Investering",
  "Nytta",
  "Nettonuvärde",
  "Avkastningskvot",
  "Break-even år",
] as const;

/**
 * The SUMIF(S) criteria (range, criterion) that select a perspective's lines on Prognos, given
 * the ranges of its "Offentlig" and "Kostnadslag" columns: none for all lines, public actors'
 * lines, or all but the financial transfers.
 */
export function perspectiveCriteria(p: BasePerspective, isPublic: string, category: string): string[] {
  if (p === "total") return [];
  if (p === "public") return [isPublic, "1"];
  return [category, `"<>${CATEGORY.labels.financial}"`];
}

/** Criteria as extra SUMIFS arguments: ",range,criterion". */
export const extraArgs = (criteria: string[]): string => criteria.map((x) => `,${x}`).join("");

/** Year t of a row accumulating `annualRow` (both on the same sheet). */
export const accumulated = (years: Years, row: number, annualRow: number) => (t: number) =>
  t === 1 ? `=${years.letter(1)}${annualRow}` : `=${years.letter(t - 1)}${row}+${years.letter(t)}${annualRow}`;

/** Year t of the helper row of break-even: the year when the accumulated value is negative, else 0. */
export const negativeYear = (years: Years, accRow: number, yearRow: number) => (t: number) =>
  `=IF(${years.letter(t)}${accRow}<0,${years.letter(t)}$${yearRow},0)`;

/** Break-even: none when the last accumulated value is negative, else the year after the last negative one. */
export const breakEven = (years: Years, accRow: number, negRow: number): string =>
  `=IF(${years.letter(years.H)}${accRow}<0,"Ingen",MAX(${years.span(negRow)})+1)`;
