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

/** Decimal → JS number; the only place where engine values leave Decimal. */
export function num(x: Dec): number {
  const n = x.toNumber();
  return Object.is(n, -0) ? 0 : n;
}

/**
 * x + y, skipping the addition when a term is zero: x.plus(0) and 0.plus(y) give the other
 * term's value (rounded to the precision it already has), so only the work changes.
 */
export function add(x: Dec, y: Dec): Dec {
  if (y.isZero()) return x;
  return x.isZero() ? y : x.plus(y);
}
