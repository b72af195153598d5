/** FOLLOWUP's Utfall range: År | Antal med utfall | Post N (investments' actual amounts). */
import { cellText, isBlank, key, parseNumber, showCell } from "../cells";
import { invalid } from "../errors";
import { analysisLocator, nonEmptyRows } from "./analysis";
import type { Param } from "./types";

interface Columns {
  year: number;
  successes: number;
  posts: (readonly [number, RegExpExecArray])[];
}

function columnsOf(head: unknown[]): Columns {
  const year = head.findIndex((h) => ["ar", "year"].includes(key(cellText(h))));
  const successes = head.findIndex((h) => ["antalmedutfall", "utfall", "successes"].includes(key(cellText(h))));
  if (year < 0) throw invalid("Utfall: rubrikraden saknar kolumnen År");
  const posts = head
    .map((h, j) => [j, /^post\s*(\d+)$/i.exec(cellText(h).trim())] as const)
    .filter((x): x is readonly [number, RegExpExecArray] => x[1] !== null);
  return { year, successes, posts };
}

function yearOf(row: unknown[], r: number, head: unknown[], cols: Columns): Record<string, unknown> {
  const y: Record<string, unknown> = { year: parseNumber(row[cols.year]) ?? row[cols.year] };
  const si = cols.successes;
  if (si >= 0 && !isBlank(row[si])) {
    const v = parseNumber(row[si]);
    if (v === undefined) throw invalid(`Utfall rad ${r}, Antal med utfall: ${showCell(row[si])} är inget tal`);
    y.successes = v;
  }
  const inv = cols.posts
    .filter(([j]) => !isBlank(row[j]))
    .map(([j, mm]) => {
      const v = parseNumber(row[j]);
      if (v === undefined) throw invalid(`Utfall rad ${r}, ${cellText(head[j])}: ${showCell(row[j])} är inget belopp`);
      return { line: Number(mm[1]) - 1, amount: v };
    });
  if (inv.length) y.investment = inv;
  return y;
}

/** The actuals (kind "actuals"), as the case format's followUp.years. */
export const actualsParam: Param<Record<string, unknown>[]> = {
  kind: "actuals",
  type: "any",
  dimensionality: "matrix",
  optional: false,
  parse(raw, ctx) {
    const { rows: m, rowNo } = nonEmptyRows(raw);
    if (m.length < 2)
      throw invalid(
        "Utfall: ange en rubrikrad (År, Antal med utfall, och gärna Post N för insatsers faktiska belopp) och minst en rad",
      );
    const cols = columnsOf(m[0]);
    ctx.locators.push(analysisLocator("followUp", "Utfall", rowNo.slice(1)));
    return m.slice(1).map((row, i) => yearOf(row, rowNo[i + 1], m[0], cols));
  },
};
