import type { SheetModel } from "../template/model";
import { colName, quotedEnd } from "../template/cells";

/**
 * Shared formulas (ISO/IEC 29500-1 §18.3.1.40, `<f t="shared">`): a column of cells whose formulas
 * differ only by their row, as a per-line column of Prognos or a check column of Revision, is
 * written once, in its first cell, with the range it fills; the cells below carry only the
 * shared formula's index and their own cached value. This is how Excel itself saves such columns,
 * and what Excel, LibreOffice and ExcelJS's reader expand when they open the file: the workbook is
 * about a third of the size and LibreOffice parses each column once.
 *
 * A cell joins the run of the cell above when its formula is exactly the formula above moved down
 * one row: every relative row number one more, absolute rows ($) and columns unchanged, texts and
 * quoted sheet names untouched. A formula is only shared when ExcelJS's reader (whose expansion,
 * `slideFormula`, moves every word that looks like a reference, also inside a text) would expand
 * it to the same text: a formula with a text or a name that looks like a cell reference is
 * written in full.
 */

/** A formula in pieces: fixed text, and references whose row moves with the cell. */
interface Pieces {
  /** Text before each reference, and after the last (length = rows.length + 1). */
  texts: string[];
  /** The row of each relative-row reference. */
  rows: number[];
}

/** Where a cell's formula goes: the first cell of a run (with the run's range) or a cell in it. */
export interface SharedFormula {
  si: number;
  /** On the first cell: the range the shared formula fills ("C43:C3231"). */
  ref?: string;
}

const isUpper = (ch: number) => ch >= 65 && ch <= 90;
const isDigit = (ch: number) => ch >= 48 && ch <= 57;
const isWord = (ch: number) =>
  isUpper(ch) || (ch >= 97 && ch <= 122) || isDigit(ch) || ch === 95 || ch === 46 || ch === 36;

/** A reference at i: `$?[A-Z]{1,3}$?[0-9]+` not followed by a name character or "(". */
function refAt(f: string, i: number): { rowAt: number; end: number; absRow: boolean } | null {
  let j = i;
  if (f.charCodeAt(j) === 36) j++;
  const c0 = j;
  while (isUpper(f.charCodeAt(j)) && j - c0 < 4) j++;
  if (j === c0 || j - c0 > 3) return null;
  const absRow = f.charCodeAt(j) === 36;
  if (absRow) j++;
  const rowAt = j;
  while (isDigit(f.charCodeAt(j))) j++;
  if (j === rowAt || f.charCodeAt(rowAt) === 48) return null;
  const next = f.charCodeAt(j);
  if (isWord(next) || next === 40) return null;
  return { rowAt, end: j, absRow };
}

/** Looks like a cell reference to ExcelJS's `slideFormula` (case-insensitive, at most column XFD). */
const LOOKS_LIKE_REF = /(^|[^a-z0-9_$])\$?[a-z]{1,3}\$?[1-9]/i;

/** The formula in pieces, or null when it cannot be shared safely. */
export function formulaPieces(f: string): Pieces | null {
  const texts: string[] = [];
  const rows: number[] = [];
  let from = 0;
  let i = 0;
  while (i < f.length) {
    const ch = f.charCodeAt(i);
    if (ch === 34) {
      const end = quotedEnd(f, i, 34);
      if (LOOKS_LIKE_REF.test(f.slice(i + 1, end - 1))) return null;
      i = end;
    } else if (ch === 39) {
      const end = quotedEnd(f, i, 39);
      if (LOOKS_LIKE_REF.test(f.slice(i + 1, end - 1))) return null; // a sheet named like 'Q1 2024'
      i = end;
    } else if (isUpper(ch) || ch === 36) {
      const ref = refAt(f, i);
      if (ref && !ref.absRow) {
        texts.push(f.slice(from, ref.rowAt));
        rows.push(Number(f.slice(ref.rowAt, ref.end)));
        from = i = ref.end;
      } else if (ref) i = ref.end;
      else {
        const w = i;
        while (i < f.length && isWord(f.charCodeAt(i))) i++;
        // a name or function that ExcelJS would take for a reference ("KPI2023", "log10" without "(")
        if (f.charCodeAt(i) !== 40 && LOOKS_LIKE_REF.test(f.slice(w, i)) && !/^[A-Z]+\.[A-Z]/.test(f.slice(w, i)))
          return null;
      }
    } else if (isWord(ch)) {
      const w = i;
      while (i < f.length && isWord(f.charCodeAt(i))) i++;
      if (f.charCodeAt(i) !== 40 && !isDigit(ch) && LOOKS_LIKE_REF.test(f.slice(w, i))) return null;
    } else i++;
  }
  texts.push(f.slice(from));
  return { texts, rows };
}

/** Whether f is the pieces' formula moved down by `down` rows. */
function isMoved(f: string, p: Pieces, down: number): boolean {
  let at = 0;
  for (let k = 0; k < p.rows.length; k++) {
    const t = p.texts[k];
    if (!f.startsWith(t, at)) return false;
    at += t.length;
    const row = String(p.rows[k] + down);
    if (!f.startsWith(row, at)) return false;
    at += row.length;
  }
  const last = p.texts[p.rows.length];
  return f.length - at === last.length && f.endsWith(last);
}

/**
 * The shared formulas of a sheet, by row and column (1-based): runs of two or more cells down a
 * column. Cells in tables (`skip`) are written in full.
 */
export function sharedFormulas(
  sheet: SheetModel,
  skip: (row: number, col: number) => boolean,
): Map<number, Map<number, SharedFormula>> {
  const out = new Map<number, Map<number, SharedFormula>>();
  const put = (r: number, c: number, s: SharedFormula) => {
    let row = out.get(r);
    if (!row) out.set(r, (row = new Map()));
    row.set(c, s);
  };
  let si = 0;
  const width = sheet.cells.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 1; c <= width; c++) {
    let run: { first: number; last: number; pieces: Pieces | null } | null = null;
    const close = () => {
      if (run && run.last > run.first) {
        const s = si++;
        put(run.first, c, { si: s, ref: `${colName(c)}${run.first}:${colName(c)}${run.last}` });
        for (let r = run.first + 1; r <= run.last; r++) put(r, c, { si: s });
      }
      run = null;
    };
    for (let r = 1; r <= sheet.cells.length; r++) {
      const f = sheet.cells[r - 1]?.[c - 1]?.f;
      if (f === undefined || skip(r, c)) {
        close();
        continue;
      }
      const text = f.charCodeAt(0) === 61 ? f.slice(1) : f;
      const current = run as { first: number; last: number; pieces: Pieces | null } | null;
      if (current && current.last === r - 1 && current.pieces && isMoved(text, current.pieces, r - current.first)) {
        current.last = r;
        continue;
      }
      close();
      run = { first: r, last: r, pieces: formulaPieces(text) };
    }
    close();
  }
  return out;
}
