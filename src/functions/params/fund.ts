/**
 * FUNDBALANCE's ranges: the projects (Projekt | Startår | Flöde | År 1 | År 2 | …, a row per
 * project and flow, Utbetalt or Återfört), and the contributions (År | Belopp).
 */
import { cellText, isBlank, key, parseNumber, showCell } from "../cells";
import { invalid } from "../errors";
import { headerIndex, nonEmptyRows } from "./analysis";
import { isMissing, type Param } from "./types";

export interface FundProjectRows {
  name: string;
  startYear: number;
  grants: number[];
  repayments: number[];
}

const FLOW: Record<string, "grants" | "repayments"> = {
  utbetalt: "grants",
  utbetalning: "grants",
  utbetalningar: "grants",
  bidrag: "grants",
  beviljat: "grants",
  aterfort: "repayments",
  aterforing: "repayments",
  aterbetalt: "repayments",
  aterbetalning: "repayments",
};

function yearColumns(head: unknown[]): { col: number; t: number }[] {
  return head
    .map((h, col) => ({ col, m: /^\s*år\s*(\d+)\s*$/i.exec(cellText(h)) }))
    .filter((x): x is { col: number; m: RegExpExecArray } => x.m !== null)
    .map(({ col, m }) => ({ col, t: Number(m[1]) }));
}

function amount(v: unknown, where: string): number {
  if (isBlank(v)) return 0;
  const n = parseNumber(v);
  if (n === undefined) throw invalid(`${where}: ${showCell(v)} är inget belopp`);
  if (n < 0)
    throw invalid(
      `${where}: ${showCell(v)} är negativt; ange beloppet positivt (raden säger om det är utbetalt eller återfört)`,
    );
  return n;
}

/** The projects range (kind "fundProjects"): one entry per project, its flows by project year. */
export const fundProjectsParam: Param<FundProjectRows[]> = {
  kind: "fundProjects",
  type: "any",
  dimensionality: "matrix",
  optional: false,
  parse(raw) {
    const { rows, rowNo } = nonEmptyRows(raw);
    const help =
      "ange rubrikraden Projekt | Startår | Flöde | År 1 | År 2 | … och en rad per projekt och flöde (Utbetalt eller Återfört)";
    if (rows.length < 2) throw invalid(`Projekt: ${help}`);
    const [name, start, flow] = headerIndex(rows[0], [
      ["Projekt", "Namn"],
      ["Startår", "Start"],
      ["Flöde", "Typ"],
    ]);
    const years = yearColumns(rows[0]);
    if (name < 0 || start < 0 || flow < 0 || years.length === 0)
      throw invalid(`Projekt: rubrikraden saknar kolumner; ${help}`);
    const byName = new Map<string, FundProjectRows>();
    rows.slice(1).forEach((row, i) => {
      const r = rowNo[i + 1];
      const label = cellText(row[name]).trim();
      if (!label) throw invalid(`Projekt rad ${r}, Projekt: saknas; ange projektets namn`);
      const y = parseNumber(row[start]);
      if (y === undefined || !Number.isInteger(y) || y < 1900 || y > 2200)
        throw invalid(`Projekt rad ${r}, Startår: ${showCell(row[start])} är inget årtal; ange t.ex. 2026`);
      const kind = FLOW[key(cellText(row[flow]))];
      if (!kind)
        throw invalid(`Projekt rad ${r}, Flöde: ${showCell(row[flow])} känns inte igen; ange Utbetalt eller Återfört`);
      const p = byName.get(key(label)) ?? { name: label, startYear: y, grants: [], repayments: [] };
      if (p.startYear !== y)
        throw invalid(
          `Projekt rad ${r}, Startår: ${y} skiljer sig från projektets startår ${p.startYear} på en tidigare rad`,
        );
      for (const { col, t } of years)
        p[kind][t - 1] = (p[kind][t - 1] ?? 0) + amount(row[col], `Projekt rad ${r}, År ${t}`);
      byName.set(key(label), p);
    });
    for (const p of byName.values()) {
      p.grants = Array.from(p.grants, (x) => x ?? 0);
      p.repayments = Array.from(p.repayments, (x) => x ?? 0);
    }
    return [...byName.values()];
  },
};

/** The contributions range (kind "fundContributions", optional): År | Belopp, a header row allowed. */
export const fundContributionsParam: Param<{ year: number; amount: number }[]> = {
  kind: "fundContributions",
  type: "any",
  dimensionality: "matrix",
  optional: true,
  parse(raw) {
    if (isMissing(raw)) return [];
    const { rows, rowNo } = nonEmptyRows(raw);
    const body = rows.length > 0 && parseNumber(rows[0][0]) === undefined ? 1 : 0;
    return rows.slice(body).map((row, i) => {
      const r = rowNo[i + body];
      const year = parseNumber(row[0]);
      if (year === undefined || !Number.isInteger(year))
        throw invalid(`Tillskott rad ${r}, År: ${showCell(row[0])} är inget årtal`);
      return { year, amount: amount(row[1], `Tillskott rad ${r}, Belopp`) };
    });
  },
};
