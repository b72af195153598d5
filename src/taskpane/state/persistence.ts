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
