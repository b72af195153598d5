import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildWorkbook, layout } from "../../src/template";
import { addr } from "../../src/template/cells";
import type { CellSpec, SheetModel, WorkbookModel } from "../../src/template/model";
import { writeXlsx } from "../../src/xlsx/render";
import { loadExample } from "../helpers/cases";
import { loRecalc } from "../helpers/libreoffice";
import { readXlsxValues, type XlsxValues } from "../helpers/xlsxValues";

/**
 * Tampering told apart from editing, as LibreOffice recomputes it: a number typed over a shown
 * result (on the first page, on Känslighet, on Prognos's summary) turns Revision_Status — on
 * Revision and on Resultaträkning — to a sentence naming that cell; an amount changed on Poster
 * names the changed input instead; both together say both.
 */
jest.setTimeout(600_000);

const c = loadExample("arbetsmarknadskontoret.json");
const L = layout(c);
const model = () => buildWorkbook(c, { generatedAt: new Date("2026-12-01T12:00:00Z"), addinVersion: "test" });

function set(m: WorkbookModel, key: SheetModel["key"], row: number, col: number, v: string | number): void {
  const s = m.sheets.find((x) => x.key === key)!;
  while (s.cells.length < row) s.cells.push([]);
  const r = s.cells[row - 1];
  while (r.length < col) r.push(null);
  r[col - 1] = { v } as CellSpec;
}

const npvRow = L.statement.perspectives.row.public;
const scenario = L.sensitivity.scenarios[0].row;
const summary = L.projection.summary;
const edits: Record<string, [(m: WorkbookModel) => void, string]> = {
  unchanged: [() => undefined, "OK"],
  "NPV typed over on Resultaträkning": [
    (m) => set(m, "statement", npvRow, 4, 400000000),
    `Resultaträkning!D${npvRow} följer inte av indata`,
  ],
  "a cell on Känslighet typed over": [
    (m) => set(m, "sensitivity", scenario, 3, 1),
    `Känslighet!C${scenario} följer inte av indata`,
  ],
  "Prognos's summary typed over": [
    (m) => set(m, "projection", summary.row.public, summary.col.npv, 5),
    // the first page is a plain reference to it and shows the typed number, the cell typed over is named
    `Prognos!${addr(summary.row.public, summary.col.npv)} följer inte av indata`,
  ],
  "an amount edited on Poster": [(m) => set(m, "lines", 2, 7, 123456), "Indata ändrade: Poster!G2"],
  // Poster's lines and Uppföljning's line grid are checked a row at a time (controls/grid.ts): the cell is still named
  "a line's actor edited on Poster": [(m) => set(m, "lines", 3, 1, "Kommunen"), "Indata ändrade: Poster!A3"],
  "a spare row on Poster filled in": [
    (m) => set(m, "lines", L.lines.lastRow + 2, L.lines.col.label, "Ny post"),
    `Indata ändrade: Poster!${addr(L.lines.lastRow + 2, L.lines.col.label)}`,
  ],
  "an actual count typed on Uppföljning": [
    (m) => set(m, "followup", L.followup.actualRow, L.followup.years.col(1), 10),
    `Indata ändrade: Uppföljning!${addr(L.followup.actualRow, L.followup.years.col(1))}`,
  ],
  "a line's year typed over on Uppföljning": [
    (m) => set(m, "followup", L.followup.firstLine + 1, L.followup.years.col(2), 777),
    `Uppföljning!${addr(L.followup.firstLine + 1, L.followup.years.col(2))} följer inte av indata`,
  ],
  "two lines typed over on Uppföljning, and a result on the first page": [
    (m) => {
      set(m, "followup", L.followup.firstLine + 2, L.followup.years.col(3), "noll");
      set(m, "followup", L.followup.firstLine + 4, L.followup.years.col(1), 1);
      set(m, "statement", npvRow, 4, 400000000);
    },
    `Resultaträkning!D${npvRow} följer inte av indata (och 2 till)`,
  ],
  "a line's label typed over on Uppföljning": [
    (m) => set(m, "followup", L.followup.lastLine, 1, "Post 99"),
    `Uppföljning!A${L.followup.lastLine} följer inte av indata`,
  ],
  both: [
    (m) => {
      set(m, "lines", 2, 7, 123456);
      set(m, "statement", npvRow, 4, 400000000);
    },
    `Resultaträkning!D${npvRow} följer inte av indata; Indata ändrade: Poster!G2`,
  ],
};

const dir = mkdtempSync(join(tmpdir(), "socinv-controls-"));
const out = join(dir, "recalc");
const values = new Map<string, XlsxValues>();

beforeAll(async () => {
  const files: string[] = [];
  for (const [i, [, [apply]]] of Object.entries(edits).entries()) {
    const m = model();
    apply(m);
    const f = join(dir, `edit-${i}.xlsx`);
    await writeXlsx(m, f);
    files.push(f);
  }
  loRecalc(out, files);
  for (const [i, name] of Object.keys(edits).entries())
    values.set(name, await readXlsxValues(join(out, `edit-${i}.xlsx`)));
});

test.each(Object.keys(edits))("%s: Revision_Status says so, on Revision and on the first page", (name) => {
  const v = values.get(name)!;
  const status = v.byName("Revision_Status");
  expect(status).toBe(edits[name][1]);
  expect(v.value("Resultaträkning", addr(L.statement.statusRow, 2))).toBe(status);
});

test("an edited input moves the figures but blames no result; Inputs_Status stays OK", () => {
  const v = values.get("an amount edited on Poster")!;
  expect(v.byName("Inputs_Status")).toBe("OK");
  expect(v.byName("NPV_total")).not.toBeCloseTo(values.get("unchanged")!.byName("NPV_total") as number, 0);
});

/**
 * Issue 22, item 1: the reporting unit's key figures (Nyckeltal on Resultaträkning) and the
 * milestone tables on Prognos (per kostnadslag, and method v3's per perspective) are results a
 * reader sees: a constant typed over one of them turns the status, on Revision and on the first
 * page, to a sentence naming that cell.
 */
describe.each(["tabell-4-3.json", "arbetsmarknadskontoret.json"])(
  "key figures and milestones typed over (%s)",
  (file) => {
    const cs = loadExample(file);
    const LL = layout(cs);
    const build = () => buildWorkbook(cs, { generatedAt: new Date("2026-12-01T12:00:00Z"), addinVersion: "test" });
    const X = LL.projection;
    const M = X.milestones;
    const K = LL.statement.keyFigures;
    const V3 = X.perspectiveMilestones;
    const cases: [string, SheetModel["key"], number, number, string][] = [
      ["a milestone per kostnadslag", "projection", M.totalRow, 3, "Prognos"],
      ...(K
        ? ([
            ["the key figure Resultat", "statement", K.row.result, K.col.value, "Resultaträkning"],
            [
              "the key figure Kostnad per deltagare",
              "statement",
              K.row.costPerParticipant,
              K.col.value,
              "Resultaträkning",
            ],
          ] as [string, SheetModel["key"], number, number, string][])
        : []),
      ...(V3
        ? ([
            ["a milestone NPV_T per perspective", "projection", V3.row.public.npv, V3.col.first + 1, "Prognos"],
            ["a milestone ratio per perspective", "projection", V3.row.total.roi, V3.col.first, "Prognos"],
          ] as [string, SheetModel["key"], number, number, string][])
        : []),
    ];
    const got = new Map<string, XlsxValues>();

    beforeAll(async () => {
      const d = mkdtempSync(join(tmpdir(), "socinv-controls-kf-"));
      const files: string[] = [];
      for (const [i, [, key, row, col]] of cases.entries()) {
        const m = build();
        set(m, key, row, col, 4242);
        const f = join(d, `kf-${i}.xlsx`);
        await writeXlsx(m, f);
        files.push(f);
      }
      loRecalc(join(d, "recalc"), files);
      for (const [i, [name]] of cases.entries()) got.set(name, await readXlsxValues(join(d, "recalc", `kf-${i}.xlsx`)));
    });

    test("both examples have key figures and both milestone tables", () => {
      expect(cases.length).toBe(5);
    });

    test.each(cases.map((x) => x[0]))(
      "%s: Revision_Status names the cell, on Revision and on the first page",
      (name) => {
        const [, , row, col, sheetName] = cases.find((x) => x[0] === name)!;
        const v = got.get(name)!;
        const status = v.byName("Revision_Status");
        expect(status).toBe(`${sheetName}!${addr(row, col)} följer inte av indata`);
        expect(v.value("Resultaträkning", addr(LL.statement.statusRow, 2))).toBe(status);
        expect(v.byName("Inputs_Status")).toBe("OK");
      },
    );
  },
);
