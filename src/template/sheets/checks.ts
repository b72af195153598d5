import { ASSUMPTIONS, LINE_HEADERS, type AssumptionInfo } from "../../engine";
import { BASIS, ROLE } from "../../engine/vocabulary";
import { addr, colRange, xref } from "../cells";
import type { Layout } from "../layout";
import { continuingInputChecks } from "./continuing";
import { yearlyFirstProblem } from "./yearly-amounts";

/**
 * The input checks of the workbook: formulas that say "OK" or a Swedish sentence naming the first
 * problem and its cell. Each line row of Prognos checks its Poster row (`lineProblem`) and carries
 * the first problem so far down the column (`firstProblem`); `inputsStatus` adds the horizon, the
 * assumptions, lines written below the rows the projection covers and the statement's sum.
 */

export const REGENERATE = "skapa om arbetsboken i tillägget eller med socinv extract och socinv workbook";

/** A text constant in a formula. */
const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The address of a Poster cell as a user reads it: Poster!G5. */
const at = (L: Layout, row: number, col: number) => `${L.sheets.lines}!${addr(row, col)}`;

/** The problem of Poster row `row` (line index i), or "" when there is none or the row is empty. */
export function lineProblem(L: Layout, row: number): string {
  const P = L.lines;
  const cellOf = (k: keyof typeof P.col) => xref(L.sheets.lines, addr(row, P.col[k], true));
  const list = (k: keyof typeof P.listCol) => xref(L.sheets.lines, P.lists[k].range);
  const actors = xref(L.sheets.lines, colRange(P.actorCol.name, P.firstActorRow, P.lastActorRow));
  const header = (k: keyof typeof P.col) => LINE_HEADERS[P.col[k] - 1];
  const word = (k: "direction" | "category" | "role" | "basis") =>
    [`COUNTIF(${list(k)},${cellOf(k)})=0`, `${at(L, row, P.col[k])}: ${header(k)} finns inte i listan`] as const;
  const year = (k: "fromYear" | "toYear") =>
    [
      `AND(${cellOf(k)}<>"",IF(ISNUMBER(${cellOf(k)}),OR(${cellOf(k)}<1,${cellOf(k)}>${L.H}),TRUE))`,
      `${at(L, row, P.col[k])}: ${header(k)} ska vara ett heltal 1–${L.H}`,
    ] as const;
  const checks: (readonly [string, string])[] = [
    [
      `COUNTIF(${actors},${cellOf("actor")})=0`,
      `${at(L, row, P.col.actor)}: aktören finns inte i aktörslistan (${L.sheets.lines}!${colRange(P.actorCol.name, P.firstActorRow, P.lastActorRow).replace(/\$/g, "")})`,
    ],
    word("direction"),
    word("category"),
    word("role"),
    word("basis"),
    [
      `IF(ISNUMBER(${cellOf("amount")}),${cellOf("amount")}<0,TRUE)`,
      `${at(L, row, P.col.amount)}: beloppet är inget tal (skriv t.ex. 150000)`,
    ],
    year("fromYear"),
    year("toYear"),
    [
      `AND(${cellOf("role")}="${ROLE.labels.investment}",${cellOf("basis")}="${BASIS.labels.perSuccess}")`,
      `${at(L, row, P.col.basis)}: ${ROLE.labels.investment.toLowerCase()} kan inte ha basen ${BASIS.labels.perSuccess.toLowerCase()}`,
    ],
  ];
  const used = `${["actor", "direction", "category", "role", "basis", "amount"].map((k) => cellOf(k as keyof typeof P.col)).join("&")}<>""`;
  const chain = checks.reduceRight((rest, [cond, msg]) => `IF(${cond},${str(msg + ".")},${rest})`, '""');
  return `=IF(${used},${chain},"")`;
}

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

/**
 * Inputs_Status: "OK" or the first problem, in the order horizon, assumptions, lines, rows below.
 * (A result typed over is no input problem: the control tables on Revision name it.)
 */
export function inputsStatus(L: Layout, firstLineProblem: string): string {
  const P = L.lines;
  const below = (k: "actor" | "amount") =>
    xref(L.sheets.lines, colRange(P.col[k], P.lastInputRow + 1, P.lastInputRow + 1000));
  const checks: [string, string][] = [
    ...ASSUMPTIONS.map((a) => assumptionCheck(L, a)),
    [
      `COUNTIF(${below("actor")},"<>")+COUNTIF(${below("amount")},"<>")>0`,
      `${L.sheets.lines}!A${P.lastInputRow + 1} och nedåt: poster under rad ${P.lastInputRow} räknas inte i prognosen; ${REGENERATE}`,
    ],
  ];
  const chain = (list: [string, string][], last: string) =>
    list.reduceRight((acc, [cond, msg]) => `IF(${cond},${str(msg + ".")},${acc})`, last);
  // the assumptions, then the lines, then the rows below the table
  const n = ASSUMPTIONS.length;
  const yearly = yearlyFirstProblem(L);
  const rest = chain(checks.slice(n), '"OK"');
  const afterLines = yearly === undefined ? rest : `IF(${yearly}<>"",${yearly},${rest})`;
  const withLines = `IF(${firstLineProblem}<>"",${firstLineProblem},${afterLines})`;
  return `=${chain([...checks.slice(0, n), ...continuingInputChecks(L)], withLines)}`;
}

/** Rows still free under the lines that the projection covers. */
export function spareLeft(L: Layout): string {
  const P = L.lines;
  const rows = xref(L.sheets.lines, colRange(P.col.actor, P.firstRow, P.lastInputRow));
  const amounts = xref(L.sheets.lines, colRange(P.col.amount, P.firstRow, P.lastInputRow));
  const n = P.lastInputRow - P.firstRow + 1;
  return `=${n}-MAX(COUNTIF(${rows},"<>"),COUNTIF(${amounts},"<>"))`;
}
