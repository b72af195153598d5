import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from "@fluentui/react-components";
import type { Case } from "../../engine";
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

// ------------------------------------------------------------------ 7. Skapa
export function CreateStep({
  result,
  host,
  onCreated,
}: {
  result: { ok: true; case: Case } | { ok: false };
  host: Host;
  onCreated: (sheets: string[]) => void;
}) {
  const s = useStyles();
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const create = async () => {
    if (!result.ok) return;
    setStatus({ kind: "busy", text: "Förbereder" });
    try {
      const r = await host.createWorkbook(result.case, (step) => setStatus({ kind: "busy", text: step }));
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
      </Text>
      <div>
        <Button appearance="primary" disabled={!result.ok || status.kind === "busy"} onClick={() => void create()}>
          Skapa arbetsboken
        </Button>
      </div>
      <StatusView status={status} />
    </div>
  );
}
