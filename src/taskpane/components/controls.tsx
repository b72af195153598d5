/**
 * The wizard's repeated controls: enum selects, year and amount inputs, each in a Field with its
 * error. Each control fills its grid cell and no more, so a neighbour's error message stays readable.
 */
import * as React from "react";
import { Dropdown, Field, Input, Option } from "@fluentui/react-components";
import { formatDecimal, parseNumberText } from "../../engine";
import type { Vocabulary } from "../../engine/vocabulary";
import { useStyles } from "./ui";

/** A Field's props for an error message (none when there is no error). */
export function fieldError(error: string | undefined) {
  return error ? { validationState: "error" as const, validationMessage: error } : {};
}

/** The options of a select from a vocabulary, in the order given (the vocabulary's by default). */
export function vocabularyOptions<T extends string>(v: Vocabulary<T>, order: readonly T[] = v.values): [T, string][] {
  return order.map((value) => [value, v.labels[value]]);
}

export function Select<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: [T, string][];
  onChange: (v: T) => void;
  error?: string;
}) {
  const s = useStyles();
  const { id, label, value, options, onChange, error } = props;
  return (
    <Field label={label} validationState={error ? "error" : "none"} validationMessage={error}>
      <Dropdown
        id={id}
        className={s.control}
        value={options.find((o) => o[0] === value)?.[1] ?? ""}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => onChange(d.optionValue as T)}
      >
        {options.map(([v, l]) => (
          <Option key={v} value={v}>
            {l}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** A year of a line (Från år, Till år): an empty field means the default shown as placeholder. */
export function YearInput(props: {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const s = useStyles();
  const { id, label, value, placeholder, onChange, error } = props;
  return (
    <Field label={label} validationState={error ? "error" : "none"} validationMessage={error}>
      <Input
        id={id}
        className={s.control}
        inputMode="numeric"
        value={value}
        placeholder={placeholder}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}

/** An amount in kronor, written as 1 234 567,50; tidied to that form when the field is left. */
export function AmountInput(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const s = useStyles();
  const { id, label, value, onChange, error } = props;
  return (
    <Field label={label} required validationState={error ? "error" : "none"} validationMessage={error}>
      <Input
        className={s.control}
        id={id}
        inputMode="decimal"
        value={value}
        onChange={(_, d) => onChange(d.value)}
        onBlur={() => {
          const n = parseNumberText(value);
          if (n !== undefined && n >= 0) onChange(formatDecimal(n, Number.isInteger(n) ? 0 : 2));
        }}
      />
    </Field>
  );
}
