import { formatDecimal, type Case } from "../engine";
import { addr } from "./cells";
import { canonicalJson } from "./canonical";
import type { CellSpec, Scalar, SheetModel, WorkbookModel } from "./model";
import { sha256Hex } from "./sha256";

/**
 * What a revisor's `socinv verify` checks, independent of how the file is read: the workbook's
 * cells against the workbook the template makes from the case text stored on Revision (itself
 * produced from the engine's report, with the cached values tests tie to the engine).
 *
 * - inputs (Poster's lines, every input cell) that differ from the case: edits;
 * - results (every formula cell) that are no longer the template's formula, or whose value is not
 *   the engine's while no input changed: they no longer follow from the inputs;
 * - the case text whose SHA-256 is not the one Revision and the footer carry.
 */

/** A cell as read from a file: its formula (without "="), its (cached) value, an error code. */
export interface ReadCell {
  formula?: string;
  value: Scalar | null;
  error?: string;
}

/** A workbook as read from a file. */
export interface ReadWorkbook {
  sheetNames: string[];
  cell(sheet: string, row: number, col: number): ReadCell | undefined;
  /** Every non-empty cell of a sheet (row and column 1-based). */
  cells(sheet: string): { row: number; col: number; cell: ReadCell }[];
  /** The footer texts of a sheet (odd pages), when the file has one. */
  footer(sheet: string): string | undefined;
}

export type FindingKind = "case" | "input" | "result" | "other";

export interface Finding {
  kind: FindingKind;
  /** The cell, as Blad!A1, when the finding is about one. */
  cell?: string;
  message: string;
}

/** The sheets whose constant cells are inputs (everything a user is meant to edit). */
const INPUT_SHEETS = new Set<SheetModel["key"]>(["lines"]);

/** The case text's hash as Revision gives it, against the text's own. */
export function caseHashFinding(caseText: string, storedHash: string | undefined): Finding | undefined {
  const actual = sha256Hex(caseText);
  if (storedHash === undefined)
    return { kind: "case", message: "Revision anger ingen SHA-256 för kalkylen; kalkyltexten kan inte prövas." };
  if (storedHash.trim().toLowerCase() === actual) return undefined;
  return {
    kind: "case",
    message:
      `Kalkyltexten på Revision har ändrats efter att arbetsboken skapades: dess SHA-256 är ${actual}, ` +
      `Revision anger ${storedHash.trim()}.`,
  };
}

/** A value as a reader sees it: numbers the Swedish way, texts quoted, empty as (tom). */
export function shown(v: Scalar | null | undefined): string {
  if (v === null || v === undefined || v === "") return "(tom)";
  if (typeof v === "number") return formatDecimal(v, Number.isInteger(v) ? 0 : Math.abs(v) < 10 ? 4 : 2);
  if (typeof v === "boolean") return v ? "SANT" : "FALSKT";
  return `"${v}"`;
}

/** Numbers within a tolerance that float arithmetic in Excel or LibreOffice stays inside; others exactly. */
export function sameValue(a: Scalar | null | undefined, b: Scalar | null | undefined): boolean {
  const blank = (x: Scalar | null | undefined) => x === null || x === undefined || x === "";
  if (blank(a) && blank(b)) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (typeof a === "boolean" || typeof b === "boolean") return Number(a) === Number(b);
  return String(a) === String(b);
}

/**
 * A formula the way a file may carry it: without "=", unquoted sheet names where quotes are not
 * needed, no spaces outside texts, upper case outside texts (programs that save a workbook write
 * the same formula in these ways).
 */
export function normalFormula(f: string): string {
  const body = f.startsWith("=") ? f.slice(1) : f;
  return body
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, "")
            .replace(/'/g, "")
            .replace(/_xlfn\./gi, "")
            .toUpperCase()
            .replace(/\b(TRUE|FALSE)\(\)/g, "$1"),
    )
    .join('"');
}

/** A formula or text shortened for a message. */
const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

const where = (s: SheetModel, row: number, col: number) => `${s.name}!${addr(row, col)}`;

function isInput(s: SheetModel, spec: CellSpec): boolean {
  return spec.f === undefined && (spec.style === "input" || INPUT_SHEETS.has(s.key));
}

/** Inputs and texts: every constant cell of the model against the file. */
function constantFindings(s: SheetModel, book: ReadWorkbook, r: number, c: number, spec: CellSpec): Finding[] {
  const got = book.cell(s.name, r + 1, c + 1);
  const cellName = where(s, r + 1, c + 1);
  if (got?.formula !== undefined) {
    const kind: FindingKind = isInput(s, spec) ? "input" : "other";
    return [
      {
        kind,
        cell: cellName,
        message: `${cellName}: en formel (=${clip(got.formula)}) där kalkylen har ${shown(spec.v)}.`,
      },
    ];
  }
  if (sameValue(got?.value, spec.v)) return [];
  const kind: FindingKind = isInput(s, spec) ? "input" : "other";
  const what = kind === "input" ? "indata ändrat" : "text ändrad";
  return [{ kind, cell: cellName, message: `${cellName}: ${what} från ${shown(spec.v)} till ${shown(got?.value)}.` }];
}

/** A result: still the template's formula, and (when no input changed) still the engine's value. */
function resultFinding(s: SheetModel, book: ReadWorkbook, r: number, c: number, spec: CellSpec): Finding[] {
  const got = book.cell(s.name, r + 1, c + 1);
  const cellName = where(s, r + 1, c + 1);
  if (got?.formula === undefined) {
    const typed =
      got === undefined || got.value === null ? "cellen är tömd" : `värdet ${shown(got.value)} är inskrivet`;
    return [
      { kind: "result", cell: cellName, message: `${cellName} följer inte av indata: formeln är borta (${typed}).` },
    ];
  }
  if (normalFormula(got.formula) !== normalFormula(spec.f!))
    return [
      {
        kind: "result",
        cell: cellName,
        message: `${cellName} följer inte av indata: formeln är ändrad till =${clip(got.formula)}.`,
      },
    ];
  return [];
}

/** A result's value against the engine's (the template's cached value), when the file carries one. */
function valueFinding(s: SheetModel, book: ReadWorkbook, r: number, c: number, spec: CellSpec): Finding[] {
  const got = book.cell(s.name, r + 1, c + 1);
  if (got?.formula === undefined) return [];
  if (got.value === null && got.error === undefined) return []; // no cached value in the file: nothing to compare
  const cellName = where(s, r + 1, c + 1);
  const want = spec.cached;
  const ok = spec.error ? got.error === want : got.error === undefined && sameValue(got.value, want);
  if (ok) return [];
  const seen = got.error ?? shown(got.value);
  return [
    { kind: "result", cell: cellName, message: `${cellName}: arbetsboken visar ${seen}, motorn ger ${shown(want)}.` },
  ];
}

/** Content the file has where the model has none: new lines on Poster are inputs, anything else is noted. */
function extraFindings(s: SheetModel, book: ReadWorkbook): Finding[] {
  const out: Finding[] = [];
  for (const { row, col, cell } of book.cells(s.name)) {
    if (s.cells[row - 1]?.[col - 1]) continue;
    if (cell.formula === undefined && (cell.value === null || cell.value === "")) continue;
    const cellName = where(s, row, col);
    const what = cell.formula !== undefined ? `=${clip(cell.formula)}` : shown(cell.value);
    const kind: FindingKind = s.key === "lines" ? "input" : "other";
    out.push({ kind, cell: cellName, message: `${cellName}: ${kind === "input" ? "ny indata" : "tillagt"} ${what}.` });
  }
  return out;
}

/** Every difference between the workbook as read and the workbook the case text gives. */
export function verifyWorkbook(model: WorkbookModel, book: ReadWorkbook): Finding[] {
  const found: Finding[] = [];
  const present = model.sheets.filter((s) => book.sheetNames.includes(s.name));
  for (const s of model.sheets)
    if (!present.includes(s)) found.push({ kind: "other", message: `Bladet ${s.name} saknas i arbetsboken.` });
  const values: Finding[] = [];
  for (const s of present) {
    s.cells.forEach((row, r) =>
      row.forEach((spec, c) => {
        if (!spec) return;
        if (spec.f === undefined) found.push(...constantFindings(s, book, r, c, spec));
        else {
          found.push(...resultFinding(s, book, r, c, spec));
          values.push(...valueFinding(s, book, r, c, spec));
        }
      }),
    );
    found.push(...extraFindings(s, book));
  }
  // with changed inputs the results are expected to move: only their formulas are held against the case
  const inputsChanged = found.some((f) => f.kind === "input");
  const typedOver = new Set(found.filter((f) => f.kind === "result").map((f) => f.cell));
  if (!inputsChanged) found.push(...values.filter((f) => !typedOver.has(f.cell)));
  return found;
}

/** The footers that carry a hash other than the case's. */
export function footerFindings(model: WorkbookModel, book: ReadWorkbook, c: Case): Finding[] {
  const hash = sha256Hex(canonicalJson(c)).slice(0, 12);
  const out: Finding[] = [];
  for (const s of model.sheets) {
    const footer = book.footer(s.name);
    if (footer === undefined || !book.sheetNames.includes(s.name)) continue;
    const m = /SHA-256 ([0-9a-f]+)/i.exec(footer);
    if (m && m[1].toLowerCase() !== hash)
      out.push({ kind: "case", message: `Sidfoten på ${s.name} anger SHA-256 ${m[1]}, kalkylen har ${hash}.` });
  }
  return out;
}
