import { renderCase, RenderError, chooseVersion } from "../../src/excel/render";
import { buildWorkbook } from "../../src/template";
import { addr, colName } from "../../src/template/cells";
import { FakeWorkbook } from "../fake-excel/fakeExcel";
import { loadExample } from "../helpers/cases";
import { syntheticCase } from "../../bench/cases";

const c = loadExample("arbetsmarknadskontoret.json");
const when = new Date("2026-11-23T12:00:00Z");

describe("the Office.js renderer, against an in-memory workbook", () => {
  test("cells, formulas, number formats, tables and names equal the model", async () => {
    const wb = new FakeWorkbook(["Blad1"]);
    const res = await renderCase(wb.context(), c, { generatedAt: when, addinVersion: "t" });
    const model = buildWorkbook(c, { generatedAt: when, addinVersion: "t", version: 1 });
    expect(res.version).toBe(1);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Blad1", ...model.sheets.map((s) => s.name)]);
    for (const sheet of model.sheets) {
      sheet.cells.forEach((row, r) =>
        row.forEach((spec, col) => {
          const got = wb.cell(sheet.name, `${colName(col + 1)}${r + 1}`);
          if (!spec) {
            if (got) expect(got.formula ?? got.value).toBe("");
            return;
          }
          if (spec.f) expect(got?.formula).toBe(spec.f);
          else expect(got?.value).toBe(spec.v);
          expect(got?.numberFormat).toBe(spec.fmt ?? "General");
        }),
      );
    }
    expect(wb.names.map((n) => n.name).sort()).toEqual(model.names.map((n) => n.name).sort());
    const total = wb.names.find((n) => n.name === "Statement_Total")!;
    expect(total).toMatchObject({ sheet: "Resultaträkning", address: "D13" });
    expect(wb.sheet("Poster")!.tables).toEqual([
      { name: "Poster", address: `A1:K${c.lines.length + 1}`, style: "TableStyleLight9" },
    ]);
    expect(wb.cell("Poster", "C2")!.validation).toBe("=$R$2:$R$3");
    expect(wb.cell("Poster", "A2")!.validation).toBe(`=$N$2:$N$${c.actors.length + 1}`);
    expect(wb.cell("Poster", "G2")!.validation).toBe("decimal:0..1000000000000000");
    expect(wb.cell("Poster", "G2")!.validationMessage).toMatch(/^Beloppet är ett tal i kronor/);
    expect(wb.active).toBe("Resultaträkning");
    expect(wb.calculationSuspended).toBe(1);
    expect(wb.sheet("Prognos")!.charts[0].series.map((s) => s.name)).toEqual([
      "Totalt (alla aktörer)",
      "Offentlig sektor",
      "Samhällsekonomiskt",
    ]);
    expect(wb.sheet("Resultaträkning")!.charts[0].title).toBe("Netto per aktör år 1");
  });

  test("validations, conditional formats, hidden rows and page setup equal the model's (as the .xlsx)", async () => {
    const wb = new FakeWorkbook(["Blad1"]);
    await renderCase(wb.context(), c, { generatedAt: when, addinVersion: "t" });
    const model = buildWorkbook(c, { generatedAt: when, addinVersion: "t", version: 1 });
    for (const sheet of model.sheets) {
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
      expect([sheet.name, got.protected === true]).toEqual([sheet.name, sheet.protect === true]);
      // wrapped columns and the rows made taller for them, the rows' other cells at the top
      expect([sheet.name, [...got.wrapColumns]]).toEqual([sheet.name, sheet.wrapColumns ?? []]);
      expect([sheet.name, [...got.topColumns]]).toEqual([sheet.name, sheet.wrapColumns ?? []]);
      const heights = (sheet.rowHeights ?? []).map((h) => [h.row, h.points]);
      expect([sheet.name, [...got.rowHeights].sort((a, b) => a[0] - b[0])]).toEqual([sheet.name, heights]);
      expect([sheet.name, [...got.topRows].sort((a, b) => a - b)]).toEqual([sheet.name, heights.map((h) => h[0])]);
      sheet.cells.forEach((row, r) =>
        row.forEach((spec, c) => {
          // an input on a protected sheet is unlocked explicitly (Excel locks every cell by default)
          if (spec?.style === "input" && sheet.protect)
            expect(wb.cell(sheet.name, addr(r + 1, c + 1))?.locked).toBe(false);
        }),
      );
      const p = sheet.print ?? { landscape: true, fitToWidth: true };
      expect(got.pageLayout.orientation).toBe(p.landscape ? "Landscape" : "Portrait");
      expect(got.pageLayout.printArea).toBe(p.area);
      expect(got.pageLayout.verticalBreaks ?? []).toEqual((p.colBreaks ?? []).map((col) => `${colName(col)}1`));
      if (p.scale) expect(got.pageLayout.zoom).toEqual({ scale: p.scale });
      expect(got.pageLayout.headerFooter).toMatchObject({
        centerFooter: "Sida &P av &N, utskriven &D",
        leftFooter: "&A",
      });
      if (p.fitToWidth)
        expect(got.pageLayout.zoom).toEqual({
          horizontalFitToPages: p.pagesWide ?? 1,
          verticalFitToPages: p.pagesTall ?? 0,
        });
    }
    // Antaganden's explanations and sources and Metod's paragraphs wrap
    expect(wb.sheet("Antaganden")!.wrapColumns).toEqual(new Set([6, 7]));
    expect(wb.sheet("Antaganden")!.rowHeights.size).toBeGreaterThan(3);
    expect(wb.sheet("Metod")!.wrapColumns).toEqual(new Set([1]));
    expect(wb.sheet("Prognos")!.pageLayout.titleColumns).toBe("$A:$C");
    expect(wb.sheet("Poster")!.pageLayout.titleRows).toBe("$1:$1");
    // Prognos hides nothing: its spare rows are visible and say what they are (issue 22)
    expect(wb.sheet("Prognos")!.groupedRows).toEqual([]);
    expect(wb.sheet("Prognos")!.hiddenRows.size).toBe(0);
  });

  test("a long note on Antaganden is merged across the printed columns, wrapped and at the top, as in the .xlsx", async () => {
    const v2 = loadExample("ungdomar-40-ar.json");
    const wb = new FakeWorkbook(["Blad1"]);
    await renderCase(wb.context(), v2, { generatedAt: when, addinVersion: "t" });
    const model = buildWorkbook(v2, { generatedAt: when, addinVersion: "t", version: 1 });
    const sheet = model.sheets.find((s) => s.key === "assumptions")!;
    const want = (sheet.merges ?? []).map((m) => ({
      address: `${addr(m.row, m.col)}:${addr(m.row, m.col + m.cols - 1)}`,
      wrap: true,
      top: true,
    }));
    expect(want.length).toBeGreaterThan(0);
    expect(wb.sheet(sheet.name)!.merges).toEqual(want);
    const heights = (sheet.rowHeights ?? []).map((h) => [h.row, h.points]);
    expect([...wb.sheet(sheet.name)!.rowHeights].sort((a, b) => a[0] - b[0])).toEqual(heights);
    expect(wb.sheet(sheet.name)!.pageLayout.printArea).toBe(sheet.print!.area);
  });

  test("no formula written calls SOCINV.*", async () => {
    const wb = new FakeWorkbook();
    await renderCase(wb.context(), c);
    for (const s of wb.sheets) for (const cell of s.cells.values()) expect(cell.formula ?? "").not.toMatch(/SOCINV\./i);
  });

  test("two context.sync() calls, constant as lines grow from 10 to 1 000", async () => {
    const counts: number[] = [];
    for (const n of [10, 100, 1000]) {
      const wb = new FakeWorkbook();
      const res = await renderCase(wb.context(), syntheticCase(n, 20));
      expect(res.syncs).toBe(wb.syncs);
      counts.push(wb.syncs);
    }
    expect(counts).toEqual([2, 2, 2]);
  });

  test("a user's sheets and names are never overwritten: the new version gets ' (2)' and '_2'", async () => {
    const wb = new FakeWorkbook(["Resultaträkning", "Mina anteckningar"]);
    wb.sheet("Resultaträkning")!.cells.set("A1", { value: "användarens egen text", numberFormat: "General" });
    wb.names.push({ name: "NPV_total", sheet: "Mina anteckningar", address: "B2" });
    const res = await renderCase(wb.context(), c);
    expect(res.version).toBe(2);
    expect(res.sheets).toContain("Resultaträkning (2)");
    expect(wb.cell("Resultaträkning", "A1")!.value).toBe("användarens egen text");
    expect(wb.names.find((n) => n.name === "NPV_total")).toEqual({
      name: "NPV_total",
      sheet: "Mina anteckningar",
      address: "B2",
    });
    expect(wb.names.some((n) => n.name === "NPV_total_2")).toBe(true);
    // a second generation in the same workbook
    const res3 = await renderCase(wb.context(), c);
    expect(res3.version).toBe(3);
    expect(wb.sheets.filter((s) => s.name.startsWith("Prognos")).map((s) => s.name)).toEqual([
      "Prognos (2)",
      "Prognos (3)",
    ]);
  });

  test("chooseVersion ignores case, like Excel", () => {
    expect(chooseVersion(c, ["prognos"], [], [])).toBe(2);
    expect(chooseVersion(c, [], ["horisont"], [])).toBe(2);
    expect(chooseVersion(c, [], [], ["POSTER"])).toBe(2);
    expect(chooseVersion(c, ["Blad1"], ["Min_egen"], ["Tabell1"])).toBe(1);
  });

  test("a failed write leaves nothing half-written and says what to do in Swedish", async () => {
    const wb = new FakeWorkbook(["Blad1"]);
    wb.failAtSync = { sync: 2, afterOps: 500, code: "InvalidOperation" };
    await expect(renderCase(wb.context(), c)).rejects.toThrow(RenderError);
    expect(wb.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(["Blad1"]);
    expect(wb.names).toEqual([]);
  });

  test("a read-only workbook: a Swedish message, the user's sheet untouched", async () => {
    const wb = new FakeWorkbook(["Blad1"]);
    wb.readOnly = true;
    const err = await renderCase(wb.context(), c).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as Error).message).toMatch(/skrivskyddad/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Blad1"]);
  });
});

describe("styleBlocks", () => {
  test("merges equal runs on consecutive rows into rectangles, and nothing else", async () => {
    const { styleBlocks } = await import("../../src/excel/render");
    const h = { v: "x", style: "header" as const };
    const t = { v: 1, style: "total" as const };
    const cells = [
      [h, h, null],
      [null, t, null],
      [null, t, null],
      [null, null, t],
    ];
    expect(styleBlocks(cells)).toEqual([
      [0, 0, 1, 2, "header"],
      [1, 1, 2, 1, "total"],
      [3, 2, 1, 1, "total"],
    ]);
  });
});

describe("a comparison of two alternatives, written by Office.js", () => {
  const b = loadExample("unga-utanfor-investering.json");
  test("A's sheets, B's Poster, Antaganden and Prognos and the Jämförelse sheet, as the model", async () => {
    const wb = new FakeWorkbook(["Blad1"]);
    await renderCase(wb.context(), c, { generatedAt: when, addinVersion: "t", alternative: b });
    const model = buildWorkbook(c, { generatedAt: when, addinVersion: "t", version: 1, alternative: b });
    expect(wb.sheets.map((s) => s.name).sort()).toEqual(["Blad1", ...model.sheets.map((s) => s.name)].sort());
    expect(wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Jämförelse", "Poster B", "Prognos B"]));
    expect(wb.names.map((n) => n.name)).toEqual(expect.arrayContaining(["NPV_total", "NPV_total_B"]));
  });
  test("a second comparison in the same workbook is refused and nothing is written", async () => {
    const wb = new FakeWorkbook(["Blad1"]);
    await renderCase(wb.context(), c, { generatedAt: when, addinVersion: "t", alternative: b });
    const before = wb.sheets.map((s) => s.name);
    const namesBefore = wb.names.length;
    await expect(renderCase(wb.context(), c, { generatedAt: when, addinVersion: "t", alternative: b })).rejects.toThrow(
      /Arbetsboken har redan ett blad som heter Jämförelse/,
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
    expect(wb.names.length).toBe(namesBefore);
    await expect(
      renderCase(wb.context(), c, { generatedAt: when, addinVersion: "t", alternative: b }),
    ).rejects.toBeInstanceOf(RenderError);
  });
});
