import { LINE_HEADERS, type Case } from "../../engine";
import {
  ACTOR_KIND,
  BASE_PERSPECTIVES,
  BASIS,
  CATEGORY,
  CATEGORY_PLURAL,
  DIRECTION,
  PERSPECTIVE,
  ROLE,
} from "../../engine/vocabulary";
import {
  FMT,
  Fx,
  N,
  T,
  addr,
  cell,
  colName,
  colRange,
  line,
  powT,
  sheet,
  table,
  titled,
  yearHeader,
  yearRow,
  type Block,
} from "../cells";
import type { Layout } from "../layout";
import type { ProjectionColumn } from "./projection.layout";
import type { CellSpec, ChartSpec, PrintSpec, SheetModel } from "../model";
import { conversionFactor, unitCostAmountFormula } from "./assumptions";
import { actorHelperBlocks } from "./actor-horizon";
import { checksOnProjection, firstProblem, lineCheckCells, lineCheckHeaders, lineProblem } from "./checks";
import { continuingFactorRows } from "./continuing";
import { GRID_FMT, factorRow } from "./projection.rows";
import { perspectiveMilestones } from "./milestones";
import { yearlyAmountOf } from "./yearly-amounts";
import { successesColumns } from "./successes";
import type { SheetInput } from "./input";
import { amountFormat } from "./lines";
import { SUMMARY_HEADERS, accumulated, breakEven, extraArgs, negativeYear, perspectiveCriteria } from "./shared";

/**
 * Prognos: every line's discounted value per year as a native formula over Poster and the named
 * assumptions, the sums per actor, category and perspective, and at the top the summary per
 * perspective and the milestones per category.
 */

/** The line columns of the year grid: the line number and Benämning, Poster's without Överordnad, plus Offentlig. */
const GRID_HEADERS = ["Post", LINE_HEADERS[9], LINE_HEADERS[0], ...LINE_HEADERS.slice(2, 9), ACTOR_KIND.labels.public];

/** Kronor with zero shown as blank: the spare rows stay empty until a line is added on Poster. */
const KR_BLANK_ZERO = `${GRID_FMT};-${GRID_FMT};`;

/** A column of the line rows on this sheet, "$B$18:$B$40". */
const lineCol = (L: Layout, k: ProjectionColumn) =>
  colRange(L.projection.col[k], L.projection.firstLine, L.projection.lastLine);

/**
 * Year t of the line in row r: IF(in window, sign · amount · factor(t) · δ(t), 0), the factor being
 * 1 for an investment, and for an effect the factor per person in outcome or per line in total
 * (the rows of yearly factors above the grid, `factorRows`).
 */
function lineValue(L: Layout, r: number, t: number, amount?: string): string {
  const X = L.projection;
  const at = (k: ProjectionColumn) => `$${colName(X.col[k])}${r}`;
  const cl = X.years.letter(t);
  const tc = `${cl}$${X.headerRow}`;
  const F = X.factors.row;
  return (
    `=IF(AND(${tc}>=${at("fromYear")},${tc}<=${at("toYear")},${tc}<=${L.assumption("horizon")}),` +
    `IF(${at("direction")}="${DIRECTION.labels.revenue}",1,-1)*${amount ?? at("amount")}*` +
    `IF(${at("role")}="${ROLE.labels.investment}",1,` +
    `IF(${at("basis")}="${BASIS.labels.perSuccess}",${cl}$${F.perSuccess},${cl}$${F.total}))*${cl}$${F.discount},0)`
  );
}

/**
 * The yearly factors of the method, once per year instead of in every line's formula: the effect
 * per person in outcome q(t)·k·((1−λ)(1+g))^(t−1), per line in total k·((1−λ)(1+g))^(t−1), and
 * δ(t): (1 + r)^−(t−1), or the discount schedule's δ(t) on Antaganden (method v2).
 */
function factorRows(L: Layout): Block[] {
  const X = L.projection;
  const Y = X.years;
  const F = X.factors;
  const a = L.assumption;
  const tc = (t: number) => `${Y.letter(t)}$${F.titleRow}`;
  const effect = (t: number) => `${L.adjustment}*${powT(`(1-${a("decay")})*(1+${a("growth")})`, tc(t))}`;
  const discount = (t: number) => {
    const delta = L.delta(t);
    return delta ? `=${delta}` : `=1/${powT(`1+${a("discountRate")}`, tc(t))}`;
  };
  const row = factorRow(L);
  return [
    yearHeader(Y, F.titleRow, T("Årsfaktorer", "header"), X.col.label),
    row(
      F.row.perSuccess,
      ["Effekt per person med utfall", "N·(1−ρ)^(t−1)·k·((1−λ)(1+g))^(t−1)"],
      (t) => `=${a("successes")}*${powT(`1-${a("relapse")}`, tc(t))}*${effect(t)}`,
    ),
    row(F.row.total, ["Effekt per post (totalt)", "k·((1−λ)(1+g))^(t−1)"], (t) => `=${effect(t)}`),
    row(F.row.discount, ["Diskonteringsfaktor δ(t)", "(1 + r)^−(t−1)"], discount),
  ];
}

/**
 * The amount from Poster; a line in another price year is converted with its factor on Antaganden,
 * a line from a unit cost is quantity · unit amount · units per year there, converted (method v2).
 */
function amountFormula(c: Case, L: Layout, i: number, poster: string): string {
  const fromUnit = unitCostAmountFormula(c, L, i);
  const factor = conversionFactor(L, i);
  if (fromUnit && factor) return `${fromUnit}*${factor}`;
  return factor ? `=N(${poster})*${factor}` : `=N(${poster})`;
}

/** The row of line i: its fields read from Poster, then its value per year and its present value. */
function lineRow(c: Case, L: Layout, i: number): Block[] {
  const X = L.projection;
  const r = X.firstLine + i;
  const P = (k: "actor" | "direction" | "category" | "role" | "basis" | "amount" | "fromYear" | "toYear" | "label") =>
    L.ref("lines", `${colName(L.lines.col[k])}${L.lines.firstRow + i}`);
  const actors = (k: "name" | "kind") =>
    L.ref("lines", colRange(L.lines.actorCol[k], L.lines.firstActorRow, L.lines.lastActorRow));
  const actorCol = colName(X.col.actor);
  const isPublic = `=IF(IFERROR(INDEX(${actors("kind")},MATCH($${actorCol}${r},${actors("name")},0)),"")="${ACTOR_KIND.labels.public}",1,0)`;
  const spare = i >= c.lines.length;
  const kr = spare ? KR_BLANK_ZERO : GRID_FMT;
  const fields = line(r, X.col.row, [
    N(i + 1, FMT.int),
    Fx(`=${P("label")}&""`),
    Fx(`=${P("actor")}&""`),
    Fx(`=${P("direction")}&""`),
    Fx(`=${P("category")}&""`),
    Fx(`=${P("role")}&""`),
    Fx(`=${P("basis")}&""`),
    Fx(amountFormula(c, L, i, P("amount")), spare ? `${amountFormat(c)};-${amountFormat(c)};` : amountFormat(c)),
    Fx(`=IF(${P("fromYear")}="",1,${P("fromYear")})`, spare ? "0;-0;" : FMT.int),
    Fx(`=IF(${P("toYear")}="",${L.assumption("horizon")},${P("toYear")})`, spare ? "0;-0;" : FMT.int),
    Fx(isPublic, spare ? "0;-0;" : FMT.int),
  ]);
  const yearly = yearlyAmountOf(L, i, conversionFactor(L, i));
  const values = yearRow(X.years, r, null, (t) => Fx(lineValue(L, r, t, yearly?.(t)), kr), { labelCol: X.col.row });
  const own = addr(r, X.checkCol.problem);
  const prev = i === 0 ? undefined : addr(r - 1, X.checkCol.first);
  const ownChecks = checksOnProjection(L) ? { row: r, col: X.checkCol.first + 1 } : undefined;
  const checks = line(r, X.checkCol.problem, [
    Fx(lineProblem(L, L.lines.firstRow + i, ownChecks), undefined, "note"),
    Fx(firstProblem(prev, own), undefined, "note"),
    ...(ownChecks ? lineCheckCells(L, L.lines.firstRow + i) : []),
  ]);
  return [fields, values, cell(r, X.col.presentValue, Fx(`=SUM(${X.years.span(r)})`, kr, "total")), checks];
}

/**
 * A row of sums over the years, its label in the actor column (and an optional key in the
 * category column); a label "Kind – name" is printed as the kind in Benämning and the name beside
 * it (both repeated on every page, neither cut).
 */
function seriesRow(
  L: Layout,
  row: number,
  label: string,
  formula: (t: number, col: string) => string,
  opts: { style?: "total" | "note"; fmt?: string; key?: string; whole?: boolean } = {},
): Block {
  const X = L.projection;
  const style = opts.style === "total" ? "total" : opts.style === "note" ? "note" : "label";
  // a label that names no actor (a perspective's) is printed whole in Benämning, which is wide
  // for the lines' own labels anyway: Aktör keeps the width of the actors' names
  const [kind, name] = opts.whole
    ? [label, undefined]
    : label.includes(" – ")
      ? label.split(" – ")
      : [undefined, label];
  const between = {
    ...(name === undefined ? {} : { [X.col.actor]: T(name, style) }),
    ...(opts.key === undefined ? {} : { [X.col.category]: T(opts.key) }),
  };
  const cellFor = (t: number) => Fx(formula(t, X.years.letter(t)), opts.fmt ?? GRID_FMT, opts.style);
  const kindCell = kind === undefined ? null : T(kind, style);
  return yearRow(X.years, row, kindCell, cellFor, { labelCol: X.col.label, between });
}

/** The sections under the lines: per actor, per category and per perspective, annual and accumulated. */
function sections(c: Case, L: Layout): Block[] {
  const X = L.projection;
  const Y = X.years;
  const rng = (cl: string) => `${cl}$${X.firstLine}:${cl}$${X.lastLine}`;
  const title = (row: number, text: string) => yearHeader(Y, row, T(text, "header"), X.col.label);
  const blocks: Block[] = [title(X.actorAnnual.header, "Årligt per aktör (egna poster)")];
  for (const a of c.actors) {
    const row = X.actorAnnual.row[a.id];
    blocks.push(
      seriesRow(L, row, a.name, (_t, cl) => `=SUMIF(${lineCol(L, "actor")},$${colName(X.col.actor)}${row},${rng(cl)})`),
    );
  }
  blocks.push(title(X.actorAcc.header, "Ackumulerat per aktör"));
  for (const a of c.actors) {
    const row = X.actorAcc.row[a.id];
    blocks.push(seriesRow(L, row, a.name, accumulated(Y, row, X.actorAnnual.row[a.id])));
  }
  blocks.push(title(X.categoryAnnual.header, "Årligt per kostnadslag"));
  for (const cat of CATEGORY.values) {
    const row = X.categoryAnnual.row[cat];
    const f = (_t: number, cl: string) =>
      `=SUMIF(${lineCol(L, "category")},$${colName(X.col.category)}${row},${rng(cl)})`;
    blocks.push(seriesRow(L, row, CATEGORY_PLURAL[cat], f, { key: CATEGORY.labels[cat] }));
  }
  blocks.push(title(X.categoryAcc.header, "Ackumulerat per kostnadslag"));
  for (const cat of CATEGORY.values) {
    const row = X.categoryAcc.row[cat];
    blocks.push(seriesRow(L, row, CATEGORY_PLURAL[cat], accumulated(Y, row, X.categoryAnnual.row[cat])));
  }
  return [...blocks, ...perspectiveSection(L), ...actorHelperBlocks(c, L, X.actorHelper)];
}

function perspectiveSection(L: Layout): Block[] {
  const X = L.projection;
  const Y = X.years;
  const blocks: Block[] = [yearHeader(Y, X.perspectives.header, T("Perspektiv", "header"), X.col.label)];
  const rng = (cl: string) => `${cl}$${X.firstLine}:${cl}$${X.lastLine}`;
  for (const p of BASE_PERSPECTIVES) {
    const label = PERSPECTIVE.labels[p];
    const { annual, acc, neg } = X.perspectives.row[p];
    const crit = perspectiveCriteria(p, lineCol(L, "isPublic"), lineCol(L, "category"));
    const sum = (_t: number, cl: string) => (crit.length ? `=SUMIF(${crit.join(",")},${rng(cl)})` : `=SUM(${rng(cl)})`);
    blocks.push(
      seriesRow(L, annual, `Årligt – ${label}`, sum, { whole: true }),
      seriesRow(L, acc, `Ackumulerat – ${label}`, accumulated(Y, acc, annual), { style: "total", whole: true }),
      seriesRow(L, neg, `År med negativt ackumulerat – ${label}`, negativeYear(Y, acc, X.headerRow), {
        style: "note",
        fmt: FMT.int,
        whole: true,
      }),
    );
  }
  return blocks;
}

/** Top of the sheet: investment, benefit, NPV, ratio and break-even per perspective. */
function summary(L: Layout): Block[] {
  const X = L.projection;
  const S = X.summary;
  const pv = lineCol(L, "presentValue");
  const C = (k: keyof typeof S.col, row: number) => `${colName(S.col[k])}${row}`;
  const rows = BASE_PERSPECTIVES.map((p) => {
    const row = S.row[p];
    const crit = extraArgs(perspectiveCriteria(p, lineCol(L, "isPublic"), lineCol(L, "category")));
    const role = lineCol(L, "role");
    const { acc, neg } = X.perspectives.row[p];
    return line(row, S.col.label, [
      T(PERSPECTIVE.labels[p], "label"),
      Fx(`=-SUMIFS(${pv},${role},"${ROLE.labels.investment}"${crit})`, FMT.kr),
      Fx(`=SUMIFS(${pv},${role},"<>${ROLE.labels.investment}"${crit})`, FMT.kr),
      Fx(`=${C("benefit", row)}-${C("investment", row)}`, FMT.kr, "total"),
      Fx(`=IF(${C("investment", row)}=0,"",${C("benefit", row)}/${C("investment", row)})`, FMT.ratio),
      Fx(breakEven(X.years, acc, neg), FMT.int),
    ]);
  });
  const title = T(`Sammanfattning över ${L.H} år (nuvärden)`, "header");
  return [
    cell(S.titleRow, S.col.label, title),
    table(S.headerRow, S.col.label, SUMMARY_HEADERS, []),
    ...rows,
    ...successesColumns(L),
  ];
}

/** The accumulated value per category at milestone years (as table 4.3 in Nilsson 2017). */
function milestones(L: Layout): Block[] {
  const X = L.projection;
  const M = X.milestones;
  const at = (row: number, style?: "total") => M.years.map((y) => Fx(`=${X.years.letter(y)}${row}`, FMT.kr, style));
  const title = T("Milstolpar: ackumulerat per kostnadslag (jfr tabell 4.3 i Nilsson 2017)", "header");
  return [
    cell(M.titleRow, 2, title),
    line(M.yearRow, 2, [T("År", "header"), ...M.years.map((y) => N(y, FMT.int, "header"))]),
    ...CATEGORY.values.map((cat) =>
      line(M.row[cat], 2, [T(CATEGORY_PLURAL[cat], "label"), ...at(X.categoryAcc.row[cat])]),
    ),
    line(M.totalRow, 2, [T("Summa", "total"), ...at(X.perspectives.row.total.acc, "total")]),
  ];
}

function chart(L: Layout): ChartSpec {
  const X = L.projection;
  return {
    title: "Ackumulerat netto per perspektiv (investeringspuckeln)",
    type: "line",
    categories: X.years.span(X.headerRow, true),
    series: BASE_PERSPECTIVES.map((p) => ({
      name: PERSPECTIVE.labels[p],
      values: X.years.span(X.perspectives.row[p].acc, true),
    })),
    // under the summary and the milestones, on the first printed page
    at: { col: 2, row: X.chartRow, cols: 7, rows: 18 },
  };
}

export function projectionSheet({ c, layout: L }: SheetInput): SheetModel {
  const X = L.projection;
  const year1 = L.timing
    ? `År 1 diskonteras enligt Diskontering på bladet ${L.sheets.assumptions}`
    : "År 1 diskonteras inte";
  const subtitle = `Diskonterade värden i kronor, ${c.priceYear} års priser. ${year1}. Posterna hämtas från bladet ${L.sheets.lines}.`;
  const grid = [
    table(X.headerRow, X.col.row, GRID_HEADERS, []),
    yearHeader(X.years, X.headerRow),
    cell(X.headerRow, X.col.presentValue, T("Nuvärde", "header")),
    line(X.headerRow, X.checkCol.problem, [
      T("Kontroll av posten", "header"),
      T("Första problemet", "header"),
      ...(checksOnProjection(L) ? lineCheckHeaders().map((h) => T(h, "header")) : []),
    ]),
    ...Array.from({ length: c.lines.length + L.lines.spare }, (_l, i) => lineRow(c, L, i)).flat(),
    ...spareNote(c, L),
  ];
  const built = sheet(
    "projection",
    L.sheets.projection,
    [
      titled(`Prognos – ${c.title}`, subtitle),
      ...summary(L),
      ...milestones(L),
      ...perspectiveMilestones(L),
      ...(L.timing ? continuingFactorRows(L) : factorRows(L)),
      ...grid,
      ...sections(c, L),
    ],
    {
      // narrow to begin with: print.ts widens each column to its longest label or number
      columnWidths: [6, 30, 16, ...GRID_FIELD_WIDTHS, ...Array<number>(L.H).fill(10), 12, 3, 40, 40],
      charts: [chart(L)],
      freeze: { rows: 0, cols: 2 },
    },
  );
  return { ...built, print: projectionPrint(c, L, built) };
}

/** The line fields' columns, Riktning to Offentlig: narrow, widened to their longest value (print.ts). */
const GRID_FIELD_WIDTHS = [9, 11, 11, 10, 14, 8, 8, 9];

/**
 * The spare rows are visible, empty until a line is added on Poster, and say so; they compute
 * with the rest but are left out of the printout (a printout of a workbook with lines added by
 * hand would leave them out: made anew, they are lines like the others).
 */
function spareNote(c: Case, L: Layout): Block[] {
  const X = L.projection;
  const first = X.firstLine + c.lines.length;
  const text =
    `Raderna ${first}–${X.lastLine} är reservrader: en post som läggs till på bladet ${L.sheets.lines} räknas där ` +
    `(och i summorna), men skrivs inte ut. Skapa arbetsboken på nytt för en utskrift med den.`;
  return [cell(X.lastLine + 1, X.col.label, T(text, "note"))];
}

/**
 * Prognos on paper: first the summary, the milestones and the chart on one page; then the year
 * grid of the lines (their fields, then the years in blocks beside Post, Benämning and Aktör);
 * then the sums per actor, category and perspective (the years in blocks beside their labels).
 * The blocks of years go down before over, so each block of years reads through; print.ts sets
 * the scale and the breaks from the columns' widths.
 */
function projectionPrint(c: Case, L: Layout, built: SheetModel): PrintSpec {
  const X = L.projection;
  const ch = chart(L).at;
  const topEnd = ch.row + ch.rows;
  const used = (r: (CellSpec | null)[]) => r.reduce((last, x, i) => (x ? i + 1 : last), 0);
  const topCols = Math.max(ch.col + ch.cols, ...built.cells.slice(0, topEnd).map(used));
  const pv = colName(X.col.presentValue);
  const lastCaseLine = X.firstLine + c.lines.length - 1;
  return {
    landscape: true,
    fitToWidth: false,
    titleCols: `A:${colName(X.col.actor)}`,
    pageOrder: "downThenOver",
    area: [
      `A1:${addr(topEnd, topCols)}`,
      `A${X.factors.titleRow}:${pv}${lastCaseLine}`,
      `${X.years.letter(1)}${X.actorAnnual.header}:${pv}${built.cells.length}`,
    ].join(","),
    yearBlocks: { first: X.years.first, last: X.years.last, through: X.col.presentValue },
  };
}
