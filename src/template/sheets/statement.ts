import { BASE_PERSPECTIVES, DIRECTION, PERSPECTIVE } from "../../engine/vocabulary";
import { FMT, Fx, T, addr, cell, colName, colRange, line, sheet, table, titled, type Block } from "../cells";
import type { Layout } from "../layout";
import type { ChartSpec, SheetModel } from "../model";
import type { SheetInput } from "./input";
import { SUMMARY_HEADERS } from "./shared";
import { undiscountYear1 } from "./continuing";
import { keyFiguresBlock } from "./keyfigures";
import { statementSuccesses } from "./successes";
import { actorHorizonBlocks, actorLabel, members } from "./actor-horizon";
import { signatureBlocks } from "./signature";

/**
 * Resultaträkning: year 1 per actor (revenue, cost, net, from the actor's own lines on Prognos)
 * and the perspectives over the horizon, read from Prognos's summary.
 */

function actorRows(input: SheetInput): Block[] {
  const { c, layout: L } = input;
  const S = L.statement;
  const X = L.projection;
  const y1 = L.projectionLines(X.years.col(1));
  const actor = L.projectionLines(X.col.actor);
  const direction = L.projectionLines(X.col.direction);
  const revenue = `"${DIRECTION.labels.revenue}"`;
  const C = (k: keyof typeof S.col, r: number) => `${colName(S.col[k])}${r}`;
  const undo = undiscountYear1(L);
  const rows = c.actors.map((a) => {
    const r = S.actorRow[a.id];
    const own = `${y1},${actor},$${C("actor", r)},${direction}`;
    return line(r, S.col.actor, [
      T(a.name, "label"),
      Fx(`=SUMIFS(${own},${revenue})${undo}`, FMT.kr),
      Fx(`=-SUMIFS(${own},"<>${DIRECTION.labels.revenue}")${undo}`, FMT.kr),
      Fx(`=${C("revenue", r)}-${C("cost", r)}`, FMT.kr, "total"),
      T(a.parent ? c.actors.find((p) => p.id === a.parent)!.name : ""),
    ]);
  });
  const sum = (k: keyof typeof S.col) => Fx(`=SUM(${C(k, S.firstActor)}:${C(k, S.lastActor)})`, FMT.kr, "total");
  const headers = ["Aktör", DIRECTION.labels.revenue, DIRECTION.labels.cost, "Netto", "Ingår i"];
  return [
    table(S.headerRow, S.col.actor, headers, []),
    ...rows,
    line(S.totalRow, S.col.actor, [T("Summa", "total"), sum("revenue"), sum("cost"), sum("net")]),
    ...parentRows(input),
  ];
}

/** Year 1 of each actor with units, its units included (they are also in the rows above, so not in the sum). */
function parentRows({ c, layout: L }: SheetInput): Block[] {
  const S = L.statement;
  return Object.entries(S.parentRow).map(([id, r]) => {
    const rows = members(c, id).map((m) => S.actorRow[m]);
    const add = (k: "revenue" | "cost" | "net") =>
      Fx(`=${rows.map((x) => `${colName(S.col[k])}${x}`).join("+")}`, FMT.kr, k === "net" ? "total" : undefined);
    return line(r, S.col.actor, [
      T(`varav ${actorLabel(c, id)}`, "label"),
      add("revenue"),
      add("cost"),
      add("net"),
      T(
        members(c, id)
          .map((m) => c.actors.find((a) => a.id === m)!.name)
          .join(", "),
        "note",
      ),
    ]);
  });
}

function perspectiveRows(L: Layout): Block[] {
  const S = L.statement.perspectives;
  const P = L.projection.summary;
  const title = `Över ${L.H} år (nuvärden, diskonteringsränta enligt bladet ${L.sheets.assumptions})`;
  const rows = BASE_PERSPECTIVES.map((p) => {
    const ref = (k: keyof typeof P.col) => `=${L.ref("projection", addr(P.row[p], P.col[k], true))}`;
    return line(S.row[p], 1, [
      T(PERSPECTIVE.labels[p], "label"),
      Fx(ref("investment"), FMT.kr),
      Fx(ref("benefit"), FMT.kr),
      Fx(ref("npv"), FMT.kr, "total"),
      Fx(ref("roi"), FMT.ratio),
      Fx(ref("breakEven"), FMT.int),
    ]);
  });
  return [
    cell(S.titleRow, 1, T(title, "header")),
    table(S.headerRow, 1, SUMMARY_HEADERS, []),
    ...rows,
    ...statementSuccesses(L),
  ];
}

function chart(L: Layout): ChartSpec {
  const S = L.statement;
  return {
    title: "Netto per aktör år 1",
    type: "bar",
    categories: colRange(S.col.actor, S.firstActor, S.lastActor),
    series: [{ name: "Netto", values: colRange(S.col.net, S.firstActor, S.lastActor) }],
    at: { col: 1, row: S.chartRow, cols: 5, rows: 20 },
  };
}

export function statementSheet(input: SheetInput): SheetModel {
  const { c, layout: L } = input;
  const subtitle = [`År 1, kronor i ${c.priceYear} års priser`, c.activity, c.municipality].filter(Boolean).join(". ");
  const note = `Antaganden: bladet ${L.sheets.assumptions}. Metod: bladet ${L.sheets.method}. Kontroll: bladet ${L.sheets.revision}.`;
  return sheet(
    "statement",
    L.sheets.statement,
    [
      titled(`Socioekonomisk resultaträkning – ${c.title}`, `${subtitle}.`),
      ...actorRows(input),
      ...perspectiveRows(L),
      ...keyFiguresBlock(input),
      ...actorHorizonBlocks(c, L, L.statement.actorHorizon, L.projection.actorHelper),
      ...signatureBlocks(input),
      cell(L.statement.noteRow, 1, T(note, "note")),
      line(L.statement.statusRow, 1, [
        T("Kontroll (bladet Revision)", "label"),
        Fx(`=${L.name("Revision_Status")}`, undefined, "check"),
      ]),
      line(L.statement.inputsRow, 1, [T("Indata", "label"), Fx(`=${L.name("Inputs_Status")}`, undefined, "check")]),
    ],
    {
      columnWidths: [30, 16, 16, 16, 22, 30],
      charts: [chart(L)],
      freeze: { rows: L.statement.headerRow, cols: 1 },
      print: { landscape: false, fitToWidth: true, pagesTall: 1 },
    },
  );
}
