import fc from "fast-check";
import {
  CATEGORIES,
  accumulate,
  actorAnnual,
  categoryAnnual,
  compute,
  num,
  parseCase,
  plainAnnual,
  plainErrorFactor,
  plainFactors,
  yearFactors,
  type Case,
  type Line,
} from "../../src/engine";

/**
 * The plain-number path (src/engine/plain.ts) against the exact Decimal path: every annual
 * value, every accumulated value and every year's sum over the groups is within the stated
 * bound (H + G + 9) · 2^-53 · S of the exact path's value, S being the sum of |term| over all
 * lines and years; and where the exact value is not within that bound of a half öre, both
 * round to the same öre.
 */

const ACTORS = ["kommun", "region", "forsakringskassan", "arbetsformedlingen", "individ", "ovriga"];

const lineArb = (H: number) =>
  fc
    .record({
      actor: fc.constantFrom(...ACTORS),
      direction: fc.constantFrom("revenue", "cost"),
      category: fc.constantFrom("real", "financial", "production"),
      investment: fc.boolean(),
      perSuccess: fc.boolean(),
      ore: fc.integer({ min: 0, max: 1_000_000_000 }),
      from: fc.integer({ min: 1, max: H }),
      length: fc.integer({ min: 0, max: H }),
    })
    .map((x) => ({
      actor: x.actor,
      direction: x.direction,
      category: x.category,
      role: x.investment ? "investment" : "effect",
      basis: !x.investment && x.perSuccess ? "perSuccess" : "total",
      amount: x.ore / 100,
      fromYear: x.from,
      toYear: Math.min(H, x.from + x.length),
    }));

const caseArb = fc.integer({ min: 1, max: 100 }).chain((H) =>
  fc
    .record({
      lines: fc.array(lineArb(H), { minLength: 1, maxLength: 60 }),
      discountRate: fc.integer({ min: 0, max: 120 }).map((x) => x / 1000),
      successes: fc.integer({ min: 0, max: 500 }),
      relapse: fc.integer({ min: 0, max: 60 }).map((x) => x / 100),
      decay: fc.integer({ min: 0, max: 50 }).map((x) => x / 100),
      deadweight: fc.integer({ min: 0, max: 90 }).map((x) => x / 100),
      attribution: fc.integer({ min: 1, max: 100 }).map((x) => x / 100),
      displacement: fc.integer({ min: 0, max: 90 }).map((x) => x / 100),
      growth: fc.integer({ min: -50, max: 50 }).map((x) => x / 1000),
    })
    .map(({ lines, ...a }) => parseCase({ title: "t", priceYear: 2024, assumptions: { horizon: H, ...a }, lines })),
);

/** S: the sum of |A · f(t) · δ(t)| over all lines and years (δ = 1 undiscounted). */
function termSum(c: Case, discounted: boolean): number {
  const f = plainFactors(yearFactors(c.assumptions));
  let s = 0;
  for (const l of c.lines) {
    for (let t = l.fromYear; t <= l.toYear; t++) {
      const k =
        l.role === "investment" ? 1 : l.basis === "perSuccess" ? f.effectPerSuccess[t - 1] : f.effectTotal[t - 1];
      s += Math.abs(l.amount * k * (discounted ? f.discount[t - 1] : 1));
    }
  }
  return s * (1 + 1e-9);
}

/** A value in whole öre (Math.round, without -0). */
const ore = (x: number) => Math.round(x * 100) + 0;

/** Throws (so that fast-check reports the case) when plain is not within bound of exact or not the same öre. */
function expectClose(plain: number, exact: number, bound: number): void {
  if (!(Math.abs(plain - exact) <= bound)) throw new Error(`|${plain} − ${exact}| > ${bound}`);
  // Where no half öre lies within the bound of the exact value, both give the same öre.
  if (ore(exact - bound) === ore(exact + bound) && ore(plain) !== ore(exact))
    throw new Error(`${plain} and ${exact} are not the same öre`);
}

function check(c: Case, byCategory: boolean, discounted: boolean): void {
  const comp = compute(c);
  const f = plainFactors(yearFactors(c.assumptions));
  const index = new Map(c.actors.map((a, i) => [a.id, i]));
  const groups = byCategory ? CATEGORIES.length : c.actors.length;
  const groupOf = (l: Line) => (byCategory ? CATEGORIES.indexOf(l.category) : index.get(l.actor)!);
  const plain = plainAnnual(c, f, groups, groupOf, discounted ? f.discount : null)!;
  const exact = byCategory
    ? CATEGORIES.map((cat) => categoryAnnual(comp, cat, discounted))
    : c.actors.map((a) => actorAnnual(comp, a.id, discounted));
  const bound = plainErrorFactor(c.assumptions.horizon, groups) * termSum(c, discounted);
  const H = c.assumptions.horizon;
  for (let g = 0; g < groups; g++) {
    const acc = accumulate(exact[g]);
    let plainAcc = 0;
    for (let t = 0; t < H; t++) {
      plainAcc += plain[g][t];
      expectClose(plain[g][t], num(exact[g][t]), bound);
      expectClose(plainAcc, num(acc[t]), bound);
    }
  }
  for (let t = 0; t < H; t++) {
    const sumExact = exact.reduce((s, e) => s.plus(e[t]), exact[0][t].minus(exact[0][t]));
    expectClose(
      plain.reduce((s, p) => s + p[t], 0),
      num(sumExact),
      bound,
    );
  }
}

describe("the plain-number path gives the exact path's öre", () => {
  test("by actor and by kostnadslag, discounted and not, on random cases", () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), fc.boolean(), (c, byCategory, discounted) => {
        check(c, byCategory, discounted);
      }),
      { numRuns: 200, seed: 14 },
    );
  });

  test("the bound is small: 100 years, 100 groups and 10^11 kr give under 0,003 kr", () => {
    expect(plainErrorFactor(100, 100) * 1e11).toBeLessThan(0.003);
  });

  test("an amount that is not whole öre takes the exact path (undefined here)", () => {
    const c = parseCase({
      title: "t",
      priceYear: 2024,
      lines: [{ actor: "kommun", direction: "revenue", category: "real", amount: 1234.567 }],
    });
    const f = plainFactors(yearFactors(c.assumptions));
    expect(plainAnnual(c, f, c.actors.length, () => 0, f.discount)).toBeUndefined();
  });
});
