import { ASSUMPTIONS } from "../../src/engine";
import { buildWorkbook, layout } from "../../src/template";
import { addr } from "../../src/template/cells";
import { LINE_CHECKS, inputChecksPlacement } from "../../src/template/sheets/checks";
import { controlStatusRefs, controlsPlacement, qualify } from "../../src/template/controls";
import type { SheetModel } from "../../src/template/model";
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

describe.each(["arbetsmarknadskontoret.json", "unga-utanfor-investering.json", "ungdomar-40-ar.json"])(
  "the control tables on Revision (%s)",
  (name) => {
    const c = loadExample(name);
    const L = layout(c);
    const wb = buildWorkbook(c, { generatedAt: new Date("2026-12-01T00:00:00Z") });
    const rev = wb.sheets.find((s) => s.key === "revision")!;
    const P = controlsPlacement(L);
    const rows = rev.cells.slice(P.firstRow - 1);

    test("every result computed twice gives the same value, and both tables say OK", () => {
      const results = rows.filter((r) => r[0]?.v !== undefined);
      expect(results.length).toBeGreaterThan(20);
      for (const r of results) expect([r[0]!.v, r[1]?.cached]).toEqual([r[0]!.v, r[2]?.cached]);
      const refs = controlStatusRefs(L);
      expect(at(rev, refs.results)?.cached).toBe("OK");
      expect(at(rev, refs.inputs)?.cached).toBe("OK");
    });

    test("the shown results include the first page and Känslighet, not Prognos's line rows", () => {
      const names = rows.map((r) => r[0]?.v).filter((v): v is string => typeof v === "string");
      const row = L.statement.perspectives.row.public;
      expect(names).toContain(`Resultaträkning!D${row}`);
      expect(names.some((n) => n.startsWith("Känslighet!"))).toBe(true);
      expect(names).not.toContain(`Prognos!L${L.projection.firstLine}`);
    });

    test("every input is kept as it was made: Poster's lines and the spare rows", () => {
      const inputs = rows.map((r) => r[6]?.v).filter((v): v is string => typeof v === "string");
      expect(inputs).toContain("Poster!G2");
      expect(inputs).toContain(`Poster!A${L.lines.lastInputRow}:K${L.lines.lastInputRow}`);
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
