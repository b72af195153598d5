import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildReport, compute, type Case, type Report } from "../../src/engine";
import { PERSPECTIVES, buildWorkbook, layout } from "../../src/template";
import { addr } from "../../src/template/cells";
import type { CellSpec, WorkbookModel } from "../../src/template/model";
import { writeXlsx } from "../../src/xlsx/render";
import { generatedV3 } from "../helpers/v3-cases";
import { loadExample } from "../helpers/cases";
import { cachedAgainstRecalculated, loRecalc, recalculateCases, type Recalculated } from "../helpers/libreoffice";
import { expectScenariosAsEngine, readXlsxValues, within, type XlsxValues } from "../helpers/xlsxValues";

/**
 * Method v3 in the workbook, recomputed by LibreOffice: yearly intake, yearly amounts on Årsbelopp,
 * the discount timing (year 1 discounted at the end of the year, schedules from year 1, the Green
 * Book by years elapsed), the unit's key figures and the perspectives at the milestone years. The
 * examples and generated cases must recompute to the engine's figures with cached values equal to
 * LibreOffice's; a revisor's edit of a yearly amount, the intake or the timing must give the
 * engine's figures of the edited case; an edit the template cannot follow is named in Inputs_Status.
 */
jest.setTimeout(900_000);

const generated = generatedV3();
const tabell = loadExample("tabell-4-3.json");
const lopande = loadExample("unga-i-arbete-lopande.json");
const cases: [string, Case][] = [
  ["tabell-4-3", tabell],
  ["unga-i-arbete-lopande", lopande],
  ["arbetsmarknadskontoret", loadExample("arbetsmarknadskontoret.json")],
  ...generated.map((c, i) => [`v3-genererad-${i + 1}`, c] as [string, Case]),
];

let results: Map<string, Recalculated>;

/** Within an absolute tolerance, or 1e-9 relative for figures far beyond kronor (a share of a tiny revenue). */
const near = (got: unknown, want: number, tol: number): boolean =>
  within(got, want, Math.max(tol, Math.abs(want) * 1e-9));
const generatedAt = new Date("2026-12-07T01:00:00Z");

/** NPV, ROI and break-even per perspective and the statement as the engine's. */
function expectAsEngine(values: XlsxValues, report: Report, c: Case): void {
  for (const p of PERSPECTIVES) {
    const r = report.perspectives[p];
    const npv = values.byName(`NPV_${p}`);
    if (!within(npv, r.npv, 1)) throw new Error(`NPV_${p}: ${npv} ≠ ${r.npv}`);
    const roi = values.byName(`ROI_${p}`);
    if (r.roi === null) expect(roi).toBe("");
    else if (!within(roi, r.roi, 0.01)) throw new Error(`ROI_${p}: ${roi} ≠ ${r.roi}`);
    expect(values.byName(`BreakEven_${p}`)).toBe(r.breakEvenYear === null ? "Ingen" : r.breakEvenYear);
  }
  expect(within(values.byName("Statement_Total"), report.statement.total, 1)).toBe(true);
  for (const a of c.actors) {
    const got = values.byName(`Statement_Net_${a.id}`);
    if (!within(got, report.statement.byActor[a.id].net, 1))
      throw new Error(`Statement_Net_${a.id}: ${got} ≠ ${report.statement.byActor[a.id].net}`);
  }
}

/** The key figures block as the engine's (kronor within 1 kr, shares within 0.0001, "" for null). */
function expectKeyFigures(values: XlsxValues, report: Report): void {
  const k = report.keyFigures!;
  const tol: Record<string, number> = { overrunShare: 0.0001, successShare: 0.0001, participants: 0, successes: 0 };
  for (const key of Object.keys(tol).concat(["revenue", "cost", "result", "costPerParticipant", "costPerSuccess"])) {
    const want = (k as unknown as Record<string, number | null>)[key];
    const got = values.byName(`KeyFigure_${key}`);
    if (want === null) expect(got).toBe("");
    else if (!near(got, want, tol[key] ?? 1)) throw new Error(`KeyFigure_${key}: ${got} ≠ ${want}`);
  }
}

/** The table of the perspectives at the milestone years on Prognos as the engine's accumulated figures. */
function expectMilestones(values: XlsxValues, report: Report, c: Case): void {
  const L = layout(c);
  const M = L.projection.perspectiveMilestones!;
  const years = L.projection.milestones.years;
  expect(years).toEqual(report.milestones);
  for (const p of PERSPECTIVES) {
    const acc = report.perspectives[p].accumulated;
    years.forEach((T, k) => {
      const col = M.col.first + k;
      const at = (row: number) => values.value(L.sheets.projection, addr(row, col));
      const [I, B, NPV] = [acc.investment[T - 1], acc.benefits[T - 1], acc.npv[T - 1]];
      if (!within(at(M.row[p].npv), NPV, 1)) throw new Error(`${p} NPV_${T}: ${at(M.row[p].npv)} ≠ ${NPV}`);
      if (I === 0) expect([at(M.row[p].roi), at(M.row[p].npvRatio)]).toEqual(["", ""]);
      else {
        if (!within(at(M.row[p].roi), B / I, 0.01)) throw new Error(`${p} B/I ${T}: ${at(M.row[p].roi)} ≠ ${B / I}`);
        expect(within(at(M.row[p].npvRatio), NPV / I, 0.01)).toBe(true);
      }
    });
  }
}

beforeAll(async () => {
  ({ results } = await recalculateCases(cases, generatedAt));
});

test("the generated cases use every part of method v3", () => {
  expect(generated.length).toBe(6);
  const a = generated.map((c) => c.assumptions);
  expect(a.some((x) => (x.intakeYears ?? 1) > 1)).toBe(true);
  expect(a.some((x) => x.discountTiming === "endOfYear") && a.some((x) => x.discountTiming === "startOfYear")).toBe(
    true,
  );
  expect(a.some((x) => x.discountSchedule === "greenbook" && x.discountTiming === "endOfYear")).toBe(true);
  expect(a.some((x) => Array.isArray(x.discountSchedule) && x.discountSchedule[0].fromYear === 1)).toBe(true);
  expect(generated.every((c) => c.lines.some((l) => l.yearlyAmounts !== undefined))).toBe(true);
  expect(generated.some((c) => c.lines.some((l) => l.yearlyAmounts && l.priceYear === 2023))).toBe(true);
  expect(generated.some((c) => c.participants === undefined)).toBe(true);
});

describe.each(cases.map(([name]) => name))("%s (method v3) recomputed by LibreOffice", (name) => {
  test("every formula cell's cached value equals LibreOffice's", () => {
    const { wrong, formulas } = cachedAgainstRecalculated(results.get(name)!);
    expect(formulas).toBeGreaterThan(20);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test("perspectives, statement, scenarios, key figures and milestones equal the engine", () => {
    const { values, report, c } = results.get(name)!;
    expectAsEngine(values, report, c);
    expectScenariosAsEngine(values, report);
    if (c.unit !== undefined) expectKeyFigures(values, report);
    expectMilestones(values, report, c);
  });

  test("the Revision sheet's control and the input check say OK", () => {
    expect(results.get(name)!.values.byName("Revision_Status")).toBe("OK");
    expect(results.get(name)!.values.byName("Inputs_Status")).toBe("OK");
  });
});

// ------------------------------------------------------------------ a revisor's edits

/** Sets a cell of a sheet of the model to a value, as a user typing over it. */
function edit(m: WorkbookModel, key: string, row: number, col: number, v: string | number): void {
  const s = m.sheets.find((x) => x.key === key)!;
  while (s.cells.length < row) s.cells.push([]);
  const r = s.cells[row - 1];
  while (r.length < col) r.push(null);
  r[col - 1] = { v } as CellSpec;
}

const assumptionCell = (c: Case, k: "intakeRow" | "timingRow") => [layout(c).assumptions.continuing![k], 3] as const;
const horizonRow = (c: Case) => layout(c).assumptions.row.horizon;
const gridCell = (c: Case, i: number, t: number) => {
  const Y = layout(c).yearly!;
  return [Y.row.get(i)!, Y.years.col(t)] as const;
};
const withYearly = (c: Case, i: number, t: number, v: number): Case => ({
  ...c,
  lines: c.lines.map((l, j) =>
    j === i ? { ...l, yearlyAmounts: l.yearlyAmounts!.map((a, k) => (k === t - l.fromYear ? v : a)) } : l,
  ),
});
const withAssumptions = (c: Case, a: Partial<Case["assumptions"]>): Case => ({
  ...c,
  assumptions: { ...c.assumptions, ...a },
});
const greenbook = generated.find((c) => c.assumptions.discountSchedule === "greenbook")!;

/** Edits that the workbook follows: [case, edit, the edited case the engine computes]. */
const followed: Record<string, [Case, (m: WorkbookModel) => void, Case]> = {
  "a yearly amount (Årsbelopp)": [
    tabell,
    (m) => edit(m, "yearly", ...gridCell(tabell, 10, 3), 40_000_000),
    withYearly(tabell, 10, 3, 40_000_000),
  ],
  "the intake years": [
    lopande,
    (m) => edit(m, "assumptions", ...assumptionCell(lopande, "intakeRow"), 3),
    withAssumptions(lopande, { intakeYears: 3 }),
  ],
  "the timing, to the end of the year": [
    lopande,
    (m) => edit(m, "assumptions", ...assumptionCell(lopande, "timingRow"), "Slutet av året"),
    withAssumptions(lopande, { discountTiming: "endOfYear" }),
  ],
  "the timing, to the start of the year": [
    tabell,
    (m) => edit(m, "assumptions", ...assumptionCell(tabell, "timingRow"), "Början av året"),
    withAssumptions(tabell, { discountTiming: "startOfYear" }),
  ],
  "the timing of a Green Book schedule (years elapsed)": [
    greenbook,
    (m) => edit(m, "assumptions", ...assumptionCell(greenbook, "timingRow"), "Slutet av året"),
    withAssumptions(greenbook, { discountTiming: "endOfYear" }),
  ],
};

/** Edits the workbook cannot follow: named in Inputs_Status. */
const named: Record<string, [Case, (m: WorkbookModel) => void, RegExp]> = {
  "a yearly amount after the horizon": [
    tabell,
    (m) => edit(m, "assumptions", horizonRow(tabell), 3, 19),
    /^Årsbelopp!Y\d+: belopp år 20 ligger efter horisonten/,
  ],
  "intake beyond the horizon": [
    lopande,
    (m) => edit(m, "assumptions", ...assumptionCell(lopande, "intakeRow"), 16),
    /^Antaganden!C\d+: intagsåren ska vara ett heltal från 1 till horisonten/,
  ],
  "an unknown timing word": [
    lopande,
    (m) => edit(m, "assumptions", ...assumptionCell(lopande, "timingRow"), "Mitten av året"),
    /^Antaganden!C\d+: diskonteringen ska vara Början av året eller Slutet av året/,
  ],
  "a yearly amount outside the line's years": [
    lopande,
    (m) => edit(m, "yearly", ...gridCell(lopande, 5, 4), 5000),
    /^Årsbelopp!I\d+: belopp år 4 ligger utanför postens år/,
  ],
  "a yearly amount typed as text": [
    lopande,
    (m) => edit(m, "yearly", ...gridCell(lopande, 0, 2), "4 600 000"),
    /^Årsbelopp!G\d+: beloppet är inget tal/,
  ],
};

const editValues = new Map<string, XlsxValues>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "socinv-v3-edits-"));
  const all = [
    ...Object.entries(followed).map(([n, [c, apply]]) => [n, c, apply] as const),
    ...Object.entries(named).map(([n, [c, apply]]) => [n, c, apply] as const),
  ];
  const files: string[] = [];
  for (const [k, [, c, apply]] of all.entries()) {
    const m = buildWorkbook(c, { generatedAt, addinVersion: "test" });
    apply(m);
    files.push(join(dir, `edit-${k}.xlsx`));
    await writeXlsx(m, files[k]);
  }
  loRecalc(join(dir, "recalc"), files);
  for (const [k, [n]] of all.entries()) editValues.set(n, await readXlsxValues(join(dir, "recalc", `edit-${k}.xlsx`)));
});

test.each(Object.keys(followed))("an edit of %s gives the engine's figures of the edited case", (name) => {
  const [, , edited] = followed[name];
  const values = editValues.get(name)!;
  const report = buildReport(compute(edited));
  expect(values.byName("Inputs_Status")).toBe("OK");
  expectAsEngine(values, report, edited);
  if (edited.unit !== undefined) expectKeyFigures(values, report);
  expectMilestones(values, report, edited);
});

test("the edits change the figures (the tests above can fail)", () => {
  for (const name of Object.keys(followed)) {
    const [c, , edited] = followed[name];
    expect(buildReport(compute(edited)).perspectives.total.npv).not.toBeCloseTo(
      buildReport(compute(c)).perspectives.total.npv,
      0,
    );
  }
});

test.each(Object.keys(named))("%s: Inputs_Status names the cell", (name) => {
  expect(String(editValues.get(name)!.byName("Inputs_Status"))).toMatch(named[name][2]);
});
