import type { Case, RepaymentSpec } from "../../engine";
import { ROLE } from "../../engine/vocabulary";
import {
  FMT,
  Fx,
  N,
  T,
  addr,
  colRange,
  line,
  numberRule,
  powT,
  sheet,
  titled,
  yearHeader,
  yearRow,
  type Block,
} from "../cells";
import type { Layout } from "../layout";
import type { RepaymentLayout } from "./repayment.layout";
import type { SheetModel, ValidationSpec } from "../model";
import type { SheetInput } from "./input";

/**
 * Återföring (when the case has a fund): what each paying unit pays back per year, the balance,
 * and the year the fund is repaid, as native formulas over Prognos. The units are chosen by
 * `payingUnits` in layout.ts.
 */

type FrameShare = Extract<RepaymentSpec, { model: "frameShare" }>;

/** The input cells of the sheet: fund, first year and the model's parameter. */
function cells(R: RepaymentLayout) {
  return {
    fund: addr(R.fundRow, R.valueCol, true),
    start: addr(R.startRow, R.valueCol, true),
    param: addr(R.paramRow, R.valueCol, true),
  };
}

const nameOf = (c: Case, id: string) => c.actors.find((a) => a.id === id)!.name;

/** Gain share: each unit's undiscounted gains, the due amount, the capped total and each unit's share of it. */
function gainShareRows(c: Case, L: Layout, R: RepaymentLayout): Block[] {
  const Y = R.years;
  const { fund, start, param } = cells(R);
  const X = L.projection;
  const due = R.dueRow!;
  const tc = (t: number) => `${Y.letter(t)}$${R.headerRow}`;
  // each actor's gains (its own lines on Prognos, investments left out), the actor named by its cell on Poster
  const actorCell = (id: string) =>
    L.ref("lines", addr(L.lines.firstActorRow + c.actors.findIndex((a) => a.id === id), L.lines.actorCol.name, true));
  const members = R.units.flatMap((u, i) =>
    R.memberRows[i].map(({ actor, row }) => {
      const f = (t: number) =>
        Fx(
          `=SUMIFS(${L.projectionLines(X.years.col(t))},${L.projectionLines(X.col.actor)},${actorCell(actor)},${L.projectionLines(X.col.role)},"<>${ROLE.labels.investment}")`,
          FMT.kr,
        );
      const part = actor === u ? "" : ` (ingår i ${nameOf(c, u)})`;
      return yearRow(Y, row, T(`Vinst, nuvärde – ${nameOf(c, actor)}${part}`, "note"), f);
    }),
  );
  const undo = (t: number) => {
    const delta = L.delta(t);
    return delta ? `/${delta}` : `*${powT(`1+${L.assumption("discountRate")}`, tc(t))}`;
  };
  const gains = R.units.map((u, i) => {
    const sum = (t: number) => R.memberRows[i].map(({ row }) => `${Y.letter(t)}${row}`).join("+");
    const f = (t: number) => Fx(`=MAX(0,(${sum(t)})${undo(t)})`, FMT.kr);
    return yearRow(Y, R.gainRows[i], T(`Odiskonterad vinst – ${nameOf(c, u)}`, "label"), f);
  });
  const dueFor = (t: number) =>
    Fx(`=IF(${tc(t)}>=${start},${param}*(${R.gainRows.map((r) => `${Y.letter(t)}${r}`).join("+")}),0)`, FMT.kr);
  const before = (t: number) => (t === 1 ? "0" : `SUM($${Y.letter(1)}${R.paidRow}:${Y.letter(t - 1)}${R.paidRow})`);
  const paidFor = (t: number) => Fx(`=MAX(0,MIN(${Y.letter(t)}${due},${fund}-${before(t)}))`, FMT.kr, "total");
  const pays = R.units.map((u, i) => {
    const f = (t: number) => {
      const cl = Y.letter(t);
      return Fx(`=IF(${cl}${due}=0,0,${cl}${R.paidRow}*${param}*${cl}${R.gainRows[i]}/${cl}${due})`, FMT.kr);
    };
    return yearRow(Y, R.payRows[i], T(`Betalning – ${nameOf(c, u)}`, "label"), f);
  });
  return [
    ...members,
    ...gains,
    yearRow(Y, due, T("Att betala före tak", "label"), dueFor),
    yearRow(Y, R.paidRow, T("Betalt totalt", "total"), paidFor),
    ...pays,
  ];
}

/** Frame share: equal yearly parts of the fund, shared between the units by their budget frames. */
function frameShareRows(c: Case, spec: FrameShare, R: RepaymentLayout): Block[] {
  const Y = R.years;
  const { fund, start, param } = cells(R);
  const frames = colRange(R.valueCol, R.frameRows[0], R.frameRows[R.frameRows.length - 1]);
  const frameInputs = R.units.map((u, i) =>
    line(R.frameRows[i], 1, [T(`Budgetram – ${nameOf(c, u)}`, "label"), N(spec.frames[u], FMT.kr, "input")]),
  );
  const pays = R.units.map((u, i) => {
    const frame = addr(R.frameRows[i], R.valueCol, true);
    const f = (t: number) => {
      const tc = `${Y.letter(t)}$${R.headerRow}`;
      return Fx(`=IF(AND(${tc}>=${start},${tc}<${start}+${param}),${fund}/${param}*${frame}/SUM(${frames}),0)`, FMT.kr);
    };
    return yearRow(Y, R.payRows[i], T(`Betalning – ${nameOf(c, u)}`, "label"), f);
  });
  const paidFor = (t: number) => Fx(`=${R.payRows.map((r) => `${Y.letter(t)}${r}`).join("+")}`, FMT.kr, "total");
  return [...frameInputs, ...pays, yearRow(Y, R.paidRow, T("Betalt totalt", "total"), paidFor)];
}

/** Balance, the helper of the repaid year, and the repaid year. */
function balanceRows(R: RepaymentLayout): Block[] {
  const Y = R.years;
  const { fund } = cells(R);
  const balance = (t: number) =>
    Fx(`=${fund}-SUM($${Y.letter(1)}${R.paidRow}:${Y.letter(t)}${R.paidRow})`, FMT.kr, "total");
  const helper = (t: number) =>
    Fx(`=IF(${Y.letter(t)}${R.balanceRow}<=0.005,${Y.letter(t)}$${R.headerRow},999)`, FMT.int);
  const span = Y.span(R.helperRow);
  return [
    yearRow(Y, R.balanceRow, T("Kvar att betala", "total"), balance),
    yearRow(Y, R.helperRow, T("Hjälprad: år då fonden är återbetald", "note"), helper),
    line(R.repaidRow, 1, [
      T("Återbetald år", "total"),
      Fx(`=IF(MIN(${span})=999,"Ej inom horisonten",MIN(${span}))`, FMT.int, "check"),
    ]),
  ];
}

function inputs(spec: RepaymentSpec, R: RepaymentLayout): Block[] {
  const param =
    spec.model === "gainShare"
      ? [T("Andel av vinsten", "label"), N(spec.share, FMT.percent, "input")]
      : [T("Antal år", "label"), N(spec.years, FMT.int, "input")];
  return [
    line(R.fundRow, 1, [T("Fond (kr)", "label"), N(spec.fund, FMT.kr, "input")]),
    line(R.startRow, 1, [T("Första år", "label"), N(spec.startYear ?? 1, FMT.int, "input")]),
    line(R.paramRow, 1, param),
  ];
}

export function repaymentSheet({ c, layout: L }: SheetInput): SheetModel | undefined {
  const spec = c.repayment;
  const R = L.repayment;
  if (!spec || !R) return undefined;
  const subtitle =
    spec.model === "gainShare"
      ? "Varje enhet betalar varje år en andel av sina odiskonterade effektvinster tills fonden är återbetald; sista betalningen kapas."
      : "Fonden betalas i lika årliga delar, fördelade mellan enheterna efter deras budgetramar.";
  const payments = spec.model === "gainShare" ? gainShareRows(c, L, R) : frameShareRows(c, spec, R);
  return sheet(
    "repayment",
    L.sheets.repayment,
    [
      titled("Återföring till den sociala investeringsfonden", subtitle),
      ...inputs(spec, R),
      yearHeader(R.years, R.headerRow, T("År", "header")),
      ...payments,
      ...balanceRows(R),
    ],
    {
      columnWidths: [40, 16, ...Array<number>(L.H).fill(14)],
      freeze: { rows: 0, cols: 1 },
      print: { landscape: true, fitToWidth: true, pagesWide: 2, titleCols: "A:A" },
      validations: repaymentRules(spec, R, L.H),
    },
  );
}

/** The inputs of the fund: amounts 0 or more, years within the horizon, a share 0–1. */
function repaymentRules(spec: RepaymentSpec, R: RepaymentLayout, H: number): ValidationSpec[] {
  const at = (row: number) => addr(row, R.valueCol);
  const kr = (row: number, what: string) =>
    numberRule(at(row), "decimal", 0, 1e15, "Ogiltigt belopp", `${what}: ett belopp i kronor, 0 eller mer.`);
  const param =
    spec.model === "gainShare"
      ? numberRule(at(R.paramRow), "decimal", 0, 1, "Ogiltig andel", "Andel av vinsten: 0–100 % (0–1).")
      : numberRule(at(R.paramRow), "whole", 1, 100, "Ogiltigt antal år", "Antal år: ett heltal 1–100.");
  return [
    kr(R.fundRow, "Fond"),
    numberRule(at(R.startRow), "whole", 1, H, "Ogiltigt år", `Första år: ett heltal 1–${H}.`),
    param,
    ...R.frameRows.map((r) => kr(r, "Budgetram")),
  ];
}
