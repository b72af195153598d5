import { LINE_COLUMNS, type Case, type LineColumn } from "../../engine";
import { BASIS, CATEGORY, DIRECTION, ROLE } from "../../engine/vocabulary";
import { colRange } from "../cells";

/** Where everything goes on Poster: the line table, the actors beside it and the drop-down word lists. */

export interface LinesLayout {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  col: Record<LineColumn, number>;
  /** The line numbers (Post 1, 2, …, as on Prognos) right of the table, down through the spare rows. */
  numberCol: number;
  /** The actors block beside the table: Id, Namn, Slag, Ingår i. */
  actorCol: { id: number; name: number; kind: number; parent: number };
  firstActorRow: number;
  lastActorRow: number;
  /** Empty rows under the lines that the projection also covers: a line added there counts. */
  spare: number;
  /** The last row the projection covers (the last line plus the spare rows). */
  lastInputRow: number;
  /** The word lists the drop-downs refer to (Excel limits an inline list to 255 characters). */
  listCol: { direction: number; category: number; role: number; basis: number };
  /** The words of each list (in order) and their range in its column: "$Q$2:$Q$3". */
  lists: Record<"direction" | "category" | "role" | "basis", { words: string[]; range: string }>;
}

/** Spare rows under the lines on Poster that the projection covers (more: regenerate the workbook). */
export const SPARE_LINES = 50;

export function linesLayout(c: Case): LinesLayout {
  const col = Object.fromEntries(LINE_COLUMNS.map((k, i) => [k, i + 1])) as Record<LineColumn, number>;
  const first = LINE_COLUMNS.length + 2; // one empty column between the table and the actors (L)
  const listCol = { direction: first + 5, category: first + 6, role: first + 7, basis: first + 8 };
  return {
    headerRow: 1,
    firstRow: 2,
    lastRow: 1 + c.lines.length,
    col,
    numberCol: LINE_COLUMNS.length + 1,
    actorCol: { id: first, name: first + 1, kind: first + 2, parent: first + 3 },
    firstActorRow: 2,
    lastActorRow: 1 + c.actors.length,
    spare: SPARE_LINES,
    lastInputRow: 1 + c.lines.length + SPARE_LINES,
    listCol,
    lists: wordLists(listCol),
  };
}

/** The drop-down words of Poster (effect first among the roles: most lines are effects). */
function wordLists(listCol: LinesLayout["listCol"]): LinesLayout["lists"] {
  const words = {
    direction: DIRECTION.values.map((v) => DIRECTION.labels[v]),
    category: CATEGORY.values.map((v) => CATEGORY.labels[v]),
    role: (["effect", "investment"] as const).map((v) => ROLE.labels[v]),
    basis: BASIS.values.map((v) => BASIS.labels[v]),
  };
  const list = (k: keyof typeof words) => ({ words: words[k], range: colRange(listCol[k], 2, 1 + words[k].length) });
  return { direction: list("direction"), category: list("category"), role: list("role"), basis: list("basis") };
}
