import { formulaPieces, sharedFormulas } from "../../src/xlsx/shared-formulas";
import type { CellSpec, SheetModel } from "../../src/template/model";
import { moveFormula } from "../helpers/xlsxValues";

/** A sheet of one column of formulas (row 1 first). */
function column(formulas: (string | undefined)[]): SheetModel {
  const cells: (CellSpec | null)[][] = formulas.map((f) => [f === undefined ? { v: 1 } : { f }]);
  return { key: "t", name: "T", cells, tables: [], charts: [] } as unknown as SheetModel;
}

const runs = (formulas: (string | undefined)[]) => {
  const m = sharedFormulas(column(formulas), () => false);
  return formulas.map((_, i) => m.get(i + 1)?.get(1) ?? null);
};

describe("shared formulas: a column of formulas that differ only by their row is written once", () => {
  test("a run down a column, relative rows moving, absolute rows and sheet names kept", () => {
    const f = (r: number) => `=IF('Prognos'!$F$85="Insats",'Prognos'!L${r + 80},SUM(B${r}:AE${r})*C$4)`;
    expect(runs([f(5), f(6), f(7)])).toEqual([{ si: 0, ref: "A1:A3" }, { si: 0 }, { si: 0 }]);
  });
  test("a break in the column (a value, a different formula) ends the run; a single formula is not shared", () => {
    expect(runs(["=B1+1", "=B2+1", undefined, "=B4+1", "=B5*2"])).toEqual([
      { si: 0, ref: "A1:A2" },
      { si: 0 },
      null,
      null,
      null,
    ]);
  });
  test("a formula ExcelJS's reader would expand differently is written in full", () => {
    // a text that looks like a reference: ExcelJS moves it too, Excel does not
    expect(formulaPieces('IF(B1=1,"Poster!G2",B1)')).toBeNull();
    expect(runs(['=IF(B1=1,"G2",B1)', '=IF(B2=1,"G2",B2)'])).toEqual([null, null]);
    // a name that looks like a cell to ExcelJS
    expect(formulaPieces("B1*KPI2023_x")).toBeNull();
    // texts and names that do not: shared
    expect(formulaPieces('IF(B1>0,"OK","Avviker")&NPV_total')).toEqual({
      texts: ["IF(B", '>0,"OK","Avviker")&NPV_total'],
      rows: [1],
    });
    expect(formulaPieces("LOG10(B7)+1.5E3")).toEqual({ texts: ["LOG10(B", ")+1.5E3"], rows: [7] });
  });
  test("each shared cell expands (as Excel and LibreOffice expand it) to its own formula", () => {
    const formulas = Array.from({ length: 40 }, (_, i) => `='Känslighet'!M${i + 24}+'Känslighet'!N$23-$A${i + 1}`);
    const m = runs(formulas);
    expect(m.every((x) => x?.si === 0)).toBe(true);
    formulas.forEach((f, i) => expect("=" + moveFormula(formulas[0].slice(1), i, 0)).toBe(f));
  });
});
