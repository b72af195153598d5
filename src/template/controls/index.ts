import { FMT, Fx, Grid, N, T, addr, colName, quoteSheet, type Block, line } from "../cells";
import type { Layout } from "../layout";
import { inputChecksPlacement } from "../sheets/checks";
import type { SheetModel } from "../model";
import { gridPart, type GridPart } from "./grid";
import { again } from "./qualify";
import { inputGrid, inputTargets, resultGrid, resultTargets, type Target } from "./targets";

export { qualify } from "./qualify";

/**
 * The Revision sheet's two control tables, built from the other sheets once they are built:
 *
 * - **Resultat, räknade två gånger**: every result a reader sees (every formula cell of the result
 *   sheets, except the line rows of Prognos's year grid and the input checks) with its value now
 *   and the same formula computed again on Revision. A constant typed over the result makes the two
 *   differ: "Resultaträkning!D18 följer inte av indata".
 * - **Indata som de var när boken skapades**: every input cell (the lines and actors on Poster, the
 *   spare rows under them, every input cell of the other sheets) with its value at creation and
 *   now: "Indata ändrade: Poster!G2".
 *
 * Each table has two parts: a list, one row per cell, and a grid (grid.ts) for the one large
 * rectangle of its kind (Uppföljning's lines year by year; Poster's lines), one row per row of the
 * sheet. Each part gives how many it flags and the first flagged cell; the status is "OK" or the
 * first part's first cell, and how many more.
 *
 * An edit of an input moves both sides of every result row (no result is blamed) and shows in
 * the inputs table; a result typed over shows only in the results table.
 */

/** The first column of each table: results in A–D, inputs in G–J. */
const RESULTS_COL = 1;
const INPUTS_COL = 7;

interface Placement {
  titleRow: number;
  statusRow: number;
  /** The two parts of each table: the list (first) and the grid, with their counts and first cells. */
  partRows: [number, number];
  headerRow: number;
  firstRow: number;
  results: { col: number };
  inputs: { col: number };
}

/** Where the tables are on Revision: under the case text and the input checks, side by side (results in A–D, inputs in G–J). */
export function controlsPlacement(L: Layout): Placement {
  const top = inputChecksPlacement(L).lastRow + 3;
  return {
    titleRow: top,
    statusRow: top + 1,
    partRows: [top + 2, top + 3],
    headerRow: top + 4,
    firstRow: top + 5,
    results: { col: RESULTS_COL },
    inputs: { col: INPUTS_COL },
  };
}

/** The cells of the status of each table: "OK" or the first cell named. */
export function controlStatusRefs(L: Layout): { results: string; inputs: string } {
  const at = controlsPlacement(L);
  return {
    results: addr(at.statusRow, at.results.col + 1, true),
    inputs: addr(at.statusRow, at.inputs.col + 1, true),
  };
}

/** A cell as a reader names it: Resultaträkning!D18. */
const shownName = (s: SheetModel, row: number, col: number) => `${s.name}!${addr(row, col)}`;

interface Table {
  title: string;
  label: string;
  headers: string[];
  /** The status sentence around the first flagged cell's name (a formula). */
  say: (first: string) => string;
  /** One row per cell: name, and the three cells after it (the flag last). */
  rows: (row: number, t: Target) => Block;
}

/**
 * A table: its title, status, the two parts (list and grid) with their count, first cell and
 * whether they flag anything, the list's header and rows. The status is one short formula over
 * the parts.
 */
function tableBlocks(t: Table, L: Layout, col: number, list: Target[], grid: GridPart | undefined): Block[] {
  const at = controlsPlacement(L);
  const c = (k: number) => colName(col + k);
  const first = at.firstRow;
  const last = at.firstRow + Math.max(list.length, 1) - 1;
  const flags = `${c(3)}${first}:${c(3)}${last}`;
  const [p1, p2] = at.partRows;
  const count = `SUM($${c(1)}$${p1}:$${c(1)}$${p2})`;
  const firstName = `INDEX($${c(2)}$${p1}:$${c(2)}$${p2},MATCH(1,$${c(3)}$${p1}:$${c(3)}$${p2},0))`;
  const more = `IF(${count}>1," (och "&(${count}-1)&" till)","")`;
  const part = (row: number, label: string, n: string, name: string): Block =>
    line(row, col, [T(label, "label"), Fx(n, FMT.int), Fx(name), Fx(`=IF(${c(1)}${row}>0,1,0)`, FMT.int)]);
  return [
    line(at.titleRow, col, [T(t.title, "header")]),
    line(at.statusRow, col, [
      T(t.label, "total"),
      Fx(`=IF(${count}=0,"OK",${t.say(firstName)}&${more})`, undefined, "check"),
    ]),
    part(
      p1,
      "Cell för cell (tabellen nedan)",
      `=SUM(${flags})`,
      `=IF(${c(1)}${p1}=0,"",INDEX(${c(0)}${first}:${c(0)}${last},MATCH(1,${flags},0)))`,
    ),
    grid
      ? part(p2, "Rad för rad (rutnätet längre ned)", grid.count, grid.first)
      : line(p2, col, [T("Rad för rad (inget rutnät)", "label"), N(0, FMT.int), T(""), N(0, FMT.int)]),
    line(
      at.headerRow,
      col,
      t.headers.map((h) => T(h, "header")),
    ),
    ...list.map((x, i) => t.rows(first + i, x)),
  ];
}

const RESULTS: Table = {
  title: "Resultat räknade två gånger: värdet som visas och samma formel här",
  label: "Resultat",
  headers: ["Cell", "Visas", "Räknat här", "Avviker"],
  say: (first) => `${first}&" följer inte av indata"`,
  // "=" compares numbers as numbers and texts without regard to case, as the sheet shows them;
  // a number typed over a text result (or the other way) differs, an error is a difference
  rows: (r, t) => {
    const [shown, here] = [`${colName(RESULTS_COL + 1)}${r}`, `${colName(RESULTS_COL + 2)}${r}`];
    return line(r, RESULTS_COL, [
      T(shownName(t.sheet, t.row, t.col)),
      Fx(`=${quoteSheet(t.sheet.name)}!${addr(t.row, t.col)}`, t.spec.fmt),
      again(t.spec, t.sheet.name, t.row, t.col),
      Fx(`=IFERROR(IF(${shown}=${here},0,1),1)`, FMT.int),
    ]);
  },
};

const INPUTS: Table = {
  title: "Indata som de var när boken skapades, och nu",
  label: "Indata",
  headers: ["Cell", "Vid skapandet", "Nu", "Ändrad"],
  say: (first) => `"Indata ändrade: "&${first}`,
  rows: (r, t) => {
    const here = `${quoteSheet(t.sheet.name)}!${addr(t.row, t.col)}`;
    const v = t.spec.v ?? "";
    const [then, now] = [`${colName(INPUTS_COL + 1)}${r}`, `${colName(INPUTS_COL + 2)}${r}`];
    return line(r, INPUTS_COL, [
      T(shownName(t.sheet, t.row, t.col)),
      typeof v === "number" ? N(v, t.spec.fmt) : T(String(v)),
      // an input cell's value now, as it compares with its value at creation (an empty cell as "")
      Fx(`=IF(${here}="","",${here})`, t.spec.fmt),
      Fx(`=IF(${now}&""=${then}&"",0,1)`, FMT.int),
    ]);
  },
};

/** The Revision sheet with both control tables added (the other sheets as built). */
export function withControls(sheets: SheetModel[], L: Layout): SheetModel[] {
  return sheets.map((s) => {
    if (s.key !== "revision") return s;
    const others = sheets.filter((x) => x !== s);
    const at = controlsPlacement(L);
    const [rArea, iArea] = [resultGrid(others, L), inputGrid(others, L)];
    const [results, inputs] = [resultTargets(others, L, rArea), inputTargets(others, L, iArea)];
    // the grids under the longer of the two lists, one after the other
    let top = at.firstRow + Math.max(results.length, inputs.length, 1) + 2;
    const rGrid = rArea && gridPart("results", rArea, top);
    if (rGrid) top = rGrid.end + 2;
    const iGrid = iArea && gridPart("inputs", iArea, top);
    const g = new Grid();
    s.cells.forEach((cells, r) => cells.forEach((spec, c) => spec && g.set(r + 1, c + 1, spec)));
    for (const b of [
      ...tableBlocks(RESULTS, L, at.results.col, results, rGrid),
      ...tableBlocks(INPUTS, L, at.inputs.col, inputs, iGrid),
      ...(rGrid?.blocks ?? []),
      ...(iGrid?.blocks ?? []),
    ])
      g.place(b);
    return { ...s, cells: g.dense() };
  });
}
