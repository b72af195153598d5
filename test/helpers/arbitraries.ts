import fc from "fast-check";
import { parseCase, type Case } from "../../src/engine";

/** Random valid cases in file form: a few actors with a parent tree, lines in every role, basis and window. */
export const arbRawCase = (opts: { maxLines?: number; maxHorizon?: number; ore?: boolean } = {}) =>
  fc
    .record({
      horizon: fc.integer({ min: 1, max: opts.maxHorizon ?? 25 }),
      discountRate: fc.oneof(fc.constant(0), fc.double({ min: -0.05, max: 0.2, noNaN: true })),
      successes: fc.integer({ min: 0, max: 500 }),
      relapse: fc.double({ min: 0, max: 1, noNaN: true }),
      decay: fc.double({ min: 0, max: 1, noNaN: true }),
      deadweight: fc.double({ min: 0, max: 1, noNaN: true }),
      attribution: fc.double({ min: 0, max: 1, noNaN: true }),
      displacement: fc.double({ min: 0, max: 1, noNaN: true }),
      growth: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
      nActors: fc.integer({ min: 1, max: 6 }),
      parents: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
      kinds: fc.array(fc.constantFrom("public", "individual", "society", "other"), { minLength: 6, maxLength: 6 }),
      lines: fc.array(
        fc.record({
          actor: fc.nat(),
          direction: fc.constantFrom("revenue", "cost"),
          category: fc.constantFrom("real", "financial", "production"),
          role: fc.constantFrom("investment", "effect"),
          perSuccess: fc.boolean(),
          amount: opts.ore
            ? fc.oneof(
                fc.integer({ min: 0, max: 10_000_000 }),
                fc.integer({ min: 0, max: 100_000_000_00 }).map((x) => x / 100),
              )
            : fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true })),
          from: fc.nat(),
          len: fc.nat(),
        }),
        { maxLength: opts.maxLines ?? 30 },
      ),
    })
    .map((g) => {
      const actors = Array.from({ length: g.nActors }, (_, i) => {
        const a: Record<string, unknown> = { id: `a${i}`, name: `Aktör ${i}`, kind: g.kinds[i] };
        // parent only among earlier actors: never a cycle
        if (i > 0 && g.parents[i] % 3 === 0) a.parent = `a${g.parents[i] % i}`;
        return a;
      });
      const H = g.horizon;
      const lines = g.lines.map((l) => {
        const fromYear = 1 + (l.from % H);
        const toYear = fromYear + (l.len % (H - fromYear + 1));
        return {
          actor: `a${l.actor % g.nActors}`,
          direction: l.direction,
          category: l.category,
          role: l.role,
          basis: l.role === "effect" && l.perSuccess ? "perSuccess" : "total",
          amount: l.amount,
          fromYear,
          toYear,
        };
      });
      return {
        title: "Slumpad kalkyl",
        priceYear: 2025,
        actors,
        assumptions: {
          horizon: H,
          discountRate: g.discountRate,
          successes: g.successes,
          relapse: g.relapse,
          decay: g.decay,
          deadweight: g.deadweight,
          attribution: g.attribution,
          displacement: g.displacement,
          growth: g.growth,
        },
        lines,
      };
    });

export const arbCase = (opts?: { maxLines?: number; maxHorizon?: number }): fc.Arbitrary<Case> =>
  arbRawCase(opts).map((r) => parseCase(r));
