/**
 * Kalkylvärden on a line (method v2): the unit cost a line refers to and its amount in the
 * case's price year, both from the engine (unitCostOf, lineAmountNumber with the case's index,
 * KPI when the case names none). When the engine cannot convert, its message instead.
 */
import {
  isSocinvError,
  lineAmountNumber,
  parseNumberText,
  unitCostOf,
  type Case,
  type Line,
  type UnitCost,
} from "../../engine";
import type { LineRow, WizardState } from "./model";

export interface UnitCostPreview {
  entry: UnitCost | undefined;
  /** Kronor per year in the case's price year, when the engine can say. */
  amount?: number;
  /** The engine's message when it cannot convert (a year the index lacks). */
  message?: string;
}

/** The case's own unit costs, as far as they have the shape the engine reads. */
function ownUnitCosts(s: WizardState): UnitCost[] | undefined {
  return Array.isArray(s.unitCosts) ? (s.unitCosts as UnitCost[]) : undefined;
}

/** A catalogue entry or the case's own unit cost, by id. */
export function unitCostEntry(s: WizardState, id: string): UnitCost | undefined {
  return unitCostOf({ unitCosts: ownUnitCosts(s) }, id);
}

/** The amount a line with a unit cost gets in the case's price year, or the engine's reason why not. */
export function unitCostPreview(s: WizardState, row: LineRow, quantityText = row.quantity ?? ""): UnitCostPreview {
  const entry = row.unitCost ? unitCostEntry(s, row.unitCost) : undefined;
  const quantity = parseNumberText(quantityText.trim());
  const priceYear = parseNumberText(s.basics.priceYear.trim());
  if (!entry || quantity === undefined || priceYear === undefined) return { entry };
  // no price year in the source: the engine's validation says so at the line's field
  if (entry.priceYear === null) return { entry };
  const c = {
    priceYear,
    unitCosts: ownUnitCosts(s),
    priceIndex: s.priceIndex ?? "KPI",
  } as unknown as Case;
  const line = { unitCost: entry.id, quantity, amount: 0 } as unknown as Line;
  try {
    return { entry, amount: lineAmountNumber(c, line) };
  } catch (e) {
    if (isSocinvError(e)) return { entry, message: e.message };
    throw e;
  }
}

/**
 * The state with a line set to a unit cost; the case gets KPI when the entry's price year is not
 * the case's and it names no index. An entry that is neither the case's nor the catalogue's (a
 * value just taken from Kolada) joins the case's own unit costs, with its source; an id the case
 * already uses for something else is refused (the dialog picks a free one).
 */
export function chooseUnitCost(s: WizardState, key: string, entry: UnitCost, quantity: string): WizardState {
  const priceYear = parseNumberText(s.basics.priceYear.trim());
  const needsIndex = entry.priceYear !== null && entry.priceYear !== priceYear && s.priceIndex === undefined;
  const known = unitCostEntry(s, entry.id);
  if (known && JSON.stringify(known) !== JSON.stringify(entry))
    throw new Error(`Kalkylvärdet '${entry.id}' finns redan i kalkylen med andra uppgifter; välj ett annat id.`);
  return {
    ...s,
    ...(needsIndex ? { priceIndex: "KPI" } : {}),
    ...(known ? {} : { unitCosts: [...(ownUnitCosts(s) ?? []), entry] }),
    lines: s.lines.map((l) =>
      l.key === key
        ? { ...l, unitCost: entry.id, quantity, amount: "", label: l.label.trim() ? l.label : entry.label }
        : l,
    ),
  };
}

/** An id for a new unit cost that neither the case nor the catalogue uses: `base`, else `base-2`, `base-3` … */
export function freeUnitCostId(s: WizardState, base: string): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9_.-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "kalkylvarde";
  let id = clean;
  for (let i = 2; unitCostEntry(s, id); i++) id = `${clean}-${i}`;
  return id;
}
