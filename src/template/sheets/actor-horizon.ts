import { descendantsAndSelf, type Case } from "../../engine";
import { ROLE } from "../../engine/vocabulary";
import { FMT, Fx, T, addr, cell, colName, colRange, table, yearHeader, yearRow, type Block } from "../cells";
import type { CellSpec } from "../model";
import type { Layout } from "../layout";
import type { ActorHelperRows } from "./projection.layout";
import { GRID_FMT } from "./projection.rows";
import type { ActorHorizonRows } from "./statement.layout";

/**
 * Who invests, who gains and when: one row per actor over the horizon (investment, benefits, net
 * present value, break-even year), a parent with its units (the engine's perspective
 * `actor:<id>`). On Resultaträkning the table; on Prognos the labelled helper rows it reads —
 * each actor's accumulated value with its units and the years it is negative.
 */

/** The text for an actor without lines (it gets no break-even year). */
export const NO_LINES = "inga poster";

export const ACTOR_HORIZON_HEADERS = ["Aktör", "Investering", "Nytta", "Nettonuvärde", "Break-even år", "Omfattar"];

/** The members of an actor's row: itself and its units, in the case's order. */
export const members = (c: Case, id: string): string[] => [
  id,
  ...descendantsAndSelf(c.actors, id).filter((m) => m !== id),
];

/** The label of an actor's row: its name, and "med enheter" when it has units. */
export function actorLabel(c: Case, id: string): string {
  const a = c.actors.find((x) => x.id === id)!;
  return members(c, id).length > 1 ? `${a.name} med enheter` : a.name;
}

/** The cell of an actor's name on Poster (formulas refer to it, no name is typed into one). */
function nameCell(c: Case, L: Layout, id: string): string {
  const i = c.actors.findIndex((a) => a.id === id);
  return L.ref("lines", addr(L.lines.firstActorRow + i, L.lines.actorCol.name, true));
}

/** Prognos: one row per actor with its units accumulated, one per actor with the years it is negative. */
export function actorHelperBlocks(c: Case, L: Layout, H: ActorHelperRows): Block[] {
  const X = L.projection;
  const Y = X.years;
  const title = "Hjälptabell för break-even per aktör (med enheter)";
  const blocks: Block[] = [yearHeader(Y, H.titleRow, T(title, "header"), X.col.label)];
  for (const a of c.actors) {
    const parts = members(c, a.id).map((m) => X.actorAcc.row[m]);
    const acc = H.acc[a.id];
    const neg = H.neg[a.id];
    blocks.push(
      yearRow(
        Y,
        acc,
        T("Ackumulerat", "label"),
        (t) => Fx(`=${parts.map((r) => `${Y.letter(t)}${r}`).join("+")}`, GRID_FMT),
        { labelCol: X.col.label, between: { [X.col.actor]: T(actorLabel(c, a.id), "label") } },
      ),
      yearRow(
        Y,
        neg,
        T("År med negativt ackumulerat", "note"),
        (t) => Fx(`=IF(${Y.letter(t)}${acc}<0,${Y.letter(t)}$${H.titleRow},0)`, FMT.int, "note"),
        { labelCol: X.col.label, between: { [X.col.actor]: T(actorLabel(c, a.id), "note") } },
      ),
    );
  }
  return blocks;
}

/** Resultaträkning: the table per actor over the horizon. */
export function actorHorizonBlocks(c: Case, L: Layout, S: ActorHorizonRows, H: ActorHelperRows): Block[] {
  const X = L.projection;
  const Y = X.years;
  const range = (k: "presentValue" | "actor" | "role") =>
    L.ref("projection", colRange(X.col[k], X.firstLine, X.lastLine));
  const C = (k: keyof ActorHorizonRows["col"], r: number) => `${colName(S.col[k])}${r}`;
  const rows = c.actors.map((a) => {
    const r = S.row[a.id];
    // an actor's own lines, plus the rows of its direct units (each with its own units): short sums
    const own = nameCell(c, L, a.id);
    const units = c.actors.filter((x) => x.parent === a.id).map((x) => S.row[x.id]);
    const plus = (k: keyof ActorHorizonRows["col"]) => units.map((u) => `+${C(k, u)}`).join("");
    const byRole = (op: string) => `SUMIFS(${range("presentValue")},${range("actor")},${own},${range("role")},"${op}")`;
    const none = [`COUNTIF(${range("actor")},${own})=0`, ...units.map((u) => `${C("breakEven", u)}="${NO_LINES}"`)];
    const acc = L.ref("projection", addr(H.acc[a.id], Y.last, true));
    const neg = L.ref("projection", `${addr(H.neg[a.id], Y.first, true)}:${addr(H.neg[a.id], Y.last, true)}`);
    const covers = members(c, a.id)
      .map((m) => c.actors.find((x) => x.id === m)!.name)
      .join(", ");
    const cells: Record<keyof ActorHorizonRows["col"], CellSpec> = {
      actor: T(actorLabel(c, a.id), "label"),
      investment: Fx(`=-${byRole(ROLE.labels.investment)}${plus("investment")}`, FMT.kr),
      benefit: Fx(`=${byRole(`<>${ROLE.labels.investment}`)}${plus("benefit")}`, FMT.kr),
      npv: Fx(`=${C("benefit", r)}-${C("investment", r)}`, FMT.kr, "total"),
      breakEven: Fx(
        `=IF(${none.length > 1 ? `AND(${none.join(",")})` : none[0]},"${NO_LINES}",IF(${acc}<0,"Ingen",MAX(${neg})+1))`,
        FMT.int,
      ),
      covers: T(members(c, a.id).length > 1 ? covers : "", "note"),
    };
    const keys = Object.keys(S.col) as (keyof ActorHorizonRows["col"])[];
    return keys.map((k) => cell(r, S.col[k], cells[k]));
  });
  const title = `Vem investerar, vem får nyttan och när: per aktör över ${L.H} år (nuvärden; en aktör med enheter räknas med dem)`;
  return [
    cell(S.titleRow, S.col.actor, T(title, "header")),
    table(S.headerRow, S.col.actor, ACTOR_HORIZON_HEADERS, []),
    ...rows.flat(),
  ];
}
