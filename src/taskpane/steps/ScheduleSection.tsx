/** Antaganden, method v2: the discount schedule – flat rate, Green Book or own bands. */
import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, Subtitle2, Text } from "@fluentui/react-components";
import { scheduleBands, scheduleText, type DiscountTiming } from "../../engine";
import { blankBand, parseAssumption, type BandRow, type ScheduleForm, type ScheduleKind } from "../state";
import { fieldError } from "../components/controls";
import { fieldId, useStyles } from "../components/ui";
import type { StepProps } from "./types";

const pct = (r: number) => `${String(Math.round(r * 1e6) / 1e4).replace(".", ",")} %`;

/** The timing typed on Antaganden (method v3); start of year when none. */
const timingOf = (state: StepProps["state"]) => (state.discountTiming ?? "startOfYear") as DiscountTiming;

/** The Green Book's bands from the engine under the case's timing, one line each. */
function GreenBookBands({ timing }: { timing: DiscountTiming }) {
  return (
    <ul aria-label="Green Books räntor" style={{ margin: 0, paddingLeft: 18 }}>
      {scheduleBands("greenbook", timing).map((b) => (
        <li key={b.fromYear}>
          {pct(b.rate)} från år {b.fromYear}
        </li>
      ))}
    </ul>
  );
}

function BandLine(props: {
  band: BandRow;
  i: number;
  errors: StepProps["errors"];
  set: (f: (bands: BandRow[]) => BandRow[]) => void;
}) {
  const { band, i, errors, set } = props;
  const edit = (patch: Partial<BandRow>) => set((bs) => bs.map((b) => (b.key === band.key ? { ...b, ...patch } : b)));
  const k = (f: string) => `band.${band.key}.${f}`;
  return (
    <div role="group" aria-label={`Band ${i + 1}`} style={{ display: "flex", alignItems: "flex-end", columnGap: 4 }}>
      <Field label={`Band ${i + 1}, från år`} style={{ flex: 1, minWidth: 0 }} {...fieldError(errors[k("fromYear")])}>
        <Input
          id={fieldId(k("fromYear"))}
          inputMode="numeric"
          value={band.fromYear}
          onChange={(_, d) => edit({ fromYear: d.value })}
        />
      </Field>
      <Field label="ränta, %" style={{ flex: 1, minWidth: 0 }} {...fieldError(errors[k("rate")])}>
        <Input
          id={fieldId(k("rate"))}
          inputMode="decimal"
          value={band.rate}
          contentAfter={<span aria-hidden="true">%</span>}
          onChange={(_, d) => edit({ rate: d.value })}
        />
      </Field>
      <Button aria-label={`Ta bort band ${i + 1}`} onClick={() => set((bs) => bs.filter((b) => b.key !== band.key))}>
        Ta bort
      </Button>
    </div>
  );
}

/** What the schedule gives, in the engine's words, when it can be read. */
function Summary({ state }: Pick<StepProps, "state">) {
  const s = useStyles();
  const rate = parseAssumption("discountRate", state.assumptions.discountRate);
  const f = state.schedule;
  if (rate === undefined || f.kind === "bands") return null;
  return (
    <Text className={s.muted} data-testid="schedule-text">
      {scheduleText(rate, f.kind === "greenbook" ? "greenbook" : undefined, timingOf(state))}
    </Text>
  );
}

export function ScheduleSection({ state, update, errors }: StepProps) {
  const s = useStyles();
  const f = state.schedule;
  const setSchedule = (g: (f: ScheduleForm) => ScheduleForm) => update((st) => ({ ...st, schedule: g(st.schedule) }));
  const setBands = (g: (bands: BandRow[]) => BandRow[]) => setSchedule((x) => ({ ...x, bands: g(x.bands) }));
  const choose = (kind: ScheduleKind) =>
    setSchedule((x) => ({ kind, bands: kind === "bands" && x.bands.length === 0 ? [blankBand("2")] : x.bands }));
  return (
    <div className={s.stack}>
      <Subtitle2>Diskonteringsschema</Subtitle2>
      <Field label="Ränta över tid" {...fieldError(errors.discountSchedule)}>
        <RadioGroup
          id={fieldId("discountSchedule")}
          value={f.kind}
          onChange={(_, d) => choose(d.value as ScheduleKind)}
        >
          <Radio value="flat" label="Fast ränta (diskonteringsräntan ovan)" />
          <Radio value="greenbook" label="Green Book (HM Treasury), fallande ränta" />
          <Radio value="bands" label="Egna band" />
        </RadioGroup>
      </Field>
      {f.kind === "greenbook" && <GreenBookBands timing={timingOf(state)} />}
      {f.kind === "bands" && (
        <>
          <Text className={s.muted}>
            Varje band gäller från sitt år till nästa band. Före första bandet gäller diskonteringsräntan ovan;{" "}
            {timingOf(state) === "endOfYear"
              ? "även år 1 diskonteras (slutet av året), så ett band kan börja år 1."
              : "år 1 diskonteras inte."}
          </Text>
          {f.bands.map((b, i) => (
            <BandLine key={b.key} band={b} i={i} errors={errors} set={setBands} />
          ))}
          <Button onClick={() => setBands((bs) => [...bs, blankBand()])} style={{ alignSelf: "flex-start" }}>
            Lägg till band
          </Button>
        </>
      )}
      <Summary state={state} />
    </div>
  );
}
