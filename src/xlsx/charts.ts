import type { Package } from "./zip";
import type { ChartSpec, Scalar, SheetModel, WorkbookModel } from "../template/model";
import { colNumber, quoteSheet } from "../template/cells";
import { shownValue } from "../template/evaluate";

/**
 * ExcelJS writes no charts, so the model's charts are added to the written package as
 * DrawingML parts: xl/charts/chartN.xml, xl/drawings/drawingM.xml with its relationships,
 * a <drawing> element and relationship on the sheet, and content-type overrides.
 * The series refer to the live cells, so the charts follow every recalculation, and carry the
 * values of those cells when the book was made (<c:numCache>, <c:strCache>), so that a reader
 * that does not recalculate (Protected View, previews) draws them.
 */

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const COLORS = ["105E7A", "F28C6B", "6BA547", "8E6BB5", "E0B040"];

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The values of an absolute range on a sheet of the model, "$K$4:$AD$4", row by row. */
export function rangeValues(sheet: Pick<SheetModel, "cells">, range: string): (Scalar | null)[] {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range);
  if (!m) throw new Error(`ogiltigt område ${range}`);
  const [c1, r1] = [colNumber(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [colNumber(m[3]), Number(m[4])] : [c1, r1];
  const out: (Scalar | null)[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(shownValue(sheet.cells[r - 1]?.[c - 1]));
  return out;
}

/** Numbers with their format code, as the chart's cache. */
function numCache(values: (Scalar | null)[], format: string): string {
  const pts = values.map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function strCache(values: (Scalar | null)[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v === null ? "" : String(v))}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

/** Kronor on the value axis and in the caches: 1 234 567 kr in a Swedish Excel. */
const KR = '#,##0 "kr"';

export function chartXml(sheetName: string, ch: ChartSpec, sheet: Pick<SheetModel, "cells"> = { cells: [] }): string {
  const ref = (r: string) => `${esc(quoteSheet(sheetName))}!${r}`;
  const catIsText = ch.type === "bar";
  const cats = rangeValues(sheet, ch.categories);
  const series = ch.series
    .map((s, i) => {
      const color = COLORS[i % COLORS.length];
      const sp =
        ch.type === "line"
          ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
          : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      const cat = catIsText
        ? `<c:cat><c:strRef><c:f>${ref(ch.categories)}</c:f>${strCache(cats)}</c:strRef></c:cat>`
        : `<c:cat><c:numRef><c:f>${ref(ch.categories)}</c:f>${numCache(cats, "0")}</c:numRef></c:cat>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${sp}${cat}` +
        `<c:val><c:numRef><c:f>${ref(s.values)}</c:f>${numCache(rangeValues(sheet, s.values), KR)}</c:numRef></c:val>${ch.type === "line" ? '<c:smooth val="0"/>' : ""}</c:ser>`
      );
    })
    .join("");
  const plot =
    ch.type === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="5001"/><c:axId val="5002"/></c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="sv-SE" sz="1200" b="1"/><a:t>${esc(ch.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${esc(KR)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(ch: ChartSpec, i: number, relId: string): string {
  const pos = (col: number, row: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(ch.at.col - 1, ch.at.row - 1)}</xdr:from>` +
    `<xdr:to>${pos(ch.at.col - 1 + ch.at.cols, ch.at.row - 1 + ch.at.rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Diagram ${i + 1}" descr="${esc(ch.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
    `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Adds the model's charts to the opened package (render.ts compresses the package once, at the end). */
export async function addChartParts(zip: Package, model: WorkbookModel): Promise<void> {
  const text = async (p: string) => {
    const f = zip.file(p);
    if (!f) throw new Error(`${p} saknas i arbetsboken`);
    return (await f.async("nodebuffer")).toString("utf8");
  };
  const workbook = await text("xl/workbook.xml");
  const wbRels = await text("xl/_rels/workbook.xml.rels");
  let types = await text("[Content_Types].xml");
  let chartNo = 0;
  let drawingNo = 0;
  for (const sheet of model.sheets) {
    if (sheet.charts.length === 0) continue;
    const m = new RegExp(
      `<sheet [^>]*name="${esc(sheet.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`,
    ).exec(workbook);
    if (!m) throw new Error(`bladet ${sheet.name} saknas i workbook.xml`);
    const target =
      new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(wbRels) ??
      new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(wbRels);
    if (!target) throw new Error(`relationen ${m[1]} saknas`);
    const sheetPath = "xl/" + target[1].replace(/^\/?xl\//, "");
    const sheetFile = sheetPath.split("/").pop()!;
    const relsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
    drawingNo++;
    const drawingRelId = `rIdSocinvDrawing${drawingNo}`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    sheet.charts.forEach((ch, i) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet.name, ch, sheet));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${chartNo}.xml"/>`);
      anchors.push(anchorXml(ch, i, `rId${i + 1}`));
    });
    zip.file(
      `xl/drawings/drawing${drawingNo}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${anchors.join("")}</xdr:wsDr>`,
    );
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join("")}</Relationships>`,
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );
    const rel = `<Relationship Id="${drawingRelId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    const existingRels = zip.file(relsPath) ? await text(relsPath) : undefined;
    zip.file(
      relsPath,
      existingRels
        ? existingRels.replace("</Relationships>", `${rel}</Relationships>`)
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
    );
    // <drawing> comes after the page setup and before legacy drawings, table parts and extensions
    let xml = await text(sheetPath);
    const el = `<drawing r:id="${drawingRelId}"/>`;
    // searched after the cells only: a large sheet is not scanned once per element
    const cellsEnd = Math.max(0, xml.lastIndexOf("</sheetData>"));
    const before = [
      "<legacyDrawing",
      "<legacyDrawingHF",
      "<picture",
      "<oleObjects",
      "<controls",
      "<webPublishItems",
      "<tableParts",
      "<extLst",
      "</worksheet>",
    ]
      .map((t) => xml.indexOf(t, cellsEnd))
      .filter((i) => i >= 0);
    const at = Math.min(...before);
    xml = xml.slice(0, at) + el + xml.slice(at);
    zip.file(sheetPath, xml);
  }
  zip.file("[Content_Types].xml", types);
}
