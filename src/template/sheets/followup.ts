import type { Case } from "../../engine";
import { BASIS, DIRECTION, ROLE } from "../../engine/vocabulary";
import {
  FMT,
  Fx,
  N,
  T,
  addr,
  cell,
  colName,
  numberRule,
  sheet,
  titled,
  yearHeader,
  yearRow,
  type Block,
} from "../cells";
import type { Layout } from "../layout";
import type { ProjectionColumn } from "./projection.layout";
import type { CellSpec, SheetModel } from "../model";
import type { SheetInput } from "./input";

/**
 * Uppföljning: actual persons in outcome per year and actual investment amounts are entered
 * here (blank = the plan); every line's value is recomputed with native formulas, against the
 * plan on Prognos, with the updated forecast for the years after.
 */

const SUBTITLE =
  "Skriv faktiskt antal med utfall och faktiska insatsbelopp för år som har passerat; tomt betyder planen. Senare år räknas ned från det senaste faktiska antalet med återfallet.";

const input = (v: number | undefined, fmt: string): CellSpec =>
  v === undefined ? { v: "", style: "input" } : N(v, fmt, "input");

/** The input rows: actual persons per year and actual amounts of the investment lines. */
function inputs(c: Case, L: Layout): Block[] {
  const F = L.followup;
  const byYear = new Map((c.followUp?.years ?? []).map((y) => [y.year, y]));
  const persons = yearRow(F.years, F.actualRow, T("Faktiskt antal med utfall", "label"), (t) =>
    input(byYear.get(t)?.successes, FMT.persons),
  );
  const amounts = [...F.investmentRow].map(([i, row]) => {
    const l = c.lines[i];
    const label = T(`Faktiskt belopp, post ${i + 1}${l.label ? `: ${l.label}` : ""}`, "label");
    const amount = (t: number) => byYear.get(t)?.investment?.find((x) => x.line === i)?.amount;
    return yearRow(F.years, row, label, (t) => input(amount(t), FMT.kr));
  });
  return [persons, ...amounts];
}

/** Helpers (the latest year with an actual count, and that count) and the persons in outcome per year. */
function persons(L: Layout): Block[] {
  const F = L.followup;
  const cl = (t: number) => F.years.letter(t);
  const has = (t: number) => `ISNUMBER(${cl(t)}${F.actualRow})`;
  const latestYear = (t: number) =>
    t === 1 ? `=IF(${has(t)},1,0)` : `=IF(${has(t)},${cl(t)}$${F.headerRow},${cl(t - 1)}${F.latestYearRow})`;
  const latestValue = (t: number) =>
    t === 1
      ? `=IF(${has(t)},${cl(t)}${F.actualRow},0)`
      : `=IF(${has(t)},${cl(t)}${F.actualRow},${cl(t - 1)}${F.latestValueRow})`;
  const relapse = L.assumption("relapse");
  const personsFor = (t: number) => {
    const tc = `${cl(t)}$${F.headerRow}`;
    const plan = `${L.assumption("successes")}*IF(${tc}=1,1,(1-${relapse})^(${tc}-1))`;
    const decline =
      t === 1
        ? plan
        : `IF(${cl(t - 1)}${F.latestYearRow}>0,${cl(t - 1)}${F.latestValueRow}*(1-${relapse})^(${tc}-${cl(t - 1)}${F.latestYearRow}),${plan})`;
    return `=IF(${has(t)},${cl(t)}${F.actualRow},${decline})`;
  };
  return [
    yearRow(F.years, F.latestYearRow, T("Hjälprad: senaste år med faktiskt antal", "note"), (t) =>
      Fx(latestYear(t), FMT.int, "note"),
    ),
    yearRow(F.years, F.latestValueRow, T("Hjälprad: senaste faktiska antal", "note"), (t) =>
      Fx(latestValue(t), FMT.personsForecast, "note"),
    ),
    yearRow(F.years, F.personsRow, T("Personer i utfall (faktiskt, annars prognos)", "label"), (t) =>
      Fx(personsFor(t), FMT.personsForecast),
    ),
    yearRow(F.years, F.effectRow, T("Multiplikator per person (personer × effekt × δ)", "label"), (t) => {
      const at = (row: number) => L.ref("projection", `${L.projection.years.letter(t)}$${row}`);
      const f = L.projection.factors.row;
      return Fx(`=${F.years.letter(t)}$${F.personsRow}*${at(f.total)}*${at(f.discount)}`, FMT.factor);
    }),
  ];
}

/**
 * A line's sign and amount as Uppföljning uses them (the `followsCol` right of the years): for a
 * per-person effect, sign × amount, multiplied in each year by the effect row; for a line that was
 * an investment when the book was made (and is one still), its sign, multiplied by the actual
 * amount; "" for a line that follows the plan. Read from the line's row on Prognos, so an edit on
 * Poster moves it.
 */
function follows(L: Layout, i: number): string {
  const X = L.projection;
  const P = (k: ProjectionColumn) => L.ref("projection", `$${colName(X.col[k])}${X.firstLine + i}`);
  const s = `IF(${P("direction")}="${DIRECTION.labels.revenue}",1,-1)`;
  if (L.followup.investmentRow.has(i)) return `=IF(${P("role")}="${ROLE.labels.investment}",${s},"")`;
  return `=IF(AND(${P("role")}<>"${ROLE.labels.investment}",${P("basis")}="${BASIS.labels.perSuccess}"),${s}*${P("amount")},"")`;
}

/**
 * Year t of line i: within the line's years, its sign and amount (`follows`) times the effect row
 * (a per-person effect, with the persons in outcome of this sheet), or its sign times the actual
 * amount where one is given (an investment); else the plan (Prognos's value). The year is read
 * from the header row, and the line's cells on Prognos by a relative row ($F44): the formula of
 * the row below is this one moved down, so a column of lines is one shared formula in the file.
 */
function lineValue(L: Layout, i: number, t: number): string {
  const F = L.followup;
  const X = L.projection;
  const pr = X.firstLine + i;
  const P = (k: ProjectionColumn) => L.ref("projection", `$${colName(X.col[k])}${pr}`);
  const cl = F.years.letter(t);
  const year = `${cl}$${F.headerRow}`;
  const planValue = L.ref("projection", `${X.years.letter(t)}${pr}`);
  const w = `$${colName(F.followsCol)}${F.firstLine + i}`;
  const inWindow = `AND(${year}>=${P("fromYear")},${year}<=${P("toYear")},${year}<=${L.assumption("horizon")})`;
  const ir = F.investmentRow.get(i);
  if (ir === undefined) return `=IF(ISNUMBER(${w}),IF(${inWindow},${w}*${cl}$${F.effectRow},0),${planValue})`;
  // a line that was an investment when the book was made: its actual amount where one is given, else the plan
  const delta = L.ref("projection", `${X.years.letter(t)}$${X.factors.row.discount}`);
  return `=IF(AND(ISNUMBER(${w}),ISNUMBER(${cl}$${ir})),IF(${inWindow},${w}*${cl}$${ir}*${delta},0),${planValue})`;
}

function lineRows(c: Case, L: Layout): Block[] {
  const F = L.followup;
  const X = L.projection;
  const onPrognos = (i: number, col: number) => L.ref("projection", `$${colName(col)}${X.firstLine + i}`);
  return [
    cell(F.linesTitleRow, 1, T("Per post: utfall och prognos (diskonterat)", "header")),
    cell(F.linesTitleRow, F.followsCol, T("Följer utfallet: tecken × belopp per person (en insats: tecken)", "header")),
    ...c.lines.map((_l, i) =>
      yearRow(
        F.years,
        F.firstLine + i,
        Fx(`="Post "&${onPrognos(i, X.col.row)}&": "&${onPrognos(i, X.col.actor)}`, undefined, "label"),
        (t) => Fx(lineValue(L, i, t), FMT.kr),
        { between: { [F.followsCol]: Fx(follows(L, i), FMT.count, "note") } },
      ),
    ),
  ];
}

/** Plan, actual-and-updated and variance per year, with their present values. */
function totals(L: Layout): Block[] {
  const F = L.followup;
  const Y = F.years;
  const cl = (t: number) => Y.letter(t);
  const pv = (r: number) => addr(r, F.presentValueCol);
  const X = L.projection;
  const plan = (t: number) => `=${L.ref("projection", `${X.years.letter(t)}$${X.perspectives.row.total.annual}`)}`;
  const updated = (t: number) => `=SUM(${cl(t)}${F.firstLine}:${cl(t)}${F.lastLine})`;
  const variance = (t: number) => `=${cl(t)}${F.updatedRow}-${cl(t)}${F.planRow}`;
  const row = (r: number, label: string, total: string, f: (t: number) => string) =>
    yearRow(Y, r, T(label, "total"), (t) => Fx(f(t), FMT.kr, "total"), {
      between: { [F.presentValueCol]: Fx(total, FMT.kr, "total") },
    });
  return [
    cell(F.planRow - 1, F.presentValueCol, T("Nuvärde", "header")),
    row(F.planRow, "Plan (bladet Prognos)", `=SUM(${Y.span(F.planRow)})`, plan),
    row(F.updatedRow, "Utfall och uppdaterad prognos", `=SUM(${Y.span(F.updatedRow)})`, updated),
    row(F.varianceRow, "Avvikelse (utfall − plan)", `=${pv(F.updatedRow)}-${pv(F.planRow)}`, variance),
  ];
}

export function followUpSheet({ c, layout: L }: SheetInput): SheetModel {
  const F = L.followup;
  return sheet(
    "followup",
    L.sheets.followup,
    [
      titled("Uppföljning: plan mot utfall", SUBTITLE),
      yearHeader(F.years, F.headerRow, T("År", "header")),
      ...inputs(c, L),
      ...persons(L),
      ...lineRows(c, L),
      ...totals(L),
    ],
    {
      columnWidths: [46, 16, ...Array<number>(L.H).fill(14), 18],
      freeze: { rows: 0, cols: 1 },
      print: { landscape: true, fitToWidth: true, pagesWide: 2, titleCols: "A:A" },
      // the two helper rows are labelled ("Hjälprad: …") and shown: nothing a reader must open (issue 22)
      validations: [
        numberRule(
          F.years.span(F.actualRow),
          "decimal",
          0,
          1e9,
          "Ogiltigt antal",
          "Faktiskt antal med utfall: 0 eller mer; tomt betyder planen.",
        ),
        ...[...F.investmentRow.values()].map((r) =>
          numberRule(
            F.years.span(r),
            "decimal",
            0,
            1e15,
            "Ogiltigt belopp",
            "Faktiskt belopp i kronor, 0 eller mer; tomt betyder planen.",
          ),
        ),
      ],
    },
  );
}
