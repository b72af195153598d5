import { LINE_HEADERS, type Case } from "../../engine";
import { ACTOR_KIND, BASIS, CATEGORY, DIRECTION, ROLE } from "../../engine/vocabulary";
import { FMT, N, T, addr, sheet, table, type Block } from "../cells";
import type { LineColumn } from "../layout";
import type { SheetModel } from "../model";
import type { SheetInput } from "./input";

/** Poster: the lines as a table users edit (with drop-downs), and the actors beside it. */

/** Whole kronor unless some amount has öre. */
export function amountFormat(c: Case): string {
  return c.lines.every((l) => Number.isInteger(l.amount)) ? FMT.kr : FMT.krOre;
}

function parentName(c: Case, id: string): string {
  const parent = c.actors.find((a) => a.id === id)?.parent;
  return parent ? c.actors.find((a) => a.id === parent)!.name : "";
}

function linesTable(c: Case, row: number): Block {
  const fmt = amountFormat(c);
  const body = c.lines.map((l) => [
    T(c.actors.find((a) => a.id === l.actor)!.name),
    T(parentName(c, l.actor)),
    T(DIRECTION.labels[l.direction]),
    T(CATEGORY.labels[l.category]),
    T(ROLE.labels[l.role]),
    T(BASIS.labels[l.basis]),
    N(l.amount, fmt, "input"),
    N(l.fromYear, FMT.int),
    N(l.toYear, FMT.int),
    T(l.label ?? ""),
  ]);
  return table(row, 1, LINE_HEADERS, body);
}

export function linesSheet({ c, layout: L }: SheetInput): SheetModel {
  const P = L.lines;
  const actors = c.actors.map((a) => [T(a.id), T(a.name), T(ACTOR_KIND.labels[a.kind]), T(parentName(c, a.id))]);
  const body = (k: LineColumn) => `${addr(P.firstRow, P.col[k])}:${addr(P.lastRow, P.col[k])}`;
  const labels = <V extends string>(values: readonly V[], words: Record<V, string>) => values.map((v) => words[v]);
  return sheet(
    "lines",
    L.sheets.lines,
    [linesTable(c, P.headerRow), table(P.headerRow, P.actorCol.id, ["Id", "Namn", "Slag", "Ingår i"], actors)],
    {
      columnWidths: [26, 20, 10, 12, 9, 11, 15, 8, 8, 40, 3, 22, 26, 12, 20],
      tables: [{ name: L.name("Poster"), ref: addr(P.headerRow, 1), columns: [...LINE_HEADERS], rows: c.lines.length }],
      print: { landscape: true, fitToWidth: false },
      validations: [
        { ref: body("actor"), list: c.actors.map((a) => a.name) },
        { ref: body("direction"), list: labels(DIRECTION.values, DIRECTION.labels) },
        { ref: body("category"), list: labels(CATEGORY.values, CATEGORY.labels) },
        // effect first: most lines are effects
        { ref: body("role"), list: labels(["effect", "investment"], ROLE.labels) },
        { ref: body("basis"), list: labels(BASIS.values, BASIS.labels) },
      ],
      freeze: { rows: 1, cols: 1 },
    },
  );
}
