import * as React from "react";
import { Checkbox, Field, Text } from "@fluentui/react-components";
import { formatKr, repaymentPayingUnits, runRepayment } from "../../../engine";
import { REPAYMENT_MODEL } from "../../../engine/vocabulary";
import { Select, vocabularyOptions } from "../../components/controls";
import { fieldId, useStyles } from "../../components/ui";
import { TextField } from "./fields";
import { Part, type PartProps } from "./Part";

/** The engine's repayment plan: the year the fund is repaid and the balance after each year. */
export function RepaymentPreview({ result }: Pick<PartProps, "result">) {
  const r = React.useMemo(
    () => (result.ok && result.case.repayment ? runRepayment(result.case, result.case.repayment) : undefined),
    [result],
  );
  if (!r) return null;
  const years = r.balance.slice(0, (r.repaidYear ?? r.balance.length) as number);
  return (
    <div role="status">
      <Text as="p" block weight="semibold" style={{ margin: 0 }} data-testid="repayment-message">
        {r.message}
      </Text>
      <Text as="p" block size={200} style={{ margin: "4px 0 0" }}>
        Kvar att betala efter år{" "}
        {years
          .slice(0, 8)
          .map((b, i) => `${i + 1}: ${formatKr(b)} kr`)
          .join(" · ")}
        {years.length > 8 ? " …" : ""}
      </Text>
    </div>
  );
}

export function RepaymentPart(props: PartProps) {
  const s = useStyles();
  const { state, set, errors, result } = props;
  const f = state.analyses.repayment;
  const setF = (patch: Partial<typeof f>) => set((a) => ({ ...a, repayment: { ...a.repayment, ...patch } }));
  const publicActors = state.actors.filter((a) => a.selected && a.kind === "public");
  const standardUnits =
    result.ok && f.model === "gainShare"
      ? repaymentPayingUnits(result.case, { model: "gainShare", fund: 1, share: 1 })
          .map((id) => state.actors.find((a) => a.id === id)?.name ?? id)
          .join(", ")
      : "";
  return (
    <Part
      help="repayment"
      id="repayment"
      title="Återföring till fonden"
      explanation="Enheterna som vinner på insatsen betalar tillbaka det en social investeringsfond lade ut."
      standard="Standard: av. Modellen andel av vinsten betalar 50 % av enheternas årliga vinst tills fonden är återbetald."
      on={f.on}
      onToggle={(on) => setF({ on })}
    >
      <div className={s.grid2}>
        <TextField
          path="repayment.fund"
          label="Fondens belopp (kr)"
          hint="T.ex. 10 000 000 eller 10 mnkr"
          value={f.fund}
          onChange={(v) => setF({ fund: v })}
          errors={errors}
        />
        <Select
          id={fieldId("repayment.model")}
          label="Modell"
          value={f.model}
          options={vocabularyOptions(REPAYMENT_MODEL)}
          onChange={(v) => setF({ model: v })}
        />
        {f.model === "gainShare" ? (
          <TextField
            path="repayment.share"
            label="Andel av vinsten"
            unit="%"
            value={f.share}
            onChange={(v) => setF({ share: v })}
            errors={errors}
          />
        ) : (
          <TextField
            path="repayment.years"
            label="Antal år"
            value={f.years}
            onChange={(v) => setF({ years: v })}
            errors={errors}
          />
        )}
        <TextField
          path="repayment.startYear"
          label="Första år"
          placeholder="1"
          value={f.startYear}
          onChange={(v) => setF({ startYear: v })}
          errors={errors}
        />
      </div>
      {f.model === "gainShare" ? (
        <Field
          label="Betalande enheter"
          hint={standardUnits ? `Ingen vald: ${standardUnits} (de offentliga aktörerna högst upp).` : undefined}
          validationState={errors["repayment.units"] ? "error" : "none"}
          validationMessage={errors["repayment.units"]}
        >
          <div id={fieldId("repayment.units")} tabIndex={-1} className={s.row}>
            {publicActors.map((a) => (
              <Checkbox
                key={a.id}
                label={a.name}
                checked={f.units.includes(a.id)}
                onChange={(_, d) => setF({ units: d.checked ? [...f.units, a.id] : f.units.filter((u) => u !== a.id) })}
              />
            ))}
          </div>
        </Field>
      ) : (
        <div className={s.grid2}>
          {publicActors.map((a) => (
            <TextField
              key={a.id}
              path={`repayment.frames.${a.id}`}
              label={`Budgetram, ${a.name} (kr)`}
              value={f.frames[a.id] ?? ""}
              onChange={(v) => {
                const frames = { ...f.frames, [a.id]: v };
                if (!v.trim()) delete frames[a.id];
                setF({ frames });
              }}
              errors={errors}
            />
          ))}
        </div>
      )}
      <RepaymentPreview result={result} />
    </Part>
  );
}
