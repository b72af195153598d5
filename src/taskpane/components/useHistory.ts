/**
 * Ångra and Gör om over the whole case, on every step: each change keeps the case before it
 * (at most LIMIT). Typing on in the same field is one change; a new field, a button or a choice
 * starts the next. Undo and redo restore the case and keep the step the user is on; the history
 * lives as long as the taskpane, so moving between steps keeps it.
 */
import * as React from "react";
import type { WizardState } from "../state";

const LIMIT = 100;

/** The field being typed in, if any: its changes are one step of the history. */
function typingIn(): string | null {
  if (typeof document === "undefined") return null;
  const el = document.activeElement as HTMLElement | null;
  if (!el || !el.id) return null;
  return el.tagName === "INPUT" || el.tagName === "TEXTAREA" ? el.id : null;
}

/** A snapshot restored where the user is: the case changes, the step does not. */
const keepPlace = (snapshot: WizardState, now: WizardState): WizardState => ({
  ...snapshot,
  step: now.step,
  visited: Math.max(now.visited, snapshot.visited),
});

export function useHistory(init: () => WizardState) {
  const [state, setState] = React.useState<WizardState>(init);
  const current = React.useRef(state);
  const h = React.useRef<{ past: WizardState[]; future: WizardState[]; field: string | null }>({
    past: [],
    future: [],
    field: null,
  });
  const [, rerender] = React.useReducer((x: number) => x + 1, 0);

  const set = (next: WizardState) => {
    current.current = next;
    setState(next);
  };

  /** A change to the case, kept in the history. */
  const update = React.useCallback((f: (s: WizardState) => WizardState) => {
    const before = current.current;
    const next = f(before);
    if (next === before) return;
    const field = typingIn();
    const hist = h.current;
    if (field === null || field !== hist.field || hist.past.length === 0)
      hist.past = [...hist.past.slice(-(LIMIT - 1)), before];
    hist.field = field;
    hist.future = [];
    set(next);
    rerender();
  }, []);

  /** A change that is no edit of the case (the step shown): not kept in the history. */
  const replace = React.useCallback((f: (s: WizardState) => WizardState) => set(f(current.current)), []);

  const undo = React.useCallback(() => {
    const hist = h.current;
    const previous = hist.past[hist.past.length - 1];
    if (!previous) return;
    hist.past = hist.past.slice(0, -1);
    hist.future = [...hist.future, current.current];
    hist.field = null;
    set(keepPlace(previous, current.current));
    rerender();
  }, []);

  const redo = React.useCallback(() => {
    const hist = h.current;
    const following = hist.future[hist.future.length - 1];
    if (!following) return;
    hist.future = hist.future.slice(0, -1);
    hist.past = [...hist.past, current.current];
    hist.field = null;
    set(keepPlace(following, current.current));
    rerender();
  }, []);

  /** The user left a field: typing there again later is a change of its own. */
  const endTyping = React.useCallback(() => {
    h.current.field = null;
  }, []);

  return {
    state,
    update,
    endTyping,
    replace,
    undo,
    redo,
    canUndo: h.current.past.length > 0,
    canRedo: h.current.future.length > 0,
  };
}
