import { buildReport, compute, parseCase } from "../../src/engine";
import { buildWorkbook, layout } from "../../src/template";
import { NO_LINES } from "../../src/template/sheets/actor-horizon";
import { loadExample, rawExample } from "../helpers/cases";

/** Who invests, who gains and when, on the first page: each actor over the horizon, with its units, as the engine. */

const cases = {
  "arbetsmarknadskontoret.json": loadExample("arbetsmarknadskontoret.json"),
  "unga-utanfor-investering.json": loadExample("unga-utanfor-investering.json"),
  "ungdomar-40-ar.json": loadExample("ungdomar-40-ar.json"),
};

describe.each(Object.entries(cases))("the table per actor on Resultaträkning (%s)", (_name, c) => {
  const L = layout(c);
  const wb = buildWorkbook(c, { generatedAt: new Date("2026-12-01T00:00:00Z") });
  const st = wb.sheets.find((s) => s.key === "statement")!;
  const report = buildReport(compute(c));
  const S = L.statement.actorHorizon;
  const at = (row: number, col: number) => st.cells[row - 1]?.[col - 1];

  test.each(c.actors.map((a) => [a.id]))(
    "%s: investment, benefits, NPV and break-even as the engine's actor perspective",
    (id) => {
      const r = S.row[id];
      const e = report.perspectives[`actor:${id}`];
      expect(Math.abs((at(r, S.col.investment)!.cached as number) - e.investment)).toBeLessThanOrEqual(1);
      expect(Math.abs((at(r, S.col.benefit)!.cached as number) - e.benefits)).toBeLessThanOrEqual(1);
      expect(Math.abs((at(r, S.col.npv)!.cached as number) - e.npv)).toBeLessThanOrEqual(1);
      const members = [id, ...c.actors.filter((a) => a.parent === id).map((a) => a.id)];
      const hasLines = c.lines.some((l) => members.includes(l.actor));
      expect(at(r, S.col.breakEven)!.cached).toBe(hasLines ? (e.breakEvenYear ?? "Ingen") : NO_LINES);
    },
  );

  test("a parent's row says it includes its units, and names them", () => {
    for (const a of c.actors) {
      const units = c.actors.filter((x) => x.parent === a.id);
      const label = at(S.row[a.id], S.col.actor)!.v as string;
      if (units.length === 0) expect(label).toBe(a.name);
      else {
        expect(label).toBe(`${a.name} med enheter`);
        for (const u of units) expect(at(S.row[a.id], S.col.covers)!.v).toContain(u.name);
      }
    }
  });
});

test("an actor without lines gets no break-even year", () => {
  const raw = rawExample("arbetsmarknadskontoret.json");
  const c = parseCase(raw);
  const idle = c.actors.find((a) => !c.lines.some((l) => l.actor === a.id) && !c.actors.some((x) => x.parent === a.id));
  expect(idle).toBeDefined();
  const L = layout(c);
  const st = buildWorkbook(c).sheets.find((s) => s.key === "statement")!;
  const S = L.statement.actorHorizon;
  expect(st.cells[S.row[idle!.id] - 1][S.col.breakEven - 1]!.cached).toBe(NO_LINES);
});

test("Tabell 4.2: a kommun with units gets a year-1 row including them, outside the sum", () => {
  const c = cases["unga-utanfor-investering.json"];
  const L = layout(c);
  const st = buildWorkbook(c).sheets.find((s) => s.key === "statement")!;
  const S = L.statement;
  const report = buildReport(compute(c));
  for (const [id, r] of Object.entries(S.parentRow)) {
    const ids = [id, ...c.actors.filter((a) => a.parent === id).map((a) => a.id)];
    const want = ids.reduce((n, m) => n + report.statement.byActor[m].net, 0);
    expect(st.cells[r - 1][0]!.v).toMatch(/^varav .* med enheter$/);
    expect(Math.abs((st.cells[r - 1][S.col.net - 1]!.cached as number) - want)).toBeLessThanOrEqual(1);
  }
  expect(Object.keys(S.parentRow)).toContain("kommun");
  expect(st.cells[S.totalRow - 1][S.col.net - 1]!.cached).toBeCloseTo(report.statement.total, 0);
});
