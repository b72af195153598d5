/**
 * Method v3 in a lines range: amounts per year (årsprofil) as columns `År 1`, `År 2`, … beside
 * the others. A row with any of them filled takes its yearly amounts from them (instead of
 * Belopp): from its first to its last amount that is not 0, or from Från år / to Till år when
 * given; an empty cell in between is 0. Every error names the row and the column.
 */
import { cellText, isBlank, isBlankOrZero, key, parseNumber, showCell, type Cell } from "../cells";
import { invalid } from "../errors";

/** A column of amounts for one year of the calculation. */
export interface YearColumn {
  year: number;
  col: number;
  /** The header as the user wrote it ("År 3"). */
  label: string;
}

/** "År 3", "År3", "Year 3", "Belopp år 3" → 3. */
const YEAR_HEADER = /^(?:ar|year|beloppar|amountyear)(\d{1,3})$/;

/** The year of a header cell naming a year's amount, or undefined. */
export function yearOfHeader(text: string): number | undefined {
  const m = YEAR_HEADER.exec(key(text));
  return m ? Number(m[1]) : undefined;
}

/** The year columns of a header row, checked: no year twice, no gap between the first and the last. */
export function yearColumns(header: readonly Cell[], headerRow: number): YearColumn[] {
  const out: YearColumn[] = [];
  header.forEach((cell, col) => {
    const year = yearOfHeader(cellText(cell));
    if (year === undefined) return;
    const label = cellText(cell).trim();
    if (year < 1)
      throw invalid(`Rubrikraden (rad ${headerRow}), kolumn ${col + 1}: '${label}' är inget år; år räknas från 1`);
    const same = out.find((y) => y.year === year);
    if (same)
      throw invalid(
        `Rubrikraden (rad ${headerRow}) har två kolumner för år ${year} (kolumn ${same.col + 1} och ${col + 1})`,
      );
    out.push({ year, col, label });
  });
  out.sort((a, b) => a.year - b.year);
  for (let i = 1; i < out.length; i++) {
    if (out[i].year !== out[i - 1].year + 1)
      throw invalid(
        `Rubrikraden (rad ${headerRow}): kolumnen för år ${out[i - 1].year + 1} saknas mellan ${out[i - 1].label} och ${out[i].label}; belopp per år ska stå i en kolumn för varje år`,
      );
  }
  return out;
}

/** The yearly amounts of one row, as the engine takes them. */
export interface RowYearly {
  fromYear: number;
  toYear: number;
  /** Amounts as typed (signed), years fromYear..toYear. */
  amounts: number[];
}

/**
 * The row's amounts per year, or undefined when none of its year cells is filled. `from` and
 * `to` are the row's Från år and Till år when given; `at(col)` names a cell ("Rad 4, År 3").
 */
export function rowYearly(
  row: readonly Cell[],
  columns: readonly YearColumn[],
  window: { from?: number; to?: number; fromLabel: string; toLabel: string },
  at: (label: string) => string,
): RowYearly | undefined {
  const filled = columns.filter((y) => !isBlankOrZero(row[y.col]));
  if (filled.length === 0) return undefined;
  const values = new Map<number, number>();
  for (const y of columns) {
    const cell = row[y.col];
    if (isBlank(cell)) continue;
    const n = parseNumber(cell);
    if (n === undefined)
      throw invalid(`${at(y.label)}: ${showCell(cell)} är inget tal; ange beloppet i kronor för år ${y.year}`);
    if (Math.abs(n) > 1e15) throw invalid(`${at(y.label)}: ${showCell(cell)} är större än 10^15 kr`);
    values.set(y.year, n);
  }
  const fromYear = window.from ?? filled[0].year;
  const toYear = window.to ?? filled[filled.length - 1].year;
  for (const y of filled) {
    if (y.year < fromYear)
      throw invalid(
        `${at(y.label)}: ett belopp för år ${y.year} men ${window.fromLabel} är ${fromYear}; ta bort beloppet eller ändra ${window.fromLabel}`,
      );
    if (y.year > toYear)
      throw invalid(
        `${at(y.label)}: ett belopp för år ${y.year} men ${window.toLabel} är ${toYear}; ta bort beloppet eller ändra ${window.toLabel}`,
      );
  }
  const first = columns[0].year;
  const last = columns[columns.length - 1].year;
  if (fromYear < first || toYear > last) {
    const year = fromYear < first ? fromYear : toYear;
    throw invalid(
      `${at(fromYear < first ? window.fromLabel : window.toLabel)}: år ${year} har ingen kolumn bland ${columns[0].label}–${columns[columns.length - 1].label}; lägg till kolumnen eller ändra året`,
    );
  }
  const amounts: number[] = [];
  for (let t = fromYear; t <= toYear; t++) amounts.push(values.get(t) ?? 0);
  return { fromYear, toYear, amounts };
}

/**
 * The direction and the positive amounts of a yearly row: with Riktning every amount must be
 * 0 or more; without it, amounts of one sign (negative: a cost).
 */
export function yearlyDirection(
  y: RowYearly,
  columns: readonly YearColumn[],
  direction: "revenue" | "cost" | undefined,
  at: (label: string) => string,
  directionLabel: string,
): { direction: "revenue" | "cost"; amounts: number[] } {
  const labelOf = (i: number) => columns.find((c) => c.year === y.fromYear + i)?.label ?? `År ${y.fromYear + i}`;
  const negative = y.amounts.findIndex((a) => a < 0);
  const positive = y.amounts.findIndex((a) => a > 0);
  if (direction !== undefined) {
    if (negative >= 0)
      throw invalid(
        `${at(labelOf(negative))}: ${String(y.amounts[negative]).replace(".", ",")} är negativt fast ${directionLabel} anger riktningen; ange beloppet positivt`,
      );
    return { direction, amounts: y.amounts };
  }
  if (negative >= 0 && positive >= 0) {
    const later = Math.max(negative, positive);
    throw invalid(
      `${at(labelOf(later))}: beloppen per år har olika tecken (${labelOf(Math.min(negative, positive))} och ${labelOf(later)}); ange ${directionLabel} och beloppen positiva, eller dela posten i två`,
    );
  }
  return negative >= 0
    ? { direction: "cost", amounts: y.amounts.map((a) => (a === 0 ? 0 : -a)) }
    : { direction: "revenue", amounts: y.amounts };
}
