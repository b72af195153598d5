import * as React from "react";
import {
  Button,
  Text,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { formatDecimal, formatKr, runFollowUp } from "../../../engine";

const mkr = (x: number) => formatDecimal(x / 1e6, 1);
import { useStyles } from "../../components/ui";
import { blankFollowUpYear, parseAmount, type FollowUpRowForm } from "../../state";
import { TextField } from "./fields";
import { Part, type PartProps } from "./Part";

/** The engine's follow-up: plan, actual and forecast, and the variance per followed-up year (all actors, present value). */
export function FollowUpPreview({ result }: Pick<PartProps, "result">) {
  const s = useStyles();
  const r = React.useMemo(() => (result.ok ? runFollowUp(result.case) : undefined), [result]);
  if (!r) return null;
  const years = Array.from({ length: r.lastYear }, (_, i) => i);
  return (
    <Table size="small" className={s.table} aria-label="Uppföljning mot plan, alla aktörer, miljoner kronor (nuvärde)">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "16%" }}>År</TableHeaderCell>
          <TableHeaderCell className={s.num}>Plan</TableHeaderCell>
          <TableHeaderCell className={s.num}>Utfall</TableHeaderCell>
          <TableHeaderCell className={s.num}>Avvikelse</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {years.map((i) => (
          <TableRow key={i}>
            <TableCell>{i + 1}</TableCell>
            <TableCell className={s.num} title={`${formatKr(r.total.plan[i])} kr`}>
              {mkr(r.total.plan[i])}
            </TableCell>
            <TableCell
              className={s.num}
              data-testid={`followup-actual-${i + 1}`}
              title={`${formatKr(r.total.actual[i])} kr`}
            >
              {mkr(r.total.actual[i])}
            </TableCell>
            <TableCell className={s.num} title={`${formatKr(r.total.variance[i])} kr`}>
              {mkr(r.total.variance[i])}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function YearRow(props: PartProps & { row: FollowUpRowForm; i: number }) {
  const s = useStyles();
  const { row, i, state, set, errors } = props;
  const setRow = (patch: Partial<FollowUpRowForm>) =>
    set((a) => ({
      ...a,
      followUp: { ...a.followUp, rows: a.followUp.rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)) },
    }));
  const path = `followUp.years[${i}]`;
  const investments = state.lines.map((l, n) => ({ l, n })).filter(({ l }) => l.role === "investment");
  return (
    <fieldset className={s.fieldset} aria-label={`Uppföljning rad ${i + 1}`}>
      <legend className={s.legend}>År {row.year || "?"}</legend>
      <div className={s.grid2}>
        <TextField
          path={`${path}.year`}
          label="År"
          value={row.year}
          onChange={(v) => setRow({ year: v })}
          errors={errors}
        />
        <TextField
          path={`${path}.successes`}
          label="Faktiskt antal med utfall"
          placeholder="enligt plan"
          value={row.successes}
          onChange={(v) => setRow({ successes: v })}
          errors={errors}
        />
        {investments.map(({ l, n }) => (
          <TextField
            key={l.key}
            path={`${path}.investment.${l.key}`}
            label={`Post ${n + 1}, faktisk insats (kr)`}
            hint={`Plan ${l.amount || "–"} kr`}
            placeholder="enligt plan"
            value={row.investment[l.key] ?? ""}
            onChange={(v) => setRow({ investment: { ...row.investment, [l.key]: v } })}
            errors={errors}
          />
        ))}
      </div>
      <div>
        <Button
          size="small"
          appearance="subtle"
          aria-label={`Ta bort uppföljning år ${row.year}`}
          onClick={() =>
            set((a) => ({ ...a, followUp: { ...a.followUp, rows: a.followUp.rows.filter((r) => r.key !== row.key) } }))
          }
        >
          Ta bort
        </Button>
      </div>
    </fieldset>
  );
}

export function FollowUpPart(props: PartProps) {
  const { state, set, errors } = props;
  const f = state.analyses.followUp;
  const nextYear = () => Math.max(0, ...f.rows.map((r) => parseAmount(r.year) ?? 0)) + 1;
  return (
    <Part
      help="followUp"
      id="followup"
      title="Uppföljning mot plan"
      explanation="Faktiskt antal i utfall och faktiska insatsbelopp per år ersätter planen; åren efter räknas fram med återfallet."
      standard="Standard: av. Tom ruta betyder enligt plan."
      on={f.on}
      onToggle={(on) =>
        set((a) => ({
          ...a,
          followUp: { on, rows: a.followUp.rows.length ? a.followUp.rows : [blankFollowUpYear(1)] },
        }))
      }
    >
      {errors.followUp && <span role="alert">{errors.followUp}</span>}
      {f.rows.map((row, i) => (
        <YearRow key={row.key} {...props} row={row} i={i} />
      ))}
      <div>
        <Button
          size="small"
          onClick={() =>
            set((a) => ({
              ...a,
              followUp: { ...a.followUp, rows: [...a.followUp.rows, blankFollowUpYear(nextYear())] },
            }))
          }
        >
          Lägg till år
        </Button>
      </div>
      <Text size={200}>Alla aktörer, nuvärde i miljoner kronor per år.</Text>
      <FollowUpPreview result={props.result} />
    </Part>
  );
}
