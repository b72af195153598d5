/**
 * Stands in for Microsoft's office.js in browser tests (the CDN is unreachable here): Office.onReady
 * resolves at once, Excel.run runs over the in-memory fake workbook, document settings live in
 * memory, and window.__socinv lets the test read the workbook afterwards.
 */
import { FakeWorkbook, fakeRun } from "../fake-excel/fakeExcel";

const params = new URLSearchParams(location.search);
const wb = new FakeWorkbook(["Blad1"]);
if (params.get("readonly") === "1") wb.readOnly = true;

const settings = new Map<string, unknown>();
const w = window as unknown as Record<string, unknown>;

w.Office = {
  onReady: (cb?: (info: { host: string; platform: string }) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    cb?.(info);
    return Promise.resolve(info);
  },
  context: {
    requirements: {
      // versions compare part by part: 1.9 < 1.18
      isSetSupported: (_set: string, v: string) => {
        const [a, b] = v.split(".").map(Number);
        const [c, d] = (params.get("api") ?? "1.18").split(".").map(Number);
        return a < c || (a === c && (b ?? 0) <= (d ?? 0));
      },
    },
    document: {
      settings: {
        get: (k: string) => settings.get(k),
        set: (k: string, v: unknown) => settings.set(k, v),
        remove: (k: string) => settings.delete(k),
        saveAsync: (cb?: () => void) => cb?.(),
      },
    },
  },
  actions: { associate: () => undefined },
};
w.Excel = { run: fakeRun(wb) };
w.CustomFunctions = {
  associate: () => undefined,
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
w.__socinv = {
  wb,
  sheets: () => wb.sheets.filter((s) => !s.deleted).map((s) => s.name),
  active: () => wb.active,
  names: () => wb.names.map((n) => ({ ...n })),
  cell: (sheet: string, address: string) => {
    const c = wb.cell(sheet, address);
    return c ? { value: c.value, formula: c.formula ?? null, numberFormat: c.numberFormat } : null;
  },
  /** Rows of a sheet as values or formulas, for assertions. */
  rows: (sheet: string) => {
    const s = wb.sheet(sheet);
    if (!s) return [];
    const out: Record<string, unknown>[] = [];
    for (const [addr, c] of s.cells) out.push({ addr, value: c.value, formula: c.formula ?? null });
    return out;
  },
  syncs: () => wb.syncs,
  select: (sheet: string, address: string, values: unknown[][]) => {
    if (!wb.sheet(sheet)) wb.sheets.push(wb.newSheet(sheet));
    const s = wb.sheet(sheet)!;
    const m = /^([A-Z]+)(\d+)/.exec(address)!;
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const col = String.fromCharCode(m[1].charCodeAt(0) + j);
        s.cells.set(`${col}${Number(m[2]) + i}`, { value: v as string | number, numberFormat: "General" });
      }),
    );
    const endCol = String.fromCharCode(m[1].charCodeAt(0) + values[0].length - 1);
    wb.selection = { sheet, address: `${address}:${endCol}${Number(m[2]) + values.length - 1}` };
  },
};
