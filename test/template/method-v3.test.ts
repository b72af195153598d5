import { buildReport, compute, type Case } from "../../src/engine";
import { PERSPECTIVES, buildWorkbook, layout } from "../../src/template";
import { addr } from "../../src/template/cells";
import { cacheValues, shownValue } from "../../src/template/evaluate";
import type { CellSpec, WorkbookModel } from "../../src/template/model";
import { loadExample } from "../helpers/cases";

/**
 * Method v3 on the sheets, without LibreOffice (test/xlsx/method-v3.test.ts recalculates): the
 * blocks appear only for a case that uses method v3, and the template's own evaluation of the
 * formulas gives the engine's figures, also after an input cell is changed and the book recomputed.
 */

const tabell = loadExample("tabell-4-3.json");
const lopande = loadExample("unga-i-arbete-lopande.json");

function valueOf(m: WorkbookModel, name: string): unknown {
  const n = m.names.find((x) => x.name === name)!;
  const s = m.sheets.find((x) => x.key === n.sheet)!;
  const [, col, row] = /^\$([A-Z]+)\$(\d+)$/.exec(n.ref)!;
  const c = [...col].reduce((k, ch) => k * 26 + ch.charCodeAt(0) - 64, 0);
  return shownValue(s.cells[Number(row) - 1][c - 1]);
}

function set(m: WorkbookModel, key: string, row: number, col: number, v: number | string): WorkbookModel {
  m.sheets.find((s) => s.key === key)!.cells[row - 1][col - 1] = { v } as CellSpec;
  return cacheValues(m);
}

function expectEngine(m: WorkbookModel, c: Case): void {
  const r = buildReport(compute(c));
  for (const p of PERSPECTIVES) expect(valueOf(m, `NPV_${p}`)).toBeCloseTo(r.perspectives[p].npv, 2);
  expect(valueOf(m, "Statement_Total")).toBeCloseTo(r.statement.total, 2);
  expect(valueOf(m, "Inputs_Status")).toBe("OK");
}

test("a case without method v3 gets none of its blocks; a v3 case gets all of them", () => {
  for (const f of ["ungdomar-40-ar.json", "unga-utanfor-investering.json"]) {
    const m = buildWorkbook(loadExample(f));
    expect(m.sheets.map((s) => s.key)).not.toContain("yearly");
    expect(m.names.map((n) => n.name)).not.toContain("Intagsar");
    expect(layout(loadExample(f)).projection.perspectiveMilestones).toBeUndefined();
  }
  const m = buildWorkbook(tabell);
  const names = m.names.map((n) => n.name);
  for (const n of ["Intagsar", "Diskontering", "Deltagare", "KeyFigure_revenue", "KeyFigure_successShare"])
    expect(names).toContain(n);
  expect(m.sheets.map((s) => s.name)).toContain("Årsbelopp");
});

test("Table 4.1's key figures on Resultaträkning", () => {
  const m = buildWorkbook(tabell);
  const k = (x: string) => valueOf(m, `KeyFigure_${x}`) as number;
  expect([k("revenue"), k("cost"), k("result"), k("participants"), k("successes")]).toEqual([
    18_823_000, 22_743_000, -3_920_000, 459, 218,
  ]);
  expect(Math.round(k("costPerParticipant"))).toBe(49_549);
  expect(Math.round(k("costPerSuccess"))).toBe(104_326);
  expect(k("overrunShare")).toBeCloseTo(0.208, 3);
  expect(k("successShare")).toBeCloseTo(0.47, 2);
});

test("the mandatperiod of Table 4.3: B₄ / I₄ = 8,98 and NPV₄ / I₄ = 7,98 in the milestone table", () => {
  const m = buildWorkbook(tabell);
  const L = layout(tabell);
  const M = L.projection.perspectiveMilestones!;
  const k = L.projection.milestones.years.indexOf(4);
  const prognos = m.sheets.find((s) => s.key === "projection")!;
  const at = (row: number) => shownValue(prognos.cells[row - 1][M.col.first + k - 1]) as number;
  expect(at(M.row.total.roi)).toBeCloseTo(8.98, 2);
  expect(at(M.row.total.npvRatio)).toBeCloseTo(7.98, 2);
  expect(at(M.row.total.npv)).toBeCloseTo(buildReport(compute(tabell)).perspectives.total.accumulated.npv[3], 2);
});

test("edits a revisor makes recompute to the engine's figures of the edited case", () => {
  const Y = layout(tabell).yearly!;
  const i = 10;
  const edited = {
    ...tabell,
    lines: tabell.lines.map((l, j) =>
      j === i ? { ...l, yearlyAmounts: l.yearlyAmounts!.map((a, t) => (t === 2 ? 1e7 : a)) } : l,
    ),
  };
  expectEngine(set(buildWorkbook(tabell), "yearly", Y.row.get(i)!, Y.years.col(3), 1e7), edited);
  const K = layout(lopande).assumptions.continuing!;
  const a = (x: Partial<Case["assumptions"]>) => ({ ...lopande, assumptions: { ...lopande.assumptions, ...x } });
  expectEngine(set(buildWorkbook(lopande), "assumptions", K.intakeRow, 3, 2), a({ intakeYears: 2 }));
  expectEngine(
    set(buildWorkbook(lopande), "assumptions", K.timingRow, 3, "Slutet av året"),
    a({ discountTiming: "endOfYear" }),
  );
});

test("edits the template cannot follow are named in Inputs_Status", () => {
  const K = layout(lopande).assumptions.continuing!;
  const Y = layout(lopande).yearly!;
  const status = (m: WorkbookModel) => String(valueOf(m, "Inputs_Status"));
  expect(status(set(buildWorkbook(lopande), "assumptions", K.intakeRow, 3, 20))).toMatch(
    new RegExp(`^Antaganden!C${K.intakeRow}: intagsåren ska vara`),
  );
  expect(status(set(buildWorkbook(lopande), "assumptions", K.timingRow, 3, "Vid halvåret"))).toMatch(
    /diskonteringen ska vara Början av året eller Slutet av året/,
  );
  expect(status(set(buildWorkbook(lopande), "lines", 2, 7, 1000))).toMatch(
    new RegExp(`^Poster!G2: beloppet för en post med belopp per år ändras på Årsbelopp \\(rad ${Y.row.get(0)!}\\)`),
  );
  expect(status(set(buildWorkbook(lopande), "yearly", Y.row.get(5)!, Y.years.col(9), 100))).toMatch(
    new RegExp(`^Årsbelopp!${addr(Y.row.get(5)!, Y.years.col(9))}: belopp år 9 ligger utanför postens år`),
  );
});
