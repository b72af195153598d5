import { Field, Input } from "@fluentui/react-components";
import type { Basics } from "../state";
import { fieldError } from "../components/controls";
import { fieldId, useStyles } from "../components/ui";
import type { StepProps } from "./types";

// ------------------------------------------------------------------ 2. Grunddata
export function BasicsStep({ state, update, errors }: StepProps) {
  const s = useStyles();
  const b = state.basics;
  const set = (k: keyof Basics) => (_: unknown, d: { value: string }) =>
    update((st) => ({ ...st, basics: { ...st.basics, [k]: d.value } }));
  return (
    <div className={s.stack}>
      <Field label="Rubrik" required {...fieldError(errors.title)}>
        <Input id={fieldId("title")} value={b.title} onChange={set("title")} />
      </Field>
      <Field label="Verksamhet eller insats" hint="T.ex. Arbetsmarknadskontoret">
        <Input id={fieldId("activity")} value={b.activity} onChange={set("activity")} />
      </Field>
      <Field label="Kommun eller region">
        <Input id={fieldId("municipality")} value={b.municipality} onChange={set("municipality")} />
      </Field>
      <div className={s.grid2}>
        <Field label="Prisår" required hint="Alla belopp i detta års priser" {...fieldError(errors.priceYear)}>
          <Input id={fieldId("priceYear")} inputMode="numeric" value={b.priceYear} onChange={set("priceYear")} />
        </Field>
        <Field label="Antal deltagare" {...fieldError(errors.participants)}>
          <Input
            id={fieldId("participants")}
            inputMode="numeric"
            value={b.participants}
            onChange={set("participants")}
          />
        </Field>
        <Field
          label="Antal med utfall"
          hint="T.ex. i arbete; används för poster per person"
          {...fieldError(errors.successes)}
        >
          <Input id={fieldId("successes")} inputMode="decimal" value={b.successes} onChange={set("successes")} />
        </Field>
      </div>
    </div>
  );
}
