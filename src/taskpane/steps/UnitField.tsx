/** Grunddata, method v3: which unit the bokslut is for (case.unit), so Granska can show its key figures. */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { placeOf } from "../../engine";
import { fieldError } from "../components/controls";
import { fieldId, useStyles } from "../components/ui";
import { HelpButton } from "../components/Help";
import type { StepProps } from "./types";

/** The choice "none": the case names no unit and has no key figures. */
export const NO_UNIT = "Ingen (inga nyckeltal)";

export function UnitField({ state, update, errors }: StepProps) {
  const s = useStyles();
  const actors = state.actors.filter((a) => a.selected);
  const options: [string, string][] = [["", NO_UNIT], ...actors.map((a) => [a.id, a.name] as [string, string])];
  const chosen = options.find((o) => o[0] === (state.unit ?? ""));
  return (
    <div style={{ display: "flex", alignItems: "flex-start", columnGap: 4 }}>
      <Field
        style={{ flex: 1, minWidth: 0 }}
        label={placeOf("unit")}
        hint="Enheten vars bokslut detta är. Granska visar dess nyckeltal som tabell 4.1."
        {...fieldError(errors.unit)}
      >
        <Dropdown
          id={fieldId("unit")}
          className={s.control}
          value={chosen ? chosen[1] : (state.unit ?? "")}
          selectedOptions={[state.unit ?? ""]}
          onOptionSelect={(_, d) => {
            const v = d.optionValue ?? "";
            update((st) => {
              const { unit: _unit, ...rest } = st;
              return v ? { ...rest, unit: v } : rest;
            });
          }}
        >
          {options.map(([v, l]) => (
            <Option key={v || "none"} value={v}>
              {l}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <HelpButton term="keyFigures" />
    </div>
  );
}
