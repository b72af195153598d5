/** The wizard's state in React: moving between steps (stopping at the first step with errors), and re-opening a case. */
import * as React from "react";
import type { Host } from "../host";
import {
  carryForward,
  caseOf,
  deserialize,
  initialState,
  openCase,
  serialize,
  stepErrors,
  type Errors,
  type WizardState,
} from "../state";

const focusLater = (f: () => void) => setTimeout(f, 0);

export function useWizard(host: Host, headingRef: React.RefObject<HTMLHeadingElement>) {
  const [state, setState] = React.useState<WizardState>(() => deserialize(host.loadState()) ?? initialState());
  const [errors, setErrors] = React.useState<Errors>({});

  React.useEffect(() => host.saveState(serialize(state)), [state, host]);

  const update = React.useCallback((f: (s: WizardState) => WizardState) => {
    setState((st) => f(st));
    setErrors({});
  }, []);

  const goTo = (to: number) => {
    for (let step = state.step; step < to; step++) {
      const e = stepErrors(state, step);
      if (Object.keys(e).length > 0) {
        setState((st) => ({ ...st, step }));
        setErrors(e);
        focusLater(() => document.getElementById("step-errors")?.focus());
        return;
      }
    }
    setErrors({});
    setState((st) => ({ ...st, step: to, visited: Math.max(st.visited, to) }));
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
      opened = { ok: false, message: e instanceof Error ? e.message : String(e), issues: [] };
    }
    if (!opened.ok) {
      setErrors({ reopen: `Kalkylen i ${saved.sheet} kunde inte läsas: ${opened.message}` });
      return false;
    }
    const opened1 = { ...opened.state, reopened: { sheet: saved.sheet } };
    const next = carry ? carryForward(opened1) : opened1;
    setState(next);
    setErrors(opened.issues.length ? stepErrors(next, next.step) : {});
    focusLater(() => headingRef.current?.focus());
    return true;
  };

  /** Öppna föregående års bokslut: the newest Revision sheet's case, carried to a new year. */
  const openPrevious = async (): Promise<void> => {
    const saved = await host.findSavedCase().catch(() => null);
    if (!saved) {
      setErrors({ reopen: "Arbetsboken har inget blad Revision med en socinv-kalkyl att öppna." });
      return;
    }
    reopen(saved, true);
  };

  const restart = () => {
    setState(initialState());
    host.saveState(null);
  };

  const result = React.useMemo(() => caseOf(state), [state]);
  return { state, errors, update, goTo, reopen, openPrevious, restart, result };
}
