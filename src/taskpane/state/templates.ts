/** The two starting points of the first step: the own unit under kommun and typical lines. */
import {
  UNIT_ACTOR,
  UNIT_ACTOR_NAME,
  blankLine,
  initialState,
  standardActors,
  type ActorRow,
  type LineRow,
  type WizardState,
} from "./model";

type LineSeed = Partial<LineRow> & { actor: string; label: string };

const TEMPLATES: Record<"bokslut" | "investering", { title: string; horizon?: string; lines: LineSeed[] }> = {
  bokslut: {
    title: "Socioekonomiskt bokslut",
    horizon: "5",
    lines: [
      { actor: "verksamheten", direction: "cost", role: "investment", label: "Verksamhetens kostnader", toYear: "1" },
      {
        actor: "verksamheten",
        direction: "revenue",
        category: "financial",
        role: "investment",
        label: "Budgetanslag från kommunen",
        toYear: "1",
      },
      {
        actor: "kommun",
        direction: "cost",
        category: "financial",
        role: "investment",
        label: "Budgetanslag till verksamheten",
        toYear: "1",
      },
      { actor: "kommun", category: "financial", basis: "perSuccess", label: "Minskat försörjningsstöd" },
      { actor: "produktionsvarde", category: "production", basis: "perSuccess", label: "Värdet av arbete som utförs" },
    ],
  },
  investering: {
    title: "Social investeringskalkyl",
    lines: [
      {
        actor: "verksamheten",
        direction: "cost",
        role: "investment",
        label: "Insatsens kostnad",
        fromYear: "1",
        toYear: "3",
      },
      { actor: "kommun", category: "financial", basis: "perSuccess", label: "Minskat försörjningsstöd", fromYear: "2" },
      { actor: "region", basis: "perSuccess", label: "Minskad vårdkonsumtion", fromYear: "2" },
      {
        actor: "produktionsvarde",
        category: "production",
        basis: "perSuccess",
        label: "Värdet av arbete",
        fromYear: "2",
      },
    ],
  },
};

export function applyTemplate(s: WizardState, t: "bokslut" | "investering"): WizardState {
  const own: ActorRow = {
    id: UNIT_ACTOR,
    name: s.basics.activity.trim() || UNIT_ACTOR_NAME,
    kind: "public",
    parent: "kommun",
    selected: true,
    standard: false,
  };
  const base = initialState();
  const spec = TEMPLATES[t];
  return {
    ...base,
    step: s.step,
    visited: s.visited,
    template: t,
    actors: [own, ...standardActors()],
    basics: { ...base.basics, title: spec.title, activity: s.basics.activity },
    assumptions: spec.horizon ? { ...base.assumptions, horizon: spec.horizon } : base.assumptions,
    lines: spec.lines.map((seed) => ({ ...blankLine(seed.actor), ...seed })),
  };
}
