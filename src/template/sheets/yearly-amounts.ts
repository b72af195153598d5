import type { Case } from "../../engine";
import { FMT, Fx, N, T, addr, cell, line, sheet, table, titled, yearHeader, yearRow, type Block } from "../cells";
import type { Layout } from "../layout";
import type { CellSpec, SheetModel } from "../model";
import type { SheetInput } from "./input";

/**
 * Årsbelopp (method v3, only for a case with yearly amounts): the lines with yearly amounts as a
 * grid of lines × years, each year's amount an input in the line's price year. Prognos takes year
 * t's amount of such a line from its cell here (converted to the case's price year as any line),
 * Poster shows the first year's. Hidden check rows under the grid carry the first problem
 * (an amount that is no number or negative, outside the line's years Från år–Till år, or after
 * the horizon) to Inputs_Status.
 */

/** Whole kronor unless some yearly amount has öre. */
function yearlyFormat(c: Case): string {
  return c.lines.every((l) => (l.yearlyAmounts ?? []).every(Number.isInteger)) ? FMT.kr : FMT.krOre;
}

/** The cell of line i's amount in year t on Årsbelopp, from another sheet; undefined for a line without yearly amounts. */
export function yearlyAmountCell(L: Layout, i: number, t: number): string | undefined {
  const Y = L.yearly;
  const r = Y?.row.get(i);
  if (!Y || r === undefined) return undefined;
  return L.ref("yearly", addr(r, Y.years.col(t), true));
}

/**
 * Year t's amount of line i in the case's price year for Prognos (N() of its cell, times the
 * line's conversion factor on Antaganden when it has one), or undefined for a line without yearly amounts.
 */
export function yearlyAmountOf(L: Layout, i: number, factor?: string): ((t: number) => string) | undefined {
  if (yearlyAmountCell(L, i, 1) === undefined) return undefined;
  return (t) => `N(${yearlyAmountCell(L, i, t)!})${factor ? `*${factor}` : ""}`;
}

/** Poster's amount of a line with yearly amounts: its first year's, read from Årsbelopp (not an input there). */
export function posterYearlyAmount(c: Case, L: Layout, i: number, fmt: string): CellSpec | undefined {
  const from = c.lines[i].fromYear;
  const ref = yearlyAmountCell(L, i, Math.min(from, L.H));
  return ref === undefined ? undefined : Fx(`=${ref}`, fmt);
}

/** The first problem of the grid ("" when none), for Inputs_Status; undefined without Årsbelopp. */
export function yearlyFirstProblem(L: Layout): string | undefined {
  const Y = L.yearly;
  return Y ? L.ref("yearly", addr(Y.firstProblem.row, Y.firstProblem.col, true)) : undefined;
}

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The check of the grid cell of year t in row r: the problem of its amount, or "". */
function ownProblem(L: Layout, r: number, t: number): string {
  const Y = L.yearly!;
  const x = addr(r, Y.years.col(t));
  const at = `${L.sheets.yearly}!${x}`;
  const from = addr(r, Y.col.fromYear);
  const to = addr(r, Y.col.toYear);
  const horizon = `${L.sheets.assumptions}!${addr(L.assumptions.row.horizon, L.assumptions.valueCol)}`;
  const msg = (m: string) => str(`${at}: ${m}.`);
  const number =
    `IF(${x}<0,${msg("beloppet är negativt (ange det som en kostnad i stället)")},` +
    `IF(${t}>${L.assumption("horizon")},${msg(`belopp år ${t} ligger efter horisonten (${horizon}) och räknas inte; förläng horisonten eller ta bort beloppet`)},` +
    `IF(OR(${t}<${from},${t}>${to}),${msg(`belopp år ${t} ligger utanför postens år Från år–Till år på ${L.sheets.lines} och räknas inte; ändra postens år där`)},"")))`;
  return `IF(ISNUMBER(${x}),IF(${x}=0,"",${number}),IF(${x}="","",${msg("beloppet är inget tal (skriv t.ex. 150000)")}))`;
}

/**
 * Poster's amount of line i (row r of the grid) typed over: the line's amounts are changed here,
 * so a number on Poster other than the first year's is named; else `rest`.
 */
function posterProblem(c: Case, L: Layout, i: number, r: number, rest: string): string {
  const P = L.lines;
  const poster = addr(P.firstRow + i, P.col.amount);
  const first = addr(r, L.yearly!.years.col(Math.min(c.lines[i].fromYear, L.H)));
  const msg = `${L.sheets.lines}!${poster}: beloppet för en post med belopp per år ändras på ${L.sheets.yearly} (rad ${r}), inte här.`;
  return `IF(N(${L.ref("lines", addr(P.firstRow + i, P.col.amount, true))})<>N(${first}),${str(msg)},${rest})`;
}

/** The hidden check rows: each cell the first problem so far (along the row, then down the rows). */
function checkRows(c: Case, L: Layout): Block[] {
  const Y = L.yearly!;
  const rows = [...Y.row.entries()];
  return rows.map(([i, r], k) => {
    const cr = Y.checkRow.get(i)!;
    const prev = (t: number) => (t > 1 ? addr(cr, Y.years.col(t - 1)) : k > 0 ? addr(cr - 1, Y.years.last) : undefined);
    return yearRow(
      Y.years,
      cr,
      T(`Kontroll, post ${i + 1}`, "note"),
      (t) => {
        const p = prev(t);
        const own = t === 1 ? posterProblem(c, L, i, r, ownProblem(L, r, t)) : ownProblem(L, r, t);
        return Fx(p === undefined ? `=${own}` : `=IF(${p}<>"",${p},${own})`, undefined, "note");
      },
      { labelCol: Y.col.line },
    );
  });
}

function gridRows(c: Case, L: Layout, fmt: string): Block[] {
  const Y = L.yearly!;
  const X = L.projection;
  return [...Y.row.entries()]
    .map(([i, r]) => {
      const l = c.lines[i];
      const ys = l.yearlyAmounts!;
      const pr = X.firstLine + i;
      const P = (col: number) => Fx(`=${L.ref("projection", addr(pr, col, true))}`, FMT.int);
      const fields = line(r, Y.col.line, [
        N(i + 1, FMT.int),
        T(l.label ?? ""),
        T(c.actors.find((a) => a.id === l.actor)!.name),
        P(X.col.fromYear),
        P(X.col.toYear),
      ]);
      const amounts = Y.years.all
        .filter((t) => ys[t - l.fromYear] !== undefined)
        .map((t) => cell(r, Y.years.col(t), N(ys[t - l.fromYear], fmt, "input")));
      return [fields, ...amounts];
    })
    .flat();
}

export function yearlyAmountsSheet({ c, layout: L }: SheetInput): SheetModel | undefined {
  const Y = L.yearly;
  if (!Y) return undefined;
  const fmt = yearlyFormat(c);
  const subtitle =
    `Belopp per år (årsprofil) i postens prisår; ändra beloppen här, inte på ${L.sheets.lines}. ` +
    `${L.sheets.projection} tar år t:s belopp härifrån; allt annat (återfall, avklingning, k, δ) som för andra poster.`;
  const bodyRef = `${addr(Y.firstRow, Y.years.col(1))}:${addr(Y.lastRow, Y.years.last)}`;
  const first = addr(Y.firstRow, Y.years.col(1));
  return sheet(
    "yearly",
    L.sheets.yearly,
    [
      titled(`Årsbelopp – ${c.title}`, subtitle),
      table(Y.headerRow, Y.col.line, ["Post", "Benämning", "Aktör", "Från år", "Till år"], []),
      yearHeader(Y.years, Y.headerRow),
      ...gridRows(c, L, fmt),
      cell(Y.checkTitleRow, Y.col.line, T("Kontroll av beloppen per år (första problemet hittills)", "header")),
      ...checkRows(c, L),
    ],
    {
      columnWidths: [6, 36, 24, 8, 8, ...Array<number>(L.H).fill(16)],
      freeze: { rows: Y.headerRow, cols: Y.col.actor },
      print: {
        landscape: true,
        fitToWidth: true,
        pagesWide: L.H > 10 ? 2 : 1,
        titleCols: "A:C",
        area: `A1:${addr(Y.lastRow, Y.years.last)}`,
      },
      hiddenRows: [Y.checkTitleRow, ...Y.checkRow.values()],
      validations: [
        {
          ref: bodyRef,
          rule: { kind: "decimal", min: 0, max: 1e15 },
          title: "Ogiltigt belopp",
          message: 'Beloppet år t i kronor, 0 eller mer, utan text (150000, inte "150 000 kr").',
        },
      ],
      conditionalFormats: [{ ref: bodyRef, formula: `AND(${first}<>"",OR(NOT(ISNUMBER(${first})),${first}<0))` }],
    },
  );
}
