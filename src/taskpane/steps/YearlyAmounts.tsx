/**
 * Poster, method v3: a line's amounts per year (belopp per år). A switch turns the line's one
 * amount into a row of years (the same amount in every year of its window, so no figure moves);
 * switching back asks first when the years say different amounts. Each year is typed as any
 * amount (98.000, 3,5, 1,5 mnkr) and said back when left; a row pasted from Excel fills the years.
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Switch,
  Text,
} from "@fluentui/react-components";
import { FIELD_WORDS, formatDecimal } from "../../engine";
import {
  amountReadBack,
  firstYear,
  parseAmount,
  pasteYears,
  toAmount,
  toYearly,
  type Errors,
  type LineRow,
} from "../state";
import { fieldMessage, useReadBack } from "../components/controls";
import { fieldId, useStyles } from "../components/ui";

/** 1234567 → "1 234 567", as the amount field tidies it. */
function tidy(t: string): string | undefined {
  const n = parseAmount(t);
  return n !== undefined && n >= 0 ? formatDecimal(n, Number.isInteger(n) ? 0 : 2) : undefined;
}

function YearCell(props: {
  id: string;
  year: number;
  value: string;
  unit: string;
  error?: string;
  onChange: (v: string) => void;
  onPaste: (text: string) => boolean;
}) {
  const s = useStyles();
  const { id, year, value, unit, error, onChange, onPaste } = props;
  const rb = useReadBack(value, (t) => amountReadBack(t, unit));
  const m = fieldMessage(error, rb.current);
  return (
    <Field
      label={`År ${year}`}
      {...(m.validationMessage ? m : { validationState: "none" as const, validationMessage: "\u00a0" })}
    >
      <Input
        id={id}
        className={s.control}
        inputMode="decimal"
        placeholder="0"
        value={value}
        onChange={(_, d) => onChange(d.value)}
        onPaste={(e) => {
          if (onPaste(e.clipboardData.getData("text/plain"))) e.preventDefault();
        }}
        onBlur={() => {
          const t = tidy(value);
          if (t !== undefined && t !== value) onChange(t);
          rb.left(t ?? value);
        }}
      />
    </Field>
  );
}

/** The row of years of a line with amounts per year, with its errors (per year, and for the row). */
export function YearlyAmounts(props: {
  n: number;
  line: LineRow;
  errors: Errors;
  horizon: number | undefined;
  set: (patch: Partial<LineRow>) => void;
}) {
  const s = useStyles();
  const { n, line: l, errors, horizon: H, set } = props;
  const cells = l.yearlyAmounts ?? [];
  const from = firstYear(l) ?? 1;
  const key = `line.${l.key}.yearlyAmounts`;
  const unit = l.basis === "perSuccess" ? "kr per person" : "kr";
  const setCell = (y: number, v: string) => set({ yearlyAmounts: cells.map((c, i) => (i === y ? v : c)) });
  return (
    <div role="group" aria-label={`Post ${n}, ${FIELD_WORDS.yearlyAmounts.toLowerCase()}`} className={s.stack}>
      <Text weight="semibold">
        {FIELD_WORDS.yearlyAmounts} ({l.basis === "perSuccess" ? "kr per person och år" : "kr per år"})
      </Text>
      {errors[key] && (
        <Text block role="alert" id={fieldId(key)} tabIndex={-1} style={{ color: "#a4262c" }}>
          {errors[key]}
        </Text>
      )}
      <div
        style={{
          display: "grid",
          gridTemplateColumns: "repeat(auto-fill, minmax(108px, 1fr))",
          gap: "0 8px",
          alignItems: "start",
        }}
        data-testid={`yearly-${n}`}
      >
        {cells.map((c, y) => (
          <YearCell
            key={y}
            id={fieldId(`${key}.${y}`)}
            year={from + y}
            value={c}
            unit={unit}
            error={
              errors[`${key}.${y}`] ??
              (H !== undefined && from + y > H && c.trim() ? `efter horisonten (${H} år)` : undefined)
            }
            onChange={(v) => setCell(y, v)}
            onPaste={(text) => {
              const next = pasteYears(cells, y, text);
              if (next) set({ yearlyAmounts: next });
              return next !== undefined;
            }}
          />
        ))}
      </div>
      <div className={s.row}>
        <Button size="small" onClick={() => set({ yearlyAmounts: [...cells, ""] })}>
          Lägg till år {from + cells.length}
        </Button>
        {cells.length > 1 && (
          <Button size="small" appearance="subtle" onClick={() => set({ yearlyAmounts: cells.slice(0, -1) })}>
            Ta bort år {from + cells.length - 1}
          </Button>
        )}
      </div>
      <Text size={200} className={s.muted}>
        Tomma rutor sist är inga år; en tom ruta mellan två belopp är 0 kr. En rad kopierad från Excel och inklistrad i
        en ruta fyller den och åren efter.
      </Text>
    </div>
  );
}

/** "Belopp per år" on or off; off asks first when the years say different amounts. */
export function YearlySwitch(props: {
  n: number;
  line: LineRow;
  horizon: number | undefined;
  set: (patch: Partial<LineRow>) => void;
}) {
  const { n, line: l, horizon, set } = props;
  const [asking, setAsking] = React.useState<{ message: string; line: LineRow } | null>(null);
  const on = l.yearlyAmounts !== undefined;
  const patch = (next: LineRow) => {
    const { key: _key, ...rest } = next;
    set({ ...rest, yearlyAmounts: next.yearlyAmounts });
  };
  return (
    <>
      <Switch
        checked={on}
        label={`${FIELD_WORDS.yearlyAmounts} (olika belopp olika år)`}
        aria-label={`Post ${n}: ${FIELD_WORDS.yearlyAmounts.toLowerCase()}`}
        onChange={(_, d) => {
          if (d.checked) return patch(toYearly(l, horizon));
          const back = toAmount(l, n);
          if (back.loses) setAsking({ message: back.loses, line: back.line });
          else patch(back.line);
        }}
      />
      {asking && (
        <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label="Byta till ett belopp?">
          <MessageBarBody>{asking.message}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() => {
                patch(asking.line);
                setAsking(null);
              }}
            >
              Byt till ett belopp
            </Button>
            <Button size="small" appearance="primary" onClick={() => setAsking(null)}>
              Behåll beloppen per år
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
