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
