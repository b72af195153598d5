import { Dec, roundKr } from "./decimal";

/**
 * Swedish (sv-SE) presentation of numbers, independent of the runtime's Intl data:
 * space as thousands separator, comma as decimal separator, '−' avoided in favour of '-'
 * so that output can be pasted into Excel.
 */

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** Whole kronor, rounded half away from zero: 34017064 → "34 017 064". */
export function formatKr(x: Dec | number): string {
  const d = roundKr(x instanceof Dec ? x : new Dec(x));
  const s = d.abs().toFixed(0);
  return (d.isNegative() && !d.isZero() ? "-" : "") + group(s);
}

/** A number with fixed decimals: 8.5567 → "8,56". */
export function formatDecimal(x: Dec | number, decimals = 2): string {
  const d = (x instanceof Dec ? x : new Dec(x)).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  const [i, f] = d.abs().toFixed(decimals).split(".");
  return (d.isNegative() && !d.isZero() ? "-" : "") + group(i) + (f ? "," + f : "");
}

/** A fraction as percent: 0.035 → "3,5 %". */
export function formatPercent(x: number, maxDecimals = 2): string {
  const d = new Dec(x).times(100).toDecimalPlaces(maxDecimals, Dec.ROUND_HALF_UP);
  return d.toString().replace(".", ",").replace("-", "-") + " %";
}

/**
 * A number from text written the Swedish or English way: "1 234 567,50", "1234567.50",
 * "3,5 %" (→ 0.035), "-12", "12 kr". Undefined when it is no number.
 */
export function parseNumberText(text: string): number | undefined {
  let s = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/\u2212/g, "-");
  s = s.replace(/kr$/i, "");
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (/^[-+]?\d+(,\d+)?$/.test(s)) s = s.replace(",", ".");
  else if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

/** N* in words, as the CLI and the wizard show it: "74 av 459 deltagare (16,1 %)". */
export function successesText(n: number | null, rate: number | null, participants: number | undefined): string {
  if (n === null) return "inget antal räcker (nyttan per person med utfall är inte positiv)";
  if (n === 0) return "0 (lönar sig utan någon med utfall)";
  const count = formatDecimal(n, Number.isInteger(n) ? 0 : 1);
  if (participants === undefined) return `${count} personer med utfall`;
  return `${count} av ${participants} deltagare` + (rate === null ? "" : ` (${formatPercent(rate, 1)})`);
}
