import * as React from "react";
import {
  Button,
  Dropdown,
  Input,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { ASSUMPTIONS, formatDecimal, formatKr, runScenarios } from "../../../engine";
import { BASE_PERSPECTIVES } from "../../../engine/vocabulary";
import { PERSPECTIVE_LABEL } from "../preview";
import { fieldId, useStyles } from "../../components/ui";
import {
  VARIED_KEYS,
  defaultScenarioRows,
  newKey,
  parseAmount,
  variedUnit,
  type ScenarioForm,
  type VariedKey,
} from "../../state";
import { Part, type PartProps } from "./Part";

const label = (k: VariedKey) => ASSUMPTIONS.find((a) => a.key === k)!.label;

const mkr = (x: number) => formatDecimal(x / 1e6, 1);
/** Short column heads for the narrow pane; the full words in the caption above the table. */
const COLUMN = { total: "Totalt", public: "Offentlig", economic: "Samhälle" } as const;

/** The engine's scenario NPVs per perspective (million kronor; the exact kronor in the cell's title). */
export function ScenarioTable({ result }: Pick<PartProps, "result">) {
  const s = useStyles();
  const rows = React.useMemo(() => (result.ok ? runScenarios(result.case) : []), [result]);
  if (!rows.length) return null;
  return (
    <Table size="small" className={s.table} aria-label="Scenariernas nettonuvärde per perspektiv, miljoner kronor">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: "31%" }}>Scenario</TableHeaderCell>
          {BASE_PERSPECTIVES.map((p) => (
            <TableHeaderCell key={p} className={s.num}>
              <abbr title={PERSPECTIVE_LABEL[p]} style={{ textDecoration: "none" }}>
                {COLUMN[p]}
              </abbr>
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.name}>
            <TableCell>{r.name}</TableCell>
            {BASE_PERSPECTIVES.map((p) => (
              <TableCell
                key={p}
                className={s.num}
                data-testid={`scenario-npv-${p}-${r.name}`}
                title={`${formatKr(r.perspectives[p].npv)} kr`}
              >
                {mkr(r.perspectives[p].npv)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** One scenario as a row of inputs: its name and the assumptions it changes. */
function ScenarioRow(props: PartProps & { row: ScenarioForm; i: number; columns: VariedKey[] }) {
  const { row, i, columns, set, errors } = props;
  const setRow = (patch: Partial<ScenarioForm>) =>
    set((a) => ({
      ...a,
      scenarios: { ...a.scenarios, rows: a.scenarios.rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)) },
    }));
  const cellError = (path: string) => errors[path];
  const namePath = `scenarios[${i}].name`;
  return (
    <TableRow>
      <TableCell>
        <Input
          id={fieldId(namePath)}
          aria-label={`Scenario ${i + 1}, namn`}
          aria-invalid={Boolean(cellError(namePath))}
          style={{ width: "100%", minWidth: 0 }}
          value={row.name}
          onChange={(_, d) => setRow({ name: d.value })}
        />
      </TableCell>
      {columns.map((k) => {
        const path = `scenarios[${i}].assumptions.${k}`;
        return (
          <TableCell key={k}>
            <Input
              id={fieldId(path)}
              aria-label={`Scenario ${i + 1}, ${label(k)}`}
              aria-invalid={Boolean(cellError(path))}
              inputMode="decimal"
              style={{ width: "100%", minWidth: 0 }}
              value={row.values[k] ?? ""}
              onChange={(_, d) => setRow({ values: { ...row.values, [k]: d.value } })}
            />
          </TableCell>
        );
      })}
      <TableCell style={{ width: 36 }}>
        <Button
          size="small"
          appearance="subtle"
          aria-label={`Ta bort scenario ${i + 1}`}
          onClick={() =>
            set((a) => ({
              ...a,
              scenarios: { ...a.scenarios, rows: a.scenarios.rows.filter((r) => r.key !== row.key) },
            }))
          }
        >
          ✕
        </Button>
      </TableCell>
    </TableRow>
  );
}

/** Errors of the table's cells, listed under it with the words of the engine's message. */
function CellErrors({ errors }: { errors: PartProps["errors"] }) {
  const list = Object.entries(errors).filter(([k]) => k.startsWith("scenarios"));
  if (!list.length) return null;
  return (
    <ul role="alert" style={{ margin: 0, paddingLeft: 18, color: "#a4262c" }}>
      {list.map(([k, m]) => (
        <li key={k}>{m}</li>
      ))}
    </ul>
  );
}

export function ScenariosPart(props: PartProps) {
  const s = useStyles();
  const { state, set } = props;
  const f = state.analyses.scenarios;
  const unused = VARIED_KEYS.filter((k) => !f.columns.includes(k));
  const defaults = () => defaultScenarioRows(parseAmount(state.basics.successes) ?? 0);
  return (
    <Part
      help="scenarios"
      id="scenarios"
      title="Scenarier"
      explanation="Kalkylen räknas om med andra antaganden, t.ex. färre personer i utfall eller mer återfall."
      standard="Standard: bra, halvbra, dåligt och riktigt dåligt – 100, 50, 25 och 0 % av antal med utfall."
      on={f.on}
      onToggle={(on) =>
        set((a) => ({
          ...a,
          scenarios: { ...a.scenarios, on, rows: a.scenarios.rows.length ? a.scenarios.rows : defaults() },
        }))
      }
    >
      <Text size={200}>Tom ruta: scenariot använder kalkylens värde. Andelar i procent.</Text>
      <div style={{ overflowX: "auto" }}>
        <Table size="small" aria-label="Scenarier" className={s.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Namn</TableHeaderCell>
              {f.columns.map((k) => (
                <TableHeaderCell key={k}>
                  {label(k)} ({variedUnit(k)})
                </TableHeaderCell>
              ))}
              <TableHeaderCell style={{ width: 36 }}>
                <span className="visually-hidden" style={{ position: "absolute", left: -9999 }}>
                  Ta bort
                </span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {f.rows.map((row, i) => (
              <ScenarioRow key={row.key} {...props} row={row} i={i} columns={f.columns} />
            ))}
          </TableBody>
        </Table>
      </div>
      <CellErrors errors={props.errors} />
      <div className={s.row}>
        <Button
          size="small"
          onClick={() =>
            set((a) => ({
              ...a,
              scenarios: { ...a.scenarios, rows: [...a.scenarios.rows, { key: newKey(), name: "", values: {} }] },
            }))
          }
        >
          Lägg till scenario
        </Button>
        {unused.length > 0 && (
          <Dropdown
            size="small"
            aria-label="Lägg till ett antagande i tabellen"
            placeholder="Fler antaganden …"
            style={{ minWidth: 0 }}
            selectedOptions={[]}
            onOptionSelect={(_, d) =>
              set((a) => ({
                ...a,
                scenarios: { ...a.scenarios, columns: [...a.scenarios.columns, d.optionValue as VariedKey] },
              }))
            }
          >
            {unused.map((k) => (
              <Option key={k} value={k}>
                {label(k)}
              </Option>
            ))}
          </Dropdown>
        )}
        <Button
          size="small"
          appearance="subtle"
          onClick={() =>
            set((a) => ({ ...a, scenarios: { ...a.scenarios, columns: ["successes"], rows: defaults() } }))
          }
        >
          Återställ standard
        </Button>
      </div>
      <Text size={200} className={s.muted}>
        Nettonuvärde i miljoner kronor: totalt, offentlig sektor och samhällsekonomiskt.
      </Text>
      <ScenarioTable result={props.result} />
    </Part>
  );
}
