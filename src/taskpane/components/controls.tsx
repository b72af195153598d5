/**
 * The wizard's repeated controls: enum selects, year and amount inputs, each in a Field with its
 * error. Each control fills its grid cell and no more, so a neighbour's error message stays readable.
 */
import * as React from "react";
import { Dropdown, Field, Input, Option } from "@fluentui/react-components";
import { formatDecimal } from "../../engine";
import { amountReadBack, parseAmount, type ReadBack } from "../state";
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

/**
 * What a number field read, said when the field is left: "= 98 000 kr" below it, as a warning when
 * the text had another reading or the value is implausible. Hidden again while the text changes.
 */
export function useReadBack(value: string, read: (text: string) => ReadBack | undefined) {
  const [shown, setShown] = React.useState<{ for: string; rb: ReadBack } | null>(null);
  const current = shown && shown.for === value ? shown.rb : undefined;
  return {
    current,
    /** On blur: the text as read, and the tidied text it is shown as from now on. */
    left: (tidied: string = value) => {
      const rb = read(value);
      setShown(rb ? { for: tidied, rb } : null);
    },
  };
}

/** A Field's validation props: the error, else what was read (a warning when it needs a look). */
export function fieldMessage(error: string | undefined, rb: ReadBack | undefined) {
  if (error) return { validationState: "error" as const, validationMessage: error };
  if (rb?.warning) return { validationState: "warning" as const, validationMessage: `${rb.text}. ${rb.warning}` };
  if (rb) return { validationState: "none" as const, validationMessage: rb.text };
  return {};
}

/**
 * As fieldMessage, with the message's line kept when there is nothing to say: what was read
 * appears on leaving the field without moving what is below (a Nästa being clicked).
 */
function readBackMessage(error: string | undefined, rb: ReadBack | undefined) {
  const m = fieldMessage(error, rb);
  return m.validationMessage ? m : { validationState: "none" as const, validationMessage: "\u00a0" };
}

/** A number typed the Swedish way, said back when left; `tidy` rewrites the text then (1234567 → 1 234 567). */
export function NumberInput(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  read: (text: string) => ReadBack | undefined;
  tidy?: (text: string) => string | undefined;
  error?: string;
  required?: boolean;
  hint?: string;
  placeholder?: string;
  unit?: string;
  style?: React.CSSProperties;
}) {
  const s = useStyles();
  const { id, label, value, onChange, read, tidy, error, required, hint, placeholder, unit, style } = props;
  const rb = useReadBack(value, read);
  return (
    <Field label={label} required={required} hint={hint} style={style} {...readBackMessage(error, rb.current)}>
      <Input
        className={s.control}
        id={id}
        inputMode="decimal"
        value={value}
        placeholder={placeholder}
        contentAfter={unit ? <span aria-hidden="true">{unit}</span> : undefined}
        onChange={(_, d) => onChange(d.value)}
        onBlur={() => {
          const t = tidy?.(value);
          if (t !== undefined && t !== value) onChange(t);
          rb.left(t ?? value);
        }}
      />
    </Field>
  );
}

/** An amount in kronor written as 1 234 567,50 (or 98.000, 1,5 mnkr): tidied to that form and said back when left. */
export function AmountInput(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  unit?: string;
}) {
  const { unit = "kr" } = props;
  return (
    <NumberInput
      {...props}
      unit={undefined}
      required
      read={(t) => amountReadBack(t, unit)}
      tidy={(t) => {
        const n = parseAmount(t);
        return n !== undefined && n >= 0 ? formatDecimal(n, Number.isInteger(n) ? 0 : 2) : undefined;
      }}
    />
  );
}
