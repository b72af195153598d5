/** Antaganden, method v3: intake years (intagsår) and discount timing, in the method's words. */
import { Field, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { DISCOUNT_TIMING, FIELD_WORDS, type DiscountTiming } from "../../engine";
import { countReadBack } from "../state";
import { NumberInput, fieldError } from "../components/controls";
import { fieldId, useStyles } from "../components/ui";
import { HelpButton } from "../components/Help";
import type { StepProps } from "./types";

/** What each timing means for year 1, after its label. */
const TIMING_NOTE: Record<DiscountTiming, string> = {
  startOfYear: "år 1 diskonteras inte (standard)",
  endOfYear: "även år 1 diskonteras, som rapportens tabell 4.3",
};

export function ContinuingSection({ state, update, errors }: StepProps) {
  const s = useStyles();
  const timing = (state.discountTiming ?? "startOfYear") as DiscountTiming;
  return (
    <div className={s.stack}>
      <Subtitle2>Verksamhet som fortsätter</Subtitle2>
      <div style={{ display: "flex", alignItems: "flex-start", columnGap: 4 }}>
        <NumberInput
          style={{ flex: 1, minWidth: 0 }}
          id={fieldId("intakeYears")}
          label={`${FIELD_WORDS.intakeYears} (K), år`}
          hint="Hur många år i följd en ny grupp når utfallet: antal med utfall gäller då vart och ett av åren 1 till K, och varje års grupp följer sitt eget återfall och sin avklingning. Standard 1 (en grupp, år 1)."
          placeholder="1"
          unit="år"
          error={errors.intakeYears}
          value={state.intakeYears ?? ""}
          read={(t) => countReadBack(t, "intagsår")}
          onChange={(v) =>
            update((st) => {
              const { intakeYears: _k, ...rest } = st;
              return v.trim() ? { ...rest, intakeYears: v } : rest;
            })
          }
        />
        <HelpButton term="intakeYears" />
      </div>
      <div style={{ display: "flex", alignItems: "flex-start", columnGap: 4 }}>
        <Field
          style={{ flex: 1, minWidth: 0 }}
          label={`${DISCOUNT_TIMING.name}: när under året beloppen faller`}
          hint="Resultaträkningen för år 1 är ett årsbokslut och diskonteras aldrig; prognosen, perspektiven och N* följer valet."
          {...fieldError(errors.discountTiming)}
        >
          <RadioGroup
            id={fieldId("discountTiming")}
            value={timing}
            onChange={(_, d) => update((st) => ({ ...st, discountTiming: d.value }))}
          >
            {DISCOUNT_TIMING.values.map((v) => (
              <Radio key={v} value={v} label={`${DISCOUNT_TIMING.labels[v]}: ${TIMING_NOTE[v]}`} />
            ))}
          </RadioGroup>
        </Field>
        <HelpButton term="discountTiming" />
      </div>
    </div>
  );
}
