import {
  ASSUMPTIONS,
  LINE_COLUMNS,
  type LineColumn,
  repaymentPayingUnits,
  scenarioList,
  type AssumptionKey,
  type Assumptions,
  type Case,
  type RepaymentSpec,
} from "../engine";
import { SocinvError } from "../engine/errors";
import { assertSupportedInWorkbook } from "./supported";
import {
  BASE_PERSPECTIVES,
  BASIS,
  CATEGORY,
  DIRECTION,
  PERSPECTIVE,
  ROLE,
  type BasePerspective,
  type Category,
} from "../engine/vocabulary";
import { canonicalJson } from "./canonical";
import { v2AssumptionsLayout, type V2AssumptionsLayout } from "./layout-v2";
import { Years, addr, colRange, xref } from "./cells";
import type { NameSpec, TemplateSheetKey } from "./model";

/**
 * Where everything goes, worked out from the case alone, before any cell is built: the rows and
 * columns of every block of every sheet, and the defined names. Sheets place their cells where
 * the layout says and refer to each other's cells through it, never through numbers of their own.
 */

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

/** Defined names of the key results (without the version suffix), also checked on the Revision sheet. */
const RESULT_NAMES = {
  statementTotal: "Statement_Total",
  actorNet: (id: string) => `Statement_Net_${id}`,
  npv: (p: BasePerspective) => `NPV_${p}`,
  roi: (p: BasePerspective) => `ROI_${p}`,
  breakEven: (p: BasePerspective) => `BreakEven_${p}`,
  breakEvenSuccesses: (p: BasePerspective) => `BreakEvenSuccesses_${p}`,
  breakEvenSuccessRate: (p: BasePerspective) => `BreakEvenSuccessRate_${p}`,
};

/** Defined name of the number of participants (method v2, when the case gives it). */
const PARTICIPANTS_NAME = "Deltagare";

/** Longest text Excel accepts in a cell is 32 767 characters; the case is stored in chunks. */
export const CASE_CHUNK = 30000;

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

type P = BasePerspective;
const perPerspective = <T>(f: (p: P, i: number) => T) =>
  Object.fromEntries(BASE_PERSPECTIVES.map((p, i) => [p, f(p, i)])) as Record<P, T>;
/** Consecutive rows from `next`, one per key. */
const rowsFrom = <K extends string>(keys: readonly K[], next: () => number) =>
  Object.fromEntries(keys.map((k) => [k, next()])) as Record<K, number>;

// ------------------------------------------------------------------ Antaganden

export interface AssumptionsLayout {
  headerRow: number;
  valueCol: number;
  row: Record<AssumptionKey, number>;
  /** The derived outcome adjustment k, under the assumptions. */
  adjustmentRow: number;
  /** Method v2's blocks under k (only for a case that uses it). */
  v2?: V2AssumptionsLayout;
}

function assumptionsLayout(c: Case): AssumptionsLayout {
  const headerRow = 4;
  let r = headerRow + 1;
  const row = rowsFrom(
    ASSUMPTIONS.map((a) => a.key),
    () => r++,
  );
  const v2 = v2AssumptionsLayout(c, r + 2);
  return { headerRow, valueCol: 3, row, adjustmentRow: r, ...(v2 ? { v2 } : {}) };
}

// ------------------------------------------------------------------ Poster

export interface LinesLayout {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  col: Record<LineColumn, number>;
  /** The line numbers (Post 1, 2, …, as on Prognos) right of the table, down through the spare rows. */
  numberCol: number;
  /** The actors block beside the table: Id, Namn, Slag, Ingår i. */
  actorCol: { id: number; name: number; kind: number; parent: number };
  firstActorRow: number;
  lastActorRow: number;
  /** Empty rows under the lines that the projection also covers: a line added there counts. */
  spare: number;
  /** The last row the projection covers (the last line plus the spare rows). */
  lastInputRow: number;
  /** The word lists the drop-downs refer to (Excel limits an inline list to 255 characters). */
  listCol: { direction: number; category: number; role: number; basis: number };
  /** The words of each list (in order) and their range in its column: "$Q$2:$Q$3". */
  lists: Record<"direction" | "category" | "role" | "basis", { words: string[]; range: string }>;
}

/** Spare rows under the lines on Poster that the projection covers (more: regenerate the workbook). */
export const SPARE_LINES = 50;

function linesLayout(c: Case): LinesLayout {
  const col = Object.fromEntries(LINE_COLUMNS.map((k, i) => [k, i + 1])) as Record<LineColumn, number>;
  const first = LINE_COLUMNS.length + 2; // one empty column between the table and the actors (L)
  const listCol = { direction: first + 5, category: first + 6, role: first + 7, basis: first + 8 };
  return {
    headerRow: 1,
    firstRow: 2,
    lastRow: 1 + c.lines.length,
    col,
    numberCol: LINE_COLUMNS.length + 1,
    actorCol: { id: first, name: first + 1, kind: first + 2, parent: first + 3 },
    firstActorRow: 2,
    lastActorRow: 1 + c.actors.length,
    spare: SPARE_LINES,
    lastInputRow: 1 + c.lines.length + SPARE_LINES,
    listCol,
    lists: wordLists(listCol),
  };
}

/** The drop-down words of Poster (effect first among the roles: most lines are effects). */
function wordLists(listCol: LinesLayout["listCol"]): LinesLayout["lists"] {
  const words = {
    direction: DIRECTION.values.map((v) => DIRECTION.labels[v]),
    category: CATEGORY.values.map((v) => CATEGORY.labels[v]),
    role: (["effect", "investment"] as const).map((v) => ROLE.labels[v]),
    basis: BASIS.values.map((v) => BASIS.labels[v]),
  };
  const list = (k: keyof typeof words) => ({ words: words[k], range: colRange(listCol[k], 2, 1 + words[k].length) });
  return { direction: list("direction"), category: list("category"), role: list("role"), basis: list("basis") };
}

// ------------------------------------------------------------------ Prognos

export type ProjectionColumn = Exclude<LineColumn, "parent"> | "row" | "isPublic" | "presentValue";
/** Perspective rows of the year grid: annual value, accumulated value, and the helper of break-even. */
export interface PerspectiveRows {
  annual: number;
  acc: number;
  neg: number;
}

export interface ProjectionLayout {
  summary: {
    titleRow: number;
    headerRow: number;
    row: Record<P, number>;
    col: { label: number; investment: number; benefit: number; npv: number; roi: number; breakEven: number };
    /** Method v2: B₀, b₁, the successes needed N* and the rate N* / n beside the summary. */
    v2col?: { base: number; perSuccess: number; successes: number; rate: number };
  };
  milestones: { titleRow: number; yearRow: number; row: Record<Category, number>; totalRow: number; years: number[] };
  /** Top row of the chart (under the milestones). */
  chartRow: number;
  /**
   * The yearly factors every line's value uses, above the year grid: a title row with the years,
   * then the effect per person in outcome N·(1−ρ)^(t−1)·k·((1−λ)(1+g))^(t−1), the effect of a
   * line in total k·((1−λ)(1+g))^(t−1) and the discount factor δ(t).
   */
  factors: { titleRow: number; row: { perSuccess: number; total: number; discount: number } };
  /** Header of the year grid; one row per line below it. */
  headerRow: number;
  firstLine: number;
  lastLine: number;
  col: Record<ProjectionColumn, number>;
  /** The input checks of each line row: its Poster row's problem, and the first problem so far. */
  checkCol: { problem: number; first: number };
  years: Years;
  actorAnnual: { header: number; row: Record<string, number> };
  actorAcc: { header: number; row: Record<string, number> };
  categoryAnnual: { header: number; row: Record<Category, number> };
  categoryAcc: { header: number; row: Record<Category, number> };
  perspectives: { header: number; row: Record<P, PerspectiveRows> };
}

function milestoneYears(H: number): number[] {
  const m = [1, 2, 3, 4, 5, 10, 20, 30, 50, 100].filter((y) => y <= H);
  if (!m.includes(H)) m.push(H);
  return m;
}

/** The line columns of the year grid (line number, Benämning, then as on Poster without Överordnad), then the years and the present value. */
function projectionColumns(yearsFirst: number, H: number): Record<ProjectionColumn, number> {
  const cols: ProjectionColumn[] = [
    "row",
    "label",
    "actor",
    "direction",
    "category",
    "role",
    "basis",
    "amount",
    "fromYear",
    "toYear",
    "isPublic",
  ];
  return {
    ...(Object.fromEntries(cols.map((k, i) => [k, i + 1])) as Record<ProjectionColumn, number>),
    presentValue: yearsFirst + H,
  };
}

function projectionLayout(c: Case, v2: boolean): ProjectionLayout {
  const H = c.assumptions.horizon;
  // Rows 4–15: the summary and the milestone table (what a reader wants first); then the
  // header of the year grid, one row per line and the aggregate sections.
  let r = 4;
  const sTitle = r++;
  const sHeader = r++;
  const summaryRow = rowsFrom(BASE_PERSPECTIVES, () => r++);
  r++;
  const mTitle = r++;
  const mYears = r++;
  const milestoneRow = rowsFrom(CATEGORY.values, () => r++);
  const mTotal = r++;
  // the chart of the accumulated perspectives under the milestones, on the first page
  const chartRow = r + 1;
  // the yearly factors under the chart, then the year grid
  const factorTitle = chartRow + 20;
  const factors = {
    titleRow: factorTitle,
    row: { perSuccess: factorTitle + 1, total: factorTitle + 2, discount: factorTitle + 3 },
  };
  const headerRow = factorTitle + 5;
  const firstLine = headerRow + 1;
  const lastLine = headerRow + c.lines.length + SPARE_LINES;
  const yearsFirst = 12; // column L = year 1
  r = lastLine + 2;
  const section = <K extends string>(keys: readonly K[]) => {
    const header = r++;
    const row = rowsFrom(keys, () => r++);
    r++;
    return { header, row };
  };
  const actorIds = c.actors.map((a) => a.id);
  const actorAnnual = section(actorIds);
  const actorAcc = section(actorIds);
  const categoryAnnual = section(CATEGORY.values);
  const categoryAcc = section(CATEGORY.values);
  const pHeader = r++;
  const pRows = perPerspective(() => ({ annual: r++, acc: r++, neg: r++ }));
  return {
    summary: {
      titleRow: sTitle,
      headerRow: sHeader,
      row: summaryRow,
      col: { label: 2, investment: 3, benefit: 4, npv: 5, roi: 6, breakEven: 7 },
      ...(v2 ? { v2col: { base: 8, perSuccess: 9, successes: 10, rate: 11 } } : {}),
    },
    milestones: { titleRow: mTitle, yearRow: mYears, row: milestoneRow, totalRow: mTotal, years: milestoneYears(H) },
    chartRow,
    factors,
    headerRow,
    firstLine,
    lastLine,
    col: projectionColumns(yearsFirst, H),
    checkCol: { problem: yearsFirst + H + 1, first: yearsFirst + H + 2 },
    years: new Years(yearsFirst, H),
    actorAnnual,
    actorAcc,
    categoryAnnual,
    categoryAcc,
    perspectives: { header: pHeader, row: pRows },
  };
}

// ------------------------------------------------------------------ Resultaträkning

export interface StatementLayout {
  headerRow: number;
  col: { actor: number; revenue: number; cost: number; net: number; parent: number };
  actorRow: Record<string, number>;
  firstActor: number;
  lastActor: number;
  totalRow: number;
  perspectives: { titleRow: number; headerRow: number; row: Record<P, number> };
  /** Method v2: the successes needed and the rate, right of the perspectives. */
  v2col?: { successes: number; rate: number };
  noteRow: number;
  /** Revision_Status and Inputs_Status shown on the statement. */
  statusRow: number;
  inputsRow: number;
  chartRow: number;
}

function statementLayout(c: Case, v2: boolean): StatementLayout {
  const headerRow = 4;
  let r = headerRow + 1;
  const actorRow = rowsFrom(
    c.actors.map((a) => a.id),
    () => r++,
  );
  const totalRow = r;
  r += 2;
  const titleRow = r++;
  const pHeader = r++;
  const row = rowsFrom(BASE_PERSPECTIVES, () => r++);
  const noteRow = r + 1;
  return {
    headerRow,
    col: { actor: 1, revenue: 2, cost: 3, net: 4, parent: 5 },
    actorRow,
    firstActor: headerRow + 1,
    lastActor: totalRow - 1,
    totalRow,
    perspectives: { titleRow, headerRow: pHeader, row },
    ...(v2 ? { v2col: { successes: 7, rate: 8 } } : {}),
    noteRow,
    statusRow: noteRow + 1,
    inputsRow: noteRow + 2,
    chartRow: noteRow + 4,
  };
}

// ------------------------------------------------------------------ Känslighet

export interface ScenarioLayout {
  name: string;
  assumptions: Assumptions;
  row: number;
  /** Live: computed with formulas (only the successes change); otherwise values from the engine. */
  live: boolean;
  /** Rows of the per-year detail of a live scenario. */
  detail?: Record<P, PerspectiveRows>;
}

export interface SensitivityLayout {
  headerRow: number;
  col: { name: number; successes: number; npv: Record<P, number>; roi: number; breakEven: number; note: number };
  scenarios: ScenarioLayout[];
  /** Header of the years of the detail rows. */
  yearRow: number;
  years: Years;
  monteCarlo?: { titleRow: number; firstDistributionRow: number; headerRow: number; row: Record<P, number> };
}

/** A scenario is live when it changes only the successes (and does not scale a zero up). */
function isLive(c: Case, a: Assumptions): boolean {
  const base = c.assumptions as unknown as Record<string, number>;
  const s = a as unknown as Record<string, number>;
  const onlySuccesses = Object.keys(s).every((k) => s[k] === base[k] || k === "successes");
  return onlySuccesses && (c.assumptions.successes > 0 || a.successes === 0);
}

function sensitivityLayout(c: Case): SensitivityLayout {
  const headerRow = 4;
  const list = scenarioList(c);
  const yearRow = headerRow + 2 + list.length + 2;
  let r = yearRow + 1;
  const scenarios = list.map((s, i): ScenarioLayout => {
    const live = isLive(c, s.assumptions);
    const out: ScenarioLayout = { name: s.name, assumptions: s.assumptions, row: headerRow + 1 + i, live };
    if (live) {
      out.detail = perPerspective(() => ({ annual: r++, acc: r++, neg: r++ }));
      r++;
    }
    return out;
  });
  const mc = c.monteCarlo;
  let monteCarlo: SensitivityLayout["monteCarlo"];
  if (mc) {
    r++;
    const titleRow = r++;
    const firstDistributionRow = r;
    r += mc.distributions.length;
    const mcHeader = r++;
    monteCarlo = { titleRow, firstDistributionRow, headerRow: mcHeader, row: rowsFrom(BASE_PERSPECTIVES, () => r++) };
  }
  return {
    headerRow,
    col: { name: 1, successes: 2, npv: perPerspective((_p, j) => 3 + j), roi: 6, breakEven: 7, note: 8 },
    scenarios,
    yearRow,
    years: new Years(3, c.assumptions.horizon),
    monteCarlo,
  };
}

// ------------------------------------------------------------------ Återföring

/**
 * The units that pay the fund back: for a gain share the listed units or else every public
 * actor without a public parent; for a frame share the units with a budget frame.
 * (The engine chooses the same units in runRepayment; to be replaced by its function.)
 */
/** The units that pay back to the fund: the engine decides (the same rule as `socinv calc`). */
export const payingUnits = repaymentPayingUnits;

export interface RepaymentLayout {
  valueCol: number;
  fundRow: number;
  startRow: number;
  /** The share of the gains (gain share) or the number of years (frame share). */
  paramRow: number;
  headerRow: number;
  years: Years;
  units: string[];
  /** Gain share: undiscounted gains of each unit and what is due before the cap. */
  gainRows: number[];
  dueRow?: number;
  /** Frame share: the budget frame of each unit (in the value column). */
  frameRows: number[];
  payRows: number[];
  paidRow: number;
  balanceRow: number;
  helperRow: number;
  repaidRow: number;
}

function repaymentLayout(c: Case, spec: RepaymentSpec): RepaymentLayout {
  const headerRow = 8;
  const units = payingUnits(c, spec);
  let r = headerRow + 1;
  const next = () => r++;
  let gainRows: number[] = [];
  let frameRows: number[] = [];
  let dueRow: number | undefined;
  let payRows: number[];
  let paidRow: number;
  if (spec.model === "gainShare") {
    gainRows = units.map(next);
    dueRow = next();
    paidRow = next();
    payRows = units.map(next);
  } else {
    frameRows = units.map(next);
    r++;
    payRows = units.map(next);
    paidRow = next();
  }
  const balanceRow = next();
  const helperRow = next();
  const years = new Years(3, c.assumptions.horizon);
  const rows = { gainRows, dueRow, frameRows, payRows, paidRow, balanceRow, helperRow, repaidRow: helperRow + 2 };
  return { valueCol: 2, fundRow: 4, startRow: 5, paramRow: 6, headerRow, years, units, ...rows };
}

// ------------------------------------------------------------------ Omfördelning

export interface CompensationLayout {
  /** The public actors, one row each, and one row and one column each in the matrix. */
  actors: string[];
  col: { actor: number; presentValue: number; gain: number; loss: number };
  headerRow: number;
  firstRow: number;
  totalRow: number;
  status: { row: number; col: number };
  total: { row: number; col: number };
  matrixHeaderRow: number;
  firstMatrixRow: number;
  /** Column of the first loser in the matrix (one column per actor from there). */
  firstMatrixCol: number;
  transferRow: number;
  noteRow: number;
}

function compensationLayout(c: Case): CompensationLayout {
  const actors = c.actors.filter((a) => a.kind === "public").map((a) => a.id);
  const headerRow = 4;
  const col = { actor: 1, presentValue: 2, gain: 3, loss: 4 };
  if (actors.length === 0) {
    // only a status and a zero total
    const none = { headerRow, firstRow: 5, totalRow: 5, matrixHeaderRow: 0, firstMatrixRow: 0, transferRow: 0 };
    const matrix = { firstMatrixCol: 0 };
    return { actors, col, ...none, ...matrix, status: { row: 4, col: 2 }, total: { row: 5, col: 2 }, noteRow: 0 };
  }
  const totalRow = headerRow + 1 + actors.length;
  const matrixHeaderRow = totalRow + 3;
  const transferRow = matrixHeaderRow + 1 + actors.length;
  return {
    actors,
    col,
    headerRow,
    firstRow: headerRow + 1,
    totalRow,
    status: { row: totalRow + 1, col: col.presentValue },
    total: { row: totalRow, col: col.loss },
    matrixHeaderRow,
    firstMatrixRow: matrixHeaderRow + 1,
    firstMatrixCol: 2,
    transferRow,
    noteRow: transferRow + 1,
  };
}

// ------------------------------------------------------------------ Uppföljning

export interface FollowUpLayout {
  headerRow: number;
  years: Years;
  /** Input: actual persons in outcome per year. */
  actualRow: number;
  /** Input: actual amounts of each investment line (line index → row). */
  investmentRow: Map<number, number>;
  latestYearRow: number;
  latestValueRow: number;
  personsRow: number;
  linesTitleRow: number;
  firstLine: number;
  lastLine: number;
  planRow: number;
  updatedRow: number;
  varianceRow: number;
  /** Column of the present values of the plan, updated and variance rows. */
  presentValueCol: number;
}

function followUpLayout(c: Case): FollowUpLayout {
  const headerRow = 4;
  const actualRow = headerRow + 1;
  let r = actualRow + 1;
  const investmentRow = new Map<number, number>();
  c.lines.forEach((l, i) => {
    if (l.role === "investment") investmentRow.set(i, r++);
  });
  r++;
  const latestYearRow = r++;
  const latestValueRow = r++;
  const personsRow = r++;
  r++;
  const linesTitleRow = r++;
  const firstLine = r;
  const lastLine = firstLine + c.lines.length - 1;
  const planRow = lastLine + 2;
  const years = new Years(3, c.assumptions.horizon);
  const rows = { latestYearRow, latestValueRow, personsRow, linesTitleRow, firstLine, lastLine, planRow };
  const totals = { updatedRow: planRow + 1, varianceRow: planRow + 2, presentValueCol: 2 };
  return { headerRow, years, actualRow, investmentRow, ...rows, ...totals };
}

// ------------------------------------------------------------------ Revision

export const REVISION_META = ["addinVersion", "methodVersion", "generatedAt", "title", "priceYear", "hash"] as const;
export type RevisionMeta = (typeof REVISION_META)[number];

/** A check on the Revision sheet: a defined name, compared with the engine's figure. */
export type Check = { name: string } & (
  | { kind: "statementTotal" }
  | { kind: "actorNet"; actor: string }
  | { kind: "npv" | "roi" | "breakEven" | "breakEvenSuccesses" | "breakEvenSuccessRate"; perspective: P }
);

export interface RevisionLayout {
  metaRow: Record<RevisionMeta, number>;
  /** Columns of the checks table. */
  col: { label: number; name: number; now: number; expected: number; tolerance: number; status: number };
  checksTitleRow: number;
  checksHeaderRow: number;
  checks: (Check & { row: number })[];
  statusRow: number;
  /** Inputs_Status, and the spare Poster rows left. */
  inputsRow: number;
  spareRow: number;
  caseTitleRow: number;
  caseNoteRow: number;
  caseFirstRow: number;
  caseLastRow: number;
}

function revisionLayout(c: Case, nm: (n: string) => string, v2: V2AssumptionsLayout | undefined): RevisionLayout {
  let r = 4;
  const metaRow = rowsFrom(REVISION_META, () => r++);
  r++;
  const checksTitleRow = r++;
  const checksHeaderRow = r++;
  const list: Check[] = [
    { kind: "statementTotal", name: nm(RESULT_NAMES.statementTotal) },
    ...c.actors.map((a): Check => ({ kind: "actorNet", actor: a.id, name: nm(RESULT_NAMES.actorNet(a.id)) })),
    ...BASE_PERSPECTIVES.flatMap((p) =>
      resultKinds(v2).map((kind): Check => ({
        kind,
        perspective: p,
        name: nm(RESULT_NAMES[kind](p)),
      })),
    ),
  ];
  const checks = list.map((x) => ({ ...x, row: r++ }));
  const statusRow = r;
  const caseTitleRow = statusRow + 4;
  const chunks = Math.ceil(canonicalJson(c).length / CASE_CHUNK);
  const caseFirstRow = caseTitleRow + 2;
  const rows = { checksTitleRow, checksHeaderRow, checks, statusRow, caseTitleRow, caseNoteRow: caseTitleRow + 1 };
  const inputs = { inputsRow: statusRow + 1, spareRow: statusRow + 2 };
  const col = { label: 1, name: 2, now: 3, expected: 4, tolerance: 5, status: 6 };
  return { metaRow, col, ...rows, ...inputs, caseFirstRow, caseLastRow: caseFirstRow + chunks - 1 };
}

/** The results checked per perspective: method v2 adds N* (and N* / n with participants). */
function resultKinds(v2: V2AssumptionsLayout | undefined) {
  const base = ["npv", "roi", "breakEven"] as const;
  if (!v2) return [...base];
  const rate = v2.participantsRow === undefined ? [] : (["breakEvenSuccessRate"] as const);
  return [...base, "breakEvenSuccesses" as const, ...rate];
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
