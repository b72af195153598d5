import type { Case } from "../../engine";
import { DISCOUNT_TIMING } from "../../engine/vocabulary";

/**
 * Where method v3's assumptions go on Antaganden (a continuing activity): the intake years K and
 * the discount timing under k (and the participants n when method v2's block does not give them),
 * with the words the timing cell takes in a list beside the table. Only for a case that uses
 * method v3, so a v1 or v2 case gets the same workbook as before.
 */

/** The timing words in the order of the drop-down: Början av året, Slutet av året. */
export const TIMING_WORDS: readonly string[] = DISCOUNT_TIMING.values.map((v) => DISCOUNT_TIMING.labels[v]);
/** The word that discounts year 1 too. */
export const END_OF_YEAR = DISCOUNT_TIMING.labels.endOfYear;

/** True when the case uses method v3: intake years, a discount timing, yearly amounts or a reporting unit. */
export function usesMethodV3(c: Case): boolean {
  const a = c.assumptions;
  return (
    a.intakeYears !== undefined ||
    a.discountTiming !== undefined ||
    c.unit !== undefined ||
    c.lines.some((l) => l.yearlyAmounts !== undefined)
  );
}

export interface ContinuingLayout {
  intakeRow: number;
  timingRow: number;
  /** The participants n, when the case gives them and method v2's block does not show them. */
  participantsRow?: number;
  lastRow: number;
  /** The list of timing words the drop-down refers to: a header and one word a row. */
  list: { col: number; headerRow: number; firstRow: number; lastRow: number };
}

/** Method v3's rows from `start` (under k), or undefined for a case without method v3. */
export function continuingLayout(
  c: Case,
  start: number,
  headerRow: number,
  participantsElsewhere: boolean,
): ContinuingLayout | undefined {
  if (!usesMethodV3(c)) return undefined;
  let r = start;
  const intakeRow = r++;
  const timingRow = r++;
  const participantsRow = c.participants !== undefined && !participantsElsewhere ? r++ : undefined;
  const list = { col: 9, headerRow, firstRow: headerRow + 1, lastRow: headerRow + TIMING_WORDS.length };
  return { intakeRow, timingRow, ...(participantsRow === undefined ? {} : { participantsRow }), lastRow: r - 1, list };
}
