import { buildReport, compute, percentileInc, runMonteCarlo } from "../../../src/engine";
import { close, loadExample } from "../../helpers/cases";

describe("Monte Carlo", () => {
  const base = loadExample("unga-utanfor-investering.json");
  test("percentiles are Excel's PERCENTILE.INC", () => {
    expect(percentileInc([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(percentileInc([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(percentileInc([5], 0.9)).toBe(5);
  });
  test("zero-width distributions give the deterministic result", () => {
    const a = base.assumptions;
    const spec = {
      iterations: 50,
      seed: 1,
      distributions: [
        { assumption: "relapse" as const, type: "uniform" as const, min: a.relapse, max: a.relapse },
        {
          assumption: "successes" as const,
          type: "triangular" as const,
          min: a.successes,
          mode: a.successes,
          max: a.successes,
        },
        { assumption: "decay" as const, type: "normal" as const, mean: a.decay, sd: 0 },
        { line: 0, type: "uniform" as const, min: base.lines[0].amount, max: base.lines[0].amount },
      ],
    };
    const m = runMonteCarlo(base, spec);
    const r = buildReport(compute(base));
    for (const p of ["total", "public", "economic"] as const) {
      for (const k of ["mean", "p10", "p50", "p90"] as const)
        expect(close(m.perspectives[p][k], r.perspectives[p].npv, 1e-9)).toBe(true);
      expect(m.perspectives[p].probNpvNonNegative).toBe(r.perspectives[p].npv >= 0 ? 1 : 0);
    }
  });
  test("the same seed gives identical results; another seed other results", () => {
    const spec = base.monteCarlo!;
    expect(runMonteCarlo(base, spec)).toEqual(runMonteCarlo(base, spec));
    expect(runMonteCarlo(base, { ...spec, seed: spec.seed + 1 }).perspectives.total.mean).not.toBe(
      runMonteCarlo(base, spec).perspectives.total.mean,
    );
  });
  test("the example's figures are ordered and the probabilities are shares", () => {
    const m = runMonteCarlo(base, base.monteCarlo!);
    for (const p of ["total", "public", "economic"] as const) {
      const x = m.perspectives[p];
      expect(x.p10).toBeLessThanOrEqual(x.p50);
      expect(x.p50).toBeLessThanOrEqual(x.p90);
      expect(x.probNpvNonNegative).toBeGreaterThanOrEqual(0);
      expect(x.probBreakEvenBy).toBeLessThanOrEqual(1);
    }
  });
});
