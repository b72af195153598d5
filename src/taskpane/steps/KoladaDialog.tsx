/**
 * Hämta från Kolada: search a nyckeltal, pick the kommun (the case's by default) and a year, see
 * its value beside a comparison group, and take it into the line as a unit cost whose source
 * names Kolada (RKA), the KPI, the kommun, the year, the address and the date it was read — the
 * same unit cost `socinv kolada hamta --till-fall … --som` adds (services/statistics.ts).
 * Nothing is sent before the user clicks Sök or Hämta värden, and nothing in the case changes
 * until Ta in i posten; a failure leaves the case as it was.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { UnknownKommun, unitCostFromKolada, type KoladaValues } from "../../services/statistics";
import { parseYears, type KoladaKpi } from "../../engine/statistics/kolada";
import { freeUnitCostId, type LineRow, type WizardState } from "../state";
import { koladaClient } from "../net/client";
import { settingsStore } from "../components/SettingsDialog";
import { useStyles } from "../components/ui";
import { IndexedAmount, UnitCostFacts } from "./CatalogueDialog";
import { KoladaTable, kpiUnit, UnitChoice } from "./KoladaParts";
import type { UnitCost } from "../../engine";

/** The case's kommun as Kolada names it: "Trelleborgs kommun" → "Trelleborgs" (Kolada then proposes the closest). */
export function kommunText(municipality: string): string {
  return municipality.trim().replace(/\s+(kommun|stad)$/i, "");
}

interface Failure {
  text: string;
  closest?: string[];
}

/** Runs one request at a time; an answer that comes after a newer click is dropped. */
function useRequest() {
  const [busy, setBusy] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<Failure | null>(null);
  const counter = React.useRef(0);
  const run = async <T,>(what: string, f: () => Promise<T>, done: (v: T) => void) => {
    const n = ++counter.current;
    setBusy(what);
    setFailure(null);
    try {
      const v = await f();
      if (n === counter.current) done(v);
    } catch (e) {
      if (n !== counter.current) return;
      const text = e instanceof Error ? e.message : String(e);
      setFailure({ text, closest: e instanceof UnknownKommun ? e.closest : undefined });
    } finally {
      if (n === counter.current) setBusy(null);
    }
  };
  return { busy, failure, run, cancel: () => counter.current++ };
}

/** The search: a text, Sök, and the nyckeltal found to choose from. */
function KpiSearch(props: {
  kpis: KoladaKpi[] | null;
  kpiId: string;
  setKpiId: (id: string) => void;
  search: (text: string) => void;
  busy: boolean;
}) {
  const s = useStyles();
  const [text, setText] = React.useState("");
  const go = () => text.trim() && props.search(text.trim());
  return (
    <>
      <div className={s.row}>
        <Field label="Sök nyckeltal (ord i titeln)" style={{ flexGrow: 1 }}>
          <Input
            className={s.control}
            value={text}
            onChange={(_, d) => setText(d.value)}
            onKeyDown={(e) => e.key === "Enter" && go()}
          />
        </Field>
        <Button disabled={props.busy || !text.trim()} onClick={go}>
          Sök
        </Button>
      </div>
      {props.kpis && (
        <Text className={s.muted} role="status">
          {props.kpis.length === 0 ? "Inga nyckeltal i Kolada matchar sökningen." : `${props.kpis.length} nyckeltal`}
        </Text>
      )}
      {props.kpis && props.kpis.length > 0 && (
        <RadioGroup
          aria-label="Nyckeltal"
          value={props.kpiId}
          onChange={(_, d) => props.setKpiId(d.value)}
          style={{ maxHeight: 200, overflowY: "auto" }}
        >
          {props.kpis.map((k) => (
            <Radio key={k.id} value={k.id} label={`${k.id} ${k.title}${k.unit ? ` (${k.unit})` : ""}`} />
          ))}
        </RadioGroup>
      )}
    </>
  );
}

/** Kommun, comparison and years, and Hämta värden. */
function PlaceFields(props: {
  kommun: string;
  setKommun: (v: string) => void;
  compare: string;
  setCompare: (v: string) => void;
  years: string;
  setYears: (v: string) => void;
  fetch: () => void;
  ready: boolean;
}) {
  const s = useStyles();
  const yearsWrong =
    props.years.trim() && !parseYears(props.years) ? "Skriv t.ex. 2023, 2021-2024 eller 2021,2023." : undefined;
  return (
    <>
      <div className={s.grid2}>
        <Field label="Kommun" hint="Namn eller kod">
          <Input className={s.control} value={props.kommun} onChange={(_, d) => props.setKommun(d.value)} />
        </Field>
        <Field label="År" hint="Tomt: alla år" validationMessage={yearsWrong}>
          <Input
            className={s.control}
            value={props.years}
            placeholder="2021-2024"
            onChange={(_, d) => props.setYears(d.value)}
          />
        </Field>
      </div>
      <Field label="Jämför med (kommuner eller en kommungrupp, komma emellan)">
        <Input
          className={s.control}
          value={props.compare}
          placeholder="Ystad, Skurup"
          onChange={(_, d) => props.setCompare(d.value)}
        />
      </Field>
      <div>
        <Button disabled={!props.ready || Boolean(yearsWrong) || !props.kommun.trim()} onClick={props.fetch}>
          Hämta värden
        </Button>
      </div>
    </>
  );
}

/** The failure as Kolada's message, with the closest kommuner to pick when the name was unknown. */
function FailureBar(props: { failure: Failure; pick: (name: string) => void }) {
  const s = useStyles();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody style={{ overflowWrap: "anywhere", minWidth: 0 }}>
        {props.failure.text}
        {props.failure.closest && props.failure.closest.length > 0 && (
          <div className={s.row} style={{ marginTop: 6 }}>
            {props.failure.closest.map((c) => (
              <Button key={c} size="small" onClick={() => props.pick(c.replace(/\s*\(\d{4}\)$/, ""))}>
                {c}
              </Button>
            ))}
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export function KoladaDialog(props: {
  n: number;
  state: WizardState;
  row: LineRow;
  choose: (entry: UnitCost, quantity: string) => void;
}) {
  const s = useStyles();
  const { n, state, row } = props;
  const [open, setOpen] = React.useState(false);
  const [kpis, setKpis] = React.useState<KoladaKpi[] | null>(null);
  const [kpiId, setKpiId] = React.useState("");
  const [kommun, setKommun] = React.useState(() => kommunText(state.basics.municipality));
  const [compare, setCompare] = React.useState("");
  const [years, setYears] = React.useState("");
  const [values, setValues] = React.useState<KoladaValues | null>(null);
  const req = useRequest();
  const client = () => koladaClient(settingsStore.load());
  const kpi = kpis?.find((k) => k.id === kpiId);
  const search = (text: string) =>
    req.run(
      "Söker i Kolada …",
      () => client().searchKpis(text),
      (r) => {
        setKpis(r.values);
        setKpiId(r.values.length === 1 ? r.values[0].id : "");
        setValues(null);
      },
    );
  const fetchValues = () =>
    req.run(
      "Hämtar värden ur Kolada …",
      () =>
        client().values({
          kpi: kpiId,
          kommun,
          compare: compare
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean),
          years: years.trim() ? parseYears(years) : undefined,
        }),
      setValues,
    );
  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        setOpen(d.open);
        if (!d.open) req.cancel();
        // opened before anything was fetched: the case's kommun as it is now
        else if (!values) setKommun(kommunText(state.basics.municipality));
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small">Hämta från Kolada</Button>
      </DialogTrigger>
      <DialogSurface aria-label={`Kolada för post ${n}`} style={{ maxWidth: "96vw" }}>
        <DialogBody>
          <DialogTitle>Hämta från Kolada</DialogTitle>
          <DialogContent className={s.stack}>
            <Text className={s.muted} style={{ overflowWrap: "anywhere" }}>
              Inget skickas förrän du klickar Sök eller Hämta värden. Till Kolada ({settingsStore.load().koladaUrl}) går
              bara sökordet, nyckeltalets id, kommunernas namn eller koder och åren – aldrig kalkylen.
            </Text>
            <KpiSearch
              kpis={kpis}
              kpiId={kpiId}
              setKpiId={(id) => (setKpiId(id), setValues(null))}
              search={search}
              busy={Boolean(req.busy)}
            />
            {kpi && (
              <PlaceFields
                {...{ kommun, setKommun, compare, setCompare, years, setYears }}
                fetch={fetchValues}
                ready={!req.busy}
              />
            )}
            {req.busy && <Spinner size="tiny" label={req.busy} />}
            {req.failure && <FailureBar failure={req.failure} pick={(name) => setKommun(name)} />}
            {values && values.kpi.id === kpiId && (
              <TakeIn
                key={`${values.url} ${values.read}`}
                state={state}
                row={row}
                values={values}
                choose={(e, q) => (props.choose(e, q), setOpen(false))}
              />
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Stäng</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The values beside the comparison, the year, the unit, the id and the quantity, and Ta in i posten. */
function TakeIn(props: {
  state: WizardState;
  row: LineRow;
  values: KoladaValues;
  choose: (entry: UnitCost, quantity: string) => void;
}) {
  const s = useStyles();
  const { state, row, values } = props;
  const withValue = values.years.filter((y) =>
    values.data.some((d) => d.municipality === values.places[0].id && d.year === y && typeof d.values.T === "number"),
  );
  const [year, setYear] = React.useState<number | undefined>(withValue[withValue.length - 1]);
  const unitInfo = kpiUnit(values.kpi);
  const [unit, setUnit] = React.useState<string>("");
  const [quantity, setQuantity] = React.useState(row.quantity || "1");
  let entry: UnitCost | undefined;
  let problem: string | undefined;
  if (year !== undefined && unitInfo.kind !== "refused" && (unitInfo.kind === "fixed" || unit)) {
    const id = freeUnitCostId(state, `kolada-${values.kpi.id}-${values.places[0].id}-${year}`);
    try {
      entry = unitCostFromKolada(values, { id, year, unit: unitInfo.kind === "fixed" ? undefined : unit });
    } catch (e) {
      problem = (e as Error).message;
    }
  }
  const trial: LineRow = { ...row, unitCost: entry?.id };
  const trialState: WizardState = entry
    ? { ...state, unitCosts: [...(Array.isArray(state.unitCosts) ? (state.unitCosts as UnitCost[]) : []), entry] }
    : state;
  return (
    <div className={s.stack} data-testid="kolada-values">
      <KoladaTable values={values} year={year} />
      {withValue.length === 0 ? (
        <Text role="alert">
          Kolada har inget värde för {values.kpi.id} i {values.places[0].title} för de här åren; inget kan tas in.
        </Text>
      ) : (
        <Field label={`År att ta in för ${values.places[0].title}`}>
          <RadioGroup
            layout="horizontal"
            value={year === undefined ? "" : String(year)}
            onChange={(_, d) => setYear(Number(d.value))}
          >
            {withValue.map((y) => (
              <Radio key={y} value={String(y)} label={String(y)} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <UnitChoice info={unitInfo} unit={unit} setUnit={setUnit} />
      {problem && <Text role="alert">{problem}</Text>}
      <Field label="Antal hela året (invånare, personer, platser)">
        <Input className={s.control} inputMode="decimal" value={quantity} onChange={(_, d) => setQuantity(d.value)} />
      </Field>
      {entry && <IndexedAmount state={trialState} row={trial} quantity={quantity} />}
      <div>
        <Button appearance="primary" disabled={!entry} onClick={() => entry && props.choose(entry, quantity)}>
          Ta in i posten
        </Button>
      </div>
      {entry && <UnitCostFacts entry={entry} />}
    </div>
  );
}
