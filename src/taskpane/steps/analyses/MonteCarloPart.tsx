import * as React from "react";
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { ASSUMPTIONS, MAX_ITERATIONS, formatDecimal, formatKr, formatPercent, runMonteCarlo } from "../../../engine";
import { BASE_PERSPECTIVES, DISTRIBUTION } from "../../../engine/vocabulary";
import { Select, vocabularyOptions } from "../../components/controls";
import { fieldId, useStyles } from "../../components/ui";
import {
  VARIED_KEYS,
  blankDistribution,
  defaultDistribution,
  parseAmount,
  variedUnit,
  type DistributionForm,
  type VariedKey,
} from "../../state";
import { PERSPECTIVE_SHORT } from "../preview";
import { TextField } from "./fields";
import { Part, type PartProps } from "./Part";

const PARAMS = {
  uniform: [
    ["min", "Min"],
    ["max", "Max"],
  ],
  triangular: [
    ["min", "Min"],
    ["mode", "Typvärde"],
    ["max", "Max"],
  ],
  normal: [
    ["mean", "Medel"],
    ["sd", "Std.avv."],
    ["min", "Min (valfritt)"],
    ["max", "Max (valfritt)"],
  ],
} as const;

/** P10, P50, P90 of the net present value per perspective and the probability that it is negative. */
export function MonteCarloPreview({ result }: Pick<PartProps, "result">) {
  const s = useStyles();
  const mc = React.useMemo(
    () => (result.ok && result.case.monteCarlo ? runMonteCarlo(result.case, result.case.monteCarlo) : undefined),
    [result],
  );
  if (!mc) return null;
  return (
    <Table size="small" className={s.table} aria-label="Monte Carlo: nettonuvärdets percentiler per perspektiv">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "28%" }}>Perspektiv</TableHeaderCell>
          <TableHeaderCell className={s.num}>P10</TableHeaderCell>
          <TableHeaderCell className={s.num}>P50</TableHeaderCell>
          <TableHeaderCell className={s.num}>P90</TableHeaderCell>
          <TableHeaderCell className={s.num} style={{ width: "17%" }}>
            P(&lt;0)
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {BASE_PERSPECTIVES.map((p) => {
          const r = mc.perspectives[p];
          const mkr = (x: number) => formatDecimal(x / 1e6, 1);
          return (
            <TableRow key={p}>
              <TableCell>{PERSPECTIVE_SHORT[p]}</TableCell>
              <TableCell className={s.num} data-testid={`mc-p10-${p}`} title={`${formatKr(r.p10)} kr`}>
                {mkr(r.p10)}
              </TableCell>
              <TableCell className={s.num} data-testid={`mc-p50-${p}`} title={`${formatKr(r.p50)} kr`}>
                {mkr(r.p50)}
              </TableCell>
              <TableCell className={s.num} data-testid={`mc-p90-${p}`} title={`${formatKr(r.p90)} kr`}>
                {mkr(r.p90)}
              </TableCell>
              <TableCell className={s.num} data-testid={`mc-neg-${p}`}>
                {formatPercent(1 - r.probNpvNonNegative, 1)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** One distribution: what varies, its shape and the shape's parameters. */
function DistributionView(props: PartProps & { d: DistributionForm; i: number }) {
  const s = useStyles();
  const { d, i, state, set, errors } = props;
  const setD = (patch: Partial<DistributionForm>) =>
    set((a) => ({
      ...a,
      monteCarlo: { ...a.monteCarlo, rows: a.monteCarlo.rows.map((x) => (x.key === d.key ? { ...x, ...patch } : x)) },
    }));
  const targets: [string, string][] = [
    ...VARIED_KEYS.map((k) => [`a:${k}`, ASSUMPTIONS.find((a) => a.key === k)!.label] as [string, string]),
    ...state.lines.map(
      (l, n) => [`l:${l.key}`, `Post ${n + 1}${l.label ? `: ${l.label}` : ""} (belopp)`] as [string, string],
    ),
  ];
  const unit = d.target.startsWith("a:") ? variedUnit(d.target.slice(2) as VariedKey) : "kr";
  const path = `monteCarlo.distributions[${i}]`;
  return (
    <fieldset className={s.fieldset} aria-label={`Fördelning ${i + 1}`}>
      <legend className={s.legend}>Fördelning {i + 1}</legend>
      <div className={s.grid2}>
        <Select
          id={fieldId(`${path}.target`)}
          label="Varierar"
          value={d.target}
          options={targets}
          onChange={(v) => setD({ target: v })}
          error={errors[`${path}.target`]}
        />
        <Select
          id={fieldId(`${path}.type`)}
          label="Fördelning"
          value={d.type}
          options={vocabularyOptions(DISTRIBUTION)}
          onChange={(v) => setD({ type: v })}
        />
        {PARAMS[d.type].map(([p, label]) => (
          <TextField
            key={p}
            path={`${path}.${p}`}
            label={`${label} (${unit})`}
            value={d[p]}
            onChange={(v) => setD({ [p]: v })}
            errors={errors}
          />
        ))}
      </div>
      <div>
        <Button
          size="small"
          appearance="subtle"
          aria-label={`Ta bort fördelning ${i + 1}`}
          onClick={() =>
            set((a) => ({
              ...a,
              monteCarlo: { ...a.monteCarlo, rows: a.monteCarlo.rows.filter((x) => x.key !== d.key) },
            }))
          }
        >
          Ta bort
        </Button>
      </div>
    </fieldset>
  );
}

export function MonteCarloPart(props: PartProps) {
  const s = useStyles();
  const { state, set, errors } = props;
  const f = state.analyses.monteCarlo;
  const setF = (patch: Partial<typeof f>) => set((a) => ({ ...a, monteCarlo: { ...a.monteCarlo, ...patch } }));
  return (
    <Part
      help="monteCarlo"
      id="montecarlo"
      title="Monte Carlo"
      explanation="Osäkra antaganden och belopp dras slumpvis många gånger; resultatet visar hur säkert nettonuvärdet är."
      standard="Standard: av. Påslagen är den klar att köra: antal med utfall varierar ±25 % (triangelfördelning), 10 000 dragningar med ett fast frö, så att samma kalkyl alltid ger samma tal. Ändra därifrån."
      on={f.on}
      onToggle={(on) =>
        setF({
          on,
          rows: f.rows.length ? f.rows : [defaultDistribution(parseAmount(state.basics.successes), state.lines)],
        })
      }
    >
      <div className={s.grid2}>
        <TextField
          path="monteCarlo.iterations"
          label="Antal dragningar"
          hint={`Högst ${formatKr(MAX_ITERATIONS)}: fler ger knappt säkrare percentiler men gör arbetsboken och förhandsvisningen långsam.`}
          value={f.iterations}
          onChange={(v) => setF({ iterations: v })}
          errors={errors}
        />
        <TextField
          path="monteCarlo.seed"
          label="Frö"
          hint="Samma frö ger samma tal på alla datorer."
          value={f.seed}
          onChange={(v) => setF({ seed: v })}
          errors={errors}
        />
        <TextField
          path="monteCarlo.breakEvenBy"
          label="Break-even senast år"
          placeholder="horisonten"
          value={f.breakEvenBy}
          onChange={(v) => setF({ breakEvenBy: v })}
          errors={errors}
        />
      </div>
      {f.rows.map((d, i) => (
        <DistributionView key={d.key} {...props} d={d} i={i} />
      ))}
      <div>
        <Button size="small" onClick={() => setF({ rows: [...f.rows, blankDistribution("a:relapse")] })}>
          Lägg till fördelning
        </Button>
      </div>
      <Text size={200} className={s.muted}>
        Nettonuvärde i miljoner kronor; P(&lt;0) är sannolikheten att det blir negativt.
      </Text>
      <MonteCarloPreview result={props.result} />
    </Part>
  );
}
