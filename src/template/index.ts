import { buildReport, compute, type Case } from "../engine";
import { BASE_PERSPECTIVES } from "../engine/vocabulary";
import { canonicalJson } from "./canonical";
import { comparisonParts } from "./comparison";
import { withControls } from "./controls";
import { cacheValues } from "./evaluate";
import { printLegibly } from "./print";
import { sha256Hex } from "./sha256";
import { layout } from "./layout";
import type { NameSpec, SheetModel, WorkbookModel } from "./model";
import { assumptionsSheet } from "./sheets/assumptions";
import { compensationSheet } from "./sheets/compensation";
import { followUpSheet } from "./sheets/followup";
import type { SheetBuilder } from "./sheets/input";
import { linesSheet } from "./sheets/lines";
import { methodSheet } from "./sheets/method";
import { projectionSheet } from "./sheets/projection";
import { repaymentSheet } from "./sheets/repayment";
import { revisionSheet } from "./sheets/revision";
import { sensitivitySheet } from "./sheets/sensitivity";
import { statementSheet } from "./sheets/statement";
import { yearlyAmountsSheet } from "./sheets/yearly-amounts";

/**
 * The workbook template: case → layout (where everything goes) → one module per sheet → model.
 * A new sheet is one module in sheets/, its layout beside it (sheets/<name>.layout.ts, composed in
 * layout.ts) and one line in SHEETS.
 */

export interface BuildOptions {
  /** 1 for a fresh workbook; n > 1 gives sheets " (n)" and names "_n", for a workbook that already has a case. */
  version?: number;
  generatedAt?: Date;
  addinVersion?: string;
  /**
   * Alternative B of a comparison: the workbook gets a Jämförelse sheet first (as `socinv compare`)
   * and B's Poster, Antaganden and Prognos after A's sheets.
   */
  alternative?: Case;
}

/** The sheets in the order of the workbook's tabs. */
export const SHEETS: readonly SheetBuilder[] = [
  statementSheet,
  projectionSheet,
  sensitivitySheet,
  repaymentSheet,
  compensationSheet,
  followUpSheet,
  linesSheet,
  yearlyAmountsSheet,
  assumptionsSheet,
  methodSheet,
  revisionSheet,
];

/** The sheets where users type (Poster, Antaganden and B's): every other sheet is protected without a password. */
const UNPROTECTED = new Set<SheetModel["key"]>(["lines", "assumptions", "linesB", "assumptionsB"]);

/** The base perspectives, in the order of the sheets' rows. */
export const PERSPECTIVES = BASE_PERSPECTIVES;

export function buildWorkbook(c: Case, opts: BuildOptions = {}): WorkbookModel {
  const L = layout(c, opts.version ?? 1);
  const input = {
    c,
    report: buildReport(compute(c)),
    layout: L,
    generatedAt: opts.generatedAt ?? new Date(),
    addinVersion: opts.addinVersion ?? "0.0.0",
  };
  let sheets = withControls(
    SHEETS.map((build) => build(input)).filter((s): s is SheetModel => s !== undefined),
    L,
  );
  let names: NameSpec[] = L.names;
  if (opts.alternative) {
    const meta = { generatedAt: input.generatedAt, addinVersion: input.addinVersion };
    const cmp = comparisonParts({ c, layout: L }, opts.alternative, meta);
    sheets = [cmp.first, ...sheets, ...cmp.rest];
    names = [...names, ...cmp.names];
  }
  const properties = { title: c.title, author: "", application: "socinv", version: input.addinVersion };
  const hash = sha256Hex(canonicalJson(c)).slice(0, 12);
  const headerFooter: WorkbookModel["headerFooter"] = {
    header: [`&"-,Bold"${excelText(c.title)}`, "", excelText(c.municipality ?? "")],
    footer: ["&A", "Sida &P av &N, utskriven &D", `SHA-256 ${hash}`],
  };
  const activeSheet = opts.alternative ? "comparison" : "statement";
  sheets = sheets.map((s) => (UNPROTECTED.has(s.key) ? s : { ...s, protect: true }));
  const model = cacheValues({ properties, headerFooter, sheets, names, activeSheet });
  // widths from the values as cached (a label read from Poster too), then each sheet's page setup
  return { ...model, sheets: model.sheets.map(printLegibly) };
}

/** Text in a header or footer: a literal & is written &&. */
const excelText = (s: string) => s.slice(0, 100).replace(/&/g, "&&");

/** Every defined name the template creates, for a version: renderers check them for collisions. */
export function definedNames(c: Case, version: number): string[] {
  return layout(c, version).names.map((n) => n.name);
}

export { ASSUMPTION_NAMES, BASE_SHEET_NAMES, CASE_CHUNK, layout, nameSuffix, sheetNames, type Layout } from "./layout";
export { caseJsonFromRevision } from "./sheets/revision";
export type { Report } from "../engine";
