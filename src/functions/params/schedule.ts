/**
 * The discount schedule in an assumptions range (method v2). Two kinds of rows, beside the
 * other assumptions:
 *
 *   Diskonteringsschema | Green Book        HM Treasury's declining schedule
 *   Diskonteringsschema | Fast ränta        one rate (as without the row)
 *   Ränta från år 32    | 3 %               a band: the rate in force from year 32 on
 *
 * Band rows alone (or with "Diskonteringsschema | Egna band") give the case's own bands, in
 * any order; years before the first band use Diskonteringsränta. Every error names its row.
 */
import { BAND_YEARS, scheduleBands, suggest, type DiscountBand, type DiscountScheduleSpec } from "../../engine";
import { cellText, isBlank, key, parseNumber, showCell, type Cell } from "../cells";
import { invalid } from "../errors";

/** The label of the schedule row and of a band row, as the user reads them. */
export const SCHEDULE_LABEL = "Diskonteringsschema";
export const bandLabel = (year: number): string => `Ränta från år ${year}`;

type Kind = "greenbook" | "bands" | "flat";

const SCHEDULE_NAMES = new Set(["diskonteringsschema", "diskonteringsschemat", "discountschedule", "schedule"]);

const KIND_WORDS: Record<string, Kind> = {
  greenbook: "greenbook",
  greenbookhmtreasury: "greenbook",
  hmtreasury: "greenbook",
  hmtreasurygreenbook: "greenbook",
  fallande: "greenbook",
  fallanderanta: "greenbook",
  declining: "greenbook",
  egnaband: "bands",
  egna: "bands",
  band: "bands",
  bands: "bands",
  ownbands: "bands",
  fast: "flat",
  fastranta: "flat",
  flat: "flat",
  flatrate: "flat",
  ingen: "flat",
  none: "flat",
};

const KIND_TEXT = "Green Book, Egna band (med rader Ränta från år N) eller Fast ränta";

/** "Ränta från år 32", "Diskonteringsränta från och med år 32", "Rate from year 32" → 32. */
const BAND_NAME = /^(?:diskonteringsranta|ranta|discountrate|rate)(?:franochmed|fran|from)(?:ar|year)?(\d{1,4})$/;

/** The year of a band row's name, or undefined when the name is not a band row. */
export function bandYearOf(name: string): number | undefined {
  const m = BAND_NAME.exec(key(name));
  return m ? Number(m[1]) : undefined;
}

export function isScheduleName(name: string): boolean {
  return SCHEDULE_NAMES.has(key(name));
}

/** What the assumptions range says about the schedule, with the rows for messages. */
export interface ParsedSchedule {
  spec: DiscountScheduleSpec;
  /** The row of "Diskonteringsschema" (undefined with band rows only). */
  row?: number;
  /** The row of each band of scheduleBands(spec), in that order (empty for Green Book). */
  bandRows: number[];
}

function parseBand(name: string, value: Cell, rowNo: number, year: number): DiscountBand {
  const where = `Antaganden rad ${rowNo}, ${name}`;
  if (year < BAND_YEARS.min || year > BAND_YEARS.max)
    throw invalid(
      `${where}: ett band kan börja år ${BAND_YEARS.min}–${BAND_YEARS.max} (år 1 diskonteras bara med Diskontering Slutet av året); ange t.ex. ${bandLabel(32)}`,
    );
  const rate = parseNumber(value);
  if (rate === undefined)
    throw invalid(
      `${where}: ${isBlank(value) ? "värdet saknas" : `${showCell(value)} är inget tal`}; ange räntan, t.ex. 3 %`,
    );
  if (rate <= -1 || rate > 1) throw invalid(`${where}: ${showCell(value)} ska vara större än -100 % och högst 100 %`);
  return { fromYear: year, rate };
}

function parseKind(name: string, value: Cell, rowNo: number): Kind {
  const where = `Antaganden rad ${rowNo}, ${name}`;
  if (isBlank(value)) throw invalid(`${where}: värdet saknas; ange ${KIND_TEXT}`);
  const text = cellText(value).trim();
  const kind = typeof value === "string" ? KIND_WORDS[key(text)] : undefined;
  if (kind) return kind;
  const hint = suggest(text, ["Green Book", "Egna band", "Fast ränta"]);
  throw invalid(
    `${where}: ${showCell(value)} känns inte igen; ${hint ? `menade du '${hint}'? ` : ""}ange ${KIND_TEXT}`,
  );
}

/**
 * Collects the schedule rows of one assumptions range. `take` returns true for a row it
 * consumed (the schedule row or a band row); `finish` checks the rows together.
 */
export function scheduleRows(): {
  take(name: string, value: Cell, rowNo: number): boolean;
  finish(): ParsedSchedule | undefined;
} {
  let kind: { kind: Kind; row: number; name: string } | undefined;
  const bands: { band: DiscountBand; row: number; name: string }[] = [];
  return {
    take(name, value, rowNo) {
      if (isScheduleName(name)) {
        if (kind) throw invalid(`Antaganden rad ${rowNo}: ${SCHEDULE_LABEL} står redan på rad ${kind.row}`);
        kind = { kind: parseKind(name, value, rowNo), row: rowNo, name };
        return true;
      }
      const year = bandYearOf(name);
      if (year === undefined) return false;
      const band = parseBand(name, value, rowNo, year);
      const same = bands.find((b) => b.band.fromYear === year);
      if (same) throw invalid(`Antaganden rad ${rowNo}: ${bandLabel(year)} står redan på rad ${same.row}`);
      bands.push({ band, row: rowNo, name });
      return true;
    },
    finish() {
      if (kind && kind.kind !== "bands" && bands.length > 0) {
        const what = kind.kind === "greenbook" ? "Green Book" : "Fast ränta";
        throw invalid(
          `Antaganden rad ${bands[0].row}: ${bands[0].name} anges, men ${SCHEDULE_LABEL} på rad ${kind.row} är ${what}; ta bort banden eller ange Egna band`,
        );
      }
      if (kind?.kind === "bands" && bands.length === 0)
        throw invalid(
          `Antaganden rad ${kind.row}, ${kind.name}: Egna band kräver minst en rad ${bandLabel(32)} | 3 % i antagandena`,
        );
      if (kind?.kind === "greenbook") return { spec: "greenbook", row: kind.row, bandRows: [] };
      if (bands.length === 0) return undefined;
      const sorted = [...bands].sort((a, b) => a.band.fromYear - b.band.fromYear);
      return { spec: sorted.map((b) => b.band), row: kind?.row, bandRows: sorted.map((b) => b.row) };
    },
  };
}

/** The schedule rows of a case (for assumptionsToRange): the Green Book row or one row per band. */
export function scheduleToRows(spec: DiscountScheduleSpec | undefined): (string | number)[][] {
  if (spec === undefined) return [];
  if (spec === "greenbook") return [[SCHEDULE_LABEL, "Green Book"]];
  return scheduleBands(spec).map((b) => [bandLabel(b.fromYear), b.rate]);
}

/** Where an engine path of the schedule is in the range ("Antaganden rad 12, Ränta från år 32"). */
export function scheduleLocation(s: ParsedSchedule | undefined, path: string): string | undefined {
  const band = /^assumptions\.discountSchedule\[(\d+)\]/.exec(path);
  if (band && s && s.spec !== "greenbook") {
    const i = Number(band[1]);
    const b = s.spec[i] as DiscountBand | undefined;
    if (b && s.bandRows[i] !== undefined) return `Antaganden rad ${s.bandRows[i]}, ${bandLabel(b.fromYear)}`;
  }
  if (!path.startsWith("assumptions.discountSchedule")) return undefined;
  return s?.row !== undefined ? `Antaganden rad ${s.row}, ${SCHEDULE_LABEL}` : `Antaganden, ${SCHEDULE_LABEL}`;
}
