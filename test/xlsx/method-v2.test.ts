import fc from "fast-check";
import { buildReport, compute, parseCase, type Case } from "../../src/engine";
import { PERSPECTIVES } from "../../src/template";
import { arbRawCase } from "../helpers/arbitraries";
import { loadExample } from "../helpers/cases";
import { cachedAgainstRecalculated, recalculateCases, type Recalculated } from "../helpers/libreoffice";
import { expectScenariosAsEngine, within } from "../helpers/xlsxValues";

/**
 * Method v2 in the workbook, recomputed by LibreOffice: a discount schedule (Green Book or own
 * bands) as δ(t) on Antaganden, lines in other price years and from unit costs converted with
 * the index there, and the successes needed to break even (N*, N* / n) per perspective. The
 * figures LibreOffice computes must equal the engine's (kronor within 1 kr, ROI and N* within
 * 0.01, the rate within 0.0001), the cached values ours, and Revision must say OK.
 */
jest.setTimeout(600_000);

const INDEX = {
  name: "Testindex",
  source: "Påhittad serie för testet",
  values: { "2019": 97.3, "2020": 100, "2022": 108.41, "2024": 115.7, "2026": 121.05 },
};
const YEARS = [2019, 2020, 2022, 2024];

/** A generated case with a schedule, an index, unit costs, lines in other price years and participants. */
function withMethodV2(raw: Record<string, unknown>, i: number): Case {
  const r = raw as { assumptions: Record<string, unknown>; lines: Record<string, unknown>[] };
  const schedule =
    i % 2 === 0
      ? "greenbook"
      : [
          { fromYear: 3, rate: 0.04 },
          { fromYear: 8 + i, rate: 0.02 },
        ];
  const unitCosts = [
    { id: "dygn", label: "Per dygn", amount: 3125.5, unit: "day", priceYear: 2022, source: "test" },
    { id: "manad", label: "Per månad", amount: 9400, unit: "month", priceYear: 2024, source: "test" },
    { id: "ar", label: "Per år", amount: 410000, unit: "personYear", priceYear: 2026, source: "test" },
  ];
  const lines = r.lines.map((l, j) => {
    if (j % 3 === 1) return { ...l, priceYear: YEARS[(i + j) % YEARS.length] };
    if (j % 3 === 2) {
      const { amount: _drop, ...rest } = l;
      return { ...rest, unitCost: unitCosts[(i + j) % 3].id, quantity: [0.25, 1, 2.5][j % 3] };
    }
    return l;
  });
  const successes = Math.max(1, Number(r.assumptions.successes));
  return parseCase({
    ...raw,
    priceYear: 2026,
    participants: i % 4 === 3 ? undefined : successes * 3 + i,
    assumptions: {
      ...r.assumptions,
      successes,
      discountSchedule: schedule,
      horizon: Math.max(5, Number(r.assumptions.horizon)),
    },
    priceIndex: INDEX,
    unitCosts,
    lines,
  });
}

const generated: Case[] = fc
  .sample(arbRawCase({ maxLines: 12, maxHorizon: 45, ore: true }), { seed: 1515, numRuns: 20 })
  .filter((raw) => (raw as { lines: unknown[] }).lines.length > 2)
  .slice(0, 6)
  .map((raw, i) => withMethodV2(raw as Record<string, unknown>, i));

/** The same with outcomes and a fund repaid by a share of the gains or by frames (δ(t) undone on Återföring, applied on Uppföljning). */
function withFollowUpAndRepayment(c: Case, gains: boolean): Case {
  const inv = c.lines.findIndex((l) => l.role === "investment");
  const top = c.actors.filter((a) => a.parent === undefined).map((a) => a.id);
  return {
    ...c,
    followUp: {
      years: [
        {
          year: 2,
          successes: Math.round(c.assumptions.successes * 0.5),
          ...(inv >= 0 ? { investment: [{ line: inv, amount: Math.round(c.lines[inv].amount * 1.2) }] } : {}),
        },
      ],
    },
    repayment: gains
      ? { model: "gainShare", fund: 500_000, share: 0.3, units: top }
      : {
          model: "frameShare",
          fund: 1_000_000,
          years: 6,
          frames: Object.fromEntries(c.actors.slice(0, 2).map((a, j) => [a.id, 100 + j * 50])),
        },
  };
}

const cases: [string, Case][] = [
  ["ungdomar-40-ar", loadExample("ungdomar-40-ar.json")],
  ["kriminalvard-kalkylvarden", loadExample("kriminalvard-kalkylvarden.json")],
  ["ungdomar-40-ar-uppfoljning", withFollowUpAndRepayment(loadExample("ungdomar-40-ar.json"), true)],
  ...generated.map(
    (c, i) => [`v2-genererad-${i + 1}`, i === 0 ? withFollowUpAndRepayment(c, false) : c] as [string, Case],
  ),
];

let results: Map<string, Recalculated>;

beforeAll(async () => {
  ({ results } = await recalculateCases(cases, new Date("2026-11-25T12:00:00Z")));
});

test("the generated cases use every part of method v2", () => {
  expect(generated.length).toBe(6);
  for (const c of generated) {
    expect(c.lines.some((l) => l.unitCost !== undefined)).toBe(true);
    expect(c.lines.some((l) => l.priceYear !== undefined && l.priceYear !== c.priceYear)).toBe(true);
    expect(c.assumptions.discountSchedule).toBeDefined();
  }
  expect(generated.some((c) => c.participants === undefined)).toBe(true);
  expect(generated.some((c) => c.assumptions.horizon > 31)).toBe(true);
  const ns = cases.flatMap(([, c]) =>
    PERSPECTIVES.map((p) => buildReport(compute(c)).perspectives[p].breakEvenSuccesses),
  );
  expect(ns.some((n) => n === null)).toBe(true);
  expect(ns.some((n) => n === 0)).toBe(true);
  expect(ns.some((n) => n !== null && n > 0)).toBe(true);
});

describe.each(cases.map(([name]) => name))("%s (method v2) recomputed by LibreOffice", (name) => {
  test("every formula cell's cached value equals LibreOffice's", () => {
    const { wrong, formulas } = cachedAgainstRecalculated(results.get(name)!);
    expect(formulas).toBeGreaterThan(20);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test.each(PERSPECTIVES)("perspective %s: NPV, ROI, break-even year, N* and N* / n equal the engine", (p) => {
    const { values, report, c } = results.get(name)!;
    const r = report.perspectives[p];
    const npv = values.byName(`NPV_${p}`);
    if (!within(npv, r.npv, 1)) throw new Error(`NPV_${p}: ${npv} ≠ ${r.npv}`);
    const roi = values.byName(`ROI_${p}`);
    if (r.roi === null) expect(roi).toBe("");
    else if (!within(roi, r.roi, 0.01)) throw new Error(`ROI_${p}: ${roi} ≠ ${r.roi}`);
    expect(values.byName(`BreakEven_${p}`)).toBe(r.breakEvenYear === null ? "Ingen" : r.breakEvenYear);
    const n = values.byName(`BreakEvenSuccesses_${p}`);
    if (r.breakEvenSuccesses === null) expect(n).toBe("Ingen");
    else if (!within(n, r.breakEvenSuccesses, 0.01)) throw new Error(`N* ${p}: ${n} ≠ ${r.breakEvenSuccesses}`);
    if (c.participants === undefined) expect(values.names.has(`BreakEvenSuccessRate_${p}`)).toBe(false);
    else if (r.breakEvenSuccessRate === null) expect(values.byName(`BreakEvenSuccessRate_${p}`)).toBe("");
    else expect(within(values.byName(`BreakEvenSuccessRate_${p}`), r.breakEvenSuccessRate, 0.0001)).toBe(true);
  });

  test("statement, Uppföljning and Återföring equal the engine", () => {
    const { values, report, c } = results.get(name)!;
    expect(within(values.byName("Statement_Total"), report.statement.total, 1)).toBe(true);
    for (const a of c.actors)
      expect(within(values.byName(`Statement_Net_${a.id}`), report.statement.byActor[a.id].net, 1)).toBe(true);
    const updated = report.followUp ? report.followUp.npvUpdated : report.perspectives.total.npv;
    expect(within(values.byName("FollowUp_NPV_Updated"), updated, 1)).toBe(true);
    if (report.repayment) {
      expect(values.byName("Repayment_Year")).toBe(report.repayment.repaidYear ?? "Ej inom horisonten");
      const bal = report.repayment.balance[report.repayment.balance.length - 1];
      expect(within(values.byName("Repayment_Balance_End") ?? 0, bal, 1)).toBe(true);
    }
  });

  test("Känslighet: every scenario's NPV per perspective and break-even year equal the engine", () => {
    const { values, report } = results.get(name)!;
    expectScenariosAsEngine(values, report);
  });

  test("the Revision sheet's control and the input check say OK", () => {
    expect(results.get(name)!.values.byName("Revision_Status")).toBe("OK");
    expect(results.get(name)!.values.byName("Inputs_Status")).toBe("OK");
  });
});
