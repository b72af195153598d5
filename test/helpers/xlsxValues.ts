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
        map.set(String(cell["@r"]), { v, f: cell.f === undefined ? undefined : text(cell.f) });
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
