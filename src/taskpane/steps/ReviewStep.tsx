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
  Subtitle2,
} from "@fluentui/react-components";
import { formatDecimal, formatKr, type Case, type Issue } from "../../engine";
import { useStyles } from "../components/ui";
import { Curve } from "./Curve";
import { PERSPECTIVE_SHORT, previewOf, type Preview } from "./preview";

export type CaseResult = { ok: true; case: Case } | { ok: false; errors: Issue[] };

function NotReady({ errors }: { errors: Issue[] }) {
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Kalkylen är inte klar</MessageBarTitle>
        <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
          {errors.slice(0, 8).map((e) => (
            <li key={e.path + e.message}>
              {e.path}: {e.message}
            </li>
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

// ------------------------------------------------------------------ 6. Granska
export function ReviewStep({ result }: { result: CaseResult }) {
  const s = useStyles();
  if (!result.ok) return <NotReady errors={result.errors} />;
  const pv = previewOf(result.case);
  return (
    <div className={s.stack} aria-live="polite">
      <Subtitle2>Netto per aktör, år 1</Subtitle2>
      <StatementTable pv={pv} />
      <Subtitle2>Över {result.case.assumptions.horizon} år</Subtitle2>
      <PerspectiveTable pv={pv} />
      <Curve p={pv.perspectives} />
    </div>
  );
}
