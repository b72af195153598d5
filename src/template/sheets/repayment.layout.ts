import { descendantsAndSelf, repaymentPayingUnits, type Case, type RepaymentSpec } from "../../engine";
import { Years } from "../cells";

/** Where everything goes on Återföring (only for a case with a repayment). */

/**
 * The units that pay the fund back: for a gain share the listed units or else every public
 * actor without a public parent; for a frame share the units with a budget frame.
 * (The engine chooses the same units in runRepayment; to be replaced by its function.)
 */
/** The units that pay back to the fund: the engine decides (the same rule as `socinv calc`). */
export const payingUnits = repaymentPayingUnits;

export interface RepaymentLayout {
  valueCol: number;
  fundRow: number;
  startRow: number;
  /** The share of the gains (gain share) or the number of years (frame share). */
  paramRow: number;
  headerRow: number;
  years: Years;
  units: string[];
  /**
   * Gain share: per unit, a labelled row per actor it is made of (itself and its units) with that
   * actor's gains as Prognos has them (nuvärden); then undiscounted gains of each unit and what is
   * due before the cap.
   */
  memberRows: { actor: string; row: number }[][];
  gainRows: number[];
  dueRow?: number;
  /** Frame share: the budget frame of each unit (in the value column). */
  frameRows: number[];
  payRows: number[];
  paidRow: number;
  balanceRow: number;
  helperRow: number;
  repaidRow: number;
}

export function repaymentLayout(c: Case, spec: RepaymentSpec): RepaymentLayout {
  const headerRow = 8;
  const units = payingUnits(c, spec);
  let r = headerRow + 1;
  const next = () => r++;
  let gainRows: number[] = [];
  let memberRows: { actor: string; row: number }[][] = [];
  let frameRows: number[] = [];
  let dueRow: number | undefined;
  let payRows: number[];
  let paidRow: number;
  if (spec.model === "gainShare") {
    memberRows = units.map((u) => descendantsAndSelf(c.actors, u).map((actor) => ({ actor, row: next() })));
    gainRows = units.map(next);
    dueRow = next();
    paidRow = next();
    payRows = units.map(next);
  } else {
    frameRows = units.map(next);
    r++;
    payRows = units.map(next);
    paidRow = next();
  }
  const balanceRow = next();
  const helperRow = next();
  const years = new Years(3, c.assumptions.horizon);
  const rows = {
    memberRows,
    gainRows,
    dueRow,
    frameRows,
    payRows,
    paidRow,
    balanceRow,
    helperRow,
    repaidRow: helperRow + 2,
  };
  return { valueCol: 2, fundRow: 4, startRow: 5, paramRow: 6, headerRow, years, units, ...rows };
}
