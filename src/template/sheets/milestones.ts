import { GRID_FMT } from "./projection.rows";
import { BASE_PERSPECTIVES, PERSPECTIVE, ROLE } from "../../engine/vocabulary";
import { FMT, Fx, N, T, addr, cell, colRange, line, yearRow, type Block } from "../cells";
import type { Layout } from "../layout";
import { extraArgs, perspectiveCriteria } from "./shared";

/**
 * Method v3 on Prognos: the perspectives at the milestone years (1, 2, 3, 4 = a mandatperiod, 5,
 * 10, 20 … and H), each with the nettonuvärde NPV_T, the avkastningskvot B_T / I_T and the
 * nettonuvärdeskvot NPV_T / I_T over years 1..T, both ratios named; read from the perspective
 * sections of the year grid (NPV_T is the accumulated value) and the accumulated investment I_T
 * of each perspective, written under them.
 */

/** The year a mandatperiod ends, marked in the table's header. */
const MANDATE = 4;

/** Under the perspective sections: I_T = −(the discounted investment lines of years 1..T) per perspective. */
function investmentRowsOf(L: Layout): Block[] {
  const X = L.projection;
  const M = X.perspectiveMilestones!;
  const Y = X.years;
  const lines = (col: number) => colRange(col, X.firstLine, X.lastLine);
  return BASE_PERSPECTIVES.map((p) => {
    const row = M.investmentAcc[p];
    const crit = extraArgs(perspectiveCriteria(p, lines(X.col.isPublic), lines(X.col.category)));
    const year = (t: number) => `SUMIFS(${lines(Y.col(t))},${lines(X.col.role)},"${ROLE.labels.investment}"${crit})`;
    const f = (t: number) => Fx(t === 1 ? `=-${year(t)}` : `=${Y.letter(t - 1)}${row}-${year(t)}`, GRID_FMT);
    const name = { [X.col.actor]: T(PERSPECTIVE.labels[p], "label") };
    return yearRow(Y, row, T("Ackumulerad investering I_T", "label"), f, { labelCol: X.col.label, between: name });
  });
}

/** The table of the perspectives at the milestone years, and the investment rows it reads. */
export function perspectiveMilestones(L: Layout): Block[] {
  const X = L.projection;
  const M = X.perspectiveMilestones;
  if (!M) return [];
  const years = X.milestones.years;
  const col = (k: number) => M.col.first + k;
  const header = years.map((y) => N(y, FMT.int, "header"));
  // the mandatperiod's column is marked above its year (the title's text ends before it)
  const k4 = years.indexOf(MANDATE);
  const mandate = k4 < 0 ? [] : [cell(M.titleRow, col(k4), T("Mandatperiod", "header"))];
  const rows = BASE_PERSPECTIVES.flatMap((p) => {
    const R = M.row[p];
    const at = (row: number, k: number) => addr(row, col(k));
    const npv = (y: number) => `${X.years.letter(y)}${X.perspectives.row[p].acc}`;
    const inv = (y: number) => `${X.years.letter(y)}${M.investmentAcc[p]}`;
    const ratio = (num: (k: number, y: number) => string) =>
      years.map((y, k) => Fx(`=IF(${inv(y)}=0,"",${num(k, y)}/${inv(y)})`, FMT.ratio));
    return [
      line(R.npv, M.col.perspective, [
        T(PERSPECTIVE.labels[p], "label"),
        T("Nettonuvärde NPV_T", "label"),
        ...years.map((y) => Fx(`=${npv(y)}`, FMT.kr, "total")),
      ]),
      line(R.roi, M.col.measure, [T("Avkastningskvot B_T / I_T"), ...ratio((k, y) => `(${at(R.npv, k)}+${inv(y)})`)]),
      line(R.npvRatio, M.col.measure, [T("Nettonuvärdeskvot NPV_T / I_T"), ...ratio((k) => at(R.npv, k))]),
    ];
  });
  const title = "Milstolpar per perspektiv: talen över åren 1..T (nuvärden)";
  const note =
    "År 4 är en mandatperiod. Avkastningskvoten är nyttan per investerad krona (B / I), nettonuvärdeskvoten nettonuvärdet per investerad krona (NPV / I = B / I − 1); ingen kvot när I = 0.";
  return [
    cell(M.titleRow, M.col.perspective, T(title, "header")),
    ...mandate,
    cell(M.noteRow, M.col.perspective, T(note, "note")),
    line(M.yearRow, M.col.perspective, [T("Perspektiv", "header"), T("År T", "header"), ...header]),
    ...rows,
    ...investmentRowsOf(L),
  ];
}
