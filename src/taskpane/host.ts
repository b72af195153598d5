/**
 * What the taskpane needs from Excel and Office, behind one interface: the Office.js
 * implementation below, and in tests the same code over the in-memory Excel fake.
 */
import type { Case } from "../engine";
import { renderCase, type RenderResult } from "../excel/render";
import { missingRequirement } from "../excel/requirements";
import { BASE_SHEET_NAMES, caseJsonFromRevision } from "../template";

export interface Host {
  /** Writes the workbook for a case into new sheets; rejects with a Swedish RenderError. */
  createWorkbook(c: Case, onProgress: (step: string) => void, alternative?: Case): Promise<RenderResult>;
  /** The values of the current selection (for importing lines). */
  readSelection(): Promise<unknown[][]>;
  /** The newest socinv case stored in the workbook's Revision sheet, if any. */
  findSavedCase(): Promise<{ sheet: string; json: string } | null>;
  /** Wizard state that survives closing the taskpane. */
  loadState(): string | null;
  saveState(text: string | null): void;
  /** A Swedish message when this Excel lacks what socinv needs, else null. */
  unsupported(): string | null;
  addinVersion: string;
}

const STATE_KEY = "socinv.wizard";

type RunFn = <T>(f: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A host over Excel.run; `run` is Excel.run in Excel and the fake's runner in tests. */
export function excelHost(
  run: RunFn,
  opts: {
    addinVersion: string;
    settings?: Office.Settings | null;
    isSetSupported?: (set: string, v: string) => boolean;
  },
): Host {
  const storage = (): Storage | null => {
    try {
      return typeof localStorage === "undefined" ? null : localStorage;
    } catch {
      return null;
    }
  };
  return {
    addinVersion: opts.addinVersion,
    createWorkbook: (c, onProgress, alternative) =>
      run((context) =>
        renderCase(context, c, {
          addinVersion: opts.addinVersion,
          onProgress,
          ...(alternative ? { alternative } : {}),
        }),
      ),
    readSelection: () =>
      run(async (context) => {
        const sel = context.workbook.getSelectedRange();
        sel.load("values");
        await context.sync();
        return sel.values as unknown[][];
      }),
    findSavedCase: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const pattern = new RegExp(`^${BASE_SHEET_NAMES.revision}(?: \\((\\d+)\\))?$`);
        const revisions = sheets.items
          .map((s) => ({ name: s.name, m: pattern.exec(s.name) }))
          .filter((x) => x.m)
          .sort((a, b) => Number(a.m![1] ?? 1) - Number(b.m![1] ?? 1));
        const newest = revisions[revisions.length - 1];
        if (!newest) return null;
        const col = context.workbook.worksheets.getItem(newest.name).getUsedRange().getColumn(0);
        col.load("values");
        await context.sync();
        const json = caseJsonFromRevision((col.values as unknown[][]).map((r) => r[0]));
        return json ? { sheet: newest.name, json } : null;
      }),
    loadState: () => {
      const fromDoc = opts.settings?.get(STATE_KEY);
      if (typeof fromDoc === "string") return fromDoc;
      return storage()?.getItem(STATE_KEY) ?? null;
    },
    saveState: (text) => {
      if (opts.settings) {
        if (text === null) opts.settings.remove(STATE_KEY);
        else opts.settings.set(STATE_KEY, text);
        opts.settings.saveAsync(() => undefined);
      }
      const st = storage();
      if (st) {
        if (text === null) st.removeItem(STATE_KEY);
        else st.setItem(STATE_KEY, text);
      }
    },
    unsupported: () => (opts.isSetSupported ? missingRequirement(opts.isSetSupported) : null),
  };
}
