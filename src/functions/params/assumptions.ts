/** The assumptions range: two columns, name and value; a header row is allowed. */
import { ASSUMPTIONS, DISCOUNT_TIMING, suggest, type AssumptionKey, type Case } from "../../engine";
import { asMatrix, cellText, isBlank, isBlankOrZero, key, parseNumber, showCell } from "../cells";
import { invalid } from "../errors";
import { CONTINUING_LABEL, continuingRows, type ContinuingKey, type ParsedContinuing } from "./continuing";
import { SCHEDULE_LABEL, scheduleRows, scheduleToRows, type ParsedSchedule } from "./schedule";

/** Assumption names by key(): the labels and keys only (scenario columns, distribution parameters). */
export const ASSUMPTION_BY_KEY: Record<string, AssumptionKey> = (() => {
  const m: Record<string, AssumptionKey> = {};
  for (const a of ASSUMPTIONS) {
    m[key(a.label)] = a.key;
    m[key(a.key)] = a.key;
  }
  return m;
})();

/** Assumption names in Swedish and English accepted in an assumptions range, by key(). */
const ASSUMPTION_NAMES: Record<string, AssumptionKey> = {
  ...ASSUMPTION_BY_KEY,
  horisontar: "horizon",
  ar: "horizon",
  years: "horizon",
  ranta: "discountRate",
  discount: "discountRate",
  antalutfall: "successes",
  antalmedutfall: "successes",
  utfall: "successes",
  personermedutfall: "successes",
  successes: "successes",
  n: "successes",
  dropoff: "decay",
  tillvaxt: "growth",
  realgrowth: "growth",
};

const HEADER_WORDS = new Set(["antagande", "antaganden", "namn", "name", "assumption", "assumptions", "parameter"]);

/** The Swedish label of an assumption key (or of a method v3 row: Intagsår, Diskontering, Enhet, Antal deltagare). */
export function assumptionLabel(k: string): string {
  return ASSUMPTIONS.find((a) => a.key === k)?.label ?? CONTINUING_LABEL[k as ContinuingKey] ?? k;
}

export interface ParsedAssumptions {
  values: Partial<Record<AssumptionKey, number>>;
  rowOf: Partial<Record<AssumptionKey, number>>;
  /** Method v2: the discount schedule, when the range has its rows (see schedule.ts). */
  schedule?: ParsedSchedule;
  /** Method v3: Intagsår, Diskontering, Enhet and Antal deltagare, with their rows (see continuing.ts). */
  continuing?: ParsedContinuing;
}

/** The assumption named in a row; undefined for a header row. */
function assumptionOf(name: string, r: number): AssumptionKey | undefined {
  const rowNo = r + 1;
  if (!name) throw invalid(`Antaganden rad ${rowNo}: namnet saknas i första kolumnen`);
  const k = ASSUMPTION_NAMES[key(name)];
  if (k) return k;
  if (r === 0 && HEADER_WORDS.has(key(name))) return undefined;
  const labels = ASSUMPTIONS.map((a) => a.label);
  const hint = suggest(name, [...labels, SCHEDULE_LABEL, ...Object.values(CONTINUING_LABEL)]);
  throw invalid(
    `Antaganden rad ${rowNo}: okänt antagande '${name}'` +
      (hint ? `; menade du '${hint}'?` : `; kända är ${labels.join(", ")}`),
  );
}

/**
 * Parses an assumptions range: two columns (name, value); further columns are ignored. The
 * discount schedule's rows (Diskonteringsschema, Ränta från år N) are read by schedule.ts.
 */
export function parseAssumptions(range: unknown): ParsedAssumptions {
  const m = asMatrix(range);
  const values: Partial<Record<AssumptionKey, number>> = {};
  const rowOf: Partial<Record<AssumptionKey, number>> = {};
  const schedule = scheduleRows();
  const continuing = continuingRows();
  if (m.length > 0 && m[0].length < 2 && m.some((row) => !isBlankOrZero(row[0]))) {
    throw invalid("Antagandena ska vara två kolumner: namn och värde (t.ex. Diskonteringsränta | 3,5 %)");
  }
  m.forEach((row, r) => {
    if (row.every(isBlankOrZero)) return;
    const rowNo = r + 1;
    const name = cellText(row[0]).trim();
    if (schedule.take(name, row[1], rowNo)) return;
    const v3 = continuing.take(name, row[1], rowNo);
    if (v3 !== undefined && v3.key !== "rate") return;
    const k = v3 === undefined ? assumptionOf(name, r) : "discountRate";
    if (k === undefined) return;
    if (rowOf[k] !== undefined) throw invalid(`Antaganden rad ${rowNo}: ${name} står redan på rad ${rowOf[k]}`);
    const v = parseNumber(row[1]);
    if (v === undefined) {
      throw invalid(
        `Antaganden rad ${rowNo}, ${name}: ${isBlank(row[1]) ? "värdet saknas" : `${showCell(row[1])} är inget tal`}`,
      );
    }
    values[k] = v;
    rowOf[k] = rowNo;
  });
  const s = schedule.finish();
  const out: ParsedAssumptions = { values, rowOf };
  if (s !== undefined) out.schedule = s;
  if (Object.keys(continuing.parsed.rowOf).length > 0) out.continuing = continuing.parsed;
  return out;
}

/** A case's assumptions as a two-column range (Swedish names, values as fractions; then the schedule's rows). */
export function assumptionsToRange(c: Case): (string | number)[][] {
  const a = c.assumptions;
  const rows: (string | number)[][] = ASSUMPTIONS.map((x) => [x.label, a[x.key]]);
  if (a.intakeYears !== undefined) rows.push([CONTINUING_LABEL.intakeYears, a.intakeYears]);
  if (a.discountTiming !== undefined)
    rows.push([CONTINUING_LABEL.discountTiming, DISCOUNT_TIMING.labels[a.discountTiming]]);
  const unit = c.actors.find((x) => x.id === c.unit);
  if (unit) rows.push([CONTINUING_LABEL.unit, unit.name]);
  if (c.participants !== undefined) rows.push([CONTINUING_LABEL.participants, c.participants]);
  return [...rows, ...scheduleToRows(a.discountSchedule)];
}
