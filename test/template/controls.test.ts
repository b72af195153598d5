import { buildWorkbook, layout } from "../../src/template";
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
