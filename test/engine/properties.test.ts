import fc from "fast-check";
import {
  accumulate,
  actorAnnual,
  actorProjection,
  allPerspectives,
  buildReport,
  categoryAnnual,
  compute,
  perspective,
  perspectivesOf,
  selectedSeries,
  sumSeries,
  CATEGORIES,
  ZERO as ZERO_FOR_TESTS,
  parseCase,
  type Case,
  type Dec,
  type PerspectiveResult,
} from "../../src/engine";
import { arbCase, arbRawCase } from "../helpers/arbitraries";
import { close } from "../helpers/cases";

fc.configureGlobal({ seed: 20261123, numRuns: 150 });

/** The method written out naively, line by line, in plain JS numbers with Math.pow. */
function naiveTotalAnnual(c: Case, discounted: boolean): number[] {
  const a = c.assumptions;
  const k = (1 - a.deadweight) * (1 - a.displacement) * a.attribution;
  const out = new Array<number>(a.horizon).fill(0);
  for (const l of c.lines) {
    const s = l.direction === "revenue" ? 1 : -1;
    for (let t = l.fromYear; t <= l.toYear; t++) {
      const d = discounted ? Math.pow(1 + a.discountRate, -(t - 1)) : 1;
      let v: number;
      if (l.role === "investment") v = s * l.amount * d;
      else {
        const q = l.basis === "perSuccess" ? a.successes * Math.pow(1 - a.relapse, t - 1) : 1;
        v = s * l.amount * q * k * Math.pow(1 - a.decay, t - 1) * Math.pow(1 + a.growth, t - 1) * d;
      }
      out[t - 1] += v;
    }
  }
  return out;
}

const closeSeries = (xs: number[], ys: number[], tol: number) =>
  xs.length === ys.length && xs.every((x, i) => Math.abs(x - ys[i]) <= tol * Math.max(1, ...ys.map(Math.abs)));

describe("engine properties", () => {
  test("agrees with the naive per-line formula (discounted and not)", () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        const comp = compute(c);
        const total = perspective(comp, "total").annual.map((x) => x.toNumber());
        const und = selectedSeries(
          comp,
          { actors: c.actors.map((a) => a.id), categories: [...CATEGORIES] },
          "both",
          false,
        ).map((x) => x.toNumber());
        return (
          closeSeries(total, naiveTotalAnnual(c, true), 1e-9) && closeSeries(und, naiveTotalAnnual(c, false), 1e-9)
        );
      }),
    );
  });

  test("the statement total equals the sum over actors (exactly)", () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        const comp = compute(c);
        let sum = ZERO_FOR_TESTS;
        for (const row of comp.statement.byActor.values()) sum = sum.plus(row.net);
        return sum.eq(comp.statement.total);
      }),
    );
  });

  test("the statement is year 1 of the projection", () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        const comp = compute(c);
        return c.actors.every((a) =>
          actorAnnual(comp, a.id, true)[0].minus(comp.statement.byActor.get(a.id)!.net).abs().lt(1e-20),
        );
      }),
    );
  });

  test("accumulated at H equals the sum of annual values, per actor and category", () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        const comp = compute(c);
        const series = [
          ...c.actors.map((a) => actorAnnual(comp, a.id, true)),
          ...CATEGORIES.map((k) => categoryAnnual(comp, k, true)),
        ];
        return series.every((s) => accumulate(s)[s.length - 1].eq(sumSeries(s)));
      }),
    );
  });

  test("with r = 0, discounted equals undiscounted", () => {
    fc.assert(
      fc.property(arbCase(), (c0) => {
        const c: Case = { ...c0, assumptions: { ...c0.assumptions, discountRate: 0 } };
        const comp = compute(c);
        return c.actors.every((a) => {
          const d = actorAnnual(comp, a.id, true);
          const u = actorAnnual(comp, a.id, false);
          return d.every((x, i) => x.eq(u[i]));
        });
      }),
    );
  });

  test("reordering lines changes nothing", () => {
    fc.assert(
      fc.property(arbCase(), fc.infiniteStream(fc.nat()), (c, rnd) => {
        const shuffled = [...c.lines];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = rnd.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const a = buildReport(compute(c));
        const b = buildReport(compute({ ...c, lines: shuffled }));
        const flat = (r: unknown): number[] =>
          JSON.stringify(r)
            .match(/-?\d+(\.\d+)?(e[-+]?\d+)?/g)!
            .map(Number);
        const fa = flat(a);
        const fb = flat(b);
        return fa.length === fb.length && fa.every((x, i) => close(x, fb[i], 1e-12));
      }),
    );
  });

  test("the total perspective equals the sum of all actors' own lines", () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        const comp = compute(c);
        const total = perspective(comp, "total");
        let npv = ZERO_FOR_TESTS;
        for (const a of c.actors) npv = npv.plus(sumSeries(actorAnnual(comp, a.id, true)));
        // and the root actors' perspectives (which include their descendants) add up to it too
        let roots = ZERO_FOR_TESTS;
        for (const a of c.actors.filter((x) => x.parent === undefined))
          roots = roots.plus(perspective(comp, `actor:${a.id}`).npv);
        return total.npv.minus(npv).abs().lt(1e-20) && total.npv.minus(roots).abs().lt(1e-20);
      }),
    );
  });

  test("economic ignores financial lines", () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        const without: Case = { ...c, lines: c.lines.filter((l) => l.category !== "financial") };
        const a = perspective(compute(c), "economic");
        const b = perspective(compute(without), "economic");
        return a.npv.eq(b.npv) && a.investment.eq(b.investment) && a.breakEvenYear === b.breakEvenYear;
      }),
    );
  });

  test("allPerspectives and actorProjection share sums without changing a digit", () => {
    // Every Decimal written out in full (40 digits) with the sign of a zero: a sum taken in
    // another order differs in the last digits even where the report's doubles do not.
    const exact = (x: Dec) => x.toString() + (x.isZero() && x.isNegative() ? "-" : "");
    const text = (r: PerspectiveResult) =>
      [r.investment, r.benefits, r.npv, r.roi ?? ZERO_FOR_TESTS, ...r.annual, ...r.accumulated].map(exact).join(" ") +
      ` ${r.roi === null} ${r.breakEvenYear}`;
    // Many lines, the public actors first (so that "total" carries on from "public") and a
    // discount rate with many digits (so that sums round).
    const arbShared = fc
      .tuple(arbRawCase({ maxLines: 60 }), fc.double({ min: 0.011, max: 0.09, noNaN: true }))
      .map(([raw, r]) => {
        const actors = raw.actors.map((a, i) => ({ ...a, kind: i < raw.actors.length / 2 ? "public" : "individual" }));
        return parseCase({ ...raw, actors, assumptions: { ...raw.assumptions, discountRate: r } });
      });
    fc.assert(
      fc.property(arbShared, (c) => {
        const comp = compute(c);
        const own = new Map(c.actors.map((a) => [a.id, actorProjection(comp, a.id)]));
        const shared = allPerspectives(comp, own);
        const ownOk = c.actors.every((a) => {
          const annual = actorAnnual(comp, a.id, true);
          const p = own.get(a.id)!;
          return (
            p.annual.map(exact).join() === annual.map(exact).join() &&
            p.accumulated.map(exact).join() === accumulate(annual).map(exact).join()
          );
        });
        const ps = perspectivesOf(c);
        return (
          ownOk &&
          [...shared.keys()].join() === ps.join() &&
          ps.every((p) => text(shared.get(p)!) === text(perspective(comp, p)))
        );
      }),
    );
  });

  test("the report never contains NaN or Infinity", () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        const json = JSON.stringify(buildReport(compute(c)));
        return !/NaN|Infinity/.test(json);
      }),
    );
  });
});
