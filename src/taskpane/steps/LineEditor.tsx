import { Button, Field, Input, Text } from "@fluentui/react-components";
import type { UnitCost } from "../../engine";
import { BASIS, CATEGORY, DIRECTION, ROLE, type Role } from "../../engine/vocabulary";
import {
  horizonOf,
  unitCostEntry,
  unitCostPreview,
  type ActorRow,
  type Errors,
  type LineRow,
  type WizardState,
} from "../state";
import { AmountInput, Select, YearInput, vocabularyOptions } from "../components/controls";
import { fieldId, useStyles } from "../components/ui";
import { LineButtons, LineLegend, type LineActions } from "./LineSummary";
import { CatalogueDialog, IndexedAmount, UnitCostFacts } from "./CatalogueDialog";
import { KoladaDialog } from "./KoladaDialog";
import { YearlyAmounts, YearlySwitch } from "./YearlyAmounts";

/** The line's unit cost: the entry's facts, the quantity, the amount in the case's price year, the engine's errors. */
function UnitCostPart(props: {
  state: WizardState;
  line: LineRow;
  errors: Errors;
  set: (patch: Partial<LineRow>) => void;
}) {
  const { state, line: l, errors, set } = props;
  const entry = unitCostEntry(state, l.unitCost!);
  const key = (f: string) => `line.${l.key}.${f}`;
  const engine = ["unitCost", "priceYear", "amount"].map((f) => errors[key(f)]).filter(Boolean);
  const toAmount = () => {
    const p = unitCostPreview(state, l);
    set({ unitCost: undefined, quantity: undefined, amount: p.amount === undefined ? "" : String(p.amount) });
  };
  return (
    <div aria-label="Kalkylvärde" role="group">
      <Text block weight="semibold">
        Kalkylvärde: {entry ? entry.label : l.unitCost}
      </Text>
      {entry && <UnitCostFacts entry={entry} />}
      <AmountInput
        id={fieldId(key("quantity"))}
        label="Antal hela året"
        unit=""
        value={l.quantity ?? ""}
        onChange={(v) => set({ quantity: v })}
        error={errors[key("quantity")]}
      />
      <IndexedAmount state={state} row={l} />
      {engine.map((m) => (
        <Text block role="alert" key={m} style={{ color: "#a4262c" }}>
          {m}
        </Text>
      ))}
      <Button size="small" appearance="subtle" onClick={toAmount}>
        Skriv belopp i stället
      </Button>
    </div>
  );
}

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
    /** The wizard's state (price year, index, own unit costs) and the choice of a kalkylvärde. */
    state: WizardState;
    chooseUnitCost: (entry: UnitCost, quantity: string) => void;
    /** Shown when the list is compact: closes the line back to its summary. */
    close?: () => void;
  } & LineActions,
) {
  const s = useStyles();
  const { n, line: l, actors, errors, set, close, state } = props;
  const id = (f: string) => fieldId(`line.${l.key}.${f}`);
  const e = (f: string) => errors[`line.${l.key}.${f}`];
  const yearly = l.yearlyAmounts !== undefined;
  const horizon = horizonOf(state);
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
        {!l.unitCost && !yearly && (
          <AmountInput
            id={id("amount")}
            label="Belopp (kr/år)"
            unit={l.basis === "perSuccess" ? "kr per person och år" : "kr per år"}
            value={l.amount}
            onChange={(v) => set({ amount: v })}
            error={e("amount")}
          />
        )}
        <YearInput
          id={id("fromYear")}
          label="Från år"
          value={l.fromYear}
          placeholder="1"
          onChange={(v) => set({ fromYear: v })}
          error={e("fromYear")}
        />
        {!yearly && (
          <YearInput
            id={id("toYear")}
            label="Till år"
            value={l.toYear}
            placeholder="horisonten"
            onChange={(v) => set({ toYear: v })}
            error={e("toYear")}
          />
        )}
      </div>
      {!l.unitCost && <YearlySwitch n={n} line={l} horizon={horizon} set={set} />}
      {yearly && <YearlyAmounts n={n} line={l} errors={errors} horizon={horizon} set={set} />}
      {l.unitCost && <UnitCostPart state={state} line={l} errors={errors} set={set} />}
      <div className={s.row}>
        <CatalogueDialog n={n} state={state} row={l} choose={props.chooseUnitCost} />
        <KoladaDialog n={n} state={state} row={l} choose={props.chooseUnitCost} />
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
