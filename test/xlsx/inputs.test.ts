import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildWorkbook } from "../../src/template";
import { addr } from "../../src/template/cells";
import type { CellSpec, WorkbookModel } from "../../src/template/model";
import { writeXlsx } from "../../src/xlsx/render";
import { loadExample } from "../helpers/cases";
import { loRecalc } from "../helpers/libreoffice";
import { readXlsxValues, type XlsxValues } from "../helpers/xlsxValues";

/**
 * The input checks as a revisor meets them: a workbook edited the ways that used to drop figures
 * silently (a longer horizon, an amount typed as text, a mistyped actor, a line below the rows the
 * projection covers), recalculated by LibreOffice, says so in Inputs_Status and names the cell.
 */
jest.setTimeout(600_000);

const c = loadExample("arbetsmarknadskontoret.json");
const model = () => buildWorkbook(c, { generatedAt: new Date("2026-11-23T12:00:00Z"), addinVersion: "test" });
const H = c.assumptions.horizon;

function edit(m: WorkbookModel, key: "lines" | "assumptions", row: number, col: number, v: string | number): void {
  const s = m.sheets.find((x) => x.key === key)!;
  while (s.cells.length < row) s.cells.push([]);
  const r = s.cells[row - 1];
  while (r.length < col) r.push(null);
  r[col - 1] = { v } as CellSpec;
}

const probe = model();
// the layout, read from the model's own names: Horisont's cell and the Poster columns
const horizonRef = probe.names.find((n) => n.name === "Horisont")!.ref; // $C$5
const horizonRow = Number(/\d+$/.exec(horizonRef)![0]);
const lastInputRow = 1 + c.lines.length + 50;

const edits: Record<string, [(m: WorkbookModel) => void, RegExp]> = {
  unchanged: [() => undefined, /^OK$/],
  "horizon beyond": [
    (m) => edit(m, "assumptions", horizonRow, 3, H + 5),
    new RegExp(`Antaganden!C${horizonRow}: horisonten`),
  ],
  "text amount": [(m) => edit(m, "lines", 3, 7, "150 000"), /^Poster!G3: beloppet är inget tal/],
  "mistyped actor": [(m) => edit(m, "lines", 2, 1, "Kommun"), /^Poster!A2: aktören finns inte i aktörslistan/],
  "line beyond the table": [
    (m) => {
      const row = lastInputRow + 3;
      const line = ["Kommunen", "", "Intäkt", "Real", "Effekt", "Totalt", 100000];
      line.forEach((v, j) => edit(m, "lines", row, j + 1, v));
    },
    new RegExp(`^Poster!A${lastInputRow + 1} och nedåt: poster under rad ${lastInputRow} räknas inte`),
  ],
  "line in a spare row": [
    (m) =>
      ["Kommunen", "", "Intäkt", "Real", "Effekt", "Totalt", 100000].forEach((v, j) =>
        edit(m, "lines", 2 + c.lines.length, j + 1, v),
      ),
    /^OK$/,
  ],
};

const dir = mkdtempSync(join(tmpdir(), "socinv-inputs-"));
const out = join(dir, "recalc");
const values = new Map<string, XlsxValues>();

beforeAll(async () => {
  const files: string[] = [];
  for (const [i, [name, [apply]]] of Object.entries(edits).entries()) {
    const m = model();
    apply(m);
    const f = join(dir, `edit-${i}.xlsx`);
    await writeXlsx(m, f);
    files.push(f);
    values.set(name, undefined as unknown as XlsxValues);
  }
  loRecalc(out, files);
  for (const [i, name] of Object.keys(edits).entries())
    values.set(name, await readXlsxValues(join(out, `edit-${i}.xlsx`)));
});

test.each(Object.keys(edits))("%s: Inputs_Status names the cell, on Revision and on Resultaträkning", (name) => {
  const v = values.get(name)!;
  const status = v.byName("Inputs_Status");
  expect(String(status)).toMatch(edits[name][1]);
  const statement = v.sheets[0];
  const shown = [...Array(80).keys()].map((r) => v.value(statement, addr(r + 1, 2)));
  expect(shown).toContain(status);
});

test("a line added in a spare row counts: the statement grows by its amount", () => {
  const before = values.get("unchanged")!.byName("Statement_Total") as number;
  const after = values.get("line in a spare row")!.byName("Statement_Total") as number;
  expect(after - before).toBeCloseTo(100000, 0);
});
