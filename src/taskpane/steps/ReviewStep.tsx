import * as React from "react";
import {
  MessageBar,
  mergeClasses,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { formatDecimal, formatKr, runMonteCarlo, type Issue } from "../../engine";
import { wizardMessage, type CaseResult, type WizardState } from "../state";
import { useStyles } from "../components/ui";
import { HelpButton } from "../components/Help";
import { Transfers } from "./analyses/CompensationPart";
import { FollowUpPreview } from "./analyses/FollowUpPart";
import { MonteCarloPreview } from "./analyses/MonteCarloPart";
import { RepaymentPreview } from "./analyses/RepaymentPart";
import { ScenarioTable } from "./analyses/ScenariosPart";
import type { Band } from "./WhoGainsChart";
import { Fallback } from "../components/Fallback";
import { ActorTables, WhyTotalDiffers } from "./WhoGains";
import { successesText } from "../../engine";
import { PERSPECTIVE_LABEL, PERSPECTIVE_SHORT, actorsOf, previewOf, type Preview } from "./preview";
import { continuingOf } from "./continuing";
import { KeyFiguresTable } from "./KeyFiguresTable";
import { MilestonesTable } from "./MilestonesTable";

/**
 * Fluent's charts (and d3 under them) are a chunk of their own, loaded when Granska first shows the
 * chart: the taskpane opens without them (bench: taskpane.taskpane.js.gzip.kb).
 */
const WhoGainsChart = React.lazy(() =>
  import(/* webpackChunkName: "chart" */ "./WhoGainsChart").then((m) => ({ default: m.WhoGainsChart })),
);

export type { CaseResult };

function NotReady({ errors, state }: { errors: Issue[]; state: WizardState }) {
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Kalkylen är inte klar</MessageBarTitle>
        <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
          {errors.slice(0, 8).map((e) => (
            <li key={e.path + e.message}>{wizardMessage(e, state)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function StatementTable({ pv }: { pv: Preview }) {
  const s = useStyles();
  return (
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
            <TableCell className={mergeClasses(s.num, s.nowrap)} data-testid={`net-${r.name}`}>
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
  );
}

function PerspectiveTable({ pv }: { pv: Preview }) {
  const s = useStyles();
  return (
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
            <TableCell>{PERSPECTIVE_SHORT[p.key]}</TableCell>
            <TableCell className={mergeClasses(s.num, s.nowrap)} data-testid={`npv-${p.key}`}>
              {formatKr(p.npv)}
            </TableCell>
            <TableCell className={s.num} data-testid={`roi-${p.key}`}>
              {p.roi === null ? "–" : formatDecimal(p.roi, 2)}
            </TableCell>
            <TableCell className={mergeClasses(s.num, s.nowrap)} data-testid={`be-${p.key}`}>
              {p.breakEven === null ? "ingen" : `år ${p.breakEven}`}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** N* per perspective (method v2): how many with an outcome the case needs to break even. */
function SuccessesNeeded({ pv, participants }: { pv: Preview; participants: number | undefined }) {
  return (
    <ul aria-label="Behövs för break-even per perspektiv" style={{ margin: 0, paddingLeft: 18 }}>
      {pv.perspectives.map((p) => (
        <li key={p.key} data-testid={`nstar-${p.key}`}>
          {PERSPECTIVE_LABEL[p.key]}: Behövs för break-even: {successesText(p.successes, p.successRate, participants)}
        </li>
      ))}
    </ul>
  );
}

/** What the step Känslighet och fördelning switched on, from the engine. */
function Analyses({ result, state }: { result: Extract<CaseResult, { ok: true }>; state: WizardState }) {
  const a = state.analyses;
  const names = (id: string) => state.actors.find((x) => x.id === id)?.name ?? id;
  return (
    <>
      {a.scenarios.on && (
        <>
          <Subtitle2>Scenarier</Subtitle2>
          <ScenarioTable result={result} />
        </>
      )}
      {a.monteCarlo.on && result.case.monteCarlo && (
        <>
          <Subtitle2>Monte Carlo ({formatKr(result.case.monteCarlo.iterations)} dragningar)</Subtitle2>
          <MonteCarloPreview result={result} />
        </>
      )}
      {a.repayment.on && result.case.repayment && (
        <>
          <Subtitle2>Återföring</Subtitle2>
          <RepaymentPreview result={result} />
        </>
      )}
      {a.compensation.on && (
        <>
          <Subtitle2>Omfördelning</Subtitle2>
          <Transfers result={result} names={names} />
        </>
      )}
      {a.followUp.on && result.case.followUp && (
        <>
          <Subtitle2>Uppföljning</Subtitle2>
          <FollowUpPreview result={result} />
        </>
      )}
    </>
  );
}

/** The Monte Carlo band of the curve, when Monte Carlo is on. */
function bandOf(result: Extract<CaseResult, { ok: true }>): Band | undefined {
  const c = result.case;
  if (!c.monteCarlo) return undefined;
  return runMonteCarlo(c, c.monteCarlo).perspectives;
}

// ------------------------------------------------------------------ 7. Granska
export function ReviewStep({ result, state }: { result: CaseResult; state: WizardState }) {
  const s = useStyles();
  const band = React.useMemo(
    () => (result.ok && state.analyses.monteCarlo.on ? bandOf(result) : undefined),
    [result, state.analyses.monteCarlo.on],
  );
  const figures = React.useMemo(() => (result.ok ? continuingOf(result.case) : undefined), [result]);
  if (!result.ok || !figures) return <NotReady errors={result.ok ? [] : result.errors} state={state} />;
  const pv = previewOf(result.case);
  const H = result.case.assumptions.horizon;
  const actors = actorsOf(result.case);
  return (
    <div className={s.stack} aria-live="polite">
      <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: 4 }}>
        <Subtitle2 as="h3">Vem investerar, vem vinner och när – över {H} år</Subtitle2>
        <HelpButton term="npv" text="Nuvärde" />
        <HelpButton term="breakEven" text="Break-even" />
      </div>
      <ActorTables rows={actors.rows} without={actors.without} horizon={H} />
      {figures.keyFigures && <KeyFiguresTable k={figures.keyFigures} />}
      <Subtitle2 as="h3">Per perspektiv</Subtitle2>
      <PerspectiveTable pv={pv} />
      <WhyTotalDiffers pv={pv} />
      <MilestonesTable figures={figures} />
      <Fallback fallback={<p>Diagrammet kunde inte laddas; tabellerna ovan har samma tal.</p>}>
        <React.Suspense fallback={<Spinner size="tiny" label="Diagrammet laddas …" />}>
          <WhoGainsChart p={pv.perspectives} band={band} />
        </React.Suspense>
      </Fallback>
      <Subtitle2 as="h3">Netto per aktör, år 1</Subtitle2>
      <StatementTable pv={pv} />
      <Subtitle2 as="h3">Antal med utfall som behövs för break-even (N*)</Subtitle2>
      <SuccessesNeeded pv={pv} participants={result.case.participants} />
      <Analyses result={result} state={state} />
    </div>
  );
}
