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

/**
 * An amount typed the Swedish way: "1 234 567,50", "1234567.50", "1,5 mnkr", "10 Mkr", "250 tkr";
 * undefined when it is no number.
 */
export function parseAmount(text: string): number | undefined {
  const t = text.trim();
  for (const [unit, factor] of AMOUNT_UNITS) {
    if (!unit.test(t)) continue;
    const n = parseNumberText(t.replace(unit, ""));
    return n === undefined ? undefined : Math.round(n * factor * 100) / 100;
  }
  return parseNumberText(t);
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
  const n = parseNumberText(text.replace("%", ""));
  if (n === undefined) return undefined;
  return isPercent(key) ? n / 100 : n;
}

let keyCounter = 0;
export function newKey(): string {
  keyCounter += 1;
  return `l${Date.now().toString(36)}${keyCounter}`;
}
