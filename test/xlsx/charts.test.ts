import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { buildWorkbook } from "../../src/template";
import { xlsxBuffer } from "../../src/xlsx/render";
import { loadExample } from "../helpers/cases";

const c = loadExample("unga-utanfor-investering.json");
const model = buildWorkbook(c);

describe("charts in the .xlsx", () => {
  let zip: JSZip;
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await xlsxBuffer(model));
  });
  const read = (p: string) => zip.file(p)!.async("string");

  test("one chart part per model chart, declared in [Content_Types].xml, all well-formed XML", async () => {
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(model.sheets.reduce((n, s) => n + s.charts.length, 0));
    const types = await read("[Content_Types].xml");
    const drawings = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
    expect(drawings).toHaveLength(2);
    for (const f of [...charts, ...drawings]) {
      expect(types).toContain(`PartName="/${f}"`);
      expect(XMLValidator.validate(await read(f))).toBe(true);
    }
    for (const f of Object.keys(zip.files).filter(
      (f) => f.endsWith(".rels") || /^xl\/worksheets\/sheet\d+\.xml$/.test(f),
    )) {
      expect(XMLValidator.validate(await read(f))).toBe(true);
    }
  });

  test("the investment hump chart plots the three accumulated perspective rows of Prognos against the years", async () => {
    const xml = await read("xl/charts/chart2.xml");
    const spec = model.sheets.find((s) => s.key === "projection")!.charts[0];
    expect(xml).toContain("<c:lineChart>");
    expect(xml).toContain(spec.title.replace(/&/g, "&amp;"));
    for (const s of spec.series) {
      expect(xml).toContain(`<c:v>${s.name}</c:v>`);
      expect(xml).toContain(`<c:f>'Prognos'!${s.values}</c:f>`);
    }
    expect(xml).toContain(`<c:f>'Prognos'!${spec.categories}</c:f>`);
  });

  test("every series carries its values (numCache in kr) and the categories theirs; axes have tick marks", async () => {
    const hump = await read("xl/charts/chart2.xml");
    const spec = model.sheets.find((s) => s.key === "projection")!.charts[0];
    const caches = [...hump.matchAll(/<c:numCache>(.*?)<\/c:numCache>/g)].map((m) => m[1]);
    expect(caches).toHaveLength(2 * spec.series.length);
    for (const cache of caches) {
      expect(cache).toContain(`<c:ptCount val="${c.assumptions.horizon}"/>`);
      expect(cache.match(/<c:pt idx=/g)).toHaveLength(c.assumptions.horizon);
    }
    expect(hump).toContain("<c:formatCode>#,##0 &quot;kr&quot;</c:formatCode>");
    expect(hump).toContain('<c:numFmt formatCode="#,##0 &quot;kr&quot;" sourceLinked="0"/>');
    expect(hump.match(/<c:majorTickMark val="out"\/>/g)).toHaveLength(2);
    const bars = await read("xl/charts/chart1.xml");
    for (const a of c.actors) expect(bars).toContain(`<c:v>${a.name}</c:v>`);
    expect(bars).toContain("<c:strCache>");
  });

  test("each sheet with charts has a <drawing> element and relationship; the Poster table relationship is kept", async () => {
    const workbook = await read("xl/workbook.xml");
    expect(workbook).toContain('name="Resultaträkning"');
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    let drawings = 0;
    for (const f of sheets) {
      const xml = await read(f);
      const m = /<drawing r:id="([^"]+)"\/>/.exec(xml);
      if (!m) continue;
      drawings++;
      const rels = await read(f.replace("worksheets/", "worksheets/_rels/") + ".rels");
      expect(rels).toContain(`Id="${m[1]}"`);
      // <drawing> must precede <tableParts> and </worksheet>
      expect(xml.indexOf("<drawing")).toBeLessThan(xml.indexOf("</worksheet>"));
      if (xml.includes("<tableParts")) expect(xml.indexOf("<drawing")).toBeLessThan(xml.indexOf("<tableParts"));
    }
    expect(drawings).toBe(2);
    const posterRels = Object.keys(zip.files).filter((f) => f.includes("_rels/sheet") && f.endsWith(".rels"));
    const all = await Promise.all(posterRels.map(read));
    expect(all.some((r) => r.includes("relationships/table"))).toBe(true);
  });
});
