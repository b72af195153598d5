/** The wizard's state kept in the document's settings or local storage. */
import { initialState, type WizardState } from "./model";
import { analysesFromRaw, isAnalysesForm } from "./analyses";

export function serialize(s: WizardState): string {
  return JSON.stringify(s);
}

export function deserialize(text: string | null | undefined): WizardState | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Partial<WizardState>;
    if (!v || v.version !== 1 || !Array.isArray(v.actors) || !Array.isArray(v.lines) || typeof v.basics !== "object")
      return undefined;
    const s = { ...initialState(), ...v } as WizardState;
    // a state saved before the step Känslighet och fördelning carried the case's fields as they were
    if (!isAnalysesForm(s.analyses)) s.analyses = analysesFromRaw(s.analyses ?? {}, s.lines);
    return s;
  } catch {
    return undefined;
  }
}

/** The taskpane's settings (the addresses of Kolada and SCB), kept beside the wizard's state. */
export const SETTINGS_KEY = "socinv.settings";

export function serializeSettings(s: unknown): string {
  return JSON.stringify(s);
}

/** The stored settings as an object, or undefined when there are none or they cannot be read. */
export function deserializeSettings(text: string | null | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
