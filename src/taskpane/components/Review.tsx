import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Subtitle2,
} from "@fluentui/react-components";
import { compute, formatDecimal, formatKr, perspective, type Case } from "../../engine";
import type { Host } from "../host";
import { RenderError } from "../../excel/render";
import { useStyles } from "./ui";

const PLABEL = { total: "Totalt", public: "Offentlig sektor", economic: "Samhällsekonomiskt" } as const;
/** Shorter labels for the narrow table, with a soft hyphen where a word may break. */
const PSHORT = { total: "Totalt", public: "Offentlig sektor", economic: "Samhälls\u00adekonomiskt" } as const;
const COLORS = { total: "#105E7A", public: "#C2502E", economic: "#4E8A2E" } as const;

export interface Preview {
  statement: { name: string; net: number }[];
  total: number;
  perspectives: {
    key: keyof typeof PLABEL;
    npv: number;
    roi: number | null;
    breakEven: number | null;
    accumulated: number[];
  }[];
}

/** The figures the preview shows, straight from the engine. */
export function previewOf(c: Case): Preview {
  const comp = compute(c);
  return {
    statement: c.actors.map((a) => ({ name: a.name, net: comp.statement.byActor.get(a.id)!.net.toNumber() })),
    total: comp.statement.total.toNumber(),
    perspectives: (["total", "public", "economic"] as const).map((p) => {
      const r = perspective(comp, p);
      return {
        key: p,
        npv: r.npv.toNumber(),
        roi: r.roi === null ? null : r.roi.toNumber(),
        breakEven: r.breakEvenYear,
        accumulated: r.accumulated.map((x) => x.toNumber()),
      };
    }),
  };
}

function Curve({ p }: { p: Preview["perspectives"] }) {
  const W = 300;
  const Hh = 140;
  const pad = 6;
  const all = p.flatMap((x) => x.accumulated);
  const min = Math.min(0, ...all);
  const max = Math.max(0, ...all);
  const n = p[0].accumulated.length;
  const x = (i: number) => pad + (n <= 1 ? 0 : (i * (W - 2 * pad)) / (n - 1));
  const y = (v: number) => pad + ((max - v) * (Hh - 2 * pad)) / (max - min || 1);
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${Hh}`} width="100%" role="img" aria-label="Ackumulerat netto per perspektiv och år">
        <line x1={pad} x2={W - pad} y1={y(0)} y2={y(0)} stroke="#999" strokeDasharray="3 3" />
        {p.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={COLORS[s.key]}
            strokeWidth={2}
            points={s.accumulated.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
          />
        ))}
      </svg>
      <figcaption style={{ fontSize: 12 }}>
        {p.map((s) => (
          <span key={s.key} style={{ marginRight: 10, whiteSpace: "nowrap" }}>
            <span aria-hidden="true" style={{ color: COLORS[s.key] }}>
              ■{" "}
            </span>
            {PLABEL[s.key]}
          </span>
        ))}
        <br />
        Ackumulerat netto år 1–{n} (nuvärden); streckat = 0.
      </figcaption>
    </figure>
  );
}

export function ReviewStep({
  result,
}: {
  result: { ok: true; case: Case } | { ok: false; errors: { path: string; message: string }[] };
}) {
  const s = useStyles();
  if (!result.ok) {
    return (
      <MessageBar intent="warning" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Kalkylen är inte klar</MessageBarTitle>
          <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
            {result.errors.slice(0, 8).map((e) => (
              <li key={e.path + e.message}>
                {e.path}: {e.message}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const pv = previewOf(result.case);
  return (
    <div className={s.stack} aria-live="polite">
      <Subtitle2>Netto per aktör, år 1</Subtitle2>
      <Table size="small" className={s.table} aria-label="Netto per aktör år 1">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Aktör</TableHeaderCell>
            <TableHeaderCell className={s.num}>Netto (kr)</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pv.statement.map((r) => (
            <TableRow key={r.name}>
              <TableCell>{r.name}</TableCell>
              <TableCell className={`${s.num} ${s.nowrap}`} data-testid={`net-${r.name}`}>
                {formatKr(r.net)}
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>
              <strong>Summa</strong>
            </TableCell>
            <TableCell className={s.num} data-testid="net-total">
              <strong>{formatKr(pv.total)}</strong>
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Subtitle2>Över {result.case.assumptions.horizon} år</Subtitle2>
      <Table size="small" className={s.table} aria-label="Nettonuvärde, avkastningskvot och break-even per perspektiv">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "34%" }}>Perspektiv</TableHeaderCell>
            <TableHeaderCell className={s.num} style={{ width: "34%" }}>
              Nuvärde (kr)
            </TableHeaderCell>
            <TableHeaderCell className={s.num} style={{ width: "14%" }}>
              Kvot
            </TableHeaderCell>
            <TableHeaderCell className={s.num} style={{ width: "18%" }}>
              Break&shy;even
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pv.perspectives.map((p) => (
            <TableRow key={p.key}>
              <TableCell>{PSHORT[p.key]}</TableCell>
              <TableCell className={`${s.num} ${s.nowrap}`} data-testid={`npv-${p.key}`}>
                {formatKr(p.npv)}
              </TableCell>
              <TableCell className={s.num} data-testid={`roi-${p.key}`}>
                {p.roi === null ? "–" : formatDecimal(p.roi, 2)}
              </TableCell>
              <TableCell className={`${s.num} ${s.nowrap}`} data-testid={`be-${p.key}`}>
                {p.breakEven === null ? "ingen" : `år ${p.breakEven}`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Curve p={pv.perspectives} />
    </div>
  );
}

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
  const [status, setStatus] = React.useState<{
    kind: "idle" | "busy" | "done" | "error";
    text?: string;
    sheets?: string[];
  }>({ kind: "idle" });
  const create = async () => {
    if (!result.ok) return;
    setStatus({ kind: "busy", text: "Förbereder" });
    try {
      const r = await host.createWorkbook(result.case, (step) => setStatus({ kind: "busy", text: step }));
      setStatus({ kind: "done", sheets: r.sheets });
      onCreated(r.sheets);
    } catch (e) {
      setStatus({
        kind: "error",
        text:
          e instanceof RenderError
            ? e.message
            : `Arbetsboken kunde inte skapas: ${e instanceof Error ? e.message : String(e)}`,
      });
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
      {status.kind === "busy" && (
        <div role="status" aria-live="polite">
          <ProgressBar aria-label="Skapar arbetsboken" />
          <Text>{status.text} …</Text>
        </div>
      )}
      {status.kind === "done" && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>Klart</MessageBarTitle>
            Skapade {status.sheets!.join(", ")}.
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "error" && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Det gick inte att skapa arbetsboken</MessageBarTitle>
            {status.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
