import { LINE_HEADERS, type Case } from "../../engine";
import { ACTOR_KIND, BASIS, CATEGORY, DIRECTION, ROLE } from "../../engine/vocabulary";
import { FMT, Fx, N, T, addr, cell, colName, colRange, column, sheet, table, type Block } from "../cells";
import type { LineColumn } from "../../engine";
import type { CellSpec, SheetModel, ValidationSpec } from "../model";
import { unitCostAmountFormula } from "./assumptions";
import type { SheetInput } from "./input";
import { posterYearlyAmount } from "./yearly-amounts";

/** Poster: the lines as a table users edit (with drop-downs), and the actors beside it. */

/** Whole kronor unless some amount has öre. */
export function amountFormat(c: Case): string {
  return c.lines.every((l) => Number.isInteger(l.amount)) ? FMT.kr : FMT.krOre;
}

function parentName(c: Case, id: string): string {
  const parent = c.actors.find((a) => a.id === id)?.parent;
  return parent ? c.actors.find((a) => a.id === parent)!.name : "";
}

function linesTable(c: Case, L: SheetInput["layout"], row: number): Block {
  const fmt = amountFormat(c);
  const body = c.lines.map((l, i) => [
    T(c.actors.find((a) => a.id === l.actor)!.name),
    T(parentName(c, l.actor)),
    T(DIRECTION.labels[l.direction]),
    T(CATEGORY.labels[l.category]),
    T(ROLE.labels[l.role]),
    T(BASIS.labels[l.basis]),
    amountCell(c, L, i, fmt),
    N(l.fromYear, FMT.int),
    N(l.toYear, FMT.int),
    T(l.label ?? ""),
    T(l.source ?? ""),
  ]);
  return table(row, 1, LINE_HEADERS, body);
}

/**
 * A line's amount as given. From a unit cost (method v2) it is quantity · unit amount · units per
 * year, shown but not an input: Prognos computes it from the quantity and the unit cost on Antaganden.
 */
function amountCell(c: Case, L: SheetInput["layout"], i: number, fmt: string): CellSpec {
  const yearly = posterYearlyAmount(c, L, i, fmt);
  if (yearly) return yearly;
  // from a unit cost: the formula Prognos uses (quantity · unit amount · units per year on Antaganden),
  // so the cell shows what counts; a number typed over it is named on Revision
  const fromUnit = unitCostAmountFormula(c, L, i);
  return fromUnit ? Fx(fromUnit, fmt) : N(c.lines[i].amount, fmt, "input");
}

/** The word lists beside the actors, one column each, that the drop-downs refer to. */
function wordLists(L: SheetInput["layout"]): Block[] {
  const P = L.lines;
  const header = { direction: 2, category: 3, role: 4, basis: 5 } as const;
  return (Object.keys(header) as (keyof typeof header)[]).map((k) =>
    column(P.headerRow, P.listCol[k], [
      T(`Val: ${LINE_HEADERS[header[k]]}`, "header"),
      ...P.lists[k].words.map((w) => T(w)),
    ]),
  );
}

/** One rule per column of the lines and the spare rows under them, with Swedish messages. */
function lineValidations(L: SheetInput["layout"]): ValidationSpec[] {
  const P = L.lines;
  const body = (k: LineColumn) => `${addr(P.firstRow, P.col[k])}:${addr(P.lastInputRow, P.col[k])}`;
  const actors = colRange(P.actorCol.name, P.firstActorRow, P.lastActorRow);
  const list = (k: "direction" | "category" | "role" | "basis"): ValidationSpec => ({
    ref: body(k),
    rule: { kind: "list", source: P.lists[k].range },
    title: `Ogiltig ${LINE_HEADERS[P.col[k] - 1].toLowerCase()}`,
    message: `Välj ett värde ur listan (kolumnen Val: ${LINE_HEADERS[P.col[k] - 1]} till höger).`,
  });
  const year = (k: "fromYear" | "toYear"): ValidationSpec => ({
    ref: body(k),
    rule: { kind: "whole", min: 1, max: L.H },
    title: "Ogiltigt år",
    message: `Ett heltal 1–${L.H} (horisonten arbetsboken skapades för). Längre: skapa om arbetsboken i tillägget eller med socinv extract och socinv workbook.`,
  });
  return [
    {
      ref: body("actor"),
      rule: { kind: "list", source: actors },
      title: "Okänd aktör",
      message: `Välj en aktör ur kolumnen Namn (${colRange(P.actorCol.name, P.firstActorRow, P.lastActorRow).replace(/\$/g, "")}). En ny aktör kräver en ny arbetsbok.`,
    },
    list("direction"),
    list("category"),
    list("role"),
    list("basis"),
    {
      ref: body("amount"),
      rule: { kind: "decimal", min: 0, max: 1e15 },
      title: "Ogiltigt belopp",
      message:
        'Beloppet är ett tal i kronor, 0 eller mer, utan text (150000, inte "150 000 kr"). Riktningen anger om det är intäkt eller kostnad.',
    },
    year("fromYear"),
    year("toYear"),
  ];
}

/** The offending cells in red: what Inputs_Status reports (see checks.ts). */
function problemFormats(L: SheetInput["layout"]): { ref: string; formula: string }[] {
  const P = L.lines;
  const top = P.firstRow;
  const rel = (k: LineColumn) => addr(top, P.col[k]);
  const body = (k: LineColumn) => `${addr(top, P.col[k])}:${addr(P.lastInputRow, P.col[k])}`;
  const used = `$${colName(P.col.actor)}${top}&$${colName(P.col.amount)}${top}<>""`;
  const actors = colRange(P.actorCol.name, P.firstActorRow, P.lastActorRow);
  const word = (k: "direction" | "category" | "role" | "basis") => ({
    ref: body(k),
    formula: `AND(${used},COUNTIF(${P.lists[k].range},${rel(k)})=0)`,
  });
  const year = (k: "fromYear" | "toYear") => ({
    ref: body(k),
    formula: `AND(${rel(k)}<>"",OR(NOT(ISNUMBER(${rel(k)})),${rel(k)}<1,${rel(k)}>${L.H}))`,
  });
  const below = P.lastInputRow + 1;
  return [
    { ref: body("actor"), formula: `AND(${used},COUNTIF(${actors},${rel("actor")})=0)` },
    word("direction"),
    word("category"),
    word("role"),
    word("basis"),
    { ref: body("amount"), formula: `AND(${used},NOT(ISNUMBER(${rel("amount")})))` },
    year("fromYear"),
    year("toYear"),
    {
      ref: `${addr(below, 1)}:${addr(below + 999, P.col.label)}`,
      formula: `$${colName(P.col.actor)}${below}&$${colName(P.col.amount)}${below}<>""`,
    },
  ];
}

export function linesSheet({ c, layout: L }: SheetInput): SheetModel {
  const P = L.lines;
  const actors = c.actors.map((a) => [T(a.id), T(a.name), T(ACTOR_KIND.labels[a.kind]), T(parentName(c, a.id))]);
  return sheet(
    "lines",
    L.sheets.lines,
    [
      linesTable(c, L, P.headerRow),
      column(P.headerRow, P.numberCol, [
        T("Post", "header"),
        ...Array.from({ length: P.lastInputRow - P.firstRow + 1 }, (_x, i) => N(i + 1, FMT.int, "note")),
      ]),
      table(P.headerRow, P.actorCol.id, ["Id", "Namn", "Slag", "Ingår i"], actors),
      ...wordLists(L),
      cell(
        P.lastActorRow + 2,
        P.actorCol.id,
        T(`Nya poster skrivs under tabellen: rad ${P.lastRow + 1}–${P.lastInputRow} räknas med (se Revision).`, "note"),
      ),
    ],
    {
      columnWidths: [26, 20, 10, 12, 9, 11, 15, 8, 8, 40, 30, 6, 22, 26, 12, 20, 3, 16, 16, 12, 14],
      tables: [{ name: L.name("Poster"), ref: addr(P.headerRow, 1), columns: [...LINE_HEADERS], rows: c.lines.length }],
      print: {
        landscape: true,
        fitToWidth: true,
        titleRows: "1:1",
        area: `A1:${addr(Math.max(P.lastRow, P.lastActorRow + 2), P.actorCol.parent)}`,
      },
      validations: lineValidations(L),
      conditionalFormats: problemFormats(L),
      freeze: { rows: 1, cols: 1 },
    },
  );
}
