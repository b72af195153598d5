import { formatDecimal, formatKr, formatPercent, keyFigures, type Computation, type KeyFigures } from "../engine";
import { table } from "./table";

/**
 * Method v3 in the terminal: the reporting unit's key figures, as Table 4.1 of the seed report
 * (its own year-1 statement row, never discounted, and the case's participants and successes).
 */

const NONE = "–";

function kr(x: number | null): string {
  return x === null ? NONE : `${formatKr(x)} kr`;
}

function count(x: number | null): string {
  return x === null ? NONE : formatDecimal(x, Number.isInteger(x) ? 0 : 1);
}

/** "Resultat": the amount, and a negative result as the share over budget. */
function resultText(k: KeyFigures): string {
  if (k.result >= 0 || k.overrunShare === null) return kr(k.result);
  return `${kr(k.result)} (${formatPercent(k.overrunShare, 1)} över budget)`;
}

/** The rows of Table 4.1 for a unit: label and value. */
export function keyFigureRows(k: KeyFigures): [string, string][] {
  return [
    ["Intäkter", kr(k.revenue)],
    ["Kostnader", kr(k.cost)],
    ["Resultat", resultText(k)],
    ["Antal personer", count(k.participants)],
    ["Kostnad per person", kr(k.costPerParticipant)],
    ["Antal i arbete/med utfall", count(k.successes)],
    ["Kostnad per person med utfall", kr(k.costPerSuccess)],
    ["Andel med utfall", k.successShare === null ? NONE : formatPercent(k.successShare, 1)],
  ];
}

/** The key figures block, or nothing when the case names no unit (case.unit). */
export function renderKeyFigures(comp: Computation): string[] {
  const k = keyFigures(comp);
  if (k === null) return [];
  return [
    "",
    `Nyckeltal för ${k.unitName}, år 1 (som tabell 4.1; ej diskonterat)`,
    table(["Nyckeltal", "Värde"], keyFigureRows(k), [false, true]),
  ];
}
