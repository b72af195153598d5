import { Text } from "@fluentui/react-components";
import { useStyles } from "../components/ui";
import type { CaseResult } from "../state";
import { CompensationPart } from "./analyses/CompensationPart";
import { FollowUpPart } from "./analyses/FollowUpPart";
import { MonteCarloPart } from "./analyses/MonteCarloPart";
import type { SetAnalyses } from "./analyses/Part";
import { RepaymentPart } from "./analyses/RepaymentPart";
import { ScenariosPart } from "./analyses/ScenariosPart";
import type { StepProps } from "./types";

// ------------------------------------------------------------------ 6. Känslighet och fördelning
export function AnalysesStep({ state, update, errors, result }: StepProps & { result: CaseResult }) {
  const s = useStyles();
  const set: SetAnalyses = (f) => update((st) => ({ ...st, analyses: f(st.analyses) }));
  const props = { state, set, errors, result };
  return (
    <div className={s.stack}>
      <Text>
        Allt här är valfritt. Slå på det du vill ha med; förhandsvisningen räknas av samma motor som arbetsboken.
      </Text>
      <ScenariosPart {...props} />
      <MonteCarloPart {...props} />
      <RepaymentPart {...props} />
      <CompensationPart {...props} />
      <FollowUpPart {...props} />
    </div>
  );
}
