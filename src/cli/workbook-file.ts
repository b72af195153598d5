import { existsSync } from "fs";
import type { Workbook, Worksheet } from "exceljs";
import { SocinvError } from "../engine";
import { BASE_SHEET_NAMES, caseJsonFromRevision } from "../template";
import type { Scalar } from "../template/model";
import type { ReadCell, ReadWorkbook } from "../template/verify";

/**
 * A workbook made by socinv, read from an .xlsx file: its cells (formulas with their cached
 * values), its Revision sheet's case text and the SHA-256 Revision gives for it.
 */

const badInput = (message: string) => new SocinvError("invalid-input", message);

export async function readWorkbookFile(file: string): Promise<Workbook> {
  if (!existsSync(file)) throw badInput(`${file}: filen finns inte`);
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw badInput(`${file}: ${code === "ENOENT" ? "filen finns inte" : "kunde inte läsas som .xlsx-arbetsbok"}`);
  }
  return wb;
}

export interface RevisionText {
  /** The Revision sheet read (the newest version: the highest " (n)"). */
  sheet: string;
  /** The workbook's version: 1, or n for sheets named " (n)". */
  version: number;
  caseText: string;
  /** The SHA-256 on Revision (64 hex digits), when there is one. */
  hash?: string;
}

/** The case text on the Revision sheet and the hash beside it. */
export function revisionText(wb: Workbook, file: string): RevisionText {
  const sheets = wb.worksheets.filter(
    (w) => w.name === BASE_SHEET_NAMES.revision || w.name.startsWith(`${BASE_SHEET_NAMES.revision} (`),
  );
  if (sheets.length === 0)
    throw badInput(`${file}: arbetsboken har inget blad ${BASE_SHEET_NAMES.revision}; den är inte skapad av socinv`);
  const ws = sheets[sheets.length - 1];
  const colA: unknown[] = [];
  ws.getColumn(1).eachCell({ includeEmpty: true }, (cell, row) => (colA[row - 1] = cell.value));
  const caseText = caseJsonFromRevision(colA);
  if (!caseText) throw badInput(`${file}: bladet ${ws.name} innehåller ingen kalkyl`);
  let hash: string | undefined;
  ws.getColumn(2).eachCell((cell, row) => {
    const v = cell.value;
    if (
      hash === undefined &&
      typeof v === "string" &&
      /^[0-9a-f]{64}$/i.test(v.trim()) &&
      /SHA-256/.test(String(colA[row - 1]))
    )
      hash = v.trim();
  });
  const m = /\((\d+)\)$/.exec(ws.name);
  return { sheet: ws.name, version: m ? Number(m[1]) : 1, caseText, ...(hash === undefined ? {} : { hash }) };
}

/** A value ExcelJS gives as it is in the file: rich text joined, dates as Excel's serial number. */
function scalar(v: unknown): Scalar | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  const o = v as { richText?: { text: string }[]; text?: string };
  if (Array.isArray(o.richText)) return o.richText.map((x) => x.text).join("");
  if (typeof o.text === "string") return o.text;
  return null;
}

function readCell(ws: Worksheet, row: number, col: number): ReadCell | undefined {
  const c = ws.findCell(row, col);
  if (!c) return undefined;
  const v = c.value as unknown;
  if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const result = (v as { result?: unknown }).result;
    const err =
      result && typeof result === "object" && "error" in result
        ? String((result as { error: unknown }).error)
        : undefined;
    return {
      formula: c.formula,
      value: err === undefined ? scalar(result) : null,
      ...(err === undefined ? {} : { error: err }),
    };
  }
  if (v && typeof v === "object" && "error" in v)
    return { value: null, error: String((v as { error: unknown }).error) };
  return { value: scalar(v) };
}

/** The workbook's cells as verify reads them. */
export function readWorkbook(wb: Workbook): ReadWorkbook {
  const sheet = (name: string) => wb.getWorksheet(name);
  return {
    sheetNames: wb.worksheets.map((w) => w.name),
    cell: (name, row, col) => {
      const ws = sheet(name);
      return ws ? readCell(ws, row, col) : undefined;
    },
    cells: (name) => {
      const ws = sheet(name);
      const out: ReturnType<ReadWorkbook["cells"]> = [];
      ws?.eachRow({ includeEmpty: false }, (r, row) =>
        r.eachCell({ includeEmpty: false }, (_c, col) => {
          const cell = readCell(ws, row, col);
          if (cell) out.push({ row, col, cell });
        }),
      );
      return out;
    },
    footer: (name) => sheet(name)?.headerFooter?.oddFooter ?? undefined,
  };
}
