import fc from "fast-check";
import { Dec, num } from "../../src/engine";

fc.configureGlobal({ seed: 20261125, numRuns: 2000 });

/** What num() gave before: the double of x.toString(), with -0 as 0. */
const viaString = (x: InstanceType<typeof Dec>) => {
  const n = x.toNumber();
  return Object.is(n, -0) ? 0 : n;
};

describe("num", () => {
  test("gives the same double as parsing toString(), for 40-digit quotients at any exponent", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: -400, max: 400 }),
        (a, b, e) => {
          const x = new Dec(a.toString()).div(b.toString()).times(new Dec(10).pow(e));
          return Object.is(num(x), viaString(x));
        },
      ),
    );
  });

  test("halfway between two doubles, and a unit of the 40th digit either side", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e20, max: 1e20, noNaN: true, noDefaultInfinity: true }), (v) => {
        const next = v + Math.abs(v) * Number.EPSILON;
        const mid = new Dec(v).plus(next).div(2);
        const ulp = mid.abs().times("1e-39");
        return [mid, mid.plus(ulp), mid.minus(ulp)].every((x) => Object.is(num(x), viaString(x)));
      }),
    );
  });

  test("zero of either sign, too small and too large for a double, infinities and NaN", () => {
    for (const x of [
      new Dec(0),
      new Dec(-0),
      new Dec("1e-400"),
      new Dec("-1e-400"),
      new Dec("1e400"),
      new Dec("-1e400"),
      new Dec(Infinity),
      new Dec(-Infinity),
    ])
      expect(Object.is(num(x), viaString(x))).toBe(true);
    expect(num(new Dec("-1e-400"))).toBe(0);
    expect(num(new Dec(NaN))).toBeNaN();
    expect(num(new Dec("123.45"))).toBe(123.45);
  });
});
