import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { EXAMPLES } from "../examples";
import { applyTemplate, stateFromCase, type WizardState } from "../state";
import { fieldError } from "../components/controls";
import { fieldId, useStyles } from "../components/ui";
import type { StepProps } from "./types";
import { OpenCase, type OpenActions } from "./OpenCase";

/** An example's state, keeping where the user is in the wizard. */
const fromExample = (id: string) => (st: WizardState) => ({
  ...stateFromCase(EXAMPLES.find((e) => e.id === id)!.load()),
  step: st.step,
  visited: st.visited,
});

// ------------------------------------------------------------------ 1. Mall
export function TemplateStep({ state, update, errors, open }: StepProps & { open?: OpenActions }) {
  const s = useStyles();
  const [example, setExample] = React.useState(EXAMPLES[0].id);
  const [pending, setPending] = React.useState<string | null>(null);
  const apply = (value: string) => {
    setPending(null);
    if (value === "exempel") update(fromExample(example));
    else update((st) => applyTemplate(st, value as "bokslut" | "investering"));
  };
  const choose = (value: string) => {
    if (state.template && state.lines.length > 0 && value !== state.template) setPending(value);
    else apply(value);
  };
  const chosen = EXAMPLES.find((e) => e.id === example);
  return (
    <div className={s.stack}>
      <Field label="Vad vill du göra?" required {...fieldError(errors.template)}>
        <RadioGroup id={fieldId("template")} value={state.template ?? ""} onChange={(_, d) => choose(d.value)}>
          <Radio
            value="bokslut"
            label="Socioekonomiskt bokslut för en verksamhet (ett år, per aktör, som tabell 4.2)"
          />
          <Radio
            value="investering"
            label="Social investeringskalkyl (insats, målgrupp, förväntat utfall och prognos)"
          />
          <Radio value="exempel" label="Börja från ett exempel" />
        </RadioGroup>
      </Field>
      {(state.template === "exempel" || pending === "exempel") && (
        <Field label="Exempel" hint={chosen?.description}>
          <Dropdown
            id={fieldId("example")}
            className={s.control}
            value={chosen?.name}
            selectedOptions={[example]}
            onOptionSelect={(_, d) => {
              const id = d.optionValue ?? EXAMPLES[0].id;
              setExample(id);
              if (!pending) update(fromExample(id));
            }}
          >
            {EXAMPLES.map((e) => (
              <Option key={e.id} value={e.id}>
                {e.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {pending && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            Byta mall ersätter det du har skrivit i guiden (inget i arbetsboken ändras).{" "}
            <Button size="small" onClick={() => apply(pending)}>
              Byt mall
            </Button>{" "}
            <Button size="small" appearance="subtle" onClick={() => setPending(null)}>
              Behåll
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {open && <OpenCase open={open} />}
    </div>
  );
}
