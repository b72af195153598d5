import { Text } from "@fluentui/react-components";
import { formatDecimal, type AssumptionInfo } from "../../engine";
import { EDITABLE_ASSUMPTIONS, percentReadBack, type EditableAssumption } from "../state";
import { NumberInput } from "../components/controls";
import { fieldId, useStyles } from "../components/ui";
import type { StepProps } from "./types";
import { HelpButton } from "../components/Help";
import { ScheduleSection } from "./ScheduleSection";
import { ContinuingSection } from "./ContinuingSection";

/** The unit shown after the field (shares and rates in percent) and the default in words. */
function unitAndDefault(info: AssumptionInfo): { unit: string; def: string } {
  const unit = info.unit === "andel" || info.unit === "ränta" ? "%" : info.unit;
  const def =
    info.default === null
      ? ""
      : unit === "%"
        ? `${formatDecimal(info.default * 100, 1).replace(/,0$/, "")} %`
        : `${info.default} ${unit}`;
  return { unit, def };
}

// ------------------------------------------------------------------ 5. Antaganden
export function AssumptionsStep({ state, update, errors }: StepProps) {
  const s = useStyles();
  return (
    <div className={s.stack}>
      {EDITABLE_ASSUMPTIONS.map((info) => {
        const key = info.key as EditableAssumption;
        const { unit, def } = unitAndDefault(info);
        return (
          <div key={key} style={{ display: "flex", alignItems: "flex-start", columnGap: 4 }}>
            <NumberInput
              style={{ flex: 1, minWidth: 0 }}
              id={fieldId(key)}
              label={`${info.label} (${info.symbol}), ${unit}`}
              hint={`${info.explanation} Standard ${def}. Källa: ${info.source}`}
              error={errors[key]}
              value={state.assumptions[key]}
              unit={unit}
              read={(t) => percentReadBack(key, t)}
              onChange={(v) => update((st) => ({ ...st, assumptions: { ...st.assumptions, [key]: v } }))}
            />
            <HelpButton term={key} />
          </div>
        );
      })}
      <ScheduleSection state={state} update={update} errors={errors} />
      <ContinuingSection state={state} update={update} errors={errors} />
      <Text className={s.muted}>
        Antal med utfall anges under Grunddata. Alla antaganden visas också på bladet Antaganden.
      </Text>
    </div>
  );
}
