import * as React from "react";
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import { SV, formatDecimal, parseNumberText, type Basis, type Category, type Direction, type Role } from "../../engine";
import { parseLines } from "../../functions/ranges";
import { FunctionError } from "../../functions/errors";
import { EXAMPLES } from "../examples";
import {
  EDITABLE_ASSUMPTIONS,
  addOwnActor,
  applyTemplate,
  blankLine,
  newKey,
  stateFromCase,
  type EditableAssumption,
  type Errors,
  type LineRow,
  type WizardState,
} from "../state";
import { fieldId, useStyles } from "./ui";

type Update = (f: (s: WizardState) => WizardState) => void;

interface StepProps {
  state: WizardState;
  update: Update;
  errors: Errors;
}

const err = (errors: Errors, key: string) =>
  errors[key] ? { validationState: "error" as const, validationMessage: errors[key] } : {};

// ------------------------------------------------------------------ 1. Mall
export function TemplateStep({ state, update, errors }: StepProps) {
  const s = useStyles();
  const [example, setExample] = React.useState(EXAMPLES[0].id);
  const [pending, setPending] = React.useState<string | null>(null);
  const choose = (value: string) => {
    if (state.template && state.lines.length > 0 && value !== state.template) {
      setPending(value);
      return;
    }
    apply(value);
  };
  const apply = (value: string) => {
    setPending(null);
    if (value === "exempel")
      update((st) => ({
        ...stateFromCase(EXAMPLES.find((e) => e.id === example)!.load()),
        step: st.step,
        visited: st.visited,
      }));
    else update((st) => applyTemplate(st, value as "bokslut" | "investering"));
  };
  return (
    <div className={s.stack}>
      <Field label="Vad vill du göra?" required {...err(errors, "template")}>
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
        <Field label="Exempel" hint={EXAMPLES.find((e) => e.id === example)?.description}>
          <Dropdown
            id={fieldId("example")}
            className={s.control}
            value={EXAMPLES.find((e) => e.id === example)?.name}
            selectedOptions={[example]}
            onOptionSelect={(_, d) => {
              const id = d.optionValue ?? EXAMPLES[0].id;
              setExample(id);
              if (!pending)
                update((st) => ({
                  ...stateFromCase(EXAMPLES.find((e) => e.id === id)!.load()),
                  step: st.step,
                  visited: st.visited,
                }));
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
    </div>
  );
}

// ------------------------------------------------------------------ 2. Grunddata
export function BasicsStep({ state, update, errors }: StepProps) {
  const s = useStyles();
  const b = state.basics;
  const set = (k: keyof typeof b) => (_: unknown, d: { value: string }) =>
    update((st) => ({ ...st, basics: { ...st.basics, [k]: d.value } }));
  return (
    <div className={s.stack}>
      <Field label="Rubrik" required {...err(errors, "title")}>
        <Input id={fieldId("title")} value={b.title} onChange={set("title")} />
      </Field>
      <Field label="Verksamhet eller insats" hint="T.ex. Arbetsmarknadskontoret">
        <Input id={fieldId("activity")} value={b.activity} onChange={set("activity")} />
      </Field>
      <Field label="Kommun eller region">
        <Input id={fieldId("municipality")} value={b.municipality} onChange={set("municipality")} />
      </Field>
      <div className={s.grid2}>
        <Field label="Prisår" required hint="Alla belopp i detta års priser" {...err(errors, "priceYear")}>
          <Input id={fieldId("priceYear")} inputMode="numeric" value={b.priceYear} onChange={set("priceYear")} />
        </Field>
        <Field label="Antal deltagare" {...err(errors, "participants")}>
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
          {...err(errors, "successes")}
        >
          <Input id={fieldId("successes")} inputMode="decimal" value={b.successes} onChange={set("successes")} />
        </Field>
      </div>
    </div>
  );
}

// ------------------------------------------------------------------ 3. Aktörer
export function ActorsStep({ state, update, errors }: StepProps) {
  const s = useStyles();
  const [name, setName] = React.useState("");
  const [parent, setParent] = React.useState("kommun");
  const [nameError, setNameError] = React.useState<string | undefined>();
  const parents = state.actors.filter((a) => a.selected && (a.id === "kommun" || a.id === "region"));
  const add = () => {
    if (!name.trim()) {
      setNameError("Ange enhetens namn.");
      return;
    }
    if (state.actors.some((a) => a.name.trim().toLowerCase() === name.trim().toLowerCase())) {
      setNameError(`${name.trim()} finns redan.`);
      return;
    }
    setNameError(undefined);
    update((st) => addOwnActor(st, name, parent));
    setName("");
  };
  return (
    <div className={s.stack}>
      {errors.actors && <Text role="alert">{errors.actors}</Text>}
      <Text>Standardaktörerna är förvalda. Lägg till egna enheter (förvaltningar) under kommunen eller regionen.</Text>
      {state.actors.map((a) => (
        <div key={a.id} className={s.row}>
          <Checkbox
            id={fieldId(`actor.${a.id}.selected`)}
            checked={a.selected}
            label={
              a.parent
                ? `${a.name} (under ${state.actors.find((p) => p.id === a.parent)?.name ?? a.parent})`
                : `${a.name} – ${SV.kind[a.kind].toLowerCase()}`
            }
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
          {(errors[`actor.${a.id}.selected`] || errors[`actor.${a.id}.name`] || errors[`actor.${a.id}.parent`]) && (
            <Text role="alert" style={{ color: "#a4262c" }}>
              {errors[`actor.${a.id}.selected`] ?? errors[`actor.${a.id}.name`] ?? errors[`actor.${a.id}.parent`]}
            </Text>
          )}
        </div>
      ))}
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
    </div>
  );
}

// ------------------------------------------------------------------ 4. Poster
const FIELD_LABELS = { direction: "Riktning", category: "Kostnadslag", role: "Roll", basis: "Bas" } as const;

const OPTIONS = {
  direction: [
    ["revenue", SV.direction.revenue],
    ["cost", SV.direction.cost],
  ] as [Direction, string][],
  category: [
    ["real", SV.category.real],
    ["financial", SV.category.financial],
    ["production", SV.category.production],
  ] as [Category, string][],
  role: [
    ["effect", SV.role.effect],
    ["investment", SV.role.investment],
  ] as [Role, string][],
  basis: [
    ["total", SV.basis.total],
    ["perSuccess", SV.basis.perSuccess],
  ] as [Basis, string][],
};

function Select<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: T;
  options: [T, string][];
  onChange: (v: T) => void;
  error?: string;
}) {
  return (
    <Field label={label} validationState={error ? "error" : "none"} validationMessage={error}>
      <Dropdown
        id={id}
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

export function LinesStep({
  state,
  update,
  errors,
  readSelection,
}: StepProps & { readSelection: () => Promise<unknown[][]> }) {
  const s = useStyles();
  const [importMsg, setImportMsg] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [expanded, setExpanded] = React.useState<Set<string>>(new Set());
  const expand = (key: string, open = true) =>
    setExpanded((x) => {
      const n = new Set(x);
      if (open) n.add(key);
      else n.delete(key);
      return n;
    });
  // with many lines, each shows as one line of text until it is opened for editing
  const compact = state.lines.length > 6;
  const actors = state.actors.filter((a) => a.selected);
  const setLine = (key: string, patch: Partial<LineRow>) =>
    update((st) => ({ ...st, lines: st.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }));
  const focusLater = (key: string) => {
    expand(key);
    setTimeout(() => document.getElementById(fieldId(`line.${key}.actor`))?.focus(), 0);
  };
  const add = () => {
    const l = blankLine(actors[0]?.id ?? "kommun");
    update((st) => ({ ...st, lines: [...st.lines, l] }));
    focusLater(l.key);
  };
  const importSelection = async () => {
    setImportMsg(null);
    try {
      const values = await readSelection();
      const parsed = parseLines(values);
      update((st) => {
        let next = st;
        const idFor = new Map<string, string>();
        for (const a of parsed.actors) {
          const existing = next.actors.find((x) => x.name.toLowerCase() === a.name.toLowerCase() || x.id === a.id);
          if (existing) {
            idFor.set(a.id, existing.id);
            if (!existing.selected)
              next = { ...next, actors: next.actors.map((x) => (x.id === existing.id ? { ...x, selected: true } : x)) };
          } else {
            const parentRow = a.parent ? parsed.actors.find((p) => p.id === a.parent) : undefined;
            const parentId = parentRow
              ? (next.actors.find((x) => x.name.toLowerCase() === parentRow.name.toLowerCase())?.id ?? "")
              : "";
            next = addOwnActor(next, a.name, parentId);
            next = {
              ...next,
              actors: next.actors.map((x, i) => (i === next.actors.length - 1 ? { ...x, kind: a.kind } : x)),
            };
            idFor.set(a.id, next.actors[next.actors.length - 1].id);
          }
        }
        const lines: LineRow[] = parsed.lines.map((l) => ({
          key: newKey(),
          actor: idFor.get(String(l.actor)) ?? String(l.actor),
          direction: l.direction as Direction,
          category: l.category as Category,
          role: l.role as Role,
          basis: l.basis as Basis,
          amount: formatDecimal(Number(l.amount), Number.isInteger(Number(l.amount)) ? 0 : 2),
          fromYear: l.fromYear === undefined ? "" : String(l.fromYear),
          toYear: l.toYear === undefined ? "" : String(l.toYear),
          label: typeof l.label === "string" ? l.label : "",
        }));
        return { ...next, lines: [...next.lines, ...lines] };
      });
      setImportMsg({ intent: "success", text: `${parsed.lines.length} poster importerade från markeringen.` });
    } catch (e) {
      const text =
        e instanceof FunctionError
          ? e.message
          : `Markeringen kunde inte läsas: ${e instanceof Error ? e.message : String(e)}`;
      setImportMsg({
        intent: "error",
        text: `${text}. Markera ett område med rubrikrad (Aktör, Belopp, ...) och försök igen.`,
      });
    }
  };
  return (
    <div className={s.stack}>
      {errors.lines && <Text role="alert">{errors.lines}</Text>}
      <Text className={s.muted}>
        Belopp i kronor per år, skrivna som 1 234 567,50. Tomt Från år betyder år 1, tomt Till år horisonten.
      </Text>
      {state.lines.map((l, i) => {
        const id = (f: string) => fieldId(`line.${l.key}.${f}`);
        const e = (f: string) => errors[`line.${l.key}.${f}`];
        const hasError = Object.keys(errors).some((k) => k.startsWith(`line.${l.key}.`));
        const remove = () => update((st) => ({ ...st, lines: st.lines.filter((x) => x.key !== l.key) }));
        const duplicate = () => {
          const copy = { ...l, key: newKey() };
          update((st) => ({ ...st, lines: [...st.lines.slice(0, i + 1), copy, ...st.lines.slice(i + 1)] }));
          focusLater(copy.key);
        };
        if (compact && !expanded.has(l.key) && !hasError) {
          const actorName = state.actors.find((a) => a.id === l.actor)?.name ?? l.actor;
          const years = l.fromYear || l.toYear ? `, år ${l.fromYear || 1}–${l.toYear || "H"}` : "";
          return (
            <fieldset key={l.key} className={s.fieldset} aria-label={`Post ${i + 1}`}>
              <legend className={s.legend}>
                Post {i + 1}
                {l.label ? `: ${l.label}` : ""}
              </legend>
              <Text>
                {actorName} · {SV.direction[l.direction]} · {SV.category[l.category]} · {SV.role[l.role]} ·{" "}
                <span className={s.nowrap}>
                  {l.amount || "–"} kr{l.basis === "perSuccess" ? "/person" : ""}
                </span>
                {years}
              </Text>
              <div className={s.row}>
                <Button
                  size="small"
                  aria-expanded={false}
                  aria-label={`Redigera post ${i + 1}`}
                  onClick={() => focusLater(l.key)}
                >
                  Redigera
                </Button>
                <Button size="small" aria-label={`Duplicera post ${i + 1}`} onClick={duplicate}>
                  Duplicera
                </Button>
                <Button size="small" appearance="subtle" aria-label={`Ta bort post ${i + 1}`} onClick={remove}>
                  Ta bort
                </Button>
              </div>
            </fieldset>
          );
        }
        return (
          <fieldset key={l.key} className={s.fieldset} aria-label={`Post ${i + 1}`}>
            <legend className={s.legend}>
              Post {i + 1}
              {l.label ? `: ${l.label}` : ""}
            </legend>
            <Field label="Benämning">
              <Input
                className={s.control}
                id={id("label")}
                value={l.label}
                onChange={(_, d) => setLine(l.key, { label: d.value })}
              />
            </Field>
            <div className={s.grid2}>
              <Select
                id={id("actor")}
                label="Aktör"
                value={l.actor}
                options={actors.map((a) => [a.id, a.name] as [string, string])}
                onChange={(v) => setLine(l.key, { actor: v })}
                error={e("actor")}
              />
              {(["direction", "category", "role", "basis"] as const).map((f) => (
                <Select
                  key={f}
                  id={id(f)}
                  label={FIELD_LABELS[f]}
                  value={l[f]}
                  options={OPTIONS[f] as [string, string][]}
                  onChange={(v) => setLine(l.key, { [f]: v } as Partial<LineRow>)}
                  error={e(f)}
                />
              ))}
              <Field
                label="Belopp (kr/år)"
                required
                validationState={e("amount") ? "error" : "none"}
                validationMessage={e("amount")}
              >
                <Input
                  className={s.control}
                  id={id("amount")}
                  inputMode="decimal"
                  value={l.amount}
                  onChange={(_, d) => setLine(l.key, { amount: d.value })}
                  onBlur={() => {
                    const n = parseNumberText(l.amount);
                    if (n !== undefined && n >= 0)
                      setLine(l.key, { amount: formatDecimal(n, Number.isInteger(n) ? 0 : 2) });
                  }}
                />
              </Field>
              <Field
                label="Från år"
                validationState={e("fromYear") ? "error" : "none"}
                validationMessage={e("fromYear")}
              >
                <Input
                  id={id("fromYear")}
                  inputMode="numeric"
                  value={l.fromYear}
                  placeholder="1"
                  onChange={(_, d) => setLine(l.key, { fromYear: d.value })}
                />
              </Field>
              <Field label="Till år" validationState={e("toYear") ? "error" : "none"} validationMessage={e("toYear")}>
                <Input
                  id={id("toYear")}
                  inputMode="numeric"
                  value={l.toYear}
                  placeholder="horisonten"
                  onChange={(_, d) => setLine(l.key, { toYear: d.value })}
                />
              </Field>
            </div>
            <div className={s.row}>
              <Button size="small" aria-label={`Duplicera post ${i + 1}`} onClick={duplicate}>
                Duplicera
              </Button>
              <Button size="small" appearance="subtle" aria-label={`Ta bort post ${i + 1}`} onClick={remove}>
                Ta bort
              </Button>
              {compact && (
                <Button
                  size="small"
                  appearance="subtle"
                  aria-expanded={true}
                  aria-label={`Stäng post ${i + 1}`}
                  onClick={() => expand(l.key, false)}
                >
                  Stäng
                </Button>
              )}
            </div>
          </fieldset>
        );
      })}
      <div className={s.row}>
        <Button appearance="primary" onClick={add}>
          Lägg till post
        </Button>
        <Button onClick={() => void importSelection()}>Importera från markeringen</Button>
      </div>
      {importMsg && (
        <MessageBar intent={importMsg.intent} role={importMsg.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{importMsg.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

// ------------------------------------------------------------------ 5. Antaganden
export function AssumptionsStep({ state, update, errors }: StepProps) {
  const s = useStyles();
  return (
    <div className={s.stack}>
      {EDITABLE_ASSUMPTIONS.map((info) => {
        const key = info.key as EditableAssumption;
        const unit = info.unit === "andel" || info.unit === "ränta" ? "%" : info.unit;
        const def =
          info.default === null
            ? ""
            : unit === "%"
              ? `${formatDecimal(info.default * 100, 1).replace(/,0$/, "")} %`
              : `${info.default} ${unit}`;
        return (
          <Field
            key={key}
            label={`${info.label} (${info.symbol}), ${unit}`}
            hint={`${info.explanation} Standard ${def}. Källa: ${info.source}`}
            validationState={errors[key] ? "error" : "none"}
            validationMessage={errors[key]}
          >
            <Input
              id={fieldId(key)}
              inputMode="decimal"
              value={state.assumptions[key]}
              contentAfter={<span aria-hidden="true">{unit}</span>}
              onChange={(_, d) => update((st) => ({ ...st, assumptions: { ...st.assumptions, [key]: d.value } }))}
            />
          </Field>
        );
      })}
      <Text className={s.muted}>
        Antal med utfall anges under Grunddata. Alla antaganden visas också på bladet Antaganden.
      </Text>
    </div>
  );
}
