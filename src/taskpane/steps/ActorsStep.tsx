import * as React from "react";
import { Button, Checkbox, Dropdown, Field, Input, Option, Text } from "@fluentui/react-components";
import { ACTOR_KIND } from "../../engine/vocabulary";
import { addOwnActor, type ActorRow } from "../state";
import { fieldId, useStyles } from "../components/ui";
import type { StepProps } from "./types";

/** One actor: selected or not, removable when it is an own unit without lines, with its error. */
function ActorRowView({ actor: a, state, update, errors }: StepProps & { actor: ActorRow }) {
  const s = useStyles();
  const error = errors[`actor.${a.id}.selected`] ?? errors[`actor.${a.id}.name`] ?? errors[`actor.${a.id}.parent`];
  const parentName = state.actors.find((p) => p.id === a.parent)?.name ?? a.parent;
  return (
    <div className={s.row}>
      <Checkbox
        id={fieldId(`actor.${a.id}.selected`)}
        checked={a.selected}
        label={a.parent ? `${a.name} (under ${parentName})` : `${a.name} – ${ACTOR_KIND.labels[a.kind].toLowerCase()}`}
        onChange={(_, d) =>
          update((st) => ({
            ...st,
            actors: st.actors.map((x) => (x.id === a.id ? { ...x, selected: Boolean(d.checked) } : x)),
          }))
        }
      />
      {!a.standard && (
        <Button
          size="small"
          appearance="subtle"
          aria-label={`Ta bort ${a.name}`}
          disabled={state.lines.some((l) => l.actor === a.id)}
          onClick={() => update((st) => ({ ...st, actors: st.actors.filter((x) => x.id !== a.id) }))}
        >
          Ta bort
        </Button>
      )}
      {error && (
        <Text role="alert" style={{ color: "#a4262c" }}>
          {error}
        </Text>
      )}
    </div>
  );
}

/** A new own unit (förvaltning) under kommun or region. */
function NewUnit({ state, update }: Omit<StepProps, "errors">) {
  const s = useStyles();
  const [name, setName] = React.useState("");
  const [parent, setParent] = React.useState("kommun");
  const [nameError, setNameError] = React.useState<string | undefined>();
  const parents = state.actors.filter((a) => a.selected && (a.id === "kommun" || a.id === "region"));
  const add = () => {
    if (!name.trim()) return setNameError("Ange enhetens namn.");
    if (state.actors.some((a) => a.name.trim().toLowerCase() === name.trim().toLowerCase()))
      return setNameError(`${name.trim()} finns redan.`);
    setNameError(undefined);
    update((st) => addOwnActor(st, name, parent));
    setName("");
  };
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>Egen enhet</legend>
      <Field label="Namn" validationState={nameError ? "error" : "none"} validationMessage={nameError}>
        <Input
          id={fieldId("newActor")}
          value={name}
          onChange={(_, d) => setName(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") add();
          }}
        />
      </Field>
      <Field label="Ingår i">
        <Dropdown
          value={state.actors.find((a) => a.id === parent)?.name}
          selectedOptions={[parent]}
          onOptionSelect={(_, d) => setParent(d.optionValue ?? "kommun")}
        >
          {parents.map((p) => (
            <Option key={p.id} value={p.id}>
              {p.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button onClick={add}>Lägg till enhet</Button>
      </div>
    </fieldset>
  );
}

// ------------------------------------------------------------------ 3. Aktörer
export function ActorsStep(props: StepProps) {
  const s = useStyles();
  return (
    <div className={s.stack}>
      {props.errors.actors && <Text role="alert">{props.errors.actors}</Text>}
      <Text>Standardaktörerna är förvalda. Lägg till egna enheter (förvaltningar) under kommunen eller regionen.</Text>
      {props.state.actors.map((a) => (
        <ActorRowView key={a.id} actor={a} {...props} />
      ))}
      <NewUnit state={props.state} update={props.update} />
    </div>
  );
}
