import type { PortfolioResult } from "../../engine";

/**
 * Where everything goes on the fund's sheet (Fond): the inputs, the year grid (one column per
 * calendar year), the balance chart, the projects per perspective, and the actors' totals.
 */

export interface FundLayout {
  sheet: string;
  years: number[];
  /** Column of the first year (B); column of calendar year y is firstCol + (y − fund start). */
  firstCol: number;
  capital: { row: number; col: number };
  status: { row: number; col: number };
  firstNegative: { row: number; col: number };
  yearRow: number;
  contributionsRow: number;
  /** Per project: its grant row and its repayment row. */
  grantRows: number[];
  repaymentRows: number[];
  sums: { grants: number; repayments: number; opening: number; closing: number; negative: number };
  chart: { row: number; rows: number };
  /** Per base perspective: header row and first project row. */
  perspectives: { header: number; first: number }[];
  actors: { header: number; first: number; factorRow: number };
  lastRow: number;
}

export function fundLayout(r: PortfolioResult): FundLayout {
  const n = r.projects.length;
  const yearRow = 9;
  const contributionsRow = 10;
  const grantRows = r.projects.map((_, i) => 11 + i);
  const repaymentRows = r.projects.map((_, i) => 11 + n + i);
  const s = 11 + 2 * n;
  const sums = { grants: s, repayments: s + 1, opening: s + 2, closing: s + 3, negative: s + 4 };
  const chart = { row: s + 6, rows: 16 };
  let row = chart.row + chart.rows + 1;
  const perspectives = [0, 1, 2].map(() => {
    const p = { header: row + 1, first: row + 2 };
    row = p.first + n + 1;
    return p;
  });
  const actors = { factorRow: row + 1, header: row + 2, first: row + 3 };
  return {
    sheet: "Fond",
    years: r.years.map((y) => y.year),
    firstCol: 2,
    capital: { row: 5, col: 2 },
    status: { row: 6, col: 2 },
    firstNegative: { row: 7, col: 2 },
    yearRow,
    contributionsRow,
    grantRows,
    repaymentRows,
    sums,
    chart,
    perspectives,
    actors,
    lastRow: actors.first + r.actors.length,
  };
}
