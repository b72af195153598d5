/**
 * Text the user types, read the Swedish way: amounts ("1 234 567,50", "1,5 mnkr"), assumptions
 * in percent, and the keys that keep a row's identity while it is edited.
 */
import { ASSUMPTIONS, formatDecimal, parseNumberText, type AssumptionKey } from "../../engine";

export type EditableAssumption = Exclude<AssumptionKey, "successes">;

const isPercent = (key: AssumptionKey) => {
  const unit = ASSUMPTIONS.find((a) => a.key === key)!.unit;
  return unit === "andel" || unit === "ränta";
};

/** Multipliers of the amount units a user may type after a number. */
const AMOUNT_UNITS: [RegExp, number][] = [
  [/(mnkr|mkr|miljoner kronor|miljoner|milj\.?)$/i, 1e6],
  [/(tkr|tusen kronor|tusen)$/i, 1e3],
  [/(kronor|kr)$/i, 1],
];

/** "98.000", "1.234.567", "1.234,50": dots as thousands separators, the Swedish way of many. */
const DOT_THOUSANDS = /^[-+]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;

/**
 * A number as typed, read the Swedish way, and whether the text had another plausible reading:
 * "98.000" is 98 000 (a dot between groups of three digits separates thousands), and says so,
 * never silently 98. Undefined value when it is no number.
 */
export interface Reading {
  value: number | undefined;
  /** Set when the text could have been meant otherwise: what was read, in words. */
  note?: string;
}

export function readNumber(text: string): Reading {
  const t = text.trim().replace(/[\s\u00a0\u202f]+/g, "");
  if (DOT_THOUSANDS.test(t)) {
    const value = Number(t.replace(/\./g, "").replace(",", "."));
    const single = !t.includes(",") && t.split(".").length === 2;
    return {
      value,
      ...(single
        ? { note: `${text.trim()} lästes som ${formatDecimal(value, 0)} (punkten som tusentalsavgränsare).` }
        : {}),
    };
  }
  return { value: parseNumberText(t) };
}

/** An amount with its unit ("1,5 mnkr", "250 tkr", "12 000 kr"), read as readNumber reads the number. */
export function readAmount(text: string): Reading {
  const t = text.trim();
  for (const [unit, factor] of AMOUNT_UNITS) {
    if (!unit.test(t)) continue;
    const r = readNumber(t.replace(unit, ""));
    return r.value === undefined ? r : { ...r, value: Math.round(r.value * factor * 100) / 100 };
  }
  return readNumber(t);
}

/**
 * An amount typed the Swedish way: "1 234 567,50", "1234567.50", "1,5 mnkr", "10 Mkr", "250 tkr",
 * "98.000" (98 000); undefined when it is no number.
 */
export function parseAmount(text: string): number | undefined {
  return readAmount(text).value;
}

/** Assumptions as shown in the form: shares and rates in percent, the horizon in years. */
export function assumptionText(key: EditableAssumption, value: number): string {
  if (isPercent(key))
    return formatDecimal(value * 100, 2)
      .replace(/,00$/, "")
      .replace(/(,\d)0$/, "$1");
  return String(value);
}

/** The value of an assumption as typed (percent for shares and rates), or undefined for no number. */
export function parseAssumption(key: EditableAssumption, text: string): number | undefined {
  const n = readNumber(text.replace("%", "")).value;
  if (n === undefined) return undefined;
  return isPercent(key) ? n / 100 : n;
}

let keyCounter = 0;
export function newKey(): string {
  keyCounter += 1;
  return `l${Date.now().toString(36)}${keyCounter}`;
}
