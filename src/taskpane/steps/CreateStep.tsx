import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import { validateCase, type Case } from "../../engine";
import { caseFileName, caseFileOf, caseFileText, type CaseResult, type WizardState } from "../state";
import { downloadText } from "../components/download";
import { Comparison } from "./Comparison";
import type { Host } from "../host";
import { RenderError } from "../../excel/render";
import { useStyles } from "../components/ui";

type Status = { kind: "idle" | "busy" | "done" | "error"; text?: string; sheets?: string[] };

function StatusView({ status }: { status: Status }) {
  if (status.kind === "busy")
    return (
      <div role="status" aria-live="polite">
        <ProgressBar aria-label="Skapar arbetsboken" />
        <Text>{status.text} …</Text>
      </div>
    );
  if (status.kind === "done")
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>
          <MessageBarTitle>Klart</MessageBarTitle>
          Skapade {status.sheets!.join(", ")}.
        </MessageBarBody>
      </MessageBar>
    );
  if (status.kind === "error")
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Det gick inte att skapa arbetsboken</MessageBarTitle>
          {status.text}
        </MessageBarBody>
      </MessageBar>
    );
  return null;
}

/** Saves a case as a JSON file (a download), for socinv on the command line. */
export function downloadCase(c: Case): void {
  downloadText(caseFileName(c.title), caseFileText(c));
}

/** Spara som JSON and Jämför med ett alternativ. */
function CaseActions({ result, state, onCompare }: { result: CaseResult; state: WizardState; onCompare?: () => void }) {
  const s = useStyles();
  if (!result.ok) return null;
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>Kalkylen som fil och alternativ</legend>
      <div className={s.row}>
        <Button
          onClick={() => {
            const f = caseFileOf(state);
            downloadText(f.name, f.text);
          }}
        >
          Spara kalkylen som JSON
        </Button>
        {state.compare ? (
          <Button
            onClick={() =>
              downloadCase(
                validateCase(state.compare!.base).ok ? (state.compare!.base as unknown as Case) : result.case,
              )
            }
          >
            Spara alternativ A som JSON
          </Button>
        ) : (
          onCompare && <Button onClick={onCompare}>Jämför med ett alternativ</Button>
        )}
      </div>
      <Text size={200} className={s.muted}>
        {state.compare
          ? "socinv compare a.json b.json jämför alternativen på kommandoraden."
          : "Jämför med ett alternativ kopierar kalkylen till ett alternativ B som du ändrar (t.ex. lönesubvention i stället för försörjningsstöd); Granska och Skapa visar sedan skillnaden per aktör och år."}
      </Text>
      {state.compare && <Comparison base={state.compare.base} b={result.case} />}
    </fieldset>
  );
}

/**
 * The sheet of the kalkyl already in the workbook (its newest Revision sheet), if any: looked
 * for when the step opens and after each creation.
 */
function useEarlierVersion(host: Host, status: Status): string | null {
  const [earlier, setEarlier] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (status.kind === "busy") return;
    let live = true;
    host.findSavedCase().then(
      (saved) => live && setEarlier(saved ? saved.sheet : status.kind === "done" ? "Revision" : null),
      () => live && setEarlier(status.kind === "done" ? "Revision" : null),
    );
    return () => {
      live = false;
    };
  }, [host, status.kind]);
  return earlier;
}

/** A second Skapa asks: a new version beside the old (sheets named " (2)" …), or nothing. */
function NewVersionQuestion({ earlier, yes, no }: { earlier: string; yes: () => void; no: () => void }) {
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Arbetsboken har redan en kalkyl</MessageBarTitle>
        Bladet {earlier} och de andra bladen finns redan. Skapa en ny version bredvid den gamla? De nya bladen får en
        siffra, t.ex. ”Resultaträkning (2)”; inget befintligt blad ändras.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={yes}>
          Skapa en ny version
        </Button>
        <Button size="small" appearance="subtle" onClick={no}>
          Avbryt
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

// ------------------------------------------------------------------ 8. Skapa
export function CreateStep({
  result,
  host,
  onCreated,
  state,
  onCompare,
}: {
  result: CaseResult;
  host: Host;
  onCreated: (sheets: string[]) => void;
  state?: WizardState;
  onCompare?: () => void;
}) {
  const s = useStyles();
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const found = useEarlierVersion(host, status);
  // a case re-opened from the workbook was told that Skapa gives a new version; a second Skapa asks anyway
  const earlier = status.kind === "done" ? (found ?? "Revision") : state?.reopened ? null : found;
  const [asking, setAsking] = React.useState(false);
  // With an alternative, A (the copied case) gets its workbook and B's sheets beside a Jämförelse sheet.
  const base = state?.compare ? validateCase(state.compare.base) : undefined;
  const a = base?.ok ? base.case : undefined;
  const create = async () => {
    if (!result.ok) return;
    setStatus({ kind: "busy", text: "Förbereder" });
    try {
      const progress = (step: string) => setStatus({ kind: "busy", text: step });
      const r = a
        ? await host.createWorkbook(a, progress, result.case)
        : await host.createWorkbook(result.case, progress);
      setStatus({ kind: "done", sheets: r.sheets });
      onCreated(r.sheets);
    } catch (e) {
      const text =
        e instanceof RenderError
          ? e.message
          : `Arbetsboken kunde inte skapas: ${e instanceof Error ? e.message : String(e)}`;
      setStatus({ kind: "error", text });
    }
  };
  return (
    <div className={s.stack}>
      <Text>
        Skapar bladen Resultaträkning, Prognos, Känslighet, Omfördelning, Uppföljning, Poster, Antaganden, Metod och
        Revision (och Återföring när kalkylen har en fond) i den öppna arbetsboken, med Excels egna formler. Befintliga
        blad skrivs aldrig över: finns namnen får de nya bladen en siffra, t.ex. ”Resultaträkning (2)”.
        {a &&
          " Med ett alternativ skapas arbetsboken för A med bladen Poster B, Antaganden B och Prognos B och bladet Jämförelse: A, B och A − B per aktör och år med Excels formler."}
      </Text>
      <div>
        <Button
          appearance="primary"
          disabled={!result.ok || status.kind === "busy" || asking}
          onClick={() => (earlier ? setAsking(true) : void create())}
        >
          {a ? "Skapa arbetsboken med jämförelsen" : "Skapa arbetsboken"}
        </Button>
      </div>
      {asking && earlier && (
        <NewVersionQuestion
          earlier={earlier}
          yes={() => {
            setAsking(false);
            void create();
          }}
          no={() => setAsking(false)}
        />
      )}
      <StatusView status={status} />
      {state && <CaseActions result={result} state={state} onCompare={onCompare} />}
    </div>
  );
}
