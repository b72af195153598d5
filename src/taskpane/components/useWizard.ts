/** The wizard's state in React: moving between steps (stopping at the first step with errors), and re-opening a case. */
import * as React from "react";
import type { Host } from "../host";
import {
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

  /** Opens the case of a workbook's Revision sheet; false when it cannot be read (the reason is shown). */
  const reopen = (saved: { sheet: string; json: string }): boolean => {
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
    const next = { ...opened.state, reopened: { sheet: saved.sheet } };
    setState(next);
    setErrors(opened.issues.length ? stepErrors(next, next.step) : {});
    return true;
  };

  const restart = () => {
    setState(initialState());
    host.saveState(null);
  };

  const result = React.useMemo(() => caseOf(state), [state]);
  return { state, errors, update, goTo, reopen, restart, result };
}
