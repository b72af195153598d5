import { ASSUMPTIONS } from "../../src/engine";
import { buildWorkbook, layout } from "../../src/template";
import { addr } from "../../src/template/cells";
import { LINE_CHECKS, inputChecksPlacement } from "../../src/template/sheets/checks";
import { controlStatusRefs, controlsPlacement, qualify } from "../../src/template/controls";
import type { CellSpec, SheetModel } from "../../src/template/model";
import { loadExample } from "../helpers/cases";

const at = (s: SheetModel, ref: string) => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return s.cells[Number(m[2]) - 1]?.[col - 1];
};

describe("qualify: a formula read from another sheet", () => {
  test("references without a sheet get it; texts, other sheets, names and functions stay", () => {
    expect(qualify(`=SUM(B5:B9)+'Prognos'!$E$7+Horisont+IF(A1="B5",$C$3,0)`, "Resultaträkning")).toBe(
      `=SUM('Resultaträkning'!B5:B9)+'Prognos'!$E$7+Horisont+IF('Resultaträkning'!A1="B5",'Resultaträkning'!$C$3,0)`,
    );
    expect(qualify("=NPV_total*1E+3+Scenario1_NPV_total", "X")).toBe("=NPV_total*1E+3+Scenario1_NPV_total");
    expect(qualify("=Poster!A2&'Ann''s'!B2", "X")).toBe("=Poster!A2&'Ann''s'!B2");
  });
});

/** The grid on Revision whose title starts with `title`: its head rows and its data rows (one per row of the sheet). */
function gridOf(rev: SheetModel, title: string) {
  const top = rev.cells.findIndex((r) => typeof r[0]?.v === "string" && (r[0].v as string).startsWith(title)) + 1;
  expect(top).toBeGreaterThan(0);
  const rows: (CellSpec | null)[][] = [];
  for (let r = top + 4; typeof rev.cells[r - 1]?.[0]?.v === "number"; r++) rows.push(rev.cells[r - 1]);
  return { top, first: rev.cells[top], letters: rev.cells[top + 2], rows };
}

describe.each(["arbetsmarknadskontoret.json", "unga-utanfor-investering.json", "ungdomar-40-ar.json"])(
  "the control tables on Revision (%s)",
  (name) => {
    const c = loadExample(name);
    const L = layout(c);
    const wb = buildWorkbook(c, { generatedAt: new Date("2026-12-01T00:00:00Z") });
    const rev = wb.sheets.find((s) => s.key === "revision")!;
    const P = controlsPlacement(L);
    const list = rev.cells.slice(P.firstRow - 1).filter((r) => typeof r[0]?.v === "string" && r[0].v.includes("!"));
    const F = L.followup;

    test("every result of the list computed twice gives the same value; both tables and all their parts say OK", () => {
      expect(list.length).toBeGreaterThan(20);
      for (const r of list) expect([r[0]!.v, r[1]?.cached]).toEqual([r[0]!.v, r[2]?.cached]);
      const refs = controlStatusRefs(L);
      expect(at(rev, refs.results)?.cached).toBe("OK");
      expect(at(rev, refs.inputs)?.cached).toBe("OK");
      for (const row of P.partRows)
        for (const col of [P.results.col, P.inputs.col])
          expect([rev.cells[row - 1][col]?.cached, rev.cells[row - 1][col + 1]?.cached]).toEqual([0, ""]);
    });

    test("the list has the first page and Känslighet, not Prognos's line rows nor Uppföljning's line grid", () => {
      const names = list.map((r) => r[0]!.v as string);
      const row = L.statement.perspectives.row.public;
      expect(names).toContain(`Resultaträkning!D${row}`);
      expect(names.some((n) => n.startsWith("Känslighet!"))).toBe(true);
      expect(names).not.toContain(`Prognos!L${L.projection.firstLine}`);
      expect(names).not.toContain(`Uppföljning!${addr(F.firstLine, F.years.first)}`);
      expect(names).toContain(`Uppföljning!${addr(F.planRow, F.years.first)}`);
    });

    test("Uppföljning's lines are a grid: every line row, each formula again with the same value, flag 0", () => {
      const g = gridOf(rev, "Uppföljning, posterna år för år");
      expect(g.rows.map((r) => r[0]!.v)).toEqual(c.lines.map((_l, i) => F.firstLine + i));
      const upp = wb.sheets.find((s) => s.key === "followup")!;
      for (const r of g.rows) {
        expect(r[1]?.cached).toBe(0);
        const srcRow = upp.cells[(r[0]!.v as number) - 1];
        // the line's label (A) and every year, each in the column of its letter
        for (const col of [1, ...F.years.all.map((t) => F.years.col(t))]) {
          const mine = r[col + 1];
          expect(mine?.f).toBe(qualify(srcRow[col - 1]!.f!, upp.name));
          expect(mine?.cached).toEqual(srcRow[col - 1]!.cached);
          expect(g.letters[col + 1]?.v).toBe(addr(1, col).replace(/\d+/, ""));
        }
      }
      expect(g.first[1]?.cached).toBe(0);
    });

    test("Poster's lines and spare rows are a grid of their values as made: every row, its cells joined now, flag 0", () => {
      const g = gridOf(rev, "Poster, posterna som de var");
      expect(g.rows.map((r) => r[0]!.v)).toEqual(
        Array.from({ length: L.lines.lastInputRow - L.lines.firstRow + 1 }, (_x, i) => L.lines.firstRow + i),
      );
      const poster = wb.sheets.find((s) => s.key === "lines")!;
      const amount = L.lines.col.amount;
      const first = g.rows[0];
      const shownAmount = poster.cells[L.lines.firstRow - 1][amount - 1]!;
      expect(first[3 + amount - 1]?.v ?? first[3 + amount - 1]?.cached).toBe(shownAmount.v ?? shownAmount.cached);
      for (const r of g.rows) expect(r[1]?.cached).toBe(0);
      const spare = g.rows[g.rows.length - 1];
      expect(spare[2]?.cached).toBe("|".repeat(L.lines.col.source - 1));
      expect(spare.slice(3).filter((x) => x?.v !== undefined)).toEqual([]);
    });

    test("the inputs list has the other sheets' inputs, not Poster's line table", () => {
      const inputs = rev.cells
        .slice(P.firstRow - 1)
        .map((r) => r[6]?.v)
        .filter((v): v is string => typeof v === "string" && v.includes("!"));
      expect(inputs.some((n) => n.startsWith("Antaganden!"))).toBe(true);
      expect(inputs).not.toContain("Poster!G2");
    });
  },
);

describe("Inputs_Status in named steps on Revision", () => {
  const c = loadExample("unga-utanfor-investering.json");
  const L = layout(c);
  const wb = buildWorkbook(c, { generatedAt: new Date("2026-12-01T00:00:00Z") });
  const rev = wb.sheets.find((s) => s.key === "revision")!;
  const P = inputChecksPlacement(L);
  const status = rev.cells[L.revision.inputsRow - 1][2]!;

  test("Inputs_Status is a short combination of the steps' flags and sentences", () => {
    expect(status.f).toMatch(
      /^=IF\(SUM\(\$C\$\d+:\$C\$\d+\)=0,"OK",INDEX\(\$D\$\d+:\$D\$\d+,MATCH\(1,\$C\$\d+:\$C\$\d+,0\)\)\)$/,
    );
    expect(status.cached).toBe("OK");
  });

  test("one step per assumption, then the lines and the rows below; each flag 0 and labelled", () => {
    const steps = rev.cells.slice(P.steps.firstRow - 1, P.steps.lastRow);
    const labels = steps.map((r) => r[0]?.v);
    expect(labels.slice(0, ASSUMPTIONS.length)).toEqual(ASSUMPTIONS.map((a) => a.label));
    expect(labels[labels.length - 1]).toBe("Poster under tabellen");
    for (const r of steps) expect([r[0]?.v, r[2]?.cached]).toEqual([r[0]?.v, 0]);
  });

  test("the line table: one row per Poster row (spare rows too), one short check per column", () => {
    const rows = rev.cells.slice(P.lines.firstRow - 1, P.lines.lastRow);
    expect(rows).toHaveLength(L.lines.lastInputRow - L.lines.firstRow + 1);
    const first = rows[0];
    expect(first[P.lines.col.used - 1]?.cached).toBe(1);
    expect(rows[rows.length - 1][P.lines.col.used - 1]?.cached).toBe(0);
    for (const k of LINE_CHECKS) expect(first[P.lines.col.check[k] - 1]?.cached).toBe("");
    const prognos = wb.sheets.find((s) => s.key === "projection")!;
    const X = L.projection;
    expect(prognos.cells[X.firstLine - 1][X.checkCol.problem - 1]?.f).toBe(
      `='Revision'!${addr(P.lines.firstRow, P.lines.col.problem, true)}`,
    );
  });
});
