import {
  FMT,
  Fx,
  Grid,
  N,
  T,
  Years,
  addr,
  colName,
  colNumber,
  line,
  sheet,
  table,
  yearRow,
} from "../../src/template/cells";

describe("the cell helpers", () => {
  test("column letters both ways", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(colName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    for (let n = 1; n <= 2000; n++) expect(colNumber(colName(n))).toBe(n);
    expect(colNumber("xfd")).toBe(16384);
    expect(addr(7, 2)).toBe("B7");
    expect(addr(7, 2, true)).toBe("$B$7");
  });
  test("years: columns and spans", () => {
    const y = new Years(11, 20);
    expect([y.col(1), y.last, y.letter(20)]).toEqual([11, 30, "AD"]);
    expect(y.span(17, true)).toBe("$K$17:$AD$17");
    expect(y.span(5)).toBe("K5:AD5");
    expect(y.all).toHaveLength(20);
  });
  test("blocks become cells in one place; null cells leave what is there", () => {
    const s = sheet(
      "method",
      "Metod",
      [
        table(2, 1, ["a", "b"], [[N(1, FMT.int), null]]),
        line(3, 2, [T("x")]),
        yearRow(new Years(3, 2), 4, T("r"), (t) => Fx(`=${t}`)),
      ],
      { columnWidths: [10] },
    );
    expect(s.cells).toEqual([
      [null, null, null, null],
      [T("a", "header"), T("b", "header"), null, null],
      [N(1, FMT.int), T("x"), null, null],
      [T("r"), null, Fx("=1"), Fx("=2")],
    ]);
    expect(s).toMatchObject({ key: "method", name: "Metod", tables: [], charts: [], columnWidths: [10] });
  });
  test("a grid of 200 000 rows (a 10 000-line case's controls) becomes dense without overflowing the stack", () => {
    const g = new Grid();
    g.set(200_000, 3, N(1));
    const d = g.dense();
    expect(d).toHaveLength(200_000);
    expect(d[0]).toHaveLength(3);
    expect(d[199_999][2]).toEqual(N(1));
  });
});
