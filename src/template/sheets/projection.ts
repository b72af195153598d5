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
import type { ChartSpec, SheetModel } from "../model";
import { conversionFactor, unitCostAmountFormula } from "./assumptions";
import { actorHelperBlocks } from "./actor-horizon";
import { firstProblem, lineProblem } from "./checks";
import { continuingFactorRows } from "./continuing";
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
const KR_BLANK_ZERO = `${FMT.kr};-${FMT.kr};`;

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

/** Factors with four decimals (the per-person one can be in the thousands). */
const FACTOR_FMT = "#,##0.0000";

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
  const row = (r: number, label: string, f: (t: number) => string) =>
    yearRow(Y, r, T(label, "label"), (t) => Fx(f(t), FACTOR_FMT), { labelCol: X.col.actor });
  return [
    yearHeader(Y, F.titleRow, T("Årsfaktorer som varje posts värde använder", "header"), X.col.actor),
    row(
      F.row.perSuccess,
      "Effekt per person med utfall: N·(1−ρ)^(t−1)·k·((1−λ)(1+g))^(t−1)",
      (t) => `=${a("successes")}*${powT(`1-${a("relapse")}`, tc(t))}*${effect(t)}`,
    ),
    row(F.row.total, "Effekt per post (totalt): k·((1−λ)(1+g))^(t−1)", (t) => `=${effect(t)}`),
    row(F.row.discount, "Diskonteringsfaktor δ(t)", discount),
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
  const kr = spare ? KR_BLANK_ZERO : FMT.kr;
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
  const checks = line(r, X.checkCol.problem, [
    Fx(lineProblem(L, L.lines.firstRow + i), undefined, "note"),
    Fx(firstProblem(prev, own), undefined, "note"),
  ]);
  return [fields, values, cell(r, X.col.presentValue, Fx(`=SUM(${X.years.span(r)})`, kr, "total")), checks];
}

/** A row of sums over the years, its label in the actor column (and an optional key in the category column). */
function seriesRow(
  L: Layout,
  row: number,
  label: string,
  formula: (t: number, col: string) => string,
  opts: { style?: "total" | "note"; fmt?: string; key?: string } = {},
): Block {
  const X = L.projection;
  const between = opts.key === undefined ? {} : { [X.col.category]: T(opts.key) };
  const cellFor = (t: number) => Fx(formula(t, X.years.letter(t)), opts.fmt ?? FMT.kr, opts.style);
  const labelCell = T(label, opts.style === "total" ? "total" : "label");
  return yearRow(X.years, row, labelCell, cellFor, { labelCol: X.col.actor, between });
}

/** The sections under the lines: per actor, per category and per perspective, annual and accumulated. */
function sections(c: Case, L: Layout): Block[] {
  const X = L.projection;
  const Y = X.years;
  const rng = (cl: string) => `${cl}$${X.firstLine}:${cl}$${X.lastLine}`;
  const title = (row: number, text: string) => yearHeader(Y, row, T(text, "header"), X.col.actor);
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
  const blocks: Block[] = [yearHeader(Y, X.perspectives.header, T("Perspektiv", "header"), X.col.actor)];
  const rng = (cl: string) => `${cl}$${X.firstLine}:${cl}$${X.lastLine}`;
  for (const p of BASE_PERSPECTIVES) {
    const label = PERSPECTIVE.labels[p];
    const { annual, acc, neg } = X.perspectives.row[p];
    const crit = perspectiveCriteria(p, lineCol(L, "isPublic"), lineCol(L, "category"));
    const sum = (_t: number, cl: string) => (crit.length ? `=SUMIF(${crit.join(",")},${rng(cl)})` : `=SUM(${rng(cl)})`);
    blocks.push(
      seriesRow(L, annual, `Årligt – ${label}`, sum),
      seriesRow(L, acc, `Ackumulerat – ${label}`, accumulated(Y, acc, annual), { style: "total" }),
      seriesRow(L, neg, `Hjälprad: år med negativt ackumulerat – ${label}`, negativeYear(Y, acc, X.headerRow), {
        style: "note",
        fmt: FMT.int,
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
    line(X.headerRow, X.checkCol.problem, [T("Kontroll av posten", "header"), T("Första problemet", "header")]),
    ...Array.from({ length: c.lines.length + L.lines.spare }, (_l, i) => lineRow(c, L, i)).flat(),
  ];
  return sheet(
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
      columnWidths: [6, 30, 30, ...Array<number>(8).fill(15), ...Array<number>(L.H).fill(14), 16, 3, 40, 40],
      charts: [chart(L)],
      freeze: { rows: 0, cols: 2 },
      print: {
        landscape: true,
        fitToWidth: true,
        pagesWide: 3,
        titleCols: "A:C",
        // through the labelled helper rows of break-even (per perspective and per actor)
        area: `A1:${addr(Math.max(X.perspectives.row.economic.neg, ...Object.values(X.actorHelper.neg)), X.col.presentValue)}`,
      },
      // the spare rows stay out of sight until a line is added; the helper rows of break-even are shown
      hiddenRows: Array.from({ length: L.lines.spare }, (_x, i) => X.firstLine + c.lines.length + i),
    },
  );
}
