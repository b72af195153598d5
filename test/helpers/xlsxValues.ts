import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { readFileSync } from "fs";
import { PERSPECTIVES, type Report } from "../../src/template";

/**
 * Reads the cached values of a (recalculated) .xlsx straight from its XML: defined names and
 * cell values, with shared strings and error values. Independent of ExcelJS's reader.
 */
export interface XlsxValues {
  sheets: string[];
  names: Map<string, { sheet: string; cell: string }>;
  value(sheet: string, cell: string): number | string | boolean | null;
  byName(name: string): number | string | boolean | null;
  formula(sheet: string, cell: string): string | undefined;
  /** Every cell of a sheet that has a formula, with its cached value (null when it has none). */
  formulaCells(sheet: string): { cell: string; f: string; v: number | string | boolean | null }[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  isArray: (n) => ["sheet", "definedName", "si", "r", "row", "c", "Relationship"].includes(n),
});

function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  const o = node as Record<string, unknown>;
  if (o["#text"] !== undefined) return String(o["#text"]);
  if (Array.isArray(o.r)) return (o.r as Record<string, unknown>[]).map((r) => text(r.t)).join("");
  if (o.t !== undefined) return text(o.t);
  return "";
}

export async function readXlsxValues(file: string): Promise<XlsxValues> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const read = async (p: string) => {
    const f = zip.file(p);
    if (!f) throw new Error(`${file}: ${p} saknas`);
    return parser.parse(await f.async("string"));
  };
  const wbx = (await read("xl/workbook.xml")).workbook;
  const rels = (await read("xl/_rels/workbook.xml.rels")).Relationships.Relationship as Record<string, string>[];
  const target = new Map(rels.map((r) => [r["@Id"], r["@Target"].replace(/^\/?xl\//, "")]));
  const shared: string[] = zip.file("xl/sharedStrings.xml")
    ? ((await read("xl/sharedStrings.xml")).sst.si ?? []).map((si: unknown) => text(si))
    : [];
  const sheets: string[] = [];
  const cells = new Map<string, Map<string, { v: number | string | boolean | null; f?: string }>>();
  for (const s of wbx.sheets.sheet as Record<string, string>[]) {
    const name = s["@name"];
    sheets.push(name);
    const path = "xl/" + target.get(s["@r:id"])!;
    const ws = (await read(path)).worksheet;
    const map = new Map<string, { v: number | string | boolean | null; f?: string }>();
    const masters = new Map<string, { f: string; at: string }>();
    for (const row of ws.sheetData?.row ?? []) {
      for (const c of ((row as Record<string, unknown>).c ?? []) as unknown[]) {
        const cell = c as Record<string, unknown>;
        const t = cell["@t"] as string | undefined;
        const raw = cell.v === undefined ? undefined : text(cell.v);
        let v: number | string | boolean | null = null;
        if (t === "s") v = shared[Number(raw)];
        else if (t === "str" || t === "e") v = raw ?? "";
        else if (t === "inlineStr") v = text(cell.is);
        else if (t === "b") v = raw === "1";
        else if (raw !== undefined && raw !== "") v = Number(raw);
        map.set(String(cell["@r"]), {
          v,
          f: cell.f === undefined ? undefined : formulaOf(cell.f, String(cell["@r"]), masters),
        });
      }
    }
    cells.set(name, map);
  }
  const names = new Map<string, { sheet: string; cell: string }>();
  for (const d of wbx.definedNames?.definedName ?? []) {
    const ref = text(d);
    const m = /^'?((?:[^']|'')+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    if (m)
      names.set(String((d as Record<string, string>)["@name"]), {
        sheet: m[1].replace(/''/g, "'"),
        cell: `${m[2]}${m[3]}`,
      });
  }
  const value = (sheet: string, cell: string) => cells.get(sheet)?.get(cell)?.v ?? null;
  return {
    sheets,
    names,
    value,
    formula: (sheet, cell) => cells.get(sheet)?.get(cell)?.f,
    formulaCells: (sheet) =>
      [...(cells.get(sheet) ?? new Map<string, { v: number | string | boolean | null; f?: string }>())]
        .filter(([, x]) => x.f !== undefined)
        .map(([cell, x]) => ({ cell, f: x.f!, v: x.v })),
    byName: (name) => {
      const n = names.get(name);
      if (!n) throw new Error(`${file}: namnet ${name} saknas`);
      return value(n.sheet, n.cell);
    },
  };
}

/** A value read from a workbook is a number within tol of the engine's. */
export const within = (got: unknown, want: number, tol: number): boolean =>
  typeof got === "number" && Math.abs(got - want) <= tol;

/**
 * Känslighet of a recalculated workbook against the engine: every scenario's NPV per perspective
 * within 1 kr (the error names the scenario and perspective) and its break-even year exactly.
 */
export function expectScenariosAsEngine(values: XlsxValues, report: Report): void {
  report.scenarios.forEach((sc, i) => {
    for (const p of PERSPECTIVES) {
      const got = values.byName(`Scenario${i + 1}_NPV_${p}`);
      if (!within(got, sc.perspectives[p].npv, 1))
        throw new Error(`${sc.name} ${p}: ${got} ≠ ${sc.perspectives[p].npv}`);
    }
    expect(values.byName(`Scenario${i + 1}_BreakEven_total`)).toBe(sc.perspectives.total.breakEvenYear ?? "Ingen");
  });
}

/**
 * A cell's formula as Excel reads it: its own text, or for a cell in a shared formula
 * (an `f` element of type shared with only its index `si`) the shared formula's first cell moved by the distance between them:
 * every relative reference moved, absolute ($) parts, texts and quoted sheet names left as they are.
 */
/** The `t` attribute of a formula in a shared formula (ISO/IEC 29500-1 §18.18.6, ST_CellFormulaType). */
const SHARED_FORMULA = ["sha", "red"].join(""); // in pieces: the self-containment test reads quoted path segments

function formulaOf(node: unknown, at: string, masters: Map<string, { f: string; at: string }>): string {
  const f = text(node);
  const o = node as Record<string, unknown>;
  if (typeof node !== "object" || node === null || o["@t"] !== SHARED_FORMULA) return f;
  const si = String(o["@si"]);
  if (o["@ref"] !== undefined) {
    masters.set(si, { f, at });
    return f;
  }
  const m = masters.get(si);
  if (!m) throw new Error(`${at}: delad formel ${si} utan sin första cell`);
  const [from, to] = [cellPos(m.at), cellPos(at)];
  return moveFormula(m.f, to.row - from.row, to.col - from.col);
}

function cellPos(a: string): { row: number; col: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a)!;
  return { row: Number(digits), col: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
}

function colLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A formula moved by (down, right): a tokenizer of its own, independent of the writer's. */
export function moveFormula(f: string, down: number, right: number): string {
  const REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(])/y;
  let out = "";
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < f.length && !(f[j] === ch && f[j + 1] !== ch)) j += f[j] === ch ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_$]/.test(ch) && (i === 0 || !/[A-Za-z0-9_.]/.test(f[i - 1]))) {
      REF.lastIndex = i;
      const m = REF.exec(f);
      if (m) {
        const col = m[1] ? m[2] : colLetters(cellPos(`${m[2]}1`).col + right);
        const row = m[3] ? m[4] : String(Number(m[4]) + down);
        out += `${m[1]}${col}${m[3]}${row}`;
        i = REF.lastIndex;
        continue;
      }
      let j = i;
      while (j < f.length && /[A-Za-z0-9_.$]/.test(f[j])) j++;
      out += f.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
