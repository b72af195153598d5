import ExcelJS from "exceljs";
import type { CellStyle, SheetModel, ValidationSpec, WorkbookModel } from "../template/model";
import { addr, quoteSheet } from "../template/cells";
import { addChartParts } from "./charts";
import { writeFileSync } from "fs";
import { Package, zipPackage } from "./zip";
import { sheetDataXml, type CellSink, type StyleKey } from "./sheet-data";

/**
 * Renders the workbook model into an .xlsx file (the command line's renderer): ExcelJS writes
 * the workbook around the cells, sheet-data.ts the cells, charts.ts the charts. Same model and
 * formulas as the Office.js renderer; every formula is written with its value when the book was
 * made (the template's cached value), as Excel itself saves a workbook.
 */

export const STYLE: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14, color: { argb: "FF105E7A" } } },
  subtitle: { font: { italic: true, color: { argb: "FF555555" } } },
  header: {
    font: { bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCEBF0" } },
    border: { bottom: { style: "thin", color: { argb: "FF105E7A" } } },
  },
  total: { font: { bold: true } },
  label: {},
  note: { font: { italic: true, color: { argb: "FF666666" } } },
  // unlocked: an input on a protected sheet (Känslighet, Återföring, Uppföljning) can still be typed in
  input: { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF6D5" } }, protection: { locked: false } },
  check: { font: { bold: true } },
};

/** One rule per range (ExcelJS would merge per-cell rules into overlapping ranges). */
function validate(ws: ExcelJS.Worksheet, v: ValidationSpec): void {
  const r = v.rule;
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.title,
    error: v.message,
  };
  const rule =
    r.kind === "list"
      ? { type: "list", formulae: [r.source], ...common }
      : { type: r.kind, operator: "between", formulae: [r.min, r.max], ...common };
  (ws as unknown as { dataValidations: { add(ref: string, rule: unknown): void } }).dataValidations.add(v.ref, rule);
}

/** Page setup: A4, orientation, fit to width, repeated titles, the printed range. */
function pageSetup(sheet: SheetModel): Partial<ExcelJS.PageSetup> {
  const p = sheet.print ?? { landscape: true, fitToWidth: true };
  return {
    paperSize: 9,
    orientation: p.landscape ? "landscape" : "portrait",
    fitToPage: p.fitToWidth,
    fitToWidth: p.pagesWide ?? 1,
    fitToHeight: p.pagesTall ?? 0,
    ...(p.scale ? { scale: p.scale } : {}),
    ...(p.pageOrder ? { pageOrder: p.pageOrder } : {}),
    ...(p.titleRows ? { printTitlesRow: p.titleRows } : {}),
    ...(p.titleCols ? { printTitlesColumn: p.titleCols } : {}),
    // ExcelJS writes each range as a name of its own: the first here, all of them in printAreas()
    ...(p.area ? { printArea: p.area.split(",")[0] } : {}),
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
}

/** A header or footer in Excel's codes: &L left &C center &R right. */
const sections = ([l, c, r]: [string, string, string]) => `&L${l}&C${c}&R${r}`;

/** Offending input cells in red (the input checks of Inputs_Status). */
const PROBLEM_STYLE: Partial<ExcelJS.Style> = {
  fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFF4B6B6" } },
  font: { color: { argb: "FF9C0006" }, bold: true },
};

function renderSheet(
  wb: ExcelJS.Workbook,
  sheet: SheetModel,
  headerFooter: WorkbookModel["headerFooter"],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    views: sheet.freeze ? [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }] : undefined,
    pageSetup: pageSetup(sheet),
    headerFooter: { oddHeader: sections(headerFooter.header), oddFooter: sections(headerFooter.footer) },
  });
  sheet.conditionalFormats?.forEach((cf, i) =>
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: [{ type: "expression", priority: i + 1, formulae: [cf.formula], style: PROBLEM_STYLE }],
    }),
  );
  sheet.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const t of sheet.tables) {
    // ExcelJS writes a table's part from its columns and size; the cells are written by
    // sheet-data.ts, so the ones ExcelJS would store here are dropped below
    ws.addTable({
      name: t.name,
      ref: t.ref,
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: t.columns.map((name) => ({ name, filterButton: true })),
      rows: Array.from({ length: t.rows }, () => t.columns.map(() => "")),
    });
  }
  (ws as unknown as { _rows: unknown[] })._rows = [];
  for (const v of sheet.validations ?? []) validate(ws, v);
  // no password: unprotecting is one click and visible, typing over a result is not possible by mistake
  if (sheet.protect)
    (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true, objects: true, scenarios: true };
  return ws;
}

/**
 * ExcelJS's workbook around the cells: the sheets with their columns, views, page setup,
 * conditional formats, tables and validations, the names and the properties, but no cells
 * (excelJsParts puts sheet-data.ts's cells into the parts ExcelJS writes from it).
 */
function workbookFrame(
  model: WorkbookModel,
  meta: { creator?: string; created?: Date; onlySheet?: SheetModel["key"] } = {},
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? model.properties.author;
  wb.lastModifiedBy = model.properties.author;
  wb.title = model.properties.title;
  wb.created = meta.created ?? new Date();
  // No fullCalcOnLoad: every formula carries its value (src/template/evaluate.ts), so the book
  // opens with its figures in Protected View and Excel does not ask to save an unchanged book.
  const byKey = new Map<string, string>();
  for (const sheet of model.sheets) {
    const ws = renderSheet(wb, sheet, model.headerFooter);
    // for pictures of one sheet: the others are hidden (they still compute)
    if (meta.onlySheet && meta.onlySheet !== sheet.key) ws.state = "hidden";
    byKey.set(sheet.key, sheet.name);
  }
  for (const n of model.names) wb.definedNames.add(`${quoteSheet(byKey.get(n.sheet)!)}!${n.ref}`, n.name);
  const active = model.sheets.findIndex((s) => s.key === (meta.onlySheet ?? model.activeSheet));
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" },
  ];
  return wb;
}

export async function xlsxBuffer(
  model: WorkbookModel,
  meta?: { creator?: string; created?: Date; onlySheet?: SheetModel["key"] },
): Promise<Buffer> {
  const zip = await excelJsParts(workbookFrame(model, meta), model);
  await addChartParts(zip, model);
  return appProperties(zip, model);
}

/** The parts of ExcelJS's XLSX writer (lib/xlsx/xlsx.js), which it would give to JSZip. */
interface XlsxWriter {
  prepareModel(model: XlsxModel, options: object): void;
  [part: `add${string}`]: (zip: Package, model: XlsxModel) => Promise<void>;
}

/** What the cells need of ExcelJS's workbook model once prepared: its styles and shared strings. */
interface XlsxModel {
  worksheets: { id: number; mergeCells?: string[] }[];
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType: ExcelJS.ValueType): number };
  sharedStrings: { add(text: string): number };
}

/**
 * The style of a cell as ExcelJS describes it: the number format, the template's style and its
 * alignment (top, wrapped or not).
 */
function cellStyle(key: StyleKey): Partial<ExcelJS.Style> {
  return {
    ...(key.fmt ? { numFmt: key.fmt } : {}),
    ...(key.style ? STYLE[key.style] : {}),
    ...(key.align ? { alignment: { wrapText: key.align === "wrap", vertical: "top" } } : {}),
  };
}

/** Styles and shared strings registered with ExcelJS's prepared model, each style once. */
function cellSink(model: XlsxModel): CellSink {
  const ids = new Map<string, number>();
  return {
    style(key) {
      const k = `${key.fmt ?? ""}\u0000${key.style ?? ""}\u0000${key.align ?? ""}`;
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = model.styles.addStyleModel(cellStyle(key), ExcelJS.ValueType.Number)));
      return id;
    },
    text: (s) => model.sharedStrings.add(s),
  };
}

/**
 * The parts ExcelJS writes, collected as they are: ExcelJS's `xlsx.write` in the same order,
 * with a `Package` for its zip. Its own writer zips them with JSZip in JavaScript (UTF-8
 * encoding, CRC-32, deflate), which the charts and properties then had to open again;
 * here the package is kept open, changed, and zipped once by Node's zlib. The worksheets
 * have no cells in ExcelJS: once its model is prepared, each sheet's cells are written by
 * sheet-data.ts (registering their styles and texts with ExcelJS, before it writes the
 * content types, shared strings and styles) and put in place of ExcelJS's empty sheetData.
 */
async function excelJsParts(wb: ExcelJS.Workbook, book: WorkbookModel): Promise<Package> {
  const xlsx = wb.xlsx as unknown as XlsxWriter;
  const { model } = wb as unknown as { model: XlsxModel };
  const zip = new Package();
  xlsx.prepareModel(model, {});
  // ExcelJS finds a sheet's merges (<mergeCells>) among its cells, which it does not have here
  model.worksheets.forEach((ws, i) => {
    const merges = book.sheets[i].merges ?? [];
    if (merges.length) ws.mergeCells = merges.map((m) => `${addr(m.row, m.col)}:${addr(m.row, m.col + m.cols - 1)}`);
  });
  const sink = cellSink(model);
  const data = book.sheets.map((sheet) => sheetDataXml(sheet, sink));
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  await xlsx.addWorksheets(zip, model);
  model.worksheets.forEach((ws, i) => {
    const name = `xl/worksheets/sheet${ws.id}.xml`;
    zip.file(name, withBreaks(withCells(zip.text(name), data[i]), book.sheets[i]));
  });
  await xlsx.addSharedStrings(zip, model); // always after worksheets
  await xlsx.addDrawings(zip, model);
  await xlsx.addTables(zip, model);
  await Promise.all([xlsx.addThemes(zip, model), xlsx.addStyles(zip, model)]);
  await xlsx.addMedia(zip, model);
  await Promise.all([xlsx.addApp(zip, model), xlsx.addCore(zip, model)]);
  await xlsx.addWorkbook(zip, model);
  return zip;
}

/** A worksheet part of ExcelJS with its sheetData (and dimension) replaced by the model's cells. */
function withCells(part: string, data: { xml: string; dimension: string }): string {
  const at = part.search(/<sheetData\/>|<sheetData>/);
  if (at < 0) throw new Error("ExcelJS skrev inget sheetData-element");
  const end = part.startsWith("<sheetData/>", at) ? at + 12 : part.indexOf("</sheetData>", at) + 12;
  const head = part.slice(0, at).replace(/<dimension ref="[^"]*"\/>/, "");
  const dim = data.dimension ? `<dimension ref="${data.dimension}"/>` : "";
  // CT_Worksheet: sheetPr?, dimension?, sheetViews?, …: the dimension follows sheetPr
  const pr = /<sheetPr\/>|<sheetPr[ >][\s\S]*?<\/sheetPr>|<sheetPr [^>]*\/>/.exec(head);
  const headWithDim = pr
    ? head.slice(0, pr.index + pr[0].length) + dim + head.slice(pr.index + pr[0].length)
    : head.replace(/(<worksheet[^>]*>)/, `$1${dim}`);
  return headWithDim + data.xml + part.slice(end);
}

/**
 * Manual page breaks (ExcelJS writes none for columns): CT_Worksheet has rowBreaks and colBreaks
 * right after headerFooter. A break's id is the number of rows or columns before it.
 */
export function withBreaks(part: string, sheet: SheetModel): string {
  const brk = (kind: "rowBreaks" | "colBreaks", at: number[] | undefined, max: number) =>
    at?.length
      ? `<${kind} count="${at.length}" manualBreakCount="${at.length}">` +
        at.map((n) => `<brk id="${n - 1}" max="${max}" man="1"/>`).join("") +
        `</${kind}>`
      : "";
  const xml = brk("rowBreaks", sheet.print?.rowBreaks, 16383) + brk("colBreaks", sheet.print?.colBreaks, 1048575);
  if (!xml) return part;
  if (part.includes("<rowBreaks")) throw new Error("ExcelJS skrev egna sidbrytningar");
  const at = part.indexOf("</headerFooter>");
  if (at < 0) throw new Error("ExcelJS skrev inget headerFooter-element");
  return part.slice(0, at + 15) + xml + part.slice(at + 15);
}

/** A sheet's print ranges as one defined name (ExcelJS writes one name per range, which Excel refuses). */
function printAreas(wbXml: string, model: WorkbookModel): string {
  let xml = wbXml;
  model.sheets.forEach((sheet, i) => {
    const area = sheet.print?.area;
    if (!area?.includes(",")) return;
    const abs = (ref: string) => ref.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    const quoted = quoteSheet(sheet.name).replace(/&/g, "&amp;").replace(/'/g, "&apos;");
    const ranges = area.split(",").map((r) => `${quoted}!${abs(r.trim())}`);
    const re = new RegExp(`<definedName name="_xlnm\\.Print_Area" localSheetId="${i}">[^<]*</definedName>`);
    if (!re.test(xml)) throw new Error(`Utskriftsområdet för ${sheet.name} saknas`);
    xml = xml.replace(re, `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${ranges.join(",")}</definedName>`);
  });
  return xml;
}

/** AppVersion as Excel writes it, "major.minor" with four digits: 1.2.3 → "1.0002". */
export function appVersion(version: string): string {
  const [major, minor] = version.split(".").map((x) => Number.parseInt(x, 10) || 0);
  return `${major ?? 0}.${String(minor ?? 0).padStart(4, "0")}`;
}

/**
 * Honest document properties: docProps/app.xml names socinv and its version (ExcelJS writes
 * "Microsoft Excel"); the author is the case's (empty when it has none; ExcelJS writes "Unknown").
 */
async function appProperties(zip: Package, model: WorkbookModel): Promise<Buffer> {
  const f = zip.file("docProps/app.xml");
  if (!f) return zipPackage(zip);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const xml = (await f.async("nodebuffer"))
    .toString("utf8")
    .replace(/<Application>[^<]*<\/Application>/, `<Application>${esc(model.properties.application)}</Application>`)
    .replace(/<AppVersion>[^<]*<\/AppVersion>/, `<AppVersion>${appVersion(model.properties.version)}</AppVersion>`);
  zip.file("docProps/app.xml", xml);
  // ExcelJS writes a print area as 'Sheet'!$A1:$F33: rows relative, which LibreOffice shifts
  const wbXml = (await zip.file("xl/workbook.xml")!.async("nodebuffer")).toString("utf8");
  zip.file(
    "xl/workbook.xml",
    printAreas(wbXml, model).replace(
      /(<definedName name="_xlnm\.Print_Area"[^>]*>[^<]*!)\$([A-Z]+)(\d+):\$([A-Z]+)(\d+)</g,
      (_m, head: string, c1: string, r1: string, c2: string, r2: string) => `${head}$${c1}$${r1}:$${c2}$${r2}<`,
    ),
  );
  const core = zip.file("docProps/core.xml");
  if (core) {
    const author = esc(model.properties.author);
    const coreXml = (await core.async("nodebuffer"))
      .toString("utf8")
      .replace(/<dc:creator>[^<]*<\/dc:creator>/, `<dc:creator>${author}</dc:creator>`)
      .replace(/<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>/, `<cp:lastModifiedBy>${author}</cp:lastModifiedBy>`);
    zip.file("docProps/core.xml", coreXml);
  }
  return zipPackage(zip);
}

export async function writeXlsx(
  model: WorkbookModel,
  file: string,
  meta?: { creator?: string; created?: Date; onlySheet?: SheetModel["key"] },
): Promise<void> {
  writeFileSync(file, await xlsxBuffer(model, meta));
}
