import DecimalBase from "decimal.js";

/**
 * The engine's own Decimal: 40 significant digits (öre stay exact far beyond 10^12 kr),
 * rounding half away from zero as Excel's ROUND. A clone, so other users of decimal.js
 * in the same bundle are not affected.
 */
export const Dec = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** Rounds to whole kronor, half away from zero (as Excel's ROUND(x; 0)). */
export function roundKr(x: Dec): Dec {
  return x.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
}

/**
 * Decimal → JS number; the only place where engine values leave Decimal. x.toNumber() parses
 * x.toString() ("9576431.82056…"); this parses the same digits with an exponent
 * ("957643182056…e-33"), built straight from the base-10^7 words without the decimal point:
 * the same value, so the same double (JavaScript's parser rounds the value correctly, whatever
 * its notation), at about two thirds of the cost. Zero (either sign) gives 0; infinities and NaN
 * take toNumber().
 */
export function num(x: Dec): number {
  const d = x.d;
  if (!d) return x.toNumber();
  if (d[0] === 0) return 0;
  let digits = String(d[0]);
  for (let i = 1; i < d.length; i++) {
    const word = String(d[i]);
    digits += "000000".slice(word.length - 1) + word;
  }
  const n = Number(`${digits}e${x.e - digits.length + 1}`);
  // 0 - n, not -n: a value too small for a double gives 0, never -0.
  return x.s < 0 ? 0 - n : n;
}

/**
 * x + y, skipping the addition when a term is zero: x.plus(0) and 0.plus(y) give the other
 * term's value (rounded to the precision it already has), so only the work changes.
 */
export function add(x: Dec, y: Dec): Dec {
  if (y.isZero()) return x;
  return x.isZero() ? y : x.plus(y);
}
