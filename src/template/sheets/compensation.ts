import { FMT, Fx, N, T, addr, cell, colName, line, sheet, table, titled, type Block } from "../cells";
import type { Layout } from "../layout";
import type { SheetModel } from "../model";
import type { SheetInput } from "./input";

/**
 * Omfördelning: public actors with a negative present value over the horizon are made whole by
 * those with a positive one, in proportion to their gains, as native formulas over Prognos.
 */

const TITLE = "Omfördelning mellan aktörer";

/** No public actors: nothing to move between budgets. */
function noPublicActors(L: Layout): SheetModel {
  const C = L.compensation;
  const subtitle = "Kalkylen har inga offentliga aktörer; det finns inga budgetar att föra över pengar mellan.";
  return sheet(
    "compensation",
    L.sheets.compensation,
    [
      titled(TITLE, subtitle),
      line(C.status.row, 1, [T("Status", "label"), T("Ingen förlorar", "check")]),
      line(C.total.row, 1, [T("Summa förluster", "label"), N(0, FMT.kr)]),
    ],
    { columnWidths: [34, 18], print: { landscape: true, fitToWidth: true } },
  );
}

/** Present value, gain and loss per public actor, their sums and the status. */
function balances({ c, layout: L }: SheetInput): Block[] {
  const C = L.compensation;
  const X = L.projection;
  const at = (k: keyof typeof C.col, r: number) => `${colName(C.col[k])}${r}`;
  const rows = C.actors.map((id, i) => {
    const r = C.firstRow + i;
    const pv = L.ref("projection", addr(X.actorAcc.row[id], X.years.last, true));
    return line(r, C.col.actor, [
      T(c.actors.find((a) => a.id === id)!.name, "label"),
      Fx(`=${pv}`, FMT.kr),
      Fx(`=MAX(0,${at("presentValue", C.firstRow + i)})`, FMT.kr),
      Fx(`=MAX(0,-${at("presentValue", C.firstRow + i)})`, FMT.kr),
    ]);
  });
  const last = C.totalRow - 1;
  const sum = (k: keyof typeof C.col) => Fx(`=SUM(${at(k, C.firstRow)}:${at(k, last)})`, FMT.kr, "total");
  const s = C.totalRow;
  const status = `=IF(${at("presentValue", s)}<0,"Inte möjlig: summan är negativ",IF(${at("loss", s)}=0,"Ingen förlorar","Möjlig"))`;
  return [
    table(C.headerRow, C.col.actor, ["Aktör", "Nuvärde (egna poster)", "Vinst", "Förlust"], []),
    ...rows,
    line(s, C.col.actor, [T("Summa", "total"), sum("presentValue"), sum("gain"), sum("loss")]),
    line(C.status.row, C.col.actor, [T("Status", "label"), Fx(status, undefined, "check")]),
  ];
}

/** Transfer from each winner (row) to each loser (column), and the sum transferred to each. */
function matrix({ c, layout: L }: SheetInput): Block[] {
  const C = L.compensation;
  const name = (id: string) => c.actors.find((a) => a.id === id)!.name;
  const abs = (k: keyof typeof C.col, r: number) => addr(r, C.col[k], true);
  const s = C.totalRow;
  const rows = C.actors.map((w, i) =>
    line(C.firstMatrixRow + i, 1, [
      T(name(w), "label"),
      ...C.actors.map((_l, j) =>
        Fx(
          `=IF(OR(${abs("presentValue", s)}<0,${abs("gain", s)}=0),0,${abs("loss", C.firstRow + j)}*${abs("gain", C.firstRow + i)}/${abs("gain", s)})`,
          FMT.kr,
        ),
      ),
    ]),
  );
  const sums = C.actors.map((_a, j) => {
    const cl = colName(C.firstMatrixCol + j);
    return Fx(`=SUM(${cl}${C.firstMatrixRow}:${cl}${C.transferRow - 1})`, FMT.kr, "total");
  });
  return [
    line(C.matrixHeaderRow, 1, [
      T("Överföring från (rad) till (kolumn), kr", "header"),
      ...C.actors.map((id) => T(name(id), "header")),
    ]),
    ...rows,
    line(C.transferRow, 1, [T("Summa överfört", "total"), ...sums]),
    cell(C.noteRow, 1, T(`Funktionen SOCINV.COMPENSATION och socinv calc visar samma överföringar som lista.`, "note")),
  ];
}

export function compensationSheet(input: SheetInput): SheetModel {
  const L = input.layout;
  const C = L.compensation;
  if (C.actors.length === 0) return noPublicActors(L);
  const subtitle = `Offentliga aktörer med negativt nuvärde över ${L.H} år görs skadeslösa av dem med positivt, i proportion till vinsterna: överföring = förlust × vinst / summan av vinsterna.`;
  return sheet("compensation", L.sheets.compensation, [titled(TITLE, subtitle), ...balances(input), ...matrix(input)], {
    columnWidths: [34, ...Array<number>(Math.max(3, C.actors.length)).fill(18)],
    print: { landscape: true, fitToWidth: true },
  });
}
