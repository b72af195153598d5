import { buildWorkbook } from "../../src/template";
import {
  LINE_POINTS,
  MAX_LABEL_WIDTH,
  YEARS_PER_PAGE,
  columnWidth,
  cutCells,
  formattedNumber,
  printedCell,
  shownText,
  textWidth,
  wrappedLines,
  wrappedRows,
} from "../../src/template/print";
import type { SheetModel } from "../../src/template/model";
import { loadExample } from "../helpers/cases";

/**
 * Every sheet of the model prints legibly: its name and page numbers in every footer, the case in
 * every header, repeated label columns where it is wider than a page, every label and number whole
 * (measured by characters), and Prognos in set blocks of years with its summary once.
 */

const EXAMPLES = [
  "arbetsmarknadskontoret.json",
  "tabell-4-3.json",
  "unga-i-arbete-lopande.json",
  "ungdomar-40-ar.json",
];
const models = EXAMPLES.map((name) => [name, buildWorkbook(loadExample(name), { addinVersion: "t" })] as const);

describe("the page setup of every sheet", () => {
  test.each(models)("%s: header with the case, footer with the sheet and 'Sida &P av &N'", (_n, model) => {
    expect(model.headerFooter.header[0]).toContain(model.properties.title.slice(0, 20));
    expect(model.headerFooter.footer[0]).toBe("&A");
    expect(model.headerFooter.footer[1]).toMatch(/Sida &P av &N/);
    for (const sheet of model.sheets) expect([sheet.name, sheet.print]).toEqual([sheet.name, expect.anything()]);
  });

  test.each(models)("%s: a sheet printed over several pages' width repeats its label columns", (_n, model) => {
    for (const sheet of model.sheets) {
      const p = sheet.print!;
      const wide = (p.pagesWide ?? 1) > 1 || (p.colBreaks?.length ?? 0) > 0;
      if (wide) expect([sheet.name, p.titleCols]).toEqual([sheet.name, expect.stringMatching(/^A:[A-C]$/)]);
    }
  });

  test.each(models)("%s: every label and number in a printed cell fits its column", (_n, model) => {
    for (const sheet of model.sheets) expect([sheet.name, cutCells(sheet)]).toEqual([sheet.name, []]);
  });

  test.each(models)("%s: every text in a wrapped column has the lines it needs in its row", (_n, model) => {
    for (const sheet of model.sheets) {
      const height = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.points]));
      for (const col of sheet.wrapColumns ?? [])
        sheet.cells.forEach((row, r) => {
          const text = shownText(row[col - 1] ?? null);
          if (text === undefined || row[col - 1]?.style === "title") return;
          const lines = wrappedLines(text, columnWidth(sheet, col));
          expect([sheet.name, r + 1, (height.get(r + 1) ?? LINE_POINTS) >= lines * LINE_POINTS]).toEqual([
            sheet.name,
            r + 1,
            true,
          ]);
        });
    }
  });

  test.each(models)("%s: Antaganden and Metod print at a legible scale, their long texts wrapped", (_n, model) => {
    // LibreOffice prints a unit of column width about 7 points wide; landscape A4 has 770 points
    const scale = (sheet: SheetModel, through: number) =>
      Math.min(
        1,
        770 / (Array.from({ length: through }, (_x, i) => columnWidth(sheet, i + 1)).reduce((a, b) => a + b) * 7),
      );
    const assumptions = model.sheets.find((s) => s.key === "assumptions")!;
    const method = model.sheets.find((s) => s.key === "method")!;
    expect(assumptions.wrapColumns).toEqual([6, 7]);
    // through Källa; a block of converted lines as a range of its own, through its Omräkning (J)
    expect(assumptions.print!.area).toMatch(/^A1:G\d+(,A\d+:J\d+)?$/);
    expect(scale(assumptions, 7)).toBeGreaterThanOrEqual(0.65);
    expect(method.wrapColumns).toEqual([1]);
    expect(scale(method, 1)).toBe(1);
    // the longest source (Horisont's) and the longest paragraph take several lines, not a wider page
    expect(Math.max(...(assumptions.rowHeights ?? []).map((h) => h.points))).toBeGreaterThanOrEqual(3 * LINE_POINTS);
    expect(Math.max(...(method.rowHeights ?? []).map((h) => h.points))).toBeGreaterThanOrEqual(2 * LINE_POINTS);
  });

  test.each(models)("%s: Prognos's label columns are as wide as their longest printed label", (_n, model) => {
    const sheet = model.sheets.find((s) => s.key === "projection")!;
    const printed = printedCell(sheet);
    // a label in Benämning may run on into an empty Aktör; a label in Aktör has only its own column
    const room = (r: number, col: number) =>
      col === 2 && !sheet.cells[r][2] ? columnWidth(sheet, 2) + columnWidth(sheet, 3) : columnWidth(sheet, col);
    for (const col of [2, 3]) {
      sheet.cells.forEach((row, r) => {
        const cell = row[col - 1];
        const text = printed(r + 1, col) && cell?.style !== "title" ? shownText(cell ?? null) : undefined;
        if (text && text.length <= MAX_LABEL_WIDTH)
          expect([text, room(r, col) >= textWidth(text, cell?.style)]).toEqual([text, true]);
      });
    }
    // the lines' Benämning, read from Poster, whole: "Budgetanslag till arbetsmarknadskontoret" (40 characters)
    expect(columnWidth(sheet, 2)).toBeGreaterThanOrEqual(40);
  });

  test.each(models)(
    "%s: Prognos prints the summary once, then the years in blocks beside Post, Benämning and Aktör",
    (_n, model) => {
      const sheet = model.sheets.find((s) => s.key === "projection")!;
      const p = sheet.print!;
      expect(p.titleCols).toBe("A:C");
      expect(p.pageOrder).toBe("downThenOver");
      expect(p.fitToWidth).toBe(false);
      expect(p.scale).toBeGreaterThanOrEqual(40);
      const [top, lines, sums] = p.area!.split(",");
      // the summary range ends above the lines; the sums start at year 1's column (the labels repeat)
      expect(Number(/\d+$/.exec(top)![0])).toBeLessThan(Number(/^A(\d+)/.exec(lines)![1]));
      expect(sums.startsWith("L")).toBe(true);
      const { first, last } = p.yearBlocks!;
      const breaks = p.colBreaks!;
      expect(breaks[0]).toBe(first);
      breaks.slice(1).forEach((b, i) => expect(b - breaks[i]).toBeLessThanOrEqual(YEARS_PER_PAGE));
      expect(last - breaks[breaks.length - 1] + 1).toBeLessThanOrEqual(YEARS_PER_PAGE);
      expect(sheet.hiddenRows ?? []).toEqual([]);
    },
  );
});

describe("measures", () => {
  test("a text wrapped at a column's width: words whole, a longer word broken, line breaks kept", () => {
    // a width of 10 holds 10 characters (1.1 a unit, less one of padding)
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("kort text", 10)).toBe(1);
    expect(wrappedLines("tio tecken", 10)).toBe(1);
    expect(wrappedLines("tio tecken och", 10)).toBe(2);
    expect(wrappedLines("a".repeat(25), 10)).toBe(3);
    expect(wrappedLines("ett\ntvå\ntre", 10)).toBe(3);
    expect(wrappedLines("ord ".repeat(30).trim(), 50)).toBe(3);
  });

  test("rows taller where a wrapped column's text needs more than a line; numbers and other columns not", () => {
    const sheet: SheetModel = {
      key: "method",
      name: "X",
      cells: [
        [{ v: "kort" }, { v: "en text som tar tre rader i en smal kolumn" }],
        [{ v: "en lång text i en kolumn som inte radbryts och får flöda ut" }, { v: 123456789012345 }],
        [null, { f: "=A1", cached: "en beräknad text som också radbryts här" }],
      ],
      columnWidths: [10, 15],
      tables: [],
      charts: [],
      wrapColumns: [2],
    };
    expect(wrappedRows(sheet)).toEqual([
      { row: 1, points: 3 * LINE_POINTS },
      { row: 3, points: 3 * LINE_POINTS },
    ]);
    // a wrapped text is not cut by the filled cell to its right
    expect(cutCells({ ...sheet, cells: [[{ v: "x" }, { v: "en mycket lång text här" }, { v: 1 }]] })).toEqual([]);
  });

  test("a number as its format shows it", () => {
    expect(formattedNumber(-22743000, '#,##0 "kr"')).toBe("-22 743 000 kr");
    expect(formattedNumber(0.208, "0.0%")).toBe("20.8%".replace(".", ","));
    expect(formattedNumber(1234.5, "#,##0.00")).toBe("1 234,50");
    expect(formattedNumber(-5, "#,##0;-#,##0;")).toBe("-5");
  });

  test("a text cut by a filled cell to its right is found; one that may overflow is not", () => {
    const sheet = {
      key: "method" as const,
      name: "X",
      cells: [
        [{ v: "En lång etikett som inte får plats" }, { v: 1 }],
        [{ v: "En lång etikett som får flöda" }, null],
      ],
      columnWidths: [10, 10],
      tables: [],
      charts: [],
    };
    expect(cutCells(sheet).map((c) => [c.row, c.col])).toEqual([[1, 1]]);
  });
});
