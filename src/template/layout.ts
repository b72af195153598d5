import { ASSUMPTIONS, type AssumptionKey, type Case } from "../engine";
import { SocinvError } from "../engine/errors";
import { BASE_PERSPECTIVES, PERSPECTIVE } from "../engine/vocabulary";
import { addr, colRange, xref } from "./cells";
import type { NameSpec, TemplateSheetKey } from "./model";
import { assumptionsLayout, type AssumptionsLayout } from "./sheets/assumptions.layout";
import { compensationLayout, type CompensationLayout } from "./sheets/compensation.layout";
import { followUpLayout, type FollowUpLayout } from "./sheets/followup.layout";
import { linesLayout, type LinesLayout } from "./sheets/lines.layout";
import { projectionLayout, type ProjectionLayout } from "./sheets/projection.layout";
import { repaymentLayout, type RepaymentLayout } from "./sheets/repayment.layout";
import { RESULT_NAMES, revisionLayout, type RevisionLayout } from "./sheets/revision.layout";
import { sensitivityLayout, type SensitivityLayout } from "./sheets/sensitivity.layout";
import { statementLayout, type StatementLayout } from "./sheets/statement.layout";
import { assertSupportedInWorkbook } from "./supported";

/**
 * Where everything goes, worked out from the case alone, before any cell is built: the rows and
 * columns of every block of every sheet, and the defined names. Each sheet's layout lives beside
 * the sheet's module (sheets/<sheet>.layout.ts); this module composes them, names the sheets and
 * lists the defined names. Sheets place their cells where the layout says and refer to each
 * other's cells through it, never through numbers of their own.
 */

export { payingUnits } from "./sheets/repayment.layout";
export { CASE_CHUNK } from "./sheets/revision.layout";

export type SheetKey = TemplateSheetKey;
/** A defined name on a sheet of the template. */
export type LayoutName = NameSpec & { sheet: SheetKey };

export const BASE_SHEET_NAMES: Record<SheetKey, string> = {
  statement: "Resultaträkning",
  projection: "Prognos",
  sensitivity: "Känslighet",
  repayment: "Återföring",
  compensation: "Omfördelning",
  followup: "Uppföljning",
  lines: "Poster",
  assumptions: "Antaganden",
  method: "Metod",
  revision: "Revision",
};

/** Defined names of the assumption cells (no diacritics, valid Excel names). */
export const ASSUMPTION_NAMES: Record<AssumptionKey, string> = {
  horizon: "Horisont",
  discountRate: "Diskonteringsranta",
  successes: "AntalMedUtfall",
  relapse: "Aterfall",
  decay: "Avklingning",
  deadweight: "Dodvikt",
  attribution: "Tillskrivning",
  displacement: "Undantrangning",
  growth: "RealTillvaxt",
};

/** Defined name of the derived outcome adjustment k. */
const ADJUSTMENT_NAME = "Utfallsjustering";

/** Defined name of the number of participants (method v2, when the case gives it). */
const PARTICIPANTS_NAME = "Deltagare";

export function sheetNames(version: number): Record<SheetKey, string> {
  const out = { ...BASE_SHEET_NAMES };
  if (version > 1) for (const k of Object.keys(out) as SheetKey[]) out[k] = `${out[k]} (${version})`;
  return out;
}

function taggedSheetNames(tag: string): Record<SheetKey, string> {
  const out = { ...BASE_SHEET_NAMES };
  for (const k of Object.keys(out) as SheetKey[]) out[k] = `${out[k]} ${tag}`;
  return out;
}

export function nameSuffix(version: number): string {
  return version > 1 ? `_${version}` : "";
}

// ------------------------------------------------------------------ the whole workbook

export interface Layout {
  version: number;
  /** Sheet names, with the version suffix. */
  sheets: Record<SheetKey, string>;
  H: number;
  assumptions: AssumptionsLayout;
  lines: LinesLayout;
  projection: ProjectionLayout;
  statement: StatementLayout;
  sensitivity: SensitivityLayout;
  repayment?: RepaymentLayout;
  compensation: CompensationLayout;
  followup: FollowUpLayout;
  revision: RevisionLayout;
  /** Every defined name of the workbook, in order. */
  names: LayoutName[];
  /** A defined name with the version suffix. */
  name(n: string): string;
  /** The defined name of an assumption's cell. */
  assumption(key: AssumptionKey): string;
  /** The defined name of the outcome adjustment k. */
  adjustment: string;
  /** Method v2: the cell of δ(t) on Antaganden when the case gives a discount schedule, else undefined. */
  delta(t: number): string | undefined;
  /** Method v2: the defined name of the participants, when the case gives them. */
  participants?: string;
  /** A reference to a cell or range on a sheet, from another sheet: 'Prognos'!$B$18:$B$40. */
  ref(sheet: SheetKey, ref: string): string;
  /** A column of the line rows on Prognos, from another sheet: 'Prognos'!$B$18:$B$40. */
  projectionLines(col: number): string;
}

/**
 * Where everything of the workbook goes, for a case and a version (1 for a fresh workbook). With a
 * tag (alternative "B" of a comparison) sheets are named "Prognos B" and names end in "_B".
 */
export function layout(c: Case, version = 1, tag?: string): Layout {
  if (c.lines.length === 0)
    throw new SocinvError("template", "kalkylen har inga poster; lägg till minst en post innan arbetsboken skapas");
  assertSupportedInWorkbook(c);
  const suffix = tag === undefined ? nameSuffix(version) : `_${tag}`;
  const sheets = tag === undefined ? sheetNames(version) : taggedSheetNames(tag);
  const name = (n: string) => n + suffix;
  const assumptions = assumptionsLayout(c);
  const v2 = assumptions.v2;
  const projection = projectionLayout(c, v2 !== undefined);
  const schedule = v2?.schedule;
  const L: Layout = {
    version,
    sheets,
    H: c.assumptions.horizon,
    assumptions,
    lines: linesLayout(c),
    projection,
    statement: statementLayout(c, v2 !== undefined),
    sensitivity: sensitivityLayout(c),
    repayment: c.repayment ? repaymentLayout(c, c.repayment) : undefined,
    compensation: compensationLayout(c),
    followup: followUpLayout(c),
    revision: revisionLayout(c, name, v2),
    names: [],
    name,
    assumption: (key) => name(ASSUMPTION_NAMES[key]),
    adjustment: name(ADJUSTMENT_NAME),
    delta: (t) =>
      schedule ? xref(sheets.assumptions, addr(schedule.firstRow + t - 1, schedule.col.delta, true)) : undefined,
    ...(v2?.participantsRow === undefined ? {} : { participants: name(PARTICIPANTS_NAME) }),
    ref: (sheet, ref) => xref(sheets[sheet], ref),
    projectionLines: (col) => xref(sheets.projection, colRange(col, projection.firstLine, projection.lastLine)),
  };
  L.names = definedNamesOf(c, L);
  return L;
}

// ------------------------------------------------------------------ defined names

type Define = (name: string, sheet: SheetKey, row: number, col: number, comment?: string) => void;

/** The defined names, sheet by sheet, in the order the workbook lists them. */
function definedNamesOf(c: Case, L: Layout): LayoutName[] {
  const out: LayoutName[] = [];
  const define: Define = (name, sheet, row, col, comment) =>
    out.push({ name: L.name(name), sheet, ref: addr(row, col, true), ...(comment === undefined ? {} : { comment }) });
  const A = L.assumptions;
  for (const a of ASSUMPTIONS) define(ASSUMPTION_NAMES[a.key], "assumptions", A.row[a.key], A.valueCol, a.label);
  define(ADJUSTMENT_NAME, "assumptions", A.adjustmentRow, A.valueCol, "k");
  if (A.v2?.participantsRow !== undefined)
    define(PARTICIPANTS_NAME, "assumptions", A.v2.participantsRow, A.valueCol, "Antal deltagare");
  projectionNames(L, define);
  sensitivityNames(L, define);
  const R = L.repayment;
  if (R) {
    define("Fond", "repayment", R.fundRow, R.valueCol);
    define("Repayment_Year", "repayment", R.repaidRow, R.valueCol);
    define("Repayment_Balance_End", "repayment", R.balanceRow, R.years.last);
  }
  const C = L.compensation;
  define("Compensation_Status", "compensation", C.status.row, C.status.col);
  define("Compensation_Total", "compensation", C.total.row, C.total.col);
  const F = L.followup;
  define("FollowUp_NPV_Plan", "followup", F.planRow, F.presentValueCol);
  define("FollowUp_NPV_Updated", "followup", F.updatedRow, F.presentValueCol);
  for (const t of F.years.all) define(`FollowUp_Actual_${t}`, "followup", F.updatedRow, F.years.col(t));
  const S = L.statement;
  for (const a of c.actors)
    define(RESULT_NAMES.actorNet(a.id), "statement", S.actorRow[a.id], S.col.net, `Netto år 1, ${a.name}`);
  define(RESULT_NAMES.statementTotal, "statement", S.totalRow, S.col.net, "Summa netto år 1 (samhällsvinst)");
  define("Revision_Status", "revision", L.revision.statusRow, L.revision.col.now, "OK när alla kontroller stämmer");
  define("Inputs_Status", "revision", L.revision.inputsRow, L.revision.col.now, "OK när indata går att räkna med");
  return out;
}

function projectionNames(L: Layout, define: Define): void {
  const S = L.projection.summary;
  for (const p of BASE_PERSPECTIVES) {
    const label = PERSPECTIVE.labels[p];
    define(RESULT_NAMES.npv(p), "projection", S.row[p], S.col.npv, `Nettonuvärde, ${label}`);
    define(RESULT_NAMES.roi(p), "projection", S.row[p], S.col.roi, `Avkastningskvot, ${label}`);
    define(RESULT_NAMES.breakEven(p), "projection", S.row[p], S.col.breakEven, `Break-even år, ${label}`);
    if (!S.v2col) continue;
    const n = `Antal med utfall som behövs för break-even, ${label}`;
    define(RESULT_NAMES.breakEvenSuccesses(p), "projection", S.row[p], S.v2col.successes, n);
    if (L.participants)
      define(
        RESULT_NAMES.breakEvenSuccessRate(p),
        "projection",
        S.row[p],
        S.v2col.rate,
        `Andel av deltagarna, ${label}`,
      );
  }
}

function sensitivityNames(L: Layout, define: Define): void {
  const S = L.sensitivity;
  S.scenarios.forEach((s, i) => {
    if (!s.live) return;
    for (const p of BASE_PERSPECTIVES)
      define(
        `Scenario${i + 1}_NPV_${p}`,
        "sensitivity",
        s.row,
        S.col.npv[p],
        `${s.name}: nettonuvärde, ${PERSPECTIVE.labels[p]}`,
      );
    define(`Scenario${i + 1}_BreakEven_total`, "sensitivity", s.row, S.col.breakEven);
  });
}
