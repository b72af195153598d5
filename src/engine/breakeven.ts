import { perSuccessFactors, perspective, selection, type Computation, type Perspective, type Series } from "./compute";
import { Dec, ONE, ZERO, add } from "./decimal";
import { CATEGORIES, type Category } from "./vocabulary";

/**
 * Successes needed to break even (method.md, "Successes needed to break even"; cf. WSIPP's
 * break-even success rate). NPV is linear in the number of successes N:
 *
 *   NPV(N) = B₀ + N·b₁ − I
 *
 * with I the investment, B₀ the present value of the `total`-basis effect lines and b₁ that of
 * the `perSuccess` effect lines for N = 1. Then N* = 0 when I − B₀ ≤ 0, (I − B₀)/b₁ when
 * b₁ > 0, and none otherwise; with n participants the success rate needed is N* / n.
 */

export interface BasisValue {
  /** B₀'s share: present value of total-basis effect lines. */
  total: Dec;
  /** b₁'s share: present value of perSuccess effect lines for one success. */
  perSuccess: Dec;
}

/** Present values of effect lines per actor and category, split by basis (N = 1 for perSuccess). */
export type BasisValues = Map<string, Record<Category, BasisValue>>;

export interface BreakEven {
  investment: Dec;
  /** B₀ */
  base: Dec;
  /** b₁ */
  perSuccess: Dec;
  /** N*: 0, a positive number, or null when no number of successes pays. */
  successes: Dec | null;
  /** N* / participants; null without participants (or none) or without N*. */
  rate: Dec | null;
}

const SEP = "\u0000";

/** Σ_{τ ≤ t} w(τ)·δ(τ) for t = 0..H (index t). */
function prefix(weights: Dec[], discount: Dec[]): Dec[] {
  const out = [ZERO];
  weights.forEach((w, i) => out.push(out[i].plus(w.times(discount[i]))));
  return out;
}

/**
 * The perSuccess effect factors for N = 1: yearFactors({ ...assumptions, successes: 1 })
 * .effectPerSuccess, the same operations in the same order, from the computation's effectTotal
 * (which does not depend on N). With K intake years, N is the successes per intake year.
 */
function perSuccessForOne(comp: Computation): Series {
  return perSuccessFactors(comp.case.assumptions, comp.factors.effectTotal, ONE);
}

export function basisValues(comp: Computation): BasisValues {
  const c = comp.case;
  const f = comp.factors;
  const wTotal = prefix(f.effectTotal, f.discount);
  const wOne = prefix(perSuccessForOne(comp), f.discount);
  const out: BasisValues = new Map();
  for (const actor of c.actors) {
    const cells = {} as Record<Category, BasisValue>;
    for (const cat of CATEGORIES) cells[cat] = { total: ZERO, perSuccess: ZERO };
    out.set(actor.id, cells);
  }
  for (const [key, amount] of comp.buckets) {
    const [actor, category, role, basis, direction, from, to] = key.split(SEP);
    if (role !== "effect") continue;
    const w = basis === "perSuccess" ? wOne : wTotal;
    const pv = w[Number(to)].minus(w[Number(from) - 1]).times(direction === "revenue" ? amount : amount.neg());
    const cell = (out.get(actor) as Record<Category, BasisValue>)[category as Category];
    if (basis === "perSuccess") cell.perSuccess = cell.perSuccess.plus(pv);
    else cell.total = cell.total.plus(pv);
  }
  return out;
}

/** N* = 0 when I − B₀ ≤ 0; (I − B₀)/b₁ when b₁ > 0; null otherwise. */
export function successesNeeded(investment: Dec, base: Dec, perSuccess: Dec): Dec | null {
  const gap = investment.minus(base);
  if (!gap.greaterThan(0)) return ZERO;
  return perSuccess.greaterThan(0) ? gap.div(perSuccess) : null;
}

/**
 * N* and the success rate needed for one perspective. `investment` is the perspective's
 * investment when the caller has it already (`perspective(comp, p).investment`).
 */
export function breakEven(
  comp: Computation,
  p: Perspective,
  values: BasisValues = basisValues(comp),
  investment: Dec = perspective(comp, p).investment,
): BreakEven {
  const sel = selection(comp.case, p);
  let base = ZERO;
  let perSuccess = ZERO;
  for (const id of sel.actors) {
    const cells = values.get(id) as Record<Category, BasisValue>;
    for (const cat of sel.categories) {
      base = add(base, cells[cat].total);
      perSuccess = add(perSuccess, cells[cat].perSuccess);
    }
  }
  const successes = successesNeeded(investment, base, perSuccess);
  const n = comp.case.participants;
  const rate = successes === null || n === undefined || n === 0 ? null : successes.div(new Dec(n));
  return { investment, base, perSuccess, successes, rate };
}
