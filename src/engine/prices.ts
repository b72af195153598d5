import { BUILTIN_INDEXES, catalogueEntry } from "./catalogue/index";
import { Dec, num } from "./decimal";
import { SocinvError } from "./errors";
import type { Case, CostUnit, Line, PriceIndex, UnitCost } from "./types";

/**
 * Fasta priser and unit costs (method.md, "Price indexing" and "Unit costs"). A line's amount
 * is kept as given, in its own price year; the amount in the case's price year P is
 *
 *   A = A_p · I(P) / I(p)          (A_p = quantity · unit amount · 12/365/1 for a unit cost)
 *
 * computed here, once, at the edge of every computation. A year the index lacks is an error.
 */

/** Units per year of each unit: 12 for per månad, 365 for per dygn, 1 otherwise. */
export const UNIT_FACTOR: Readonly<Record<CostUnit, number>> = { year: 1, month: 12, day: 365, personYear: 1 };

/** The case's price index series ("KPI" → the built-in series), or undefined. */
export function priceIndexOf(c: Pick<Case, "priceIndex">): PriceIndex | undefined {
  const spec = c.priceIndex;
  if (spec === undefined) return undefined;
  return spec === "KPI" ? BUILTIN_INDEXES.KPI : spec;
}

/** I(year), or undefined when the series lacks the year. */
export function indexValue(index: PriceIndex, year: number): number | undefined {
  const v = index.values[String(year)];
  return typeof v === "number" ? v : undefined;
}

/** The Swedish message for a year the series lacks. */
export function missingYearText(index: PriceIndex, year: number): string {
  return `året ${year} saknas i prisindexet ${index.name}`;
}

/** An amount in `from` year's prices expressed in `to` year's prices: A · I(to) / I(from). */
export function realPrice(amount: Dec | number, from: number, to: number, index: PriceIndex): Dec {
  const a = amount instanceof Dec ? amount : new Dec(amount);
  if (from === to) return a;
  const iFrom = indexValue(index, from);
  const iTo = indexValue(index, to);
  if (iFrom === undefined) throw new SocinvError("invalid-input", missingYearText(index, from));
  if (iTo === undefined) throw new SocinvError("invalid-input", missingYearText(index, to));
  return a.times(iTo).div(iFrom);
}

/** A unit cost by id: the case's own first, then the built-in catalogue's. */
export function unitCostOf(c: Pick<Case, "unitCosts">, id: string): UnitCost | undefined {
  return c.unitCosts?.find((u) => u.id === id) ?? catalogueEntry(id);
}

/** quantity · unit amount · (12 for per månad, 365 for per dygn, 1 otherwise), in the unit cost's price year. */
export function unitCostAmount(u: Pick<UnitCost, "amount" | "unit">, quantity: number): Dec {
  return new Dec(quantity).times(u.amount).times(UNIT_FACTOR[u.unit]);
}

/** True when a line's amount needs no conversion (method version 1). */
export function isPlainLine(c: Pick<Case, "priceYear">, line: Line): boolean {
  return line.unitCost === undefined && (line.priceYear === undefined || line.priceYear === c.priceYear);
}

/** The price year of a line's amount: its own, else its unit cost's, else the case's. */
export function linePriceYear(c: Pick<Case, "priceYear" | "unitCosts">, line: Line): number {
  if (line.priceYear !== undefined) return line.priceYear;
  const u = line.unitCost === undefined ? undefined : unitCostOf(c, line.unitCost);
  return u?.priceYear ?? c.priceYear;
}

/** A line's amount in the case's price year, exactly. */
export function lineAmount(c: Case, line: Line): Dec {
  if (isPlainLine(c, line)) return new Dec(line.amount);
  const u = line.unitCost === undefined ? undefined : unitCostOf(c, line.unitCost);
  const given = u && line.quantity !== undefined ? unitCostAmount(u, line.quantity) : new Dec(line.amount);
  const p = linePriceYear(c, line);
  if (p === c.priceYear) return given;
  const index = priceIndexOf(c);
  if (!index) throw new SocinvError("invalid-input", `prisår ${p} men kalkylen har inget prisindex`);
  return realPrice(given, p, c.priceYear, index);
}

/**
 * A line's amount in year t in the case's price year: its yearly amount for that year (method
 * v3; 0 outside its years), else its one amount.
 */
export function lineAmountInYear(c: Case, line: Line, t: number): Dec {
  const ys = line.yearlyAmounts;
  if (ys === undefined) return lineAmount(c, line);
  const a = ys[t - line.fromYear];
  if (a === undefined) return new Dec(0);
  return lineAmount(c, { ...line, amount: a, yearlyAmounts: undefined });
}

/** Every line's amount in the case's price year (index i for lines[i]). */
export function lineAmounts(c: Case): Dec[] {
  return c.lines.map((l) => lineAmount(c, l));
}

/** A line's amount in the case's price year as a plain number (Monte Carlo, display). */
export function lineAmountNumber(c: Case, line: Line): number {
  return isPlainLine(c, line) ? line.amount : num(lineAmount(c, line));
}

/** The unit costs the case's lines use, each once, in the order of first use (own or catalogue). */
export function unitCostsUsed(c: Case): UnitCost[] {
  const out: UnitCost[] = [];
  for (const l of c.lines) {
    if (l.unitCost === undefined || out.some((u) => u.id === l.unitCost)) continue;
    const u = unitCostOf(c, l.unitCost);
    if (u) out.push(u);
  }
  return out;
}

/** The years of the index a case's lines use (their price years and the case's), ascending. */
export function indexYearsUsed(c: Case): number[] {
  const ys = new Set<number>();
  for (const l of c.lines) if (!isPlainLine(c, l)) ys.add(linePriceYear(c, l));
  if (ys.size > 0) ys.add(c.priceYear);
  return [...ys].sort((a, b) => a - b);
}
