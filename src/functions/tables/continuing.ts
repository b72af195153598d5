/**
 * What method v3's functions return: a perspective's figures over years 1..T (SOCINV.NPV & co
 * with a year, SOCINV.NPVRATIO) and the reporting unit's key figures (SOCINV.KEYFIGURES, Table
 * 4.1). Numbers and text only, never null, NaN or Infinity; the engine computes every figure.
 */
import {
  keyFigures,
  perspectiveAt,
  perspectivesOf,
  type Case,
  type Computation,
  type Perspective,
  type PerspectiveAt,
} from "../../engine";
import type { OutMatrix } from "../adapt";
import { computationOf } from "../cache";
import { NoResult, invalid } from "../errors";
import { findActor } from "../params/scalars";
import { breakEvenYear, figures, out, perspectiveLabel, roi, summary } from "./case";

/** A perspective's figures over years 1..T, or over the horizon when T is left out (the engine's PerspectiveAt). */
export type FiguresAt = Omit<PerspectiveAt, "year">;

export function figuresAt(c: Case, p: Perspective, T: number | undefined): FiguresAt {
  return T === undefined ? figures(c, p) : perspectiveAt(computationOf(c), p, T);
}

/** "inom horisonten" or "t.o.m. år 4", for the messages. */
function over(T: number | undefined): string {
  return T === undefined ? "inom horisonten" : `t.o.m. år ${T}`;
}

/** BREAKEVEN: the first year from which the accumulated net stays ≥ 0 up to T (or the horizon). */
export function breakEvenYearAt(c: Case, p: Perspective, T: number | undefined): number {
  if (T === undefined) return breakEvenYear(c, p);
  const year = figuresAt(c, p, T).breakEvenYear;
  if (year === null) throw new NoResult(`Ingen break-even ${over(T)}`);
  return year;
}

/** ROI: the avkastningskvot B / I over years 1..T (or the horizon); #N/A without investment. */
export function roiAt(c: Case, p: Perspective, T: number | undefined): number {
  if (T === undefined) return roi(c, p);
  const r = figuresAt(c, p, T).roi;
  if (r === null) throw new NoResult(`Ingen investering i perspektivet ${over(T)}; avkastningskvoten saknas`);
  return out(r);
}

/** NPVRATIO: the nettonuvärdeskvot NPV / I; #N/A without investment. */
export function npvRatioAt(c: Case, p: Perspective, T: number | undefined): number {
  const r = figuresAt(c, p, T).npvRatio;
  if (r === null) throw new NoResult(`Ingen investering i perspektivet ${over(T)}; nettonuvärdeskvoten (NPV/I) saknas`);
  return out(r);
}

/** SUMMARY: one row per perspective, over years 1..T when T is given (else the horizon, as before). */
export function summaryAt(c: Case, T: number | undefined): OutMatrix {
  if (T === undefined) return summary(c);
  const rows = summary(c).slice(0, 1);
  for (const p of perspectivesOf(c)) {
    const r = figuresAt(c, p, T);
    rows.push([
      perspectiveLabel(c, p),
      out(r.investment),
      out(r.benefits),
      out(r.npv),
      r.roi === null ? "" : out(r.roi),
      r.breakEvenYear === null ? "Ingen" : r.breakEvenYear,
    ]);
  }
  return rows;
}

/** The unit of KEYFIGURES: the actor argument, else the assumptions' Enhet. */
function unitOf(c: Case, actor: string | undefined): string {
  if (actor !== undefined) return findActor(c, actor, "Aktör");
  if (c.unit !== undefined) return c.unit;
  throw invalid(
    'Aktör: ange enheten vars nyckeltal ska visas (t.ex. "Arbetsmarknadskontoret"), eller raden Enhet i antagandena',
  );
}

const NONE = "";

/**
 * KEYFIGURES: Table 4.1 as rows Nyckeltal | Värde, from the unit's own year-1 statement row
 * (never discounted), the participants and the successes; a figure without a divisor is blank.
 */
export function keyFiguresTable(c: Case, actor: string | undefined, participants: number | undefined): OutMatrix {
  const unit = unitOf(c, actor);
  const comp = computationOf(c);
  // keyFigures reads the case (its unit, participants and successes) and the statement only
  const view: Computation = { ...comp, case: { ...c, unit, ...(participants === undefined ? {} : { participants }) } };
  const k = keyFigures(view);
  if (k === null) throw new Error(`no key figures for ${unit}`);
  const n = (x: number | null) => (x === null ? NONE : x);
  return [
    ["Nyckeltal", k.unitName],
    ["Intäkter", k.revenue],
    ["Kostnader", k.cost],
    ["Resultat", k.result],
    ["Över budget (andel av intäkterna)", n(k.overrunShare)],
    ["Antal personer", n(k.participants)],
    ["Kostnad per person", n(k.costPerParticipant)],
    ["Antal i arbete/med utfall", k.successes],
    ["Kostnad per person med utfall", n(k.costPerSuccess)],
    ["Andel med utfall", n(k.successShare)],
  ];
}
