/**
 * Method v3 (a continuing activity) in an assumptions range, beside the other assumptions:
 *
 *   Intagsår          | 5                 K, the years a new group enters the outcome
 *   Diskontering      | Slutet av året    the timing: Början av året (year 1 not discounted) or Slutet av året
 *   Enhet             | Arbetsmarknadskontoret   the unit whose bokslut this is (key figures, Table 4.1)
 *   Antal deltagare   | 459               the participants n of the key figures
 *
 * "Diskontering" with a number is the discount rate, as before method v3.
 */
import { DISCOUNT_TIMING, type DiscountTiming } from "../../engine";
import { cellText, isBlank, key, parseNumber, showCell, type Cell } from "../cells";
import { invalid } from "../errors";

export type ContinuingKey = "intakeYears" | "discountTiming" | "unit" | "participants";

/** The label of each row, as the user reads it and as messages name it. */
export const CONTINUING_LABEL: Record<ContinuingKey, string> = {
  intakeYears: "Intagsår",
  discountTiming: DISCOUNT_TIMING.name,
  unit: "Enhet",
  participants: "Antal deltagare",
};

const NAMES: Record<string, ContinuingKey> = {
  intagsar: "intakeYears",
  antalintagsar: "intakeYears",
  intag: "intakeYears",
  kohorter: "intakeYears",
  intakeyears: "intakeYears",
  intake: "intakeYears",
  diskontering: "discountTiming",
  diskonteringstidpunkt: "discountTiming",
  tidpunkt: "discountTiming",
  discounttiming: "discountTiming",
  timing: "discountTiming",
  enhet: "unit",
  verksamhet: "unit",
  redovisandeenhet: "unit",
  rapporterandeenhet: "unit",
  unit: "unit",
  antaldeltagare: "participants",
  deltagare: "participants",
  antalpersoner: "participants",
  participants: "participants",
};

export interface ParsedContinuing {
  intakeYears?: number;
  discountTiming?: DiscountTiming;
  /** The unit as typed (an actor's name or id); resolved against the lines' actors by case.ts. */
  unit?: string;
  participants?: number;
  rowOf: Partial<Record<ContinuingKey, number>>;
}

/** What a row of one of these names holds; "rate" for Diskontering with a number (the discount rate). */
export type ContinuingRow = { key: ContinuingKey } | { key: "rate"; value: number };

function timingOf(name: string, value: Cell, rowNo: number): DiscountTiming | number {
  const where = `Antaganden rad ${rowNo}, ${name}`;
  if (isBlank(value)) throw invalid(`${where}: värdet saknas; ange ${DISCOUNT_TIMING.allowedText}`);
  const t = typeof value === "string" ? DISCOUNT_TIMING.parse(value) : undefined;
  if (t !== undefined) return t;
  const rate = parseNumber(value);
  if (rate !== undefined) return rate;
  throw invalid(
    `${where}: ${showCell(value)} känns inte igen; ange ${DISCOUNT_TIMING.allowedText} (Slutet av året: år 1 diskonteras)`,
  );
}

function numberOf(name: string, value: Cell, rowNo: number, what: string): number {
  const n = parseNumber(value);
  if (n === undefined)
    throw invalid(
      `Antaganden rad ${rowNo}, ${name}: ${isBlank(value) ? "värdet saknas" : `${showCell(value)} är inget tal`}; ange ${what}`,
    );
  return n;
}

/**
 * Collects these rows of one assumptions range. `take` returns undefined for a row that is
 * not one of them, the rate for "Diskontering | 3,5 %", else records the row.
 */
export function continuingRows(): {
  take(name: string, value: Cell, rowNo: number): ContinuingRow | undefined;
  parsed: ParsedContinuing;
} {
  const parsed: ParsedContinuing = { rowOf: {} };
  return {
    parsed,
    take(name, value, rowNo) {
      const k = NAMES[key(name)];
      if (k === undefined) return undefined;
      if (k === "discountTiming") {
        const t = timingOf(name, value, rowNo);
        if (typeof t === "number") return { key: "rate", value: t };
      }
      const before = parsed.rowOf[k];
      if (before !== undefined) throw invalid(`Antaganden rad ${rowNo}: ${name} står redan på rad ${before}`);
      parsed.rowOf[k] = rowNo;
      if (k === "discountTiming") parsed.discountTiming = timingOf(name, value, rowNo) as DiscountTiming;
      else if (k === "intakeYears")
        parsed.intakeYears = numberOf(name, value, rowNo, "antal år med nytt intag, t.ex. 5");
      else if (k === "participants")
        parsed.participants = numberOf(name, value, rowNo, "antal deltagare i verksamheten, t.ex. 459");
      else {
        if (isBlank(value))
          throw invalid(`Antaganden rad ${rowNo}, ${name}: värdet saknas; ange aktören vars bokslut det är`);
        parsed.unit = cellText(value).trim();
      }
      return { key: k };
    },
  };
}
