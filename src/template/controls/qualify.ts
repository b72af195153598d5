import { Fx, quoteSheet, quotedEnd } from "../cells";
import type { CellSpec } from "../model";

const REF = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;
/** A name, function or reference at the scanning position (sticky: no copy of the rest of the formula). */
const TOKEN = /[A-Za-z_$][A-Za-z0-9_.$]*(?::\$?[A-Za-z]{1,3}\$?\d+)?/y;
/** "!A1:B2" after a sheet name. */
const AFTER = /![$A-Za-z0-9:]+/y;

/** The length of "!A1:B2" at i (after a sheet name), 0 when there is none. */
function refAfter(f: string, i: number): number {
  AFTER.lastIndex = i;
  return AFTER.exec(f)?.[0].length ?? 0;
}

/** [A-Za-z0-9_.] by its code (the scan looks at every character of 20 000 formulas). */
function isWordChar(f: string, i: number): boolean {
  const ch = f.charCodeAt(i);
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || ch === 95 || ch === 46;
}
/** Where a name or reference may start: [A-Za-z_$]. */
function isStart(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95 || ch === 36;
}

/**
 * A formula of `sheet` as it reads from another sheet: every reference without a sheet gets
 * `'sheet'!`; texts, references to other sheets, functions and defined names stay as they are.
 */
export function qualify(f: string, sheet: string): string {
  const prefix = `${quoteSheet(sheet)}!`;
  let out = "";
  let from = 0;
  let i = 0;
  while (i < f.length) {
    const ch = f.charCodeAt(i);
    if (ch === 34) {
      i = quotedEnd(f, i, 34);
      continue;
    }
    if (ch === 39) {
      const j = quotedEnd(f, i, 39);
      i = j + refAfter(f, j);
      continue;
    }
    if (!isStart(ch) || (i > 0 && isWordChar(f, i - 1))) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(f);
    if (!m) {
      i++;
      continue;
    }
    const tok = m[0];
    const next = f[i + tok.length];
    if (next === "!") i += tok.length + refAfter(f, i + tok.length);
    else {
      if (next !== "(" && REF.test(tok)) {
        out += f.slice(from, i) + prefix + tok;
        from = i + tok.length;
      }
      i += tok.length;
    }
  }
  return out + f.slice(from);
}

/** A shown result's formula computed again on Revision (its cached value is the shown cell's: CellSpec.same). */
export function again(spec: CellSpec, sheet: string, row: number, col: number): CellSpec {
  return { ...Fx(qualify(spec.f!, sheet), spec.fmt), same: { sheet, row, col } };
}
