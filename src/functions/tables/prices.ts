/**
 * What method v2's functions return: the successes needed to break even (N*, and the rate
 * needed with participants), a catalogue unit cost indexed with KPI, and an amount in fasta
 * priser. Numbers only, never null, NaN or Infinity; the engine computes every figure.
 */
import {
  BUILTIN_INDEXES,
  breakEven,
  compute,
  realPrice,
  type Case,
  type Perspective,
  type PriceIndex,
  type UnitCost,
} from "../../engine";
import type { OutMatrix } from "../adapt";
import { NoResult, invalid } from "../errors";
import { indexAt } from "../params/prices";
import { out, perspectiveLabel } from "./case";

/**
 * BREAKEVENSUCCESSES: N* for one perspective as [[N*]], or [[N*, N* / deltagare]] with
 * participants; #N/A when no number of successes pays (b₁ ≤ 0 while I − B₀ > 0).
 */
export function breakEvenSuccesses(c: Case, p: Perspective, participants: number | undefined): OutMatrix {
  const be = breakEven(compute(participants === undefined ? c : { ...c, participants }), p);
  if (be.successes === null)
    throw new NoResult(
      `Inget antal med utfall ger break-even i perspektivet ${perspectiveLabel(c, p)}: investeringen är större än nyttan som inte beror på antalet, och nyttan per person med utfall är inte positiv`,
    );
  if (participants === undefined || be.rate === null) return [[out(be.successes)]];
  return [[out(be.successes), out(be.rate)]];
}

/** REALPRICE: amount · I(to) / I(from); the same year gives the amount unchanged (as the engine). */
export function realPriceOf(amount: number, from: number, to: number, index: PriceIndex): number {
  if (from !== to) {
    indexAt(index, from, "Från år");
    indexAt(index, to, "Till år");
  }
  return out(realPrice(amount, from, to, index));
}

/** UNITCOST: the catalogue amount per its unit, in the price year asked for (KPI), else as the source gives it. */
export function unitCostIn(u: UnitCost, priceYear: number | undefined): number {
  if (priceYear === undefined || priceYear === u.priceYear) return u.amount;
  const kpi = BUILTIN_INDEXES.KPI;
  if (u.priceYear === null)
    throw invalid(
      `Prisår: kalkylvärdet '${u.id}' har inget prisår i sin källa och kan inte räknas om till ${priceYear} års priser; utelämna prisåret för beloppet som källan anger det`,
    );
  indexAt(kpi, u.priceYear, `Kalkylvärdet '${u.id}' (prisår ${u.priceYear})`);
  indexAt(kpi, priceYear, "Prisår");
  return out(realPrice(u.amount, u.priceYear, priceYear, kpi));
}
