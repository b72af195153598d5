import { Button, Field, Input } from "@fluentui/react-components";
import { BASIS, CATEGORY, DIRECTION, ROLE, type Role } from "../../engine/vocabulary";
import type { ActorRow, Errors, LineRow } from "../state";
import { AmountInput, Select, YearInput, vocabularyOptions } from "../components/controls";
import { fieldId, useStyles } from "../components/ui";
import { LineButtons, LineLegend, type LineActions } from "./LineSummary";

/** The selects of a line, in the order of the form (Roll shows Effekt first). */
const ENUMS = [
  ["direction", DIRECTION.name, vocabularyOptions(DIRECTION)],
  ["category", CATEGORY.name, vocabularyOptions(CATEGORY)],
  ["role", ROLE.name, vocabularyOptions(ROLE, ["effect", "investment"] as Role[])],
  ["basis", BASIS.name, vocabularyOptions(BASIS)],
] as const;

/** One line opened for editing: every field with its error next to it. */
export function LineEditor(
  props: {
    n: number;
    line: LineRow;
    actors: ActorRow[];
    errors: Errors;
    set: (patch: Partial<LineRow>) => void;
    /** Shown when the list is compact: closes the line back to its summary. */
    close?: () => void;
  } & LineActions,
) {
  const s = useStyles();
  const { n, line: l, actors, errors, set, close } = props;
  const id = (f: string) => fieldId(`line.${l.key}.${f}`);
  const e = (f: string) => errors[`line.${l.key}.${f}`];
  return (
    <fieldset className={s.fieldset} aria-label={`Post ${n}`}>
      <LineLegend n={n} line={l} />
      <Field label="Benämning">
        <Input className={s.control} id={id("label")} value={l.label} onChange={(_, d) => set({ label: d.value })} />
      </Field>
      <div className={s.grid2}>
        <Select
          id={id("actor")}
          label="Aktör"
          value={l.actor}
          options={actors.map((a) => [a.id, a.name] as [string, string])}
          onChange={(v) => set({ actor: v })}
          error={e("actor")}
        />
        {ENUMS.map(([f, label, options]) => (
          <Select
            key={f}
            id={id(f)}
            label={label}
            value={l[f]}
            options={options as [string, string][]}
            onChange={(v) => set({ [f]: v } as Partial<LineRow>)}
            error={e(f)}
          />
        ))}
        <AmountInput
          id={id("amount")}
          label="Belopp (kr/år)"
          value={l.amount}
          onChange={(v) => set({ amount: v })}
          error={e("amount")}
        />
        <YearInput
          id={id("fromYear")}
          label="Från år"
          value={l.fromYear}
          placeholder="1"
          onChange={(v) => set({ fromYear: v })}
          error={e("fromYear")}
        />
        <YearInput
          id={id("toYear")}
          label="Till år"
          value={l.toYear}
          placeholder="horisonten"
          onChange={(v) => set({ toYear: v })}
          error={e("toYear")}
        />
      </div>
      <div className={s.row}>
        <LineButtons n={n} actions={props} />
        {close && (
          <Button size="small" appearance="subtle" aria-expanded={true} aria-label={`Stäng post ${n}`} onClick={close}>
            Stäng
          </Button>
        )}
      </div>
    </fieldset>
  );
}
