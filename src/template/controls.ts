import { FMT, Fx, Grid, N, T, addr, colName, quoteSheet, type Block, line } from "./cells";
import type { Layout } from "./layout";
import { inputChecksPlacement } from "./sheets/checks";
import type { CellSpec, SheetModel } from "./model";

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
 * An edit of an input moves both sides of every result row (no result is blamed) and shows in
 * the inputs table; a result typed over shows only in the results table.
 */

interface Placement {
  titleRow: number;
  statusRow: number;
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
    headerRow: top + 2,
    firstRow: top + 3,
    results: { col: 1 },
    inputs: { col: 7 },
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

const REF = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** The end of a quoted text or sheet name starting at i (the index of its closing quote). */
function closing(f: string, i: number, q: string): number {
  let j = i + 1;
  while (j < f.length) {
    if (f[j] === q) {
      if (f[j + 1] === q) j += 2;
      else return j;
    } else j++;
  }
  return f.length;
}

/** "!A1:B2" after a sheet name: its length. */
const refAfter = (f: string, i: number) => /^![$A-Za-z0-9:]+/.exec(f.slice(i))?.[0].length ?? 0;

/**
 * A formula of `sheet` as it reads from another sheet: every reference without a sheet gets
 * `'sheet'!`; texts, references to other sheets, functions and defined names stay as they are.
 */
export function qualify(f: string, sheet: string): string {
  let out = "";
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      const j = closing(f, i, '"');
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      const j = closing(f, i, "'") + 1;
      const end = j + refAfter(f, j);
      out += f.slice(i, end);
      i = end;
      continue;
    }
    const m = /^[A-Za-z_$][A-Za-z0-9_.$]*(?::\$?[A-Za-z]{1,3}\$?\d+)?/.exec(f.slice(i));
    if (m && (i === 0 || !/[A-Za-z0-9_.]/.test(f[i - 1]))) {
      const tok = m[0];
      const next = f[i + tok.length];
      if (next === "!") {
        const end = i + tok.length + refAfter(f, i + tok.length);
        out += f.slice(i, end);
        i = end;
        continue;
      }
      out += next !== "(" && REF.test(tok) ? `${quoteSheet(sheet)}!${tok}` : tok;
      i += tok.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** A cell as a reader names it: Resultaträkning!D18. */
const shownName = (s: SheetModel, row: number, col: number) => `${s.name}!${addr(row, col)}`;

/** The sheets whose formula cells are results a reader sees (on Poster: an amount from a unit cost; Revision checks). */
const RESULT_SHEETS = new Set<SheetModel["key"]>([
  "statement",
  "lines",
  "projection",
  "sensitivity",
  "repayment",
  "compensation",
  "followup",
  "assumptions",
]);

/** Prognos's line rows are computed per year from Poster (checked through the totals); its input checks are checks. */
function isShownResult(s: SheetModel, L: Layout, row: number, col: number): boolean {
  if (s.key !== "projection") return true;
  const X = L.projection;
  if (col === X.checkCol.problem || col === X.checkCol.first) return false;
  return row < X.firstLine || row > X.lastLine || col === X.col.presentValue;
}

interface Target {
  sheet: SheetModel;
  row: number;
  col: number;
  spec: CellSpec;
}

function targets(
  sheets: SheetModel[],
  L: Layout,
  pick: (s: SheetModel, spec: CellSpec, r: number, c: number) => boolean,
) {
  const out: Target[] = [];
  for (const s of sheets)
    s.cells.forEach((cells, r) =>
      cells.forEach((spec, c) => {
        if (spec && pick(s, spec, r + 1, c + 1)) out.push({ sheet: s, row: r + 1, col: c + 1, spec });
      }),
    );
  return out;
}

/**
 * "OK", or the first flagged cell (the first 1 in the flag column, named from the cell column)
 * and how many more, with the table's sentence. One formula per table, not one per row.
 */
function statusFormula(col: number, first: number, last: number, say: (firstCell: string) => string): string {
  const flags = `${colName(col + 3)}${first}:${colName(col + 3)}${last}`;
  const names = `${colName(col)}${first}:${colName(col)}${last}`;
  const firstCell = `INDEX(${names},MATCH(1,${flags},0))`;
  const more = `IF(SUM(${flags})>1," (och "&(SUM(${flags})-1)&" till)","")`;
  return `=IF(SUM(${flags})=0,"OK",${say(firstCell)}&${more})`;
}

function resultsTable(sheets: SheetModel[], L: Layout): Block[] {
  const CONTROLS = controlsPlacement(L);
  const col = CONTROLS.results.col;
  const list = targets(
    sheets.filter((s) => RESULT_SHEETS.has(s.key)),
    L,
    // the status shown on the first page is the outcome of these tables, not a result
    (s, spec, r, c) =>
      spec.f !== undefined && !spec.error && !spec.f.includes(L.name("Revision_Status")) && isShownResult(s, L, r, c),
  );
  const rows = list.map((t, i): Block => {
    const r = CONTROLS.firstRow + i;
    const here = `${quoteSheet(t.sheet.name)}!${addr(t.row, t.col)}`;
    const [now, again] = [`${colName(col + 1)}${r}`, `${colName(col + 2)}${r}`];
    // "=" compares numbers as numbers and texts without regard to case, as the sheet shows them;
    // a number typed over a text result (or the other way) differs, an error is a difference
    return line(r, col, [
      T(shownName(t.sheet, t.row, t.col)),
      Fx(`=${here}`, t.spec.fmt),
      Fx(qualify(t.spec.f!, t.sheet.name), t.spec.fmt),
      Fx(`=IFERROR(IF(${now}=${again},0,1),1)`, FMT.int),
    ]);
  });
  const last = CONTROLS.firstRow + Math.max(list.length, 1) - 1;
  return [
    line(CONTROLS.titleRow, col, [T("Resultat räknade två gånger: värdet som visas och samma formel här", "header")]),
    line(CONTROLS.statusRow, col, [
      T("Resultat", "total"),
      Fx(
        statusFormula(col, CONTROLS.firstRow, last, (c) => `${c}&" följer inte av indata"`),
        undefined,
        "check",
      ),
    ]),
    line(
      CONTROLS.headerRow,
      col,
      ["Cell", "Visas", "Räknat här", "Avviker"].map((h) => T(h, "header")),
    ),
    ...rows,
  ];
}

/** An input cell's value now, as it compares with its value at creation (an empty cell as ""). */
const nowOf = (ref: string) => `=IF(${ref}="","",${ref})`;

function inputTargets(sheets: SheetModel[], L: Layout): Target[] {
  const P = L.lines;
  return targets(sheets, L, (s, spec, r) => {
    if (spec.f !== undefined) return false;
    if (s.key === "lines") return r >= P.firstRow && spec.style !== "note";
    return spec.style === "input";
  });
}

function inputsTable(sheets: SheetModel[], L: Layout): Block[] {
  const CONTROLS = controlsPlacement(L);
  const col = CONTROLS.inputs.col;
  const P = L.lines;
  const lines = sheets.find((s) => s.key === "lines");
  const rows: Block[] = [];
  let r = CONTROLS.firstRow;
  const flag = (now: string, then: string) => Fx(`=IF(${now}&""=${then}&"",0,1)`, FMT.int);
  for (const t of inputTargets(sheets, L)) {
    const here = `${quoteSheet(t.sheet.name)}!${addr(t.row, t.col)}`;
    const v = t.spec.v ?? "";
    const then = typeof v === "number" ? N(v, t.spec.fmt) : T(String(v));
    rows.push(
      line(r, col, [
        T(shownName(t.sheet, t.row, t.col)),
        then,
        Fx(nowOf(here), t.spec.fmt),
        flag(`${colName(col + 2)}${r}`, `${colName(col + 1)}${r}`),
      ]),
    );
    r++;
  }
  if (lines) {
    // the spare rows under the lines were empty: one row each
    const last = P.lastInputRow;
    for (let row = P.lastRow + 1; row <= last; row++) {
      const span = `${addr(row, 1)}:${addr(row, P.col.source)}`;
      const cells = Array.from({ length: P.col.source }, (_x, i) => `${quoteSheet(lines.name)}!${addr(row, i + 1)}`);
      rows.push(
        line(r, col, [
          T(`${lines.name}!${span}`),
          T(""),
          Fx(`=${cells.join("&")}`),
          flag(`${colName(col + 2)}${r}`, `${colName(col + 1)}${r}`),
        ]),
      );
      r++;
    }
  }
  const lastRow = Math.max(r - 1, CONTROLS.firstRow);
  return [
    line(CONTROLS.titleRow, col, [T("Indata som de var när boken skapades, och nu", "header")]),
    line(CONTROLS.statusRow, col, [
      T("Indata", "total"),
      Fx(
        statusFormula(col, CONTROLS.firstRow, lastRow, (c) => `"Indata ändrade: "&${c}`),
        undefined,
        "check",
      ),
    ]),
    line(
      CONTROLS.headerRow,
      col,
      ["Cell", "Vid skapandet", "Nu", "Ändrad"].map((h) => T(h, "header")),
    ),
    ...rows,
  ];
}

/** The Revision sheet with both control tables added (the other sheets as built). */
export function withControls(sheets: SheetModel[], L: Layout): SheetModel[] {
  return sheets.map((s) => {
    if (s.key !== "revision") return s;
    const others = sheets.filter((x) => x !== s);
    const g = new Grid();
    s.cells.forEach((cells, r) => cells.forEach((spec, c) => spec && g.set(r + 1, c + 1, spec)));
    for (const b of [...resultsTable(others, L), ...inputsTable(others, L)]) g.place(b);
    return { ...s, cells: g.dense() };
  });
}
