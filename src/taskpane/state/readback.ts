/**
 * What a number field read, said back when the field is left ("= 98 000 kr"), with a note when
 * the text had another plausible reading ("98.000 lästes som 98 000 …") and a warning when the
 * value is outside what is plausible for its assumption, naming the likely intent
 * ("0,035 % är en ovanligt låg ränta – menade du 3,5 %?"). Errors (no number at all) are the
 * validation's; here undefined.
 */
import { ASSUMPTIONS, formatDecimal } from "../../engine";
import { readAmount, readNumber, type EditableAssumption } from "./text";

export interface ReadBack {
  /** "= 98 000 kr" */
  text: string;
  /** Another reading was possible, or the value is implausible: shown as a warning. */
  warning?: string;
}

/** 1234.5 → "1 234,5"; whole numbers without decimals. */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return formatDecimal(n, 0);
  return formatDecimal(n, 6).replace(/0+$/, "").replace(/,$/, "");
}

/** An amount in kronor (or of `unit`): "= 98 000 kr". */
export function amountReadBack(typed: string, unit = "kr"): ReadBack | undefined {
  if (!typed.trim()) return undefined;
  const r = readAmount(typed);
  if (r.value === undefined) return undefined;
  const text = `= ${numberText(r.value)} ${unit}`.trimEnd();
  const notes = [r.note && `${r.note} Menade du ${typed.trim().replace(".", ",")}, skriv det med komma.`];
  if (Math.abs(r.value) >= 1e9) notes.push("Över en miljard kronor: stämmer beloppet?");
  const warning = notes.filter(Boolean).join(" ");
  return warning ? { text, warning } : { text };
}

/** A count (deltagare, personer): "= 60 personer". */
export function countReadBack(typed: string, unit: string): ReadBack | undefined {
  if (!typed.trim()) return undefined;
  const r = readNumber(typed);
  if (r.value === undefined) return undefined;
  const text = `= ${numberText(r.value)} ${unit}`;
  return r.note ? { text, warning: r.note } : { text };
}

/** Plausible ranges of the assumptions typed in percent (as fractions), and what lies outside them. */
const PLAUSIBLE: Partial<Record<EditableAssumption, { min?: number; max?: number; usual: string }>> = {
  discountRate: { min: 0.005, max: 0.2, usual: "ASEK och Green Book använder 3,5 %" },
  relapse: { max: 0.9, usual: "återfall är oftast 0–30 % per år" },
  decay: { max: 0.5, usual: "avklingning är oftast 0–20 % per år" },
  deadweight: { max: 0.9, usual: "dödvikt är oftast 0–50 %" },
  displacement: { max: 0.9, usual: "undanträngning är oftast 0–50 %" },
  attribution: { min: 0.1, usual: "tillskrivning är oftast 50–100 %" },
  growth: { min: -0.05, max: 0.05, usual: "real tillväxt är oftast 0–2 % per år" },
};

const pct = (x: number) => `${numberText(Math.round(x * 1e8) / 1e6)} %`;

/** An assumption typed in percent: "= 3,5 %", with a warning outside the plausible range. */
export function percentReadBack(key: EditableAssumption, typed: string): ReadBack | undefined {
  const info = ASSUMPTIONS.find((a) => a.key === key)!;
  if (info.unit !== "andel" && info.unit !== "ränta") return countReadBack(typed, info.unit);
  if (!typed.trim()) return undefined;
  const r = readNumber(typed.replace("%", ""));
  if (r.value === undefined) return undefined;
  const v = r.value / 100;
  const text = `= ${pct(v)}`;
  const p = PLAUSIBLE[key];
  if (!p) return { text };
  const low = p.min !== undefined && v < p.min;
  const high = p.max !== undefined && v > p.max;
  if (!low && !high) return { text };
  const word = info.label.toLowerCase();
  // a share typed as a fraction (0,035 for 3,5 %) is the likely intent of a tiny value
  const asFraction = r.value > 0 && r.value < 1 && r.value * 100 >= (p.min ?? 0) * 100;
  const meant = low && asFraction ? ` – menade du ${pct(r.value)}?` : "";
  const how = low ? "ovanligt lågt" : "ovanligt högt";
  return { text, warning: `${pct(v)} är ${how} för ${word}${meant} (${p.usual}).` };
}
