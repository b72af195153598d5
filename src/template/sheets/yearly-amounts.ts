import type { Case } from "../../engine";
import { FMT, Fx, N, T, addr, cell, line, sheet, table, titled, yearHeader, yearRow, type Block } from "../cells";
import type { Layout } from "../layout";
import type { CellSpec, SheetModel } from "../model";
import type { SheetInput } from "./input";

/**
 * Årsbelopp (method v3, only for a case with yearly amounts): the lines with yearly amounts as a
 * grid of lines × years, each year's amount an input in the line's price year. Prognos takes year
 * t's amount of such a line from its cell here (converted to the case's price year as any line),
 * Poster shows the first year's. Check rows under the grid (a code per year, then the sentence) carry the first problem
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

/** The sentences of the codes 1–4 of a yearly amount's problem (2 and 3 follow "belopp år t "). */
function codeSentences(L: Layout): string[] {
  const horizon = `${L.sheets.assumptions}!${addr(L.assumptions.row.horizon, L.assumptions.valueCol)}`;
  return [
    "beloppet är negativt (ange det som en kostnad i stället).",
    `ligger efter horisonten (${horizon}) och räknas inte; förläng horisonten eller ta bort beloppet.`,
    `ligger utanför postens år Från år–Till år på ${L.sheets.lines} och räknas inte; ändra postens år där.`,
    "beloppet är inget tal (skriv t.ex. 150000).",
  ];
}

/** The code of the problem of the grid cell of year t in row r: 0 none, 1 negative, 2 after the horizon, 3 outside the line's years, 4 no number. */
function ownCode(L: Layout, r: number, t: number): string {
  const Y = L.yearly!;
  const x = addr(r, Y.years.col(t));
  const [from, to] = [addr(r, Y.col.fromYear), addr(r, Y.col.toYear)];
  const number = `IF(${x}<0,1,IF(${t}>${L.assumption("horizon")},2,IF(OR(${t}<${from},${t}>${to}),3,0)))`;
  return `IF(ISNUMBER(${x}),IF(${x}=0,0,${number}),IF(${x}="",0,4))`;
}

/**
 * Poster's amount of line i (row r of the grid) typed over: the line's amounts are changed here,
 * so a number on Poster other than the first year's is code 5; else `rest`.
 */
function posterCode(c: Case, L: Layout, i: number, r: number, rest: string): string {
  const P = L.lines;
  const first = addr(r, L.yearly!.years.col(Math.min(c.lines[i].fromYear, L.H)));
  return `IF(N(${L.ref("lines", addr(P.firstRow + i, P.col.amount, true))})<>N(${first}),5,${rest})`;
}

/** The sentence of the code in `code` for the grid cell of year t in row r ("" for 0). */
function sentence(c: Case, L: Layout, i: number, r: number, t: number, code: string): string {
  const Y = L.yearly!;
  const at = `${L.sheets.yearly}!${addr(r, Y.years.col(t))}`;
  const sentences = `${addr(Y.messageRows[0], Y.col.label, true)}:${addr(Y.messageRows[3], Y.col.label, true)}`;
  const text = `"${at}: "&IF(OR(${code}=2,${code}=3),"belopp år ${t} ","")&INDEX(${sentences},${code})`;
  if (t !== 1) return `IF(${code}=0,"",${text})`;
  const poster = `${L.sheets.lines}!${addr(L.lines.firstRow + i, L.lines.col.amount)}`;
  const msg = `${poster}: beloppet för en post med belopp per år ändras på ${L.sheets.yearly} (rad ${r}), inte här.`;
  return `IF(${code}=0,"",IF(${code}=5,${str(msg)},${text}))`;
}

/** Per line: the codes of its years, and each cell the first problem so far (along the row, then down the rows). */
function checkRows(c: Case, L: Layout): Block[] {
  const Y = L.yearly!;
  const rows = [...Y.row.entries()];
  return rows.flatMap(([i, r], k) => {
    const cr = Y.checkRow.get(i)!;
    const kr = Y.codeRow.get(i)!;
    const prev = (t: number) => (t > 1 ? addr(cr, Y.years.col(t - 1)) : k > 0 ? addr(cr - 2, Y.years.last) : undefined);
    const code = (t: number) => {
      const own = ownCode(L, r, t);
      return Fx(`=${t === 1 ? posterCode(c, L, i, r, own) : own}`, FMT.int, "note");
    };
    const check = (t: number) => {
      const p = prev(t);
      const own = sentence(c, L, i, r, t, addr(kr, Y.years.col(t)));
      return Fx(p === undefined ? `=${own}` : `=IF(${p}<>"",${p},${own})`, undefined, "note");
    };
    return [
      yearRow(Y.years, kr, T(`Kod, post ${i + 1}`, "note"), code, { labelCol: Y.col.line }),
      yearRow(Y.years, cr, T(`Kontroll, post ${i + 1}`, "note"), check, { labelCol: Y.col.line }),
    ];
  });
}

/** The sentences of the codes, under the checks. */
function codeTable(L: Layout): Block[] {
  const Y = L.yearly!;
  return [
    cell(Y.messageTitleRow, Y.col.line, T("Koderna: 0 inget problem, 5 beloppet på Poster ändrat; 1–4:", "header")),
    ...codeSentences(L).map((s, k) => line(Y.messageRows[k], Y.col.line, [N(k + 1, FMT.int), T(s, "note")])),
  ];
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
      cell(
        Y.checkTitleRow,
        Y.col.line,
        T("Kontroll av beloppen per år: kod per år och första problemet hittills", "header"),
      ),
      ...checkRows(c, L),
      ...codeTable(L),
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
