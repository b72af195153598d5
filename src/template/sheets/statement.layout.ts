import type { Case } from "../../engine";
import { BASE_PERSPECTIVES } from "../../engine/vocabulary";
import { keyFiguresLayout, type KeyFiguresLayout } from "./keyfigures.layout";
import { rowsFrom, type P } from "./rows";

/** Where everything goes on Resultaträkning: the actors' statement, the perspectives and the status rows. */

export interface StatementLayout {
  headerRow: number;
  col: { actor: number; revenue: number; cost: number; net: number; parent: number };
  actorRow: Record<string, number>;
  firstActor: number;
  lastActor: number;
  totalRow: number;
  /** Under the sum: year 1 of each actor with units, including them ("Kommunen med enheter"). */
  parentRow: Record<string, number>;
  perspectives: { titleRow: number; headerRow: number; row: Record<P, number> };
  /** Who invests, who gains and when: one row per actor over the horizon (with its units). */
  actorHorizon: ActorHorizonRows;
  /** Key assumptions (left) beside who prepared the case and a box for the reviewer (right). */
  signature: { titleRow: number; firstRow: number; rows: number };
  /** Method v2: the successes needed and the rate, right of the perspectives. */
  v2col?: { successes: number; rate: number };
  /** Method v3: the reporting unit's key figures (Table 4.1), under the perspectives. */
  keyFigures?: KeyFiguresLayout;
  noteRow: number;
  /** Revision_Status and Inputs_Status shown on the statement. */
  statusRow: number;
  inputsRow: number;
  chartRow: number;
}

/** The table per actor over the horizon on Resultaträkning. */
export interface ActorHorizonRows {
  titleRow: number;
  headerRow: number;
  row: Record<string, number>;
  col: { actor: number; covers: number; investment: number; benefit: number; npv: number; breakEven: number };
}

export function statementLayout(c: Case, v2: boolean): StatementLayout {
  const headerRow = 4;
  let r = headerRow + 1;
  const actorRow = rowsFrom(
    c.actors.map((a) => a.id),
    () => r++,
  );
  const totalRow = r;
  r++;
  const parentRow = rowsFrom(
    c.actors.filter((a) => c.actors.some((x) => x.parent === a.id)).map((a) => a.id),
    () => r++,
  );
  r++;
  const titleRow = r++;
  const pHeader = r++;
  const row = rowsFrom(BASE_PERSPECTIVES, () => r++);
  const keyFigures = keyFiguresLayout(c, r + 1);
  if (keyFigures) r = keyFigures.lastRow + 1;
  r++;
  const aTitle = r++;
  const aHeader = r++;
  const aRow = rowsFrom(
    c.actors.map((a) => a.id),
    () => r++,
  );
  const actorHorizon: ActorHorizonRows = {
    titleRow: aTitle,
    headerRow: aHeader,
    row: aRow,
    col: { actor: 1, investment: 2, benefit: 3, npv: 4, breakEven: 5, covers: 6 },
  };
  r++;
  const signature = { titleRow: r, firstRow: r + 1, rows: 6 };
  r += 1 + signature.rows;
  const noteRow = r + 1;
  return {
    headerRow,
    col: { actor: 1, revenue: 2, cost: 3, net: 4, parent: 5 },
    actorRow,
    firstActor: headerRow + 1,
    lastActor: totalRow - 1,
    totalRow,
    parentRow,
    perspectives: { titleRow, headerRow: pHeader, row },
    actorHorizon,
    signature,
    ...(v2 ? { v2col: { successes: 7, rate: 8 } } : {}),
    ...(keyFigures ? { keyFigures } : {}),
    noteRow,
    statusRow: noteRow + 1,
    inputsRow: noteRow + 2,
    chartRow: noteRow + 4,
  };
}
