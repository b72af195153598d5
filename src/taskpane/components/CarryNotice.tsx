/**
 * What carrying the case to a new year did to its amounts: re-indexed with the case's index and
 * by how much (each amount before and after, Ångra omräkningen), or not, because the index lacks
 * a year — then KPI can be fetched from SCB on the user's click (the same series as
 * `socinv index hamta`), stored in the case with its source and date, and the amounts re-indexed.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { reindexCarried, reindexingText, undoCarriedReindexing, type Reindexing, type WizardState } from "../state";
import { fetchKpi } from "../net/client";
import { settingsStore } from "./SettingsDialog";

type Update = (f: (s: WizardState) => WizardState) => void;

function Changes({ r }: { r: Reindexing }) {
  if (r.changes.length === 0) return null;
  return (
    <details style={{ marginTop: 4 }}>
      <summary>
        {r.changes.length} belopp {r.undone ? "var omräknade" : "ändrade"} (visa före och efter)
      </summary>
      <ul style={{ margin: "4px 0 0", paddingLeft: 18 }} data-testid="reindexed-amounts">
        {r.changes.map((c) => (
          <li key={c.slot}>
            {c.where}: {c.before} → {c.after} kr
          </li>
        ))}
      </ul>
    </details>
  );
}

/** KPI from SCB on the user's click; the case changes only when the series has both years. */
function FetchKpi({ update }: { update: Update }) {
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<string | null>(null);
  const go = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const series = await fetchKpi(settingsStore.load());
      let said: string | null = null;
      update((st) => {
        const out = reindexCarried(st, series.index);
        if (out.report?.missing !== undefined) {
          const lacking = [out.report.from, out.report.to].filter((y) => series.index.values[String(y)] === undefined);
          said =
            `SCB:s KPI (svar från ${series.read}) har årsmedel ${series.years[0]}–${series.years[series.years.length - 1]}, ` +
            `inte ${lacking.join(" och ")}` +
            (series.incomplete.length ? ` (${series.incomplete.join(", ")} har inte alla tolv månader än)` : "") +
            "; inget har ändrats.";
        }
        return out.state;
      });
      setMessage(said);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" disabled={busy} onClick={() => void go()}>
        Hämta KPI från SCB och räkna om
      </Button>
      {busy && <Spinner size="tiny" label="Hämtar KPI från SCB …" />}
      {message && (
        <div role="alert" style={{ overflowWrap: "anywhere" }}>
          {message}
        </div>
      )}
      <div style={{ fontSize: 12 }}>
        Skickar bara frågan om tabellen {"PR0101A/KPItotM"} till {settingsStore.load().scbUrl}, aldrig kalkylen.
      </div>
    </>
  );
}

export function CarryNotice({ state, update }: { state: WizardState; update: Update }) {
  const r = state.reopened?.reindexed;
  const [kept, setKept] = React.useState<string[]>([]);
  if (!state.reopened?.carried || !r) return null;
  const ownIndex = typeof state.priceIndex === "object" && state.priceIndex !== null;
  if (r.missing !== undefined)
    return (
      <MessageBar intent="warning" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>Beloppen är inte omräknade</MessageBarTitle>
          Kalkylens prisår är nu {r.to}, men {r.missing}. Beloppen står kvar som de var skrivna, i {r.from} års priser.
          {ownIndex
            ? " Lägg till året i kalkylens prisindex, eller räkna om beloppen själv."
            : " Hämta KPI från SCB, eller räkna om beloppen själv."}
          {!ownIndex && <FetchKpi update={update} />}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent={r.undone ? "warning" : "info"} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>
          {r.undone ? "Omräkningen är ångrad" : `Beloppen räknades om med ${reindexingText(r)}`}
        </MessageBarTitle>
        {r.undone
          ? `Beloppen står som de var skrivna, i ${r.from} års priser, fast kalkylens prisår är ${r.to}.`
          : `Varje belopp i ${r.from} års priser är räknat om till ${r.to} års priser (${r.index}), avrundat till öre. Poster med kalkylvärde räknas om från kalkylvärdets eget prisår.`}
        {kept.length > 0 && ` Ändrade sedan omräkningen och därför behållna: ${kept.join("; ")}.`}
        {r.unreadable && ` Inte omräknade (inget tal): ${r.unreadable.join("; ")}.`}
        <Changes r={r} />
      </MessageBarBody>
      {!r.undone && (
        <MessageBarActions>
          <Button
            size="small"
            onClick={() =>
              update((st) => {
                const out = undoCarriedReindexing(st);
                setKept(out.kept);
                return out.state;
              })
            }
          >
            Ångra omräkningen
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
