/**
 * The wizard's state in React: moving between steps (stopping at the first step with errors),
 * errors shown as soon as a field is left, undo and redo over the whole case, and re-opening a case.
 */
import * as React from "react";
import type { Host } from "../host";
import {
  carryForward,
  caseOf,
  initialState,
  deserialize,
  openCase,
  serialize,
  stepErrors,
  wizardErrors,
  STEP,
  type Errors,
  type WizardState,
} from "../state";
import { fieldId } from "./ui";
import { useHistory } from "./useHistory";

const focusLater = (f: () => void) => setTimeout(f, 0);

/** A message about opening a case (not an error of a field). */
export interface Notice {
  intent: "info" | "warning" | "error";
  title: string;
  text: string;
}

/** The errors of the current step, shown at the fields the user has left (by DOM id) or all after Nästa. */
function useLiveErrors(state: WizardState) {
  const [touched, setTouched] = React.useState<Set<string>>(new Set());
  const [attempted, setAttempted] = React.useState<number | null>(null);
  const all = React.useMemo(() => wizardErrors(state), [state]);
  const live = state.step < STEP.review ? (all[state.step] ?? {}) : {};
  const shown = attempted === state.step;
  const errors: Errors = {};
  for (const [k, m] of Object.entries(live)) if (shown || touched.has(fieldId(k))) errors[k] = m;
  const leave = React.useCallback((id: string) => {
    if (id) setTouched((t) => (t.has(id) ? t : new Set(t).add(id)));
  }, []);
  return { errors, summary: shown ? errors : {}, leave, setAttempted, setTouched };
}

export function useWizard(host: Host, headingRef: React.RefObject<HTMLHeadingElement>) {
  const history = useHistory(() => deserialize(host.loadState()) ?? initialState());
  const { state, update, replace } = history;
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const live = useLiveErrors(state);

  React.useEffect(() => host.saveState(serialize(state)), [state, host]);

  const goTo = (to: number) => {
    for (let step = state.step; step < to; step++) {
      const e = stepErrors(state, step);
      if (Object.keys(e).length > 0) {
        replace((st) => ({ ...st, step }));
        live.setAttempted(step);
        focusLater(() => document.getElementById("step-errors")?.focus());
        return;
      }
    }
    live.setAttempted(null);
    replace((st) => ({ ...st, step: to, visited: Math.max(st.visited, to) }));
    focusLater(() => headingRef.current?.focus());
  };

  /**
   * Opens a case (a workbook's Revision sheet, or a JSON file); false when it cannot be read
   * (the reason is shown). `carry` carries it to a new year first.
   */
  const reopen = (saved: { sheet: string; json: string }, carry = false): boolean => {
    let opened: ReturnType<typeof openCase>;
    try {
      opened = openCase(JSON.parse(saved.json));
    } catch (e) {
      opened = { ok: false, message: jsonMessage(e), issues: [] };
    }
    if (!opened.ok) {
      setNotice({
        intent: "error",
        title: "Kalkylen kunde inte öppnas",
        text: `Kalkylen i ${saved.sheet} kunde inte läsas: ${opened.message}`,
      });
      return false;
    }
    setNotice(null);
    const opened1 = { ...opened.state, reopened: { sheet: saved.sheet } };
    const next = carry ? carryForward(opened1) : opened1;
    update(() => next);
    live.setAttempted(opened.issues.length ? next.step : null);
    focusLater(() => headingRef.current?.focus());
    return true;
  };

  /** Öppna föregående års bokslut: the newest Revision sheet's case, carried to a new year. */
  const openPrevious = async (): Promise<void> => {
    const saved = await host.findSavedCase().catch(() => null);
    if (!saved) {
      setNotice({
        intent: "info",
        title: "Inget tidigare bokslut i arbetsboken",
        text: "Arbetsboken har inget blad Revision med en socinv-kalkyl. Öppna arbetsboken med förra årets bokslut och försök igen, eller öppna en kalkylfil (JSON) nedan.",
      });
      return;
    }
    reopen(saved, true);
  };

  /** Börja om (after the user has confirmed): an empty wizard; Ångra brings the case back. */
  const restart = () => {
    update(() => initialState());
    live.setAttempted(null);
    live.setTouched(new Set());
    setNotice(null);
    focusLater(() => headingRef.current?.focus());
  };

  const result = React.useMemo(() => caseOf(state), [state]);
  return {
    state,
    errors: live.errors,
    summary: live.summary,
    leave: live.leave,
    notice,
    setNotice,
    update,
    goTo,
    reopen,
    openPrevious,
    restart,
    result,
    endTyping: history.endTyping,
    undo: history.undo,
    redo: history.redo,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
  };
}

/** A JSON syntax error in Swedish (the engine's English message is not shown). */
function jsonMessage(e: unknown): string {
  if (!(e instanceof SyntaxError)) return e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(e.message);
  return at
    ? `filen är ingen giltig JSON (fel vid tecken ${Number(at[1]) + 1}).`
    : "filen är ingen giltig JSON (tom eller avbruten).";
}
