import { renderCase } from "../../src/excel/render";
import { buildWorkbook } from "../../src/template";
import { colName } from "../../src/template/cells";
import { FakeWorkbook } from "../fake-excel/fakeExcel";
import { loadExample } from "../helpers/cases";

/**
 * Method v3 through the Office.js renderer (an in-memory workbook): the Årsbelopp sheet, the
 * intake and timing on Antaganden, the key figures and the milestone table are written as the
 * model has them, with their validations, red formats, hidden check rows and page setup.
 */

const when = new Date("2026-12-07T01:00:00Z");

describe.each(["tabell-4-3.json", "unga-i-arbete-lopande.json"])("%s in Excel (Office.js)", (file) => {
  const c = loadExample(file);

  test("every cell, formula, number format and name equals the model; Årsbelopp follows Poster", async () => {
    const wb = new FakeWorkbook(["Blad1"]);
    await renderCase(wb.context(), c, { generatedAt: when, addinVersion: "t" });
    const model = buildWorkbook(c, { generatedAt: when, addinVersion: "t", version: 1 });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Blad1", ...model.sheets.map((s) => s.name)]);
    expect(model.sheets.map((s) => s.name).slice(5, 8)).toEqual(["Poster", "Årsbelopp", "Antaganden"]);
    for (const sheet of model.sheets)
      sheet.cells.forEach((row, r) =>
        row.forEach((spec, col) => {
          if (!spec) return;
          const got = wb.cell(sheet.name, `${colName(col + 1)}${r + 1}`);
          if (spec.f) expect(got?.formula).toBe(spec.f);
          else expect(got?.value).toBe(spec.v);
          expect(got?.numberFormat).toBe(spec.fmt ?? "General");
        }),
      );
    const names = wb.names.map((n) => n.name);
    expect(names.sort()).toEqual(model.names.map((n) => n.name).sort());
    for (const n of ["Intagsar", "Diskontering", "KeyFigure_costPerSuccess", "Deltagare"]) expect(names).toContain(n);
  });

  test("validations, red formats, hidden rows and page setup of Årsbelopp and Antaganden equal the model's", async () => {
    const wb = new FakeWorkbook(["Blad1"]);
    await renderCase(wb.context(), c, { generatedAt: when, addinVersion: "t" });
    const model = buildWorkbook(c, { generatedAt: when, addinVersion: "t", version: 1 });
    for (const key of ["yearly", "assumptions"]) {
      const sheet = model.sheets.find((s) => s.key === key)!;
      const got = wb.sheet(sheet.name)!;
      for (const v of sheet.validations ?? []) {
        const first = v.ref.split(":")[0];
        const rule = v.rule.kind === "list" ? `=${v.rule.source}` : `${v.rule.kind}:${v.rule.min}..${v.rule.max}`;
        expect(wb.cell(sheet.name, first)!.validation).toBe(rule);
        expect(wb.cell(sheet.name, first)!.validationMessage).toBe(v.message);
      }
      expect(got.conditionalFormats.map((x) => x.formula)).toEqual(
        (sheet.conditionalFormats ?? []).map((x) => `=${x.formula}`),
      );
      expect([...got.hiddenRows].sort((a, b) => a - b)).toEqual([...(sheet.hiddenRows ?? [])].sort((a, b) => a - b));
      expect(got.pageLayout.printArea).toBe(sheet.print?.area);
    }
    // the check rows under the grid are shown and labelled (issue 22: no hidden rows a reader must open)
    expect(wb.sheet("Årsbelopp")!.hiddenRows.size).toBe(0);
  });
});
