import * as React from "react";
import { Text } from "@fluentui/react-components";
import { formatKr, runCompensation } from "../../../engine";
import { Part, type PartProps } from "./Part";

/** Who pays whom, from the engine: every losing public actor made whole by the winners. */
export function Transfers({ result, names }: Pick<PartProps, "result"> & { names: (id: string) => string }) {
  const r = React.useMemo(() => (result.ok ? runCompensation(result.case) : undefined), [result]);
  if (!r) return null;
  return (
    <div role="status">
      <Text size={200}>{r.message}</Text>
      {r.transfers.length > 0 && (
        <ul style={{ margin: "4px 0 0", paddingLeft: 18 }} aria-label="Överföringar">
          {r.transfers.map((t) => (
            <li key={`${t.from}-${t.to}`} data-testid={`transfer-${t.from}-${t.to}`}>
              {names(t.from)} betalar {names(t.to)} {formatKr(t.amount)} kr
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CompensationPart(props: PartProps) {
  const { state, set, result } = props;
  const names = (id: string) => state.actors.find((a) => a.id === id)?.name ?? id;
  return (
    <Part
      help="compensation"
      id="compensation"
      title="Omfördelning"
      explanation="Offentliga aktörer som vinner kompenserar dem som förlorar, i proportion till vinsterna (nuvärde över horisonten)."
      standard="Standard: räknas alltid på bladet Omfördelning; slå på för att se vem som betalar vem här."
      on={state.analyses.compensation.on}
      onToggle={(on) => set((a) => ({ ...a, compensation: { on } }))}
    >
      <Transfers result={result} names={names} />
    </Part>
  );
}
