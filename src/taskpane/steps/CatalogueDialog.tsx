/** Hämta från kalkylvärden: search the unit costs (the engine's catalogue and the case's own), choose one and a quantity. */
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
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import { COST_UNIT, catalogue, formatDecimal, formatKr, searchCatalogue, type UnitCost } from "../../engine";
import { unitCostPreview, type LineRow, type WizardState } from "../state";
import { useStyles } from "../components/ui";

const kr = (x: number) => (Number.isInteger(x) ? formatKr(x) : formatDecimal(x, 2));

/** An entry's amount, unit, price year and source, as the CLI's catalogue lists them. */
export function UnitCostFacts({ entry }: { entry: UnitCost }) {
  const s = useStyles();
  const src = entry.source;
  return (
    <div data-testid={`unitcost-${entry.id}`}>
      <Text block>
        {kr(entry.amount)} kr {COST_UNIT.labels[entry.unit]}, prisår{" "}
        {entry.priceYear === null ? "anges ej" : entry.priceYear}
      </Text>
      <Text block className={s.muted} style={{ overflowWrap: "anywhere" }}>
        Källa: {src.citation}
        {src.url ? `, ${src.url}` : ""}
        {src.read ? ` (läst ${src.read})` : ""}
        {src.quote ? ` – ”${src.quote}”` : ""}
      </Text>
    </div>
  );
}

/** The amount in the case's price year, or the engine's reason why it cannot be given yet. */
export function IndexedAmount(props: { state: WizardState; row: LineRow; quantity?: string }) {
  const p = unitCostPreview(props.state, props.row, props.quantity);
  if (p.amount !== undefined)
    return (
      <Text block data-testid="indexed-amount">
        Belopp i {props.state.basics.priceYear} års priser: <strong>{formatKr(p.amount)} kr/år</strong>
      </Text>
    );
  if (p.message)
    return (
      <Text block role="alert" data-testid="indexed-amount">
        Beloppet kan inte räknas om: {p.message}
      </Text>
    );
  return null;
}

export function CatalogueDialog(props: {
  n: number;
  state: WizardState;
  row: LineRow;
  choose: (entry: UnitCost, quantity: string) => void;
}) {
  const s = useStyles();
  const { n, state, row, choose } = props;
  const [open, setOpen] = React.useState(false);
  const [query, setQuery] = React.useState("");
  const [chosen, setChosen] = React.useState<string>(row.unitCost ?? "");
  const [quantity, setQuantity] = React.useState(row.quantity || "1");
  const own = Array.isArray(state.unitCosts) ? (state.unitCosts as UnitCost[]) : [];
  const hits = searchCatalogue(query, [...own, ...catalogue().entries]);
  const entry = [...own, ...catalogue().entries].find((e) => e.id === chosen);
  const trial: LineRow = { ...row, unitCost: chosen || undefined };
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small">Hämta från kalkylvärden</Button>
      </DialogTrigger>
      <DialogSurface aria-label={`Kalkylvärden för post ${n}`} style={{ maxWidth: "96vw" }}>
        <DialogBody>
          <DialogTitle>Hämta från kalkylvärden</DialogTitle>
          <DialogContent className={s.stack}>
            <Field label="Sök (ord i benämning, aktör eller källa)">
              <Input value={query} onChange={(_, d) => setQuery(d.value)} />
            </Field>
            <Text className={s.muted} role="status">
              {hits.length === 0 ? `Inga kalkylvärden matchar '${query}'.` : `${hits.length} kalkylvärden`}
            </Text>
            <RadioGroup
              aria-label="Kalkylvärden"
              value={chosen}
              onChange={(_, d) => setChosen(d.value)}
              style={{ maxHeight: 220, overflowY: "auto" }}
            >
              {hits.map((e) => (
                <Radio key={e.id} value={e.id} label={`${e.label} – ${kr(e.amount)} kr ${COST_UNIT.labels[e.unit]}`} />
              ))}
            </RadioGroup>
            {entry && <UnitCostFacts entry={entry} />}
            <Field label="Antal (platser, hushåll, personer) hela året">
              <Input inputMode="decimal" value={quantity} onChange={(_, d) => setQuantity(d.value)} />
            </Field>
            {entry && <IndexedAmount state={state} row={trial} quantity={quantity} />}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!entry}
              onClick={() => {
                if (!entry) return;
                choose(entry, quantity);
                setOpen(false);
              }}
            >
              Hämta
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>Avbryt</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
