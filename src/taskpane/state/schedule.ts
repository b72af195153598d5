/**
 * The discount schedule on Antaganden (method v2), as typed: a flat rate (the case's
 * discountRate, the default), HM Treasury's Green Book, or the case's own bands (from year,
 * rate in percent). Read into `assumptions.discountSchedule`; the engine validates it.
 */
import { parseNumberText, type DiscountBand } from "../../engine";
import { assumptionText, newKey } from "./text";

export type ScheduleKind = "flat" | "greenbook" | "bands";

export interface BandRow {
  key: string;
  fromYear: string;
  /** In percent, as typed. */
  rate: string;
}

export interface ScheduleForm {
  kind: ScheduleKind;
  /** The own bands; kept while another kind is chosen, so switching back loses nothing. */
  bands: BandRow[];
}

export function blankBand(fromYear = ""): BandRow {
  return { key: newKey(), fromYear, rate: "" };
}

export function emptySchedule(): ScheduleForm {
  return { kind: "flat", bands: [] };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A case's `assumptions.discountSchedule` (absent, "greenbook" or bands) as the form shows it. */
export function scheduleFromRaw(raw: unknown): ScheduleForm {
  if (raw === "greenbook") return { kind: "greenbook", bands: [] };
  if (!Array.isArray(raw)) return emptySchedule();
  const bands = raw.filter(isObj).map((b) => ({
    key: newKey(),
    fromYear: typeof b.fromYear === "number" ? String(b.fromYear) : "",
    rate: typeof b.rate === "number" ? assumptionText("discountRate", b.rate) : "",
  }));
  return { kind: "bands", bands };
}

/** A number typed in a band: the number, or the text itself (and a message) when it is no number. */
function bandNumber(text: string, percent: boolean, path: string, message: string, out: Map<string, string>): unknown {
  const t = text.trim();
  const n = parseNumberText(percent ? t.replace("%", "") : t);
  if (n !== undefined) return percent ? n / 100 : n;
  out.set(path, message);
  return t;
}

/** The form as `assumptions.discountSchedule` (undefined for a flat rate), with the wizard's own text messages. */
export function readSchedule(f: ScheduleForm | undefined, out: Map<string, string>): unknown {
  if (!f || f.kind === "flat") return undefined;
  if (f.kind === "greenbook") return "greenbook";
  return f.bands.map((b, i): DiscountBand | Record<string, unknown> => {
    const p = `assumptions.discountSchedule[${i}]`;
    const n = i + 1;
    return {
      fromYear: bandNumber(b.fromYear, false, `${p}.fromYear`, `Band ${n}: ange från år som ett heltal från 2.`, out),
      rate: bandNumber(b.rate, true, `${p}.rate`, `Band ${n}: '${b.rate}' är ingen ränta; skriv t.ex. 3,5.`, out),
    };
  });
}

/** The field key of an engine path under `assumptions.discountSchedule`, or undefined for other paths. */
export function scheduleFieldKey(path: string, f: ScheduleForm | undefined): string | undefined {
  if (!path.startsWith("assumptions.discountSchedule")) return undefined;
  const m = /^assumptions\.discountSchedule\[(\d+)\](?:\.(fromYear|rate))?/.exec(path);
  const band = m ? f?.bands[Number(m[1])] : undefined;
  if (!m || !band) return "discountSchedule";
  return `band.${band.key}.${m[2] ?? "fromYear"}`;
}

/** The wizard's words for such a path: "Diskonteringsschema, band 2, från år". */
export function scheduleWords(path: string): string | undefined {
  if (!path.startsWith("assumptions.discountSchedule")) return undefined;
  const m = /^assumptions\.discountSchedule\[(\d+)\](?:\.(fromYear|rate))?/.exec(path);
  if (!m) return "Diskonteringsschema";
  const field = m[2] === "fromYear" ? ", från år" : m[2] === "rate" ? ", ränta" : "";
  return `Diskonteringsschema, band ${Number(m[1]) + 1}${field}`;
}
