import type { Case } from "../../engine";

/** Where everything goes on Omfördelning: the public actors' gains and losses and the transfer matrix. */

export interface CompensationLayout {
  /** The public actors, one row each, and one row and one column each in the matrix. */
  actors: string[];
  col: { actor: number; presentValue: number; gain: number; loss: number };
  headerRow: number;
  firstRow: number;
  totalRow: number;
  status: { row: number; col: number };
  total: { row: number; col: number };
  matrixHeaderRow: number;
  firstMatrixRow: number;
  /** Column of the first loser in the matrix (one column per actor from there). */
  firstMatrixCol: number;
  transferRow: number;
  noteRow: number;
}

export function compensationLayout(c: Case): CompensationLayout {
  const actors = c.actors.filter((a) => a.kind === "public").map((a) => a.id);
  const headerRow = 4;
  const col = { actor: 1, presentValue: 2, gain: 3, loss: 4 };
  if (actors.length === 0) {
    // only a status and a zero total
    const none = { headerRow, firstRow: 5, totalRow: 5, matrixHeaderRow: 0, firstMatrixRow: 0, transferRow: 0 };
    const matrix = { firstMatrixCol: 0 };
    return { actors, col, ...none, ...matrix, status: { row: 4, col: 2 }, total: { row: 5, col: 2 }, noteRow: 0 };
  }
  const totalRow = headerRow + 1 + actors.length;
  const matrixHeaderRow = totalRow + 3;
  const transferRow = matrixHeaderRow + 1 + actors.length;
  return {
    actors,
    col,
    headerRow,
    firstRow: headerRow + 1,
    totalRow,
    status: { row: totalRow + 1, col: col.presentValue },
    total: { row: totalRow, col: col.loss },
    matrixHeaderRow,
    firstMatrixRow: matrixHeaderRow + 1,
    firstMatrixCol: 2,
    transferRow,
    noteRow: transferRow + 1,
  };
}
