/**
 * The fake workbook's formulas computed: its sheets (values and the formulas the Office.js
 * renderer wrote) and defined names copied into an .xlsx with ExcelJS, recalculated by
 * LibreOffice headless, and read back by defined name. Fails (never skips) without LibreOffice.
 */
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { spawnSync } from "child_process";
import { LO_RECALC } from "../helpers/libreoffice";
import { readXlsxValues, type XlsxValues } from "../helpers/xlsxValues";

type Cell = { addr: string; value: unknown; formula: string | null };
type Snapshot = {
  sheets: { name: string; cells: Cell[] }[];
  names: { name: string; sheet: string; address: string }[];
};

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const s = (
      window as unknown as {
        __socinv: {
          sheets: () => string[];
          rows: (n: string) => Cell[];
          names: () => { name: string; sheet: string; address: string }[];
        };
      }
    ).__socinv;
    return { sheets: s.sheets().map((name) => ({ name, cells: s.rows(name) })), names: s.names() };
  });
}

const absolute = (a: string) => a.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/** The workbook in the page, recalculated by LibreOffice. */
export async function recalculated(page: Page, name: string): Promise<XlsxValues> {
  const snap = await snapshot(page);
  const wb = new ExcelJS.Workbook();
  for (const sheet of snap.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const c of sheet.cells) {
      const cell = ws.getCell(c.addr);
      if (c.formula) cell.value = { formula: c.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      else if (c.value !== "" && c.value !== null && c.value !== undefined) cell.value = c.value as ExcelJS.CellValue;
    }
  }
  for (const n of snap.names) wb.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!${absolute(n.address)}`, n.name);
  const dir = mkdtempSync(join(tmpdir(), "socinv-e2e-recalc-"));
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  // The project's own copy (scripts/lo-recalc); scripts/prerequisites.js has checked LibreOffice.
  const tool = LO_RECALC;
  if (!existsSync(tool)) throw new Error(`${tool} saknas i projektet`);
  const r = spawnSync(tool, [join(dir, "out"), file], { encoding: "utf8", timeout: 600_000 });
  if (r.status !== 0) throw new Error(`lo-recalc misslyckades (${r.status}): ${r.stderr}`);
  return readXlsxValues(join(dir, "out", `${name}.xlsx`));
}
