import { parseCase } from "../../src/engine";
import { buildWorkbook, layout } from "../../src/template";
import { rawExample } from "../helpers/cases";

/** A signable first page (key assumptions, who prepared it, a box for the reviewer) and a Källa column on Poster. */

const raw = rawExample("arbetsmarknadskontoret.json");
const lines = raw.lines as Record<string, unknown>[];
const c = parseCase({
  ...raw,
  preparedBy: "Anna Ekonom, ekonomiavdelningen",
  version: "1.2",
  lines: lines.map((l, i) => (i === 0 ? { ...l, source: "Årsredovisning 2016, not 4" } : l)),
});
const L = layout(c);
const wb = buildWorkbook(c, { generatedAt: new Date("2026-12-01T09:30:00Z"), addinVersion: "0.1.0" });
const sheet = (k: string) => wb.sheets.find((s) => s.key === k)!;
const text = (k: string) =>
  sheet(k)
    .cells.flat()
    .map((x) => x?.v ?? x?.cached)
    .filter((v) => v !== undefined);

test("page 1 carries the key assumptions, who prepared the case, when, its version and a reviewer box", () => {
  const t = text("statement");
  for (const s of ["Horisont (H), år", "Diskonteringsränta (r)", "Antal med utfall (N)", "Återfall per år (ρ)"])
    expect(t).toContain(s);
  expect(t).toContain("Anna Ekonom, ekonomiavdelningen");
  expect(t).toContain("1.2");
  expect(t).toContain("2026-12-01 (socinv 0.1.0)");
  expect(t).toContain("Granskad av");
  expect(t).toContain("Underskrift");
  const S = L.statement.signature;
  const st = sheet("statement");
  expect(st.cells[S.firstRow - 1][1]!.cached).toBe(c.assumptions.horizon);
  expect(st.cells[S.firstRow][1]!.cached).toBeCloseTo(c.assumptions.discountRate, 12);
});

test("every printed page says when it was printed", () => {
  expect(wb.headerFooter.footer[1]).toContain("&D");
});

test("Poster has a Källa column with each line's source, printed with the lines", () => {
  const P = L.lines;
  const poster = sheet("lines");
  expect(poster.cells[P.headerRow - 1][P.col.source - 1]!.v).toBe("Källa");
  expect(poster.cells[P.firstRow - 1][P.col.source - 1]!.v).toBe("Årsredovisning 2016, not 4");
  expect(poster.cells[P.firstRow][P.col.source - 1]!.v).toBe("");
  expect(poster.tables[0].columns).toContain("Källa");
});

test("result and control sheets are protected without a password; Poster and Antaganden are not", () => {
  for (const s of wb.sheets)
    expect([s.key, s.protect === true]).toEqual([s.key, !["lines", "assumptions"].includes(s.key)]);
});
