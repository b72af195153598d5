import fc from "fast-check";
import { isBlank, isBlankOrZero } from "../../src/functions/cells";

/** Every character String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
const TRIMMED =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

describe("isBlank", () => {
  test("a text is blank exactly when trim() leaves nothing", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.constantFrom(...TRIMMED, "a", "0", "~", "\u007f", "é", "\u200b") }),
    );
    fc.assert(
      fc.property(text, (s) => isBlank(s) === (s.trim() === "")),
      { numRuns: 2000 },
    );
  });

  test("every kind of white space alone is blank, with a printable character it is not", () => {
    for (const ch of TRIMMED) {
      expect(isBlank(ch)).toBe(true);
      expect(isBlank(`${ch}${ch}`)).toBe(true);
      expect(isBlank(`${ch}x`)).toBe(false);
      expect(isBlank(`x${ch}`)).toBe(false);
    }
    // not white space to trim(): a zero-width space and DEL
    expect(isBlank("\u200b")).toBe(false);
    expect(isBlank("\u007f")).toBe(false);
  });

  test("empty cells as Excel passes them; numbers and booleans are not blank", () => {
    expect([null, undefined, ""].map(isBlank)).toEqual([true, true, true]);
    expect([0, 1, false, true, NaN].map(isBlank)).toEqual([false, false, false, false, false]);
    expect([0, " ", null].map(isBlankOrZero)).toEqual([true, true, true]);
  });
});
