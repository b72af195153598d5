import * as React from "react";
import { Switch, Text } from "@fluentui/react-components";
import { useStyles } from "../../components/ui";
import { HelpButton } from "../../components/Help";
import type { HELP } from "../../help";
import type { AnalysesForm, WizardState } from "../../state";
import type { CaseResult } from "../../state";
import type { Errors } from "../../state";

export type SetAnalyses = (f: (a: AnalysesForm) => AnalysesForm) => void;

/** What every part of the step gets: the state, its form's setter, errors by field key and the engine's case. */
export interface PartProps {
  state: WizardState;
  set: SetAnalyses;
  errors: Errors;
  result: CaseResult;
}

/** One optional part: a switch with a one-line explanation and the method's default; folded while off. */
export function Part(props: {
  id: string;
  title: string;
  explanation: string;
  standard: string;
  on: boolean;
  onToggle: (on: boolean) => void;
  children: React.ReactNode;
  help?: keyof typeof HELP;
}) {
  const s = useStyles();
  const { id, title, explanation, standard, on, onToggle, children, help } = props;
  return (
    <section className={s.fieldset} aria-labelledby={`${id}-title`} style={{ borderStyle: "solid" }}>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
        <h3 id={`${id}-title`} style={{ fontSize: 14, margin: 0 }}>
          {title}
        </h3>
        {help && <HelpButton term={help} />}
      </div>
      <Text size={200}>{explanation}</Text>
      <Text size={200} className={s.muted}>
        {standard}
      </Text>
      <Switch
        id={`${id}-switch`}
        checked={on}
        label={on ? "På" : "Av"}
        aria-label={`${title}: ${on ? "på" : "av"}`}
        onChange={(_, d) => onToggle(d.checked)}
      />
      {on && <div className={s.stack}>{children}</div>}
    </section>
  );
}
