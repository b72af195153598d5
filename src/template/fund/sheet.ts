import { BASE_PERSPECTIVES, PERSPECTIVE, type Portfolio, type PortfolioResult } from "../../engine";
import { FMT, Fx, N, T, addr, cell, line, sheet, table, titled, type Block } from "../cells";
import type { CellSpec, SheetModel } from "../model";
import type { FundLayout } from "./layout";

/**
 * Fond: the fund's balance year by year in native formulas (inputs: the opening capital and the
 * contributions; each project's grants and repayments as its case computes them, shown as
 * values), the first year the balance would go negative, a chart of the balance, the projects
 * side by side per perspective with their ranks, and the actors' totals over the projects.
 */

const y = (L: FundLayout, year: number) => L.firstCol + year - L.years[0];
const at = (L: FundLayout, row: number, year: number) => addr(row, y(L, year));
const span = (L: FundLayout, row: number, abs = false) =>
  `${addr(row, L.firstCol, abs)}:${addr(row, y(L, L.years[L.years.length - 1]), abs)}`;

function yearRow(
  L: FundLayout,
  row: number,
  label: string,
  f: (year: number) => CellSpec,
  style?: "total" | "label",
): Block {
  return line(row, 1, [T(label, style ?? "label"), ...L.years.map(f)]);
}

function inputs(L: FundLayout, p: Portfolio): Block[] {
  const contributions = L.contributionsRow;
  const status =
    `=IF(ISNUMBER(${addr(L.capital.row, L.capital.col)}),IF(${addr(L.capital.row, L.capital.col)}<0,` +
    `"Startkapitalet (Fond!B${L.capital.row}) ska vara ett belopp från 0 kr",` +
    `IF(COUNTA(${span(L, contributions)})<>COUNTIF(${span(L, contributions)},">=0"),` +
    `"Ett tillskott på rad ${contributions} är inget belopp från 0 kr","OK")),` +
    `"Startkapitalet (Fond!B${L.capital.row}) är inget belopp")`;
  const negative = span(L, L.sums.negative);
  return [
    cell(4, 1, T("Indata och kontroll", "header")),
    line(L.capital.row, 1, [
      T("Startkapital vid början av första året", "label"),
      N(p.fund.openingCapital, FMT.kr, "input"),
    ]),
    line(L.status.row, 1, [T("Kontroll av indata (Inputs_Status)", "label"), Fx(status, undefined, "check")]),
    line(L.firstNegative.row, 1, [
      T("Första år med negativt saldo", "label"),
      Fx(`=IF(COUNTIF(${negative},">0")=0,"inget",MIN(${negative}))`, FMT.int, "check"),
    ]),
  ];
}

function grid(L: FundLayout, p: Portfolio, r: PortfolioResult): Block[] {
  const contribution = (year: number) =>
    p.fund.contributions.filter((c) => c.year === year).reduce((s, c) => s + c.amount, 0);
  const k = (year: number) => year - L.years[0];
  const sumOf = (rows: number[], year: number) => `=SUM(${at(L, rows[0], year)}:${at(L, rows[rows.length - 1], year)})`;
  const S = L.sums;
  return [
    yearRow(L, L.yearRow, "År", (year) => N(year, FMT.int, "header"), "label"),
    yearRow(L, L.contributionsRow, "Tillskott till fonden (indata)", (year) => N(contribution(year), FMT.kr, "input")),
    ...r.projects.map((pr, i) =>
      yearRow(L, L.grantRows[i], `Utbetalt: ${pr.name}`, (year) => N(pr.grants[k(year)], FMT.kr)),
    ),
    ...r.projects.map((pr, i) =>
      yearRow(L, L.repaymentRows[i], `Återfört: ${pr.name}`, (year) => N(pr.repayments[k(year)], FMT.kr)),
    ),
    yearRow(L, S.grants, "Summa utbetalt", (year) => Fx(sumOf(L.grantRows, year), FMT.kr), "total"),
    yearRow(L, S.repayments, "Summa återfört", (year) => Fx(sumOf(L.repaymentRows, year), FMT.kr), "total"),
    yearRow(L, S.opening, "Ingående saldo", (year) =>
      Fx(
        year === L.years[0] ? `=${addr(L.capital.row, L.capital.col, true)}` : `=${at(L, S.closing, year - 1)}`,
        FMT.kr,
      ),
    ),
    yearRow(
      L,
      S.closing,
      "Utgående saldo",
      (year) =>
        Fx(
          `=${at(L, S.opening, year)}+${at(L, L.contributionsRow, year)}-${at(L, S.grants, year)}+${at(L, S.repayments, year)}`,
          FMT.kr,
        ),
      "total",
    ),
    yearRow(L, S.negative, "År med negativt saldo (hjälprad)", (year) =>
      Fx(`=IF(${at(L, S.closing, year)}<0,${at(L, L.yearRow, year)},"")`, FMT.int),
    ),
  ];
}

function projects(L: FundLayout, r: PortfolioResult): Block[] {
  const out: Block[] = [];
  BASE_PERSPECTIVES.forEach((b, j) => {
    const P = L.perspectives[j];
    out.push(
      cell(
        P.header - 1,
        1,
        T(`${PERSPECTIVE.labels[b]}: projekten (nuvärden vid varje projekts år 1, ur dess kalkyl)`, "header"),
      ),
    );
    out.push(
      table(
        P.header,
        1,
        ["Projekt", "Kalkylfil", "Startår", "Investering", "Nettonuvärde", "B/I", "NPV/I", "N*-andel", "Rang (NPV)"],
        [],
      ),
    );
    r.projects.forEach((pr, i) => {
      const row = P.first + i;
      const f = pr.perspectives[b];
      const I = addr(row, 4);
      const npv = addr(row, 5);
      out.push(
        line(row, 1, [
          T(`${i + 1}. ${pr.name}`, "label"),
          T(pr.case),
          N(pr.startYear, FMT.int),
          N(f.investment, FMT.kr),
          N(f.npv, FMT.kr),
          Fx(`=IF(${I}=0,"–",(${npv}+${I})/${I})`, FMT.ratio),
          Fx(`=IF(${I}=0,"–",${npv}/${I})`, FMT.ratio),
          f.breakEvenSuccessRate === null ? T("–") : N(f.breakEvenSuccessRate, FMT.percent),
          // The rank by comparisons with the other projects (no text criterion, whose number-to-text rounding varies).
          Fx(`=1${r.projects.map((_, o) => (o === i ? "" : `+(${addr(P.first + o, 5)}>${npv})`)).join("")}`, FMT.int),
        ]),
      );
    });
  });
  return out;
}

function actors(L: FundLayout, r: PortfolioResult): Block[] {
  const A = L.actors;
  const n = r.projects.length;
  const factor = (i: number) => addr(A.factorRow, 2 + i, true);
  const rows = r.actors.map((a, k) => {
    const row = A.first + k;
    const cols = r.projects.map((_, i) => addr(row, 2 + i));
    return line(row, 1, [
      T(a.name, "label"),
      ...a.byProject.map((v) => (v === null ? T("–") : N(v, FMT.kr))),
      Fx(`=SUM(${cols[0]}:${cols[n - 1]})`, FMT.kr, "total"),
      Fx(`=${cols.map((c, i) => `N(${c})*${factor(i)}`).join("+")}`, FMT.kr),
    ]);
  });
  return [
    cell(
      A.factorRow - 1,
      1,
      T("Vem vinner över alla projekt (nettonuvärde per aktör, kr; – där projektet saknar aktörens poster)", "header"),
    ),
    line(A.factorRow, 1, [
      T("Diskonteringsfaktor till fondens start", "label"),
      ...r.projects.map((pr) => N(pr.factorToFundStart, FMT.factor)),
    ]),
    table(
      A.header,
      1,
      ["Aktör (inkl. underenheter)", ...r.projects.map((_, i) => `Projekt ${i + 1}`), "Summa", "Vid fondens start"],
      [],
    ),
    ...rows,
  ];
}

export function fundSheet(L: FundLayout, p: Portfolio, r: PortfolioResult): SheetModel {
  const owner = p.fund.owner ? `${p.fund.owner}. ` : "";
  const subtitle = `${owner}Fonden betalar ut till projekten; de enheter som vinner betalar tillbaka (återföring).`;
  const first = y(L, L.years[0]);
  const lastCol = y(L, L.years[L.years.length - 1]);
  return sheet(
    "fund",
    L.sheet,
    [
      titled(`Social investeringsfond: ${p.fund.name}`, subtitle),
      cell(
        3,
        1,
        T(
          "Kronor per kalenderår, odiskonterade. Projektens tal ur deras egna kalkyler (socinv workbook <kalkylfil>). " +
            "B/I = avkastningskvot, NPV/I = nettonuvärdeskvot, N*-andel = andel med utfall som behövs.",
          "note",
        ),
      ),
      ...inputs(L, p),
      ...grid(L, p, r),
      ...projects(L, r),
      ...actors(L, r),
    ],
    {
      columnWidths: [46, ...Array<number>(Math.max(lastCol - 1, 9)).fill(15)],
      charts: [
        {
          title: "Fondens utgående saldo per år (kr)",
          type: "line",
          categories: span(L, L.yearRow, true),
          series: [{ name: "Utgående saldo", values: span(L, L.sums.closing, true) }],
          at: { col: first, row: L.chart.row, cols: 10, rows: L.chart.rows },
        },
      ],
      print: {
        landscape: true,
        fitToWidth: true,
        pagesWide: Math.max(1, Math.ceil((lastCol - 1) / 14)),
        titleCols: "A:A",
      },
      freeze: { rows: 0, cols: 1 },
      validations: [
        {
          ref: addr(L.capital.row, L.capital.col),
          rule: { kind: "decimal", min: 0, max: 1e15 },
          title: "Startkapital",
          message: "Ange startkapitalet i kronor, 0 eller mer.",
        },
        {
          ref: span(L, L.contributionsRow),
          rule: { kind: "decimal", min: 0, max: 1e15 },
          title: "Tillskott",
          message: "Ange tillskottet i kronor, 0 eller mer.",
        },
      ],
    },
  );
}
