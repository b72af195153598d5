import { fold, parseNumberText } from "../engine";

/** What Excel passes for one cell of a range argument. */
export type Cell = unknown;
export type Matrix = Cell[][];

/** Empty cells may arrive as "", null, undefined or 0; a row is empty only when all its cells are. */
export function isBlank(v: Cell): boolean {
  if (typeof v !== "string") return v === null || v === undefined;
  // blank when trim() leaves nothing; a text that begins with a printable ASCII character is not
  // (every character trim() removes is below 0x21 or above 0x7e): no trim() for 10 000 such cells
  const first = v.charCodeAt(0);
  return v.length === 0 || ((first < 0x21 || first > 0x7e) && v.trim() === "");
}

export function isBlankOrZero(v: Cell): boolean {
  return isBlank(v) || v === 0;
}

export function cellText(v: Cell): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

/** Shows a cell in a message: 'tolv', 12,5, SANT. */
export function showCell(v: Cell): string {
  if (typeof v === "string") return `'${v.length > 30 ? v.slice(0, 30) + "…" : v}'`;
  if (typeof v === "number") return String(v).replace(".", ",");
  if (typeof v === "boolean") return v ? "SANT" : "FALSKT";
  return "tom";
}

const KEY_CACHE = new Map<string, string>();

/** A key for matching names: lower case, no diacritics, letters and digits only (memoised: cells repeat). */
export function key(s: string): string {
  let k = KEY_CACHE.get(s);
  if (k === undefined) {
    k = fold(s).replace(/[^a-z0-9]/g, "");
    if (KEY_CACHE.size > 10_000) KEY_CACHE.clear();
    KEY_CACHE.set(s, k);
  }
  return k;
}

/** A number from a cell: numbers as they are; text through parseNumberText ("1 234,50", "3,5 %"). */
export function parseNumber(v: Cell): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  return parseNumberText(v);
}

/** Normalises an argument that Excel may pass as a scalar or a range into a matrix. */
export function asMatrix(v: unknown): Matrix {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row : [row]));
  return [[v]];
}
