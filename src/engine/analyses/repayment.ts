import { descendantsAndSelf } from "../actors";
import { compute, selectedSeries, selection, sumSeries, type Perspective } from "../compute";
import { Dec, ZERO, num } from "../decimal";
import { CaseError } from "../errors";
import { formatKr } from "../format";
import type { Case, RepaymentSpec } from "../types";

/**
 * Återföring: how the units that gain from an investment pay back the fund that financed it,
 * by one of two models — a share of each unit's yearly gain (gainShare) or equal yearly parts
 * split by the units' budget frames (frameShare).
 */

export interface RepaymentResult {
  model: RepaymentSpec["model"];
  fund: number;
  units: string[];
  /** [year index][unit index] payments, undiscounted kronor. */
  schedule: number[][];
  /** Remaining debt at the end of each year. */
  balance: number[];
  repaidYear: number | null;
  message: string;
}

type GainShare = Extract<RepaymentSpec, { model: "gainShare" }>;
type FrameShare = Extract<RepaymentSpec, { model: "frameShare" }>;

/**
 * The units that pay back the fund: the budget frames' units (frameShare), or the units the
 * case names, by default every public actor that is not a sub-unit of another public actor
 * (gainShare).
 */
export function repaymentPayingUnits(c: Case, spec: RepaymentSpec): string[] {
  if (spec.model === "frameShare") return Object.keys(spec.frames);
  if (spec.units) return spec.units;
  return c.actors
    .filter(
      (a) =>
        a.kind === "public" &&
        (a.parent === undefined || !c.actors.some((p) => p.id === a.parent && p.kind === "public")),
    )
    .map((a) => a.id);
}

/** Pays each year's row while debt is left; the row's payments in kronor and the balance after. */
class Ledger {
  readonly schedule: number[][] = [];
  readonly balance: number[] = [];
  private paid = ZERO;
  constructor(readonly fund: Dec) {}

  get left(): Dec {
    return this.fund.minus(this.paid);
  }

  pay(row: Dec[], amount: Dec): void {
    this.paid = this.paid.plus(amount);
    this.schedule.push(row.map((x) => num(x)));
    this.balance.push(num(this.left));
  }
}

function result(
  spec: RepaymentSpec,
  units: string[],
  ledger: Ledger,
  repaidYear: number | null,
  message: string,
): RepaymentResult {
  const { schedule, balance } = ledger;
  return { model: spec.model, fund: spec.fund, units, schedule, balance, repaidYear, message };
}

const repaidText = (year: number) => `Fonden är återbetald år ${year}.`;

/** Equal yearly parts of the fund over spec.years, split between the units by their budget frames. */
export function frameShareRepayment(c: Case, spec: FrameShare): RepaymentResult {
  const H = c.assumptions.horizon;
  const start = spec.startYear ?? 1;
  const units = repaymentPayingUnits(c, spec);
  const totalFrames = units.reduce((s, u) => s.plus(spec.frames[u]), ZERO);
  const ledger = new Ledger(new Dec(spec.fund));
  const part = ledger.fund.div(spec.years);
  for (let t = 1; t <= H; t++) {
    const active = t >= start && t < start + spec.years;
    const row = units.map((u) => (active ? part.times(spec.frames[u]).div(totalFrames) : ZERO));
    ledger.pay(row, active ? part : ZERO);
  }
  const last = start + spec.years - 1;
  const repaidYear = last <= H ? last : null;
  const message = repaidYear ? repaidText(repaidYear) : `Fonden blir återbetald år ${last}, efter horisonten ${H}.`;
  return result(spec, units, ledger, repaidYear, message);
}

/** A share of each unit's undiscounted yearly gain (its own and its sub-units' effects) until the fund is repaid. */
export function gainShareRepayment(c: Case, spec: GainShare): RepaymentResult {
  const H = c.assumptions.horizon;
  const start = spec.startYear ?? 1;
  const units = repaymentPayingUnits(c, spec);
  for (let i = 0; i < units.length; i++) {
    for (let j = 0; j < units.length; j++) {
      if (i !== j && descendantsAndSelf(c.actors, units[i]).includes(units[j])) {
        throw new CaseError([
          {
            path: "repayment.units",
            message: `${units[j]} ingår i ${units[i]}; en enhet kan inte återbetala två gånger`,
          },
        ]);
      }
    }
  }
  const comp = compute(c);
  const gains = units.map((u) =>
    selectedSeries(comp, selection(c, `actor:${u}` as Perspective), "effect", false).map((x) =>
      x.isNegative() ? ZERO : x,
    ),
  );
  const ledger = new Ledger(new Dec(spec.fund));
  const possible = gains.reduce((s, g) => s.plus(sumSeries(g.slice(start - 1))), ZERO);
  if (ledger.fund.gt(possible)) {
    throw new CaseError([
      {
        path: "repayment.fund",
        message: `${formatKr(ledger.fund)} kr är mer än enheternas samlade vinster inom horisonten (${formatKr(possible)} kr); fonden kan inte återbetalas ens med hela vinsten`,
      },
    ]);
  }
  const share = new Dec(spec.share);
  let repaidYear: number | null = null;
  for (let t = 1; t <= H; t++) {
    let row = units.map((_, i) => (t >= start ? gains[i][t - 1].times(share) : ZERO));
    const total = row.reduce((s, x) => s.plus(x), ZERO);
    const left = ledger.left;
    if (total.gt(left)) {
      const scale = total.isZero() ? ZERO : left.div(total);
      row = row.map((x) => x.times(scale));
    }
    ledger.pay(row, total.gt(left) ? left : total);
    if (repaidYear === null && ledger.left.lte(0)) repaidYear = t;
  }
  const message = repaidYear
    ? repaidText(repaidYear)
    : `Fonden är inte återbetald inom horisonten; kvar år ${H}: ${formatKr(ledger.balance[H - 1])} kr.`;
  return result(spec, units, ledger, repaidYear, message);
}

export function runRepayment(c: Case, spec: RepaymentSpec): RepaymentResult {
  return spec.model === "frameShare" ? frameShareRepayment(c, spec) : gainShareRepayment(c, spec);
}
