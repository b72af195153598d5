import { ASSUMPTIONS, LINE_HEADERS, type AssumptionInfo } from "../../engine";
import { BASIS, ROLE } from "../../engine/vocabulary";
import { FMT, Fx, N, T, addr, colName, colRange, line, xref, type Block } from "../cells";
import type { Layout } from "../layout";
import { continuingInputChecks } from "./continuing";
import { yearlyFirstProblem } from "./yearly-amounts";

/**
 * The input checks of the workbook, as two labelled tables on Revision (under the case text), each
 * step a short formula:
 *
 * - **Kontroll av posterna**: one row per row of Poster (the spare rows too), one column per check
 *   (aktör, riktning, kostnadslag, roll, bas, belopp, från år, till år, insats och bas), each the
 *   problem's sentence naming its cell or ""; the row's first problem and the first problem so far.
 * - **Kontroll av indata, steg för steg**: one row per step (each assumption, method v3's intake,
 *   the lines, the yearly amounts, rows written below the table) with a flag (1 = fel) and the
 *   sentence; `Inputs_Status` is the first flagged step's sentence, or "OK".
 */

export const REGENERATE = "skapa om arbetsboken i tillägget eller med socinv extract och socinv workbook";

/** A text constant in a formula. */
const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The address of a Poster cell as a user reads it: Poster!G5. */
const at = (L: Layout, row: number, col: number) => `${L.sheets.lines}!${addr(row, col)}`;

export const LINE_CHECKS = [
  "actor",
  "direction",
  "category",
  "role",
  "basis",
  "amount",
  "fromYear",
  "toYear",
  "investmentBasis",
] as const;
export type LineCheck = (typeof LINE_CHECKS)[number];

const LINE_CHECK_HEADERS: Record<LineCheck, string> = {
  actor: "Aktör",
  direction: "Riktning",
  category: "Kostnadslag",
  role: "Roll",
  basis: "Bas",
  amount: "Belopp",
  fromYear: "Från år",
  toYear: "Till år",
  investmentBasis: "Insats och bas",
};

/** Each check of a Poster row: the condition that is a problem and its sentence. */
function lineConditions(L: Layout, row: number, relative = false): Record<LineCheck, [string, string]> {
  const P = L.lines;
  // relative: the row without $ ('Poster'!$A14), so that the formula of the next row is this one moved down
  const cellOf = (k: keyof typeof P.col) =>
    xref(L.sheets.lines, relative ? `$${colName(P.col[k])}${row}` : addr(row, P.col[k], true));
  const list = (k: keyof typeof P.listCol) => xref(L.sheets.lines, P.lists[k].range);
  const actorRange = colRange(P.actorCol.name, P.firstActorRow, P.lastActorRow);
  const header = (k: keyof typeof P.col) => LINE_HEADERS[P.col[k] - 1];
  const word = (k: "direction" | "category" | "role" | "basis"): [string, string] => [
    `COUNTIF(${list(k)},${cellOf(k)})=0`,
    `${at(L, row, P.col[k])}: ${header(k)} finns inte i listan`,
  ];
  const year = (k: "fromYear" | "toYear"): [string, string] => [
    `AND(${cellOf(k)}<>"",IF(ISNUMBER(${cellOf(k)}),OR(${cellOf(k)}<1,${cellOf(k)}>${L.H}),TRUE))`,
    `${at(L, row, P.col[k])}: ${header(k)} ska vara ett heltal 1–${L.H}`,
  ];
  return {
    actor: [
      `COUNTIF(${xref(L.sheets.lines, actorRange)},${cellOf("actor")})=0`,
      `${at(L, row, P.col.actor)}: aktören finns inte i aktörslistan (${L.sheets.lines}!${actorRange.replace(/\$/g, "")})`,
    ],
    direction: word("direction"),
    category: word("category"),
    role: word("role"),
    basis: word("basis"),
    amount: [
      `IF(ISNUMBER(${cellOf("amount")}),${cellOf("amount")}<0,TRUE)`,
      `${at(L, row, P.col.amount)}: beloppet är inget tal (skriv t.ex. 150000)`,
    ],
    fromYear: year("fromYear"),
    toYear: year("toYear"),
    investmentBasis: [
      `AND(${cellOf("role")}="${ROLE.labels.investment}",${cellOf("basis")}="${BASIS.labels.perSuccess}")`,
      `${at(L, row, P.col.basis)}: ${ROLE.labels.investment.toLowerCase()} kan inte ha basen ${BASIS.labels.perSuccess.toLowerCase()}`,
    ],
  };
}

/** The cells of Poster row `row` that make it a line: a row with none of them is empty and not checked. */
function usedFormula(L: Layout, row: number, relative = false): string {
  const P = L.lines;
  const keys = ["actor", "direction", "category", "role", "basis", "amount"] as const;
  const ref = (k: (typeof keys)[number]) => (relative ? `$${colName(P.col[k])}${row}` : addr(row, P.col[k], true));
  return `=IF(${keys.map((k) => xref(L.sheets.lines, ref(k))).join("&")}<>"",1,0)`;
}

/**
 * A check's sentence as a formula text whose Poster row is read from `rowCell` ("Poster!A"&$F54&": …"):
 * the same text on every row, so a column of checks is one shared formula in the file.
 */
function sentenceWithRow(message: string, row: number, rowCell: string): string {
  const m = /^([^!]*![A-Z]+)(\d+)(:[\s\S]*)$/.exec(message);
  if (!m || Number(m[2]) !== row) return str(message);
  return `${str(m[1])}&${rowCell}&${str(m[3])}`;
}

/** A layout for a workbook of its own (a comparison's alternative B has no Revision sheet): names end in _B. */
const hasRevision = (L: Layout) => !/^_[A-Za-z]/.test(L.name(""));

/**
 * The problem of Poster row `row` as Prognos shows it beside the line: a reference to the row's
 * problem in the check table on Revision. A comparison's alternative B has no Revision sheet: its
 * Prognos carries the checks itself, one short formula per check in the columns from `own.col`
 * on the line's row (`lineCheckCells`), and the problem is the first of them.
 */
export function lineProblem(L: Layout, row: number, own?: { row: number; col: number }): string {
  if (hasRevision(L) || !own) {
    const T = inputChecksPlacement(L).lines;
    return `=${L.ref("revision", addr(T.firstRow + row - L.lines.firstRow, T.col.problem, true))}`;
  }
  const cells = LINE_CHECKS.map((_k, i) => addr(own.row, own.col + i));
  return `=${cells.slice(0, -1).reduceRight((rest, a) => `IF(${a}<>"",${a},${rest})`, cells[cells.length - 1])}`;
}

/** Whether Prognos carries its lines' checks itself (a comparison's alternative B, which has no Revision). */
export const checksOnProjection = (L: Layout): boolean => !hasRevision(L);

/** The checks of Poster row `row`, one short formula each (for Prognos B), and their headers. */
export function lineCheckCells(L: Layout, row: number): Block["cells"][number] {
  const conds = lineConditions(L, row);
  const used = usedFormula(L, row).slice(4, -5);
  return LINE_CHECKS.map((k) =>
    Fx(`=IF(${used},IF(${conds[k][0]},${str(conds[k][1] + ".")},""),"")`, undefined, "note"),
  );
}

export const lineCheckHeaders = (): string[] => LINE_CHECKS.map((k) => LINE_CHECK_HEADERS[k]);

/** The first problem of the lines so far: the previous row's, else this row's. */
export const firstProblem = (prev: string | undefined, own: string): string =>
  prev === undefined ? `=${own}` : `=IF(${prev}<>"",${prev},${own})`;

/** An assumption's value is a number within the method's range (the horizon at most the built one). */
function assumptionCheck(L: Layout, info: AssumptionInfo): [string, string] {
  const A = L.assumptions;
  const cellRef = L.assumption(info.key);
  const where = `${L.sheets.assumptions}!${addr(A.row[info.key], A.valueCol)}`;
  if (info.key === "horizon")
    return [
      `IF(ISNUMBER(${cellRef}),OR(${cellRef}<1,${cellRef}>${L.H}),TRUE)`,
      `${where}: horisonten ska vara ett heltal 1–${L.H}, den horisont arbetsboken skapades för; för en längre horisont ${REGENERATE}`,
    ];
  const low = info.minExclusive ? `${cellRef}<=${info.min}` : `${cellRef}<${info.min}`;
  return [
    `IF(ISNUMBER(${cellRef}),OR(${low},${cellRef}>${info.max}),TRUE)`,
    `${where}: ${info.label.toLowerCase()} ska vara ett tal ${info.minExclusive ? `större än ${info.min} och högst ${info.max}` : `från ${info.min} till ${info.max}`}`,
  ];
}

/** A step of Inputs_Status: its label, the cell(s) it checks, the flag (1 = a problem) and the sentence. */
interface Step {
  label: string;
  where: string;
  flag: string;
  message: string | { f: string };
}

/** A step whose problem is a condition, its sentence a constant. */
const conditionStep = (label: string, [cond, msg]: [string, string]): Step => ({
  label,
  where: msg.slice(0, msg.indexOf(":")),
  flag: `=IFERROR(IF(${cond},1,0),1)`,
  message: `${msg}.`,
});

/** A step that is the first problem of another table ("" when none). */
const tableStep = (label: string, where: string, ref: string): Step => ({
  label,
  where,
  flag: `=IF(${ref}<>"",1,0)`,
  message: { f: `=${ref}` },
});

/** The steps in the order Inputs_Status reports them: assumptions, method v3, lines, yearly amounts, rows below. */
function inputSteps(L: Layout): Step[] {
  const P = L.lines;
  const T = inputChecksPlacement(L, 0).lines;
  const firstLines = addr(T.lastRow, T.col.first, true);
  const below = (k: "actor" | "amount") =>
    xref(L.sheets.lines, colRange(P.col[k], P.lastInputRow + 1, P.lastInputRow + 1000));
  const yearly = yearlyFirstProblem(L);
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [
    ...ASSUMPTIONS.map((a) => conditionStep(a.label, assumptionCheck(L, a))),
    ...continuingInputChecks(L).map((k) => conditionStep(capital(k[1].split(": ")[1].split(" ")[0]), k)),
    tableStep(
      "Posterna (tabellen Kontroll av posterna nedan)",
      `${L.sheets.lines}!A${P.firstRow}:${colName(P.col.source)}${P.lastInputRow}`,
      firstLines,
    ),
    ...(yearly === undefined ? [] : [tableStep("Belopp per år", L.sheets.yearly, yearly)]),
    conditionStep("Poster under tabellen", [
      `COUNTIF(${below("actor")},"<>")+COUNTIF(${below("amount")},"<>")>0`,
      `${L.sheets.lines}!A${P.lastInputRow + 1} och nedåt: poster under rad ${P.lastInputRow} räknas inte i prognosen; ${REGENERATE}`,
    ]),
  ];
}

interface InputChecksPlacement {
  steps: { titleRow: number; headerRow: number; firstRow: number; lastRow: number };
  lines: {
    titleRow: number;
    headerRow: number;
    firstRow: number;
    lastRow: number;
    col: { row: number; used: number; check: Record<LineCheck, number>; problem: number; first: number };
  };
  lastRow: number;
}

/**
 * Where the two tables are on Revision: under the case text, the steps first, then the lines.
 * (`stepCount` is given while the steps themselves are being worked out: the line table's place
 * does not depend on it.)
 */
export function inputChecksPlacement(L: Layout, stepCount?: number): InputChecksPlacement {
  const P = L.lines;
  const lineRows = P.lastInputRow - P.firstRow + 1;
  const top = L.revision.caseLastRow + 3;
  // the line table sits beside the steps' columns (A–D) from column F, so the steps can grow
  const check = Object.fromEntries(LINE_CHECKS.map((k, i) => [k, 8 + i])) as Record<LineCheck, number>;
  const lines = {
    titleRow: top,
    headerRow: top + 1,
    firstRow: top + 2,
    lastRow: top + 1 + lineRows,
    col: { row: 6, used: 7, check, problem: 8 + LINE_CHECKS.length, first: 9 + LINE_CHECKS.length },
  };
  const n = stepCount ?? inputSteps(L).length;
  const steps = { titleRow: top, headerRow: top + 1, firstRow: top + 2, lastRow: top + 1 + n };
  return { steps, lines, lastRow: Math.max(steps.lastRow, lines.lastRow) };
}

/** The table of the steps and Inputs_Status's formula over it. */
function stepsTable(L: Layout): Block[] {
  const S = inputChecksPlacement(L).steps;
  const steps = inputSteps(L);
  return [
    line(S.titleRow, 1, [T("Kontroll av indata, steg för steg: Inputs_Status är det första steget med fel", "header")]),
    line(
      S.headerRow,
      1,
      ["Steg", "Cell", "Fel (1 = ja)", "Meddelande vid fel"].map((h) => T(h, "header")),
    ),
    ...steps.map((s, i) =>
      line(S.firstRow + i, 1, [
        T(s.label, "label"),
        T(s.where),
        Fx(s.flag, FMT.int, "check"),
        typeof s.message === "string" ? T(s.message, "note") : Fx(s.message.f, undefined, "note"),
      ]),
    ),
  ];
}

/** The table of Poster's rows, one check per column. */
function linesTable(L: Layout): Block[] {
  const P = L.lines;
  const X = inputChecksPlacement(L).lines;
  const C = X.col;
  const rows: Block[] = [];
  for (let p = P.firstRow; p <= P.lastInputRow; p++) {
    const r = X.firstRow + p - P.firstRow;
    const conds = lineConditions(L, p, true);
    const used = addr(r, C.used, true).replace(/\$(\d)/, "$1");
    const rowCell = `$${colName(C.row)}${r}`;
    const checks = LINE_CHECKS.map((k) =>
      Fx(
        `=IF(${used}=0,"",IF(${conds[k][0]},${sentenceWithRow(conds[k][1] + ".", p, rowCell)},""))`,
        undefined,
        "note",
      ),
    );
    const own = LINE_CHECKS.map((k) => addr(r, C.check[k]));
    const problem = own.slice(0, -1).reduceRight((rest, a) => `IF(${a}<>"",${a},${rest})`, own[own.length - 1]);
    const prev = addr(r - 1, C.first);
    rows.push(
      line(r, C.row, [
        N(p, FMT.int, "label"),
        Fx(usedFormula(L, p, true), FMT.int),
        ...checks,
        Fx(`=${problem}`, undefined, "note"),
        Fx(
          p === P.firstRow ? `=${addr(r, C.problem)}` : `=IF(${prev}<>"",${prev},${addr(r, C.problem)})`,
          undefined,
          "note",
        ),
      ]),
    );
  }
  const header = [
    `Rad på ${L.sheets.lines}`,
    "Används (1 = ja)",
    ...LINE_CHECKS.map((k) => LINE_CHECK_HEADERS[k]),
    "Problemet på raden",
    "Första problemet hittills",
  ];
  return [
    line(X.titleRow, C.row, [
      T("Kontroll av posterna: en rad per rad på Poster (också de lediga), en kontroll per kolumn", "header"),
    ]),
    line(
      X.headerRow,
      C.row,
      header.map((h) => T(h, "header")),
    ),
    ...rows,
  ];
}

/** Both tables, placed on Revision. */
export function inputCheckTables(L: Layout): Block[] {
  return [...stepsTable(L), ...linesTable(L)];
}

/** Inputs_Status: "OK" or the sentence of the first step with a problem. */
export function inputsStatus(L: Layout): string {
  const S = inputChecksPlacement(L).steps;
  const flags = `${colRange(3, S.firstRow, S.lastRow)}`;
  const messages = `${colRange(4, S.firstRow, S.lastRow)}`;
  return `=IF(SUM(${flags})=0,"OK",INDEX(${messages},MATCH(1,${flags},0)))`;
}

/** Rows still free under the lines that the projection covers. */
export function spareLeft(L: Layout): string {
  const P = L.lines;
  const rows = xref(L.sheets.lines, colRange(P.col.actor, P.firstRow, P.lastInputRow));
  const amounts = xref(L.sheets.lines, colRange(P.col.amount, P.firstRow, P.lastInputRow));
  const n = P.lastInputRow - P.firstRow + 1;
  return `=${n}-MAX(COUNTIF(${rows},"<>"),COUNTIF(${amounts},"<>"))`;
}
