import { buildReport, compute, parseCase } from "../../src/engine";
import { buildWorkbook, layout, PERSPECTIVES } from "../../src/template";
import { cacheValues, formulaShape, parseFormula, shownValue } from "../../src/template/evaluate";
import type { CellSpec, WorkbookModel } from "../../src/template/model";
import { colNumber } from "../../src/template/cells";
import { loadExample } from "../helpers/cases";
import { syntheticCase } from "../../bench/cases";

/** The cached values the template computes: every formula cell has one, and the key results are the engine's. */

function byName(m: WorkbookModel, name: string) {
  const d = m.names.find((x) => x.name === name)!;
  const s = m.sheets.find((x) => x.key === d.sheet)!;
  const [, col, row] = /^\$([A-Z]+)\$(\d+)$/.exec(d.ref)!;
  return shownValue(s.cells[Number(row) - 1][colNumber(col) - 1]);
}

// ungdomar-40-ar.json uses method v2 (Green Book schedule, price index, unit costs)
const examples = [
  "arbetsmarknadskontoret.json",
  "unga-utanfor-investering.json",
  "ungdomar-40-ar.json",
  "kriminalvard-kalkylvarden.json",
];

describe.each(examples)("%s", (file) => {
  const c = loadExample(file);
  const model = buildWorkbook(c, { generatedAt: new Date("2026-11-23T12:00:00Z") });
  const report = buildReport(compute(c));
  test("every formula cell has a cached value and none is an error", () => {
    const bad = model.sheets.flatMap((s) =>
      s.cells
        .flat()
        .filter((x) => x?.f !== undefined && (x.cached === undefined || x.error))
        .map((x) => `${s.name}: ${x!.f} → ${String(x!.cached)}`),
    );
    expect(bad).toEqual([]);
  });
  test("the key results equal the engine's report (1 kr, ratio 0.01)", () => {
    expect(Math.abs((byName(model, "Statement_Total") as number) - report.statement.total)).toBeLessThanOrEqual(1);
    for (const p of PERSPECTIVES) {
      const r = report.perspectives[p];
      expect(Math.abs((byName(model, `NPV_${p}`) as number) - r.npv)).toBeLessThanOrEqual(1);
      if (r.roi === null) expect(byName(model, `ROI_${p}`)).toBe("");
      else expect(Math.abs((byName(model, `ROI_${p}`) as number) - r.roi)).toBeLessThanOrEqual(0.01);
      expect(byName(model, `BreakEven_${p}`)).toBe(r.breakEvenYear ?? "Ingen");
    }
    expect(byName(model, "Revision_Status")).toBe("OK");
    expect(byName(model, "Inputs_Status")).toBe("OK");
  });
  test("every year of Prognos per actor and per kostnadslag, annual and accumulated, is the engine's (1 kr)", () => {
    const L = layout(c);
    const X = L.projection;
    const prognos = model.sheets.find((s) => s.key === "projection")!;
    const at = (row: number, t: number) => shownValue(prognos.cells[row - 1][X.years.col(t) - 1]) as number;
    const wrong: string[] = [];
    const compare = (what: string, row: number, want: number[]) =>
      want.forEach((w, i) => {
        if (!(Math.abs(at(row, i + 1) - w) <= 1)) wrong.push(`${what} år ${i + 1}: ${at(row, i + 1)} ≠ ${w}`);
      });
    for (const a of c.actors) {
      compare(`${a.id} årligt`, X.actorAnnual.row[a.id], report.projection.annualByActor[a.id]);
      compare(`${a.id} ackumulerat`, X.actorAcc.row[a.id], report.projection.accumulatedByActor[a.id]);
    }
    for (const k of Object.keys(X.categoryAnnual.row) as (keyof typeof X.categoryAnnual.row)[]) {
      compare(`${k} årligt`, X.categoryAnnual.row[k], report.projection.annualByCategory[k]);
      compare(`${k} ackumulerat`, X.categoryAcc.row[k], report.projection.accumulatedByCategory[k]);
    }
    expect(wrong).toEqual([]);
    expect(c.actors.length * c.assumptions.horizon).toBeGreaterThan(20);
  });
});

test("the evaluator parses references, names, strings and precedence", () => {
  expect(parseFormula("=-2^2")).toEqual({
    t: "bin",
    op: "^",
    a: { t: "neg", a: { t: "num", v: 2 } },
    b: { t: "num", v: 2 },
  });
  expect(parseFormula("='Poster (2)'!$A$2:B$3")).toMatchObject({
    t: "ref",
    sheet: "Poster (2)",
    r1: 2,
    c1: 1,
    r2: 3,
    c2: 2,
  });
  expect(parseFormula('="a""b"&Horisont')).toMatchObject({
    t: "bin",
    op: "&",
    a: { v: 'a"b' },
    b: { t: "name", name: "Horisont" },
  });
  expect(parseFormula("=1+2*3")).toMatchObject({ op: "+", b: { op: "*" } });
});

test("a case with an invalid-looking but valid small horizon computes", () => {
  const c = parseCase({
    title: "x",
    priceYear: 2026,
    assumptions: { horizon: 1 },
    lines: [{ actor: "kommun", direction: "revenue", category: "real", amount: 5 }],
  });
  const m = buildWorkbook(c);
  expect(byName(m, "Statement_Total")).toBe(5);
});

describe("the evaluator computes as Excel and LibreOffice do", () => {
  /** A one-sheet model: column A holds the values, B1 the formula. */
  function value(values: (string | number | null)[], formula: string) {
    const cells = values.map((v) => [v === null ? null : { v }, null] as (CellSpec | null)[]);
    if (cells.length === 0) cells.push([null, null]);
    cells[0][1] = { f: formula };
    const m: WorkbookModel = {
      properties: { title: "", author: "", application: "socinv", version: "0" },
      headerFooter: { header: ["", "", ""], footer: ["", "", ""] },
      sheets: [{ key: "lines", name: "Blad", cells, columnWidths: [], tables: [], charts: [] }],
      names: [{ name: "Tal", sheet: "lines", ref: "$A$1" }],
      activeSheet: "lines",
    };
    return shownValue(cacheValues(m).sheets[0].cells[0][1]);
  }
  test.each([
    [[1, "x", null, 3], "=SUM(A1:A4)", 4],
    [["Insats", "Effekt", null, "insats"], '=COUNTIF(A1:A4,"<>Insats")', 2],
    [["Insats", "Effekt", null], '=COUNTIF(A1:A3,"<>")', 2],
    [[1, 0, 1, "1"], '=SUMIF(A1:A4,"1",A1:A4)', 2],
    [[5, 7], '=SUMIFS(A1:A2,A1:A2,">5")', 7],
    [["a", "b"], '=MATCH("B",A1:A2,0)', 2],
    [["a"], '=IFERROR(MATCH("z",A1:A1,0),"ingen")', "ingen"],
    [[0.1], "=A1*3-0.3", 0],
    [[2], "=-A1^2", 4],
    [[2], '=IF(A1>1,"stor","liten")&"!"', "stor!"],
    [["150 000"], "=N(A1)", 0],
    [["150 000"], "=ISNUMBER(A1)", false],
    [[null], '=A1=""', true],
    [[3], "=Tal+1", 4],
    [[1, 2, 3], "=INDEX(A1:A3,2)", 2],
    [[1, 2], "=MAX(A1:A2)-MIN(A1:A2)+ABS(-1)", 2],
  ])("%j %s → %j", (values, formula, want) => {
    expect(value(values, formula)).toBe(want);
  });
  test("an error is kept as its code", () => {
    const cells: (CellSpec | null)[][] = [[{ v: 0 }, { f: "=1/A1" }]];
    const m = cacheValues({
      properties: { title: "", author: "", application: "socinv", version: "0" },
      headerFooter: { header: ["", "", ""], footer: ["", "", ""] },
      sheets: [{ key: "lines", name: "Blad", cells, columnWidths: [], tables: [], charts: [] }],
      names: [],
      activeSheet: "lines",
    });
    expect(m.sheets[0].cells[0][1]).toMatchObject({ cached: "#DIV/0!", error: true });
  });
});

describe("the evaluator at scale", () => {
  const model = (cells: (CellSpec | null)[][]): WorkbookModel => ({
    properties: { title: "", author: "", application: "socinv", version: "0" },
    headerFooter: { header: ["", "", ""], footer: ["", "", ""] },
    sheets: [{ key: "lines", name: "Blad", cells, columnWidths: [], tables: [], charts: [] }],
    names: [],
    activeSheet: "lines",
  });
  test("a chain of 20 000 references (each cell the one above plus one) computes without overflowing the stack", () => {
    const n = 20000;
    const cells: (CellSpec | null)[][] = [[{ f: `=A${n}` }, null]];
    cells.push([{ v: 1 }]);
    for (let r = 3; r <= n; r++) cells.push([{ f: `=A${r - 1}+1` }]);
    const m = cacheValues(model(cells));
    expect(m.sheets[0].cells[0][0]!.cached).toBe(n - 1);
    expect(m.sheets[0].cells[n - 1][0]!.cached).toBe(n - 1);
  });
  test("formulas of one shape share a tree but keep their own references and texts", () => {
    expect(formulaShape('=IF(A1="x",$B$2,"y""z")').key).toBe(formulaShape('=IF(C7="q",$D$9,"w")').key);
    expect(formulaShape('=IF(A1="x",$B$2,"y""z")')).toMatchObject({
      refs: [1, 1, 1, 1, 2, 2, 2, 2],
      texts: ["x", 'y"z'],
    });
    expect(formulaShape("=SUM(A1:B2)").key).not.toBe(formulaShape("=SUM(A1:B2)+1").key);
    const m = cacheValues(
      model([
        [{ v: "x" }, { v: 1 }, { f: '=IF(A1="x",B1,"nej")' }],
        [{ v: "y" }, { v: 2 }, { f: '=IF(A2="x",B2,"nej")' }],
        [{ v: "y" }, { v: 3 }, { f: '=IF(A3="y",B3,"ja")' }],
        [{ v: 4 }, { v: 5 }, { f: '=SUM(A4:B4)&""' }],
      ]),
    );
    expect(m.sheets[0].cells.map((r) => r[2]!.cached)).toEqual([1, "nej", 3, "9"]);
  });
  test("a formula matched against another's shape gets exactly the shape a full scan gives", () => {
    // every formula of the examples and of a 120-line workbook, each against the one above it
    // in its column (as the evaluator does) and against the first of its column
    const models = [
      ...examples.map((e) => buildWorkbook(loadExample(e), { generatedAt: new Date("2026-11-23T12:00:00Z") })),
      buildWorkbook(syntheticCase(120, 20), { generatedAt: new Date("2026-11-23T12:00:00Z") }),
    ];
    let matched = 0;
    let formulas = 0;
    const wrong: string[] = [];
    for (const m of models)
      for (const sheet of m.sheets) {
        const columns: string[][] = [];
        sheet.cells.forEach((row) => row.forEach((c, j) => c?.f && (columns[j] ??= []).push(c.f)));
        for (const col of columns.filter(Boolean)) {
          const first = formulaShape(col[0]);
          col.forEach((f, i) => {
            const fresh = formulaShape(f);
            const want = JSON.stringify([fresh.key, fresh.refs, fresh.texts]);
            const above = formulaShape(col[Math.max(0, i - 1)]);
            for (const like of [first, above]) {
              const shape = formulaShape(f, like);
              if (JSON.stringify([shape.key, shape.refs, shape.texts]) !== want) wrong.push(f);
              if (like === above && shape.literals === like.literals) matched++;
            }
            formulas++;
          });
        }
      }
    expect(wrong.slice(0, 5)).toEqual([]);
    // most formulas do match the shape of the one above them: the fast path is the one tested
    expect(matched).toBeGreaterThan(formulas / 2);
  });
  test("a formula of another shape, or like it only in part, is scanned in full", () => {
    const like = formulaShape('=IF(A1="x",B$2,0)');
    for (const f of [
      '=IF(A1="x",B$2,0)+1',
      '=IF(A1:C3="x",B$2,0)',
      '=IF(A1="x",SUM(B2),0)',
      "=IF(A1=1,B$2,0)",
      "=IF(A1",
    ])
      expect(formulaShape(f, like)).toEqual(formulaShape(f));
    expect(formulaShape('=IF(Z99="y""",AB$7,0)', like)).toMatchObject({
      key: like.key,
      refs: [99, 26, 99, 26, 7, 28, 7, 28],
      texts: ['y"'],
    });
  });
  test("a circular reference is #REF! and leaves no cell unset", () => {
    const m = cacheValues(model([[{ f: "=B1+1" }, { f: "=A1+1" }]]));
    expect(m.sheets[0].cells[0].every((c) => c!.cached !== undefined)).toBe(true);
    expect(m.sheets[0].cells[0][0]).toMatchObject({ cached: "#REF!", error: true });
  });
});
