import { Field, Input } from "@fluentui/react-components";
import { countReadBack, withActivity, type Basics } from "../state";
import { NumberInput, fieldError } from "../components/controls";
import { fieldId, useStyles } from "../components/ui";
import type { StepProps } from "./types";
import { UnitField } from "./UnitField";

// ------------------------------------------------------------------ 2. Grunddata
export function BasicsStep({ state, update, errors }: StepProps) {
  const s = useStyles();
  const b = state.basics;
  const set = (k: keyof Basics) => (_: unknown, d: { value: string }) =>
    update((st) => ({ ...st, basics: { ...st.basics, [k]: d.value } }));
  const setCount = (k: keyof Basics) => (v: string) => update((st) => ({ ...st, basics: { ...st.basics, [k]: v } }));
  return (
    <div className={s.stack}>
      <Field label="Rubrik" required {...fieldError(errors.title)}>
        <Input className={s.control} id={fieldId("title")} value={b.title} onChange={set("title")} />
      </Field>
      <Field
        label="Verksamhet eller insats"
        hint="T.ex. Arbetsmarknadskontoret; blir namnet på den egna enheten bland aktörerna"
      >
        <Input
          className={s.control}
          id={fieldId("activity")}
          value={b.activity}
          onChange={(_, d) => update((st) => withActivity(st, d.value))}
        />
      </Field>
      <UnitField state={state} update={update} errors={errors} />
      <Field label="Kommun eller region">
        <Input
          className={s.control}
          id={fieldId("municipality")}
          value={b.municipality}
          onChange={set("municipality")}
        />
      </Field>
      <div className={s.grid2}>
        <Field label="Prisår" required hint="Alla belopp i detta års priser" {...fieldError(errors.priceYear)}>
          <Input
            className={s.control}
            id={fieldId("priceYear")}
            inputMode="numeric"
            value={b.priceYear}
            onChange={set("priceYear")}
          />
        </Field>
        <NumberInput
          id={fieldId("participants")}
          label="Antal deltagare"
          value={b.participants}
          error={errors.participants}
          read={(t) => countReadBack(t, "deltagare")}
          onChange={setCount("participants")}
        />
        <NumberInput
          id={fieldId("successes")}
          label="Antal med utfall"
          hint="T.ex. i arbete; används för poster per person"
          value={b.successes}
          error={errors.successes}
          read={(t) => countReadBack(t, "personer")}
          onChange={setCount("successes")}
        />
      </div>
    </div>
  );
}
