import type { Errors, WizardState } from "../state";

export type Update = (f: (s: WizardState) => WizardState) => void;

/** What every step that edits the case gets: the state, a way to change it, and its errors by field key. */
export interface StepProps {
  state: WizardState;
  update: Update;
  errors: Errors;
}
