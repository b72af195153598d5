/** The step's small fields: a text field whose id and error come from its engine path. */
import { Field, Input } from "@fluentui/react-components";
import { fieldId, useStyles } from "../../components/ui";
import type { Errors } from "../../state";

export function TextField(props: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors: Errors;
  hint?: string;
  unit?: string;
  placeholder?: string;
  numeric?: boolean;
}) {
  const s = useStyles();
  const { path, label, value, onChange, errors, hint, unit, placeholder, numeric = true } = props;
  const error = errors[path];
  return (
    <Field label={label} hint={hint} validationState={error ? "error" : "none"} validationMessage={error}>
      <Input
        id={fieldId(path)}
        className={s.control}
        inputMode={numeric ? "decimal" : undefined}
        value={value}
        placeholder={placeholder}
        contentAfter={unit ? <span aria-hidden="true">{unit}</span> : undefined}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}
