/** What the analysis functions return: one table each, from the engine's analysis results. */
import {
  SV,
  compareCases,
  runCompensation,
  runFollowUp,
  runMonteCarlo,
  runRepayment,
  runScenarios,
  type Case,
} from "../../engine";
import { BASE_PERSPECTIVES, PERSPECTIVE, type BasePerspective } from "../../engine/vocabulary";
import type { OutMatrix } from "../adapt";
import { NoResult, invalid, located } from "../errors";

/** The perspectives' labels in the analysis tables: "Totalt" without "(Summa)". */
const LABEL: Record<BasePerspective, string> = { ...PERSPECTIVE.labels, total: "Totalt" };

function finite(x: number, what: string): number {
  if (!Number.isFinite(x)) throw invalid(`${what}: resultatet blev för stort för Excel`);
  return x;
}

function nameOf(c: Case): (id: string) => string {
  return (id) => c.actors.find((a) => a.id === id)?.name ?? id;
}

/** SCENARIOS: net present value per scenario and perspective. */
export function scenarioTable(c: Case): OutMatrix {
  const out: OutMatrix = [
    [
      "Scenario",
      "Antal med utfall",
      ...BASE_PERSPECTIVES.map((p) => `Nettonuvärde ${LABEL[p].toLowerCase()}`),
      "Break-even år",
    ],
  ];
  for (const s of runScenarios(c)) {
    out.push([
      s.name,
      s.assumptions.successes,
      ...BASE_PERSPECTIVES.map((p) => finite(s.perspectives[p].npv, s.name)),
      s.perspectives.total.breakEvenYear ?? "Ingen",
    ]);
  }
  return out;
}

/** MONTECARLO: mean, percentiles and probabilities per perspective (the case carries monteCarlo). */
export function monteCarloTable(c: Case): OutMatrix {
  const res = runMonteCarlo(c, c.monteCarlo!);
  const out: OutMatrix = [
    [
      "Perspektiv",
      "Medel",
      "P10",
      "P50",
      "P90",
      "Sannolikhet nettonuvärde ≥ 0",
      `Sannolikhet break-even senast år ${res.breakEvenBy}`,
    ],
  ];
  for (const p of BASE_PERSPECTIVES) {
    const x = res.perspectives[p];
    out.push([
      LABEL[p],
      finite(x.mean, p),
      finite(x.p10, p),
      finite(x.p50, p),
      finite(x.p90, p),
      x.probNpvNonNegative,
      x.probBreakEvenBy,
    ]);
  }
  return out;
}

/** REPAYMENT: payment per year and unit, balance, and the year the fund is repaid. */
export function repaymentTable(c: Case): OutMatrix {
  let r;
  try {
    r = runRepayment(c, c.repayment!);
  } catch (e) {
    // The repayment's own rules (fund larger than the gains, units twice) concern the fund.
    throw located(e, () => "Fond");
  }
  const name = nameOf(c);
  const out: OutMatrix = [["År", ...r.units.map(name), "Kvar att betala"]];
  r.schedule.forEach((row, i) => out.push([i + 1, ...row, r.balance[i]]));
  out.push([r.repaidYear === null ? "Ej återbetald" : `Återbetald år ${r.repaidYear}`, ...r.units.map(() => ""), ""]);
  return out;
}

/** COMPENSATION: transfers from winning to losing public actors. */
export function compensationTable(c: Case): OutMatrix {
  const r = runCompensation(c);
  if (!r.possible) throw new NoResult(r.message);
  const name = nameOf(c);
  const out: OutMatrix = [["Från", "Till", "Belopp"]];
  for (const t of r.transfers) out.push([name(t.from), name(t.to), t.amount]);
  if (r.transfers.length === 0) out.push([r.message, "", ""]);
  return out;
}

/** FOLLOWUP: plan against actuals per year (the case carries followUp). */
export function followUpTable(c: Case): OutMatrix {
  const f = runFollowUp(c)!;
  const out: OutMatrix = [["År", "Plan", "Utfall och prognos", "Avvikelse"]];
  f.total.plan.forEach((p, i) => out.push([i + 1, p, f.total.actual[i], f.total.variance[i]]));
  out.push(["Nuvärde", f.npvPlan, f.npvUpdated, f.npvUpdated - f.npvPlan]);
  return out;
}

/** COMPARE: net present value per actor and perspective in A and B, and which one each prefers. */
export function compareTable(a: Case, b: Case): OutMatrix {
  const r = compareCases(a, b);
  const out: OutMatrix = [["Aktör", "Nettonuvärde A", "Nettonuvärde B", "A − B", "Föredrar"]];
  for (const x of r.actors) out.push([x.name, x.npvA, x.npvB, x.npvA - x.npvB, x.prefers]);
  for (const p of BASE_PERSPECTIVES) {
    const d = r.perspectives[p].difference;
    out.push([
      SV.perspective[p],
      r.perspectives[p].npvA,
      r.perspectives[p].npvB,
      d,
      d > 0 ? "A" : d < 0 ? "B" : "lika",
    ]);
  }
  return out;
}
