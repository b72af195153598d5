import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildWorkbook } from "../../src/template";
import type { CellSpec, Scalar, SheetModel, WorkbookModel } from "../../src/template/model";
import { addr, colNumber } from "../../src/template/cells";
import { STYLE, xlsxBuffer } from "../../src/xlsx/render";
import { LONG_TEXT, xmlText } from "../../src/xlsx/sheet-data";
import { syntheticCase } from "../../bench/cases";
import { loadExample } from "../helpers/cases";
import { readXlsxValues, type XlsxValues } from "../helpers/xlsxValues";

/**
 * The cells are written straight from the model (src/xlsx/sheet-data.ts), not through ExcelJS's
 * cell model. Read back by ExcelJS's reader, every cell of every sheet is what the model says:
 * value or formula with its cached value, number format, the template's style (font, fill,
 * border), a long text's alignment; a table's cells hold the table's values; hidden rows are
 * grouped; nothing else is in the sheet.
 */
jest.setTimeout(120_000);

const at = new Date("2026-11-23T12:00:00Z");
const models: [string, WorkbookModel][] = [
  ...["arbetsmarknadskontoret", "unga-utanfor-investering", "ungdomar-40-ar", "kriminalvard-kalkylvarden"].map(
    (e) => [e, buildWorkbook(loadExample(`${e}.json`), { generatedAt: at })] as [string, WorkbookModel],
  ),
  [
    "jämförelse",
    buildWorkbook(loadExample("arbetsmarknadskontoret.json"), {
      generatedAt: at,
      alternative: loadExample("unga-utanfor-investering.json"),
    }),
  ],
  ["60 poster", buildWorkbook(syntheticCase(60, 12), { generatedAt: at })],
];

/** The value each table puts in its cells, by "row:col". */
function tableValues(sheet: SheetModel): Map<string, Scalar> {
  const out = new Map<string, Scalar>();
  for (const t of sheet.tables) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(t.ref)!;
    const [r0, c0] = [Number(row), colNumber(col)];
    for (let i = 0; i <= t.rows; i++)
      for (let j = 0; j < t.columns.length; j++)
        out.set(`${r0 + i}:${c0 + j}`, i === 0 ? t.columns[j] : (sheet.cells[r0 + i - 1]?.[c0 - 1 + j]?.v ?? ""));
  }
  return out;
}

/** Where a read cell differs from the model's: its value, its look, or nothing (""). */
function difference(got: { value: unknown; look: unknown }, want: { value: unknown; look: unknown }): string {
  const v = [JSON.stringify(got.value), JSON.stringify(want.value)];
  const l = [JSON.stringify(got.look), JSON.stringify(want.look)];
  return [
    v[0] !== v[1] ? `värde ${v[0].slice(0, 200)} ≠ ${v[1].slice(0, 200)}` : "",
    l[0] !== l[1] ? `format ${l[0]} ≠ ${l[1]}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/** What a cell holds, read from the XML (test/helpers/xlsxValues.ts): its value, or its formula and cached value. */
function held(values: XlsxValues, sheet: string, cell: string): unknown {
  const f = values.formula(sheet, cell);
  const v = values.value(sheet, cell);
  return f === undefined ? v : { f, cached: v };
}

function expected(spec: CellSpec): unknown {
  if (spec.f !== undefined) return { f: spec.f.replace(/^=/, ""), cached: spec.cached ?? null };
  return spec.v ?? null;
}

/** Where a cell is: in a table, in a wrapped column, in a row given a height. */
interface Place {
  inTable: boolean;
  wrapped: boolean;
  tall: boolean;
}

/**
 * The look the model asks for: number format and the template's style (in a table, only format
 * and input fill); wrapped and at the top in a wrapped column, at the top in a taller row and for
 * a long text outside a table.
 */
function look(spec: CellSpec | null | undefined, { inTable, wrapped, tall }: Place): Partial<ExcelJS.Style> {
  const style = spec?.style && (!inTable || spec.style === "input") ? STYLE[spec.style] : {};
  const long = !inTable && typeof spec?.v === "string" && spec.v.length > LONG_TEXT;
  return {
    numFmt: spec?.fmt === "General" ? undefined : spec?.fmt,
    font: style.font,
    fill: style.fill,
    border: style.border,
    alignment: wrapped
      ? { vertical: "top", wrapText: true }
      : tall || long
        ? { vertical: "top" } // not wrapped is the default, which ExcelJS's reader leaves out
        : undefined,
  };
}

/** A read cell's look, with the default font, fill and border left out. */
function lookOf(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  const s = cell.style;
  // the default font (Calibri 11, theme colour) is no style of the template's
  const color = s.font?.color && !("theme" in s.font.color) ? s.font.color : undefined;
  const font = s.font && (s.font.bold || s.font.italic || color) ? { ...s.font, color } : undefined;
  const fill = s.fill && s.fill.type === "pattern" && s.fill.pattern !== "none" ? s.fill : undefined;
  const border = s.border && Object.keys(s.border).length > 0 ? s.border : undefined;
  return {
    numFmt: s.numFmt && s.numFmt !== "General" ? s.numFmt : undefined,
    font: font && {
      ...(font.bold ? { bold: true } : {}),
      ...(font.italic ? { italic: true } : {}),
      ...(font.size !== 11 ? { size: font.size } : {}),
      ...(font.color ? { color: font.color } : {}),
    },
    fill,
    border,
    alignment: s.alignment && Object.keys(s.alignment).length > 0 ? s.alignment : undefined,
  };
}

const dir = mkdtempSync(join(tmpdir(), "socinv-cells-"));

/** The workbook written, read back by ExcelJS (styles) and from its XML (values). */
async function readBack(model: WorkbookModel, name: string): Promise<[ExcelJS.Workbook, XlsxValues]> {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, await xlsxBuffer(model));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return [wb, await readXlsxValues(file)];
}

describe.each(models)("%s", (name, model) => {
  let wb: ExcelJS.Workbook;
  let values: XlsxValues;
  beforeAll(async () => {
    [wb, values] = await readBack(model, name);
  });

  test("every cell of every sheet is the model's, and no other cell is written", () => {
    const wrong: string[] = [];
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      const tables = tableValues(sheet);
      const seen = new Set<string>();
      const tall = new Set((sheet.rowHeights ?? []).map((h) => h.row));
      const merges = sheet.merges ?? [];
      const place = (r: number, c: number, inTable: boolean): Place => ({
        inTable,
        wrapped: (sheet.wrapColumns ?? []).includes(c) || merges.some((m) => m.row === r && m.col === c),
        tall: tall.has(r),
      });
      // the cells a merge covers besides its first are read by ExcelJS as parts of the merge
      const covered = (r: number, c: number) => merges.some((m) => m.row === r && c > m.col && c < m.col + m.cols);
      sheet.cells.forEach((row, r) =>
        row.forEach((spec, c) => {
          const key = `${r + 1}:${c + 1}`;
          if (!spec || tables.has(key)) return;
          seen.add(key);
          const cell = ws.getCell(r + 1, c + 1);
          const want = { value: expected(spec), look: look(spec, place(r + 1, c + 1, false)) };
          const got = { value: held(values, sheet.name, cell.address), look: lookOf(cell) };
          if (difference(got, want)) wrong.push(`${sheet.name}!${cell.address}: ${difference(got, want)}`);
        }),
      );
      for (const [key, value] of tables) {
        seen.add(key);
        const [r, c] = key.split(":").map(Number);
        const cell = ws.getCell(r, c);
        const got = { value: held(values, sheet.name, cell.address), look: lookOf(cell) };
        // a computed value in a table (a unit-cost line's Belopp on Poster) is its formula, as outside one
        const spec = sheet.cells[r - 1]?.[c - 1];
        const want = { value: spec?.f !== undefined ? expected(spec) : value, look: look(spec, place(r, c, true)) };
        if (difference(got, want)) wrong.push(`${sheet.name}!${cell.address} (tabell): ${difference(got, want)}`);
      }
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (!seen.has(`${r}:${c}`) && !covered(r, c))
            wrong.push(`${sheet.name}!${cell.address}: en cell som modellen inte har`);
        }),
      );
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test("ExcelJS's reader (socinv extract and verify) reads every formula as the model's, shared or not", () => {
    const wrong: string[] = [];
    let shared = 0;
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      sheet.cells.forEach((row, r) =>
        row.forEach((spec, c) => {
          if (spec?.f === undefined) return;
          const cell = ws.getCell(r + 1, c + 1);
          if ((cell.value as { sharedFormula?: string } | null)?.sharedFormula) shared++;
          if (cell.formula !== spec.f.replace(/^=/, "")) wrong.push(`${sheet.name}!${cell.address}: ${cell.formula}`);
        }),
      );
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(shared).toBeGreaterThan(0);
  });

  test("the model's merged cells are merged, and no others", () => {
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      const got: string[] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.isMerged && cell.master.address !== cell.address) got.push(`${cell.master.address}>${cell.address}`);
        }),
      );
      const want = (sheet.merges ?? []).flatMap((m) =>
        Array.from({ length: m.cols - 1 }, (_x, i) => `${addr(m.row, m.col)}>${addr(m.row, m.col + i + 1)}`),
      );
      expect({ sheet: sheet.name, merged: got }).toEqual({ sheet: sheet.name, merged: want });
    }
  });

  test("rows made taller for wrapped texts have the model's height, and no other row has one", () => {
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      const want = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.points]));
      const got = new Map<number, number>();
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (row.height !== undefined && row.height !== 15) got.set(r, row.height);
      });
      expect({ sheet: sheet.name, heights: [...got] }).toEqual({ sheet: sheet.name, heights: [...want] });
    }
  });

  test("hidden rows are hidden and grouped", () => {
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const r of sheet.hiddenRows ?? []) {
        expect({ sheet: sheet.name, r, hidden: ws.getRow(r).hidden, level: ws.getRow(r).outlineLevel }).toEqual({
          sheet: sheet.name,
          r,
          hidden: true,
          level: 1,
        });
      }
    }
  });
});

test("formulas and texts with markup characters are escaped and read back unchanged", async () => {
  expect(xmlText('IF(A1<>"",A1&"x",0)')).toBe('IF(A1&lt;&gt;"",A1&amp;"x",0)');
  expect(xmlText("a\u0001b\u0007c\td\ne")).toBe("abc\td\ne");
  const base = models[0][1];
  const cells: (CellSpec | null)[][] = [
    [
      { f: '=IF(B1<>"",B1&"<&>",0)', cached: "x<&>" },
      { v: "a < b & c > d" },
      { f: "=1/0", cached: "#DIV/0!", error: true },
      { f: "=B1>1", cached: true },
      { v: false },
    ],
  ];
  const model: WorkbookModel = {
    ...base,
    sheets: [
      { ...base.sheets[0], cells, tables: [], charts: [], validations: [], conditionalFormats: [], hiddenRows: [] },
    ],
    names: [],
    activeSheet: base.sheets[0].key,
  };
  const [wb, values] = await readBack(model, "tecken");
  const ws = wb.worksheets[0];
  expect(["A1", "B1", "C1", "D1", "E1"].map((c) => held(values, ws.name, c))).toEqual([
    { f: 'IF(B1<>"",B1&"<&>",0)', cached: "x<&>" },
    "a < b & c > d",
    { f: "1/0", cached: "#DIV/0!" },
    { f: "B1>1", cached: true },
    false,
  ]);
  expect(ws.dimensions.toString()).toBe("A1:E1");
});
