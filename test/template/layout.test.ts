import { parseCase, type Case } from "../../src/engine";
import { buildWorkbook } from "../../src/template";
import { colNumber } from "../../src/template/cells";
import { controlsPlacement } from "../../src/template/controls";
import { layout, payingUnits, sheetNames, type Layout } from "../../src/template/layout";
import type { CellSpec, SheetModel, WorkbookModel } from "../../src/template/model";
import { loadExample, rawExample } from "../helpers/cases";

/** Cases that between them use every block of every sheet. */
function cases(): [string, Case][] {
  const unga = rawExample("unga-utanfor-investering.json");
  const frame = {
    ...unga,
    repayment: { model: "frameShare", fund: 6_000_000, years: 5, frames: { kommun: 3e8, region: 1e8 }, startYear: 3 },
  };
  const noUnits = { ...unga, repayment: { model: "gainShare", fund: 5_000_000, share: 0.3 } };
  const scenarios = {
    ...rawExample("arbetsmarknadskontoret.json"),
    scenarios: [
      { name: "hög", assumptions: { successes: 40 } },
      { name: "låg ränta", assumptions: { discountRate: 0.01 } },
    ],
  };
  const noPublic = {
    title: "Utan offentliga aktörer",
    priceYear: 2025,
    actors: [
      { id: "ind", name: "Individen", kind: "individual" },
      { id: "ov", name: "Övriga", kind: "other" },
    ],
    assumptions: { horizon: 5, successes: 3 },
    lines: [
      { actor: "ind", direction: "revenue", category: "real", amount: 100 },
      { actor: "ov", direction: "cost", category: "financial", role: "investment", amount: 50 },
      { actor: "ind", direction: "revenue", category: "production", basis: "perSuccess", amount: 7, fromYear: 2 },
    ],
  };
  return [
    ["arbetsmarknadskontoret", loadExample("arbetsmarknadskontoret.json")],
    ["unga-utanfor (gain share, Monte Carlo, follow-up)", loadExample("unga-utanfor-investering.json")],
    ["frame share", parseCase(frame)],
    ["gain share without units", parseCase(noUnits)],
    ["own scenarios", parseCase(scenarios)],
    ["no public actors", parseCase(noPublic)],
  ];
}

const cellAt = (m: WorkbookModel, sheetName: string, ref: string): CellSpec | null | undefined => {
  const s = m.sheets.find((x) => x.name === sheetName);
  const a = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!s || !a) return undefined;
  return s.cells[Number(a[2]) - 1]?.[colNumber(a[1]) - 1];
};
const sheetOf = (m: WorkbookModel, key: SheetModel["key"]) => m.sheets.find((s) => s.key === key)!;
const text = (s: SheetModel, row: number, col: number) => s.cells[row - 1]?.[col - 1]?.v;

describe.each(cases())("the layout of %s", (_name, c) => {
  for (const version of [1, 2]) {
    const L: Layout = layout(c, version);
    const model = buildWorkbook(c, { version, generatedAt: new Date(0) });

    test(`v${version}: the workbook's defined names are the layout's, each unique`, () => {
      expect(model.names).toEqual(L.names);
      expect(new Set(L.names.map((n) => n.name)).size).toBe(L.names.length);
    });

    test(`v${version}: every defined name points at a cell the model fills`, () => {
      for (const n of L.names) {
        const target = cellAt(model, L.sheets[n.sheet], n.ref);
        expect(target ? n.name : `${n.name} → ${n.sheet}!${n.ref} is empty`).toBe(n.name);
      }
    });

    test(`v${version}: every reference to another sheet's cell or range ends on filled cells`, () => {
      const names = new Set(Object.values(sheetNames(version)));
      const refs = /'((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?/g;
      let count = 0;
      for (const s of model.sheets)
        for (const row of s.cells)
          for (const x of row) {
            if (!x?.f) continue;
            for (const m of x.f.matchAll(refs)) {
              const sheet = m[1].replace(/''/g, "'");
              expect(names.has(sheet) ? sheet : `unknown sheet ${sheet}`).toBe(sheet);
              for (const ref of [m[2], m[3]].filter(Boolean)) {
                count++;
                // the spare rows under the lines on Poster (and the rows below them) are empty on purpose
                const spare = sheet === L.sheets.lines && Number(/\d+$/.exec(ref)![0]) > L.lines.lastRow;
                const ok = spare || cellAt(model, sheet, ref) != null;
                expect(ok ? ref : `${s.name}: ${x.f} refers to empty ${sheet}!${ref}`).toBe(ref);
              }
            }
          }
      expect(count).toBeGreaterThan(c.lines.length * 10);
    });
  }

  const L = layout(c);
  const model = buildWorkbook(c, { generatedAt: new Date(0) });

  test("sheets write their blocks on the layout's rows and columns", () => {
    const A = sheetOf(model, "assumptions");
    for (const [key, row] of Object.entries(L.assumptions.row))
      expect(A.cells[row - 1][L.assumptions.valueCol - 1]?.v).toBe(c.assumptions[key as keyof typeof c.assumptions]);
    const P = sheetOf(model, "projection");
    const X = L.projection;
    c.lines.forEach((_l, i) => expect(text(P, X.firstLine + i, X.col.row)).toBe(i + 1));
    for (const t of X.years.all) expect(text(P, X.headerRow, X.years.col(t))).toBe(t);
    for (const a of c.actors) {
      expect(text(P, X.actorAnnual.row[a.id], X.col.actor)).toBe(a.name);
      expect(text(P, X.actorAcc.row[a.id], X.col.actor)).toBe(a.name);
      expect(text(sheetOf(model, "statement"), L.statement.actorRow[a.id], L.statement.col.actor)).toBe(a.name);
    }
    const S = sheetOf(model, "sensitivity");
    for (const s of L.sensitivity.scenarios) expect(text(S, s.row, L.sensitivity.col.name)).toBe(s.name);
    const R = sheetOf(model, "revision");
    for (const k of L.revision.checks) expect(text(R, k.row, L.revision.col.name)).toBe(k.name);
    expect(text(R, L.revision.caseTitleRow, 1)).toBe("Kalkylen (kanonisk JSON)");
    // the case text's last chunk, then (two rows down) the control tables
    expect(typeof text(R, L.revision.caseLastRow, 1)).toBe("string");
    expect(text(R, L.revision.caseLastRow + 1, 1)).toBeUndefined();
    expect(text(R, controlsPlacement(L).titleRow, 1)).toMatch(/^Resultat räknade två gånger/);
  });

  test("rows of one sheet's blocks never collide", () => {
    const X = L.projection;
    const projectionRows = [
      X.summary.titleRow,
      X.summary.headerRow,
      ...Object.values(X.summary.row),
      X.milestones.titleRow,
      X.milestones.yearRow,
      ...Object.values(X.milestones.row),
      X.milestones.totalRow,
      X.headerRow,
      ...c.lines.map((_l, i) => X.firstLine + i),
      ...[X.actorAnnual, X.actorAcc, X.categoryAnnual, X.categoryAcc].flatMap((s) => [
        s.header,
        ...Object.values(s.row),
      ]),
      X.perspectives.header,
      ...Object.values(X.perspectives.row).flatMap((r) => [r.annual, r.acc, r.neg]),
    ];
    expect(new Set(projectionRows).size).toBe(projectionRows.length);
    const F = L.followup;
    const followRows = [
      F.headerRow,
      F.actualRow,
      ...F.investmentRow.values(),
      F.latestYearRow,
      F.latestValueRow,
      F.personsRow,
      F.linesTitleRow,
      F.firstLine,
      F.lastLine,
      F.planRow,
      F.updatedRow,
      F.varianceRow,
    ];
    expect(new Set(followRows).size).toBe(followRows.length - (F.firstLine === F.lastLine ? 1 : 0));
    const R = L.repayment;
    if (R) {
      const rows = [
        ...R.gainRows,
        ...(R.dueRow ? [R.dueRow] : []),
        ...R.frameRows,
        ...R.payRows,
        R.paidRow,
        R.balanceRow,
        R.helperRow,
        R.repaidRow,
      ];
      expect(new Set(rows).size).toBe(rows.length);
      expect(Math.min(...rows)).toBeGreaterThan(R.headerRow);
    }
  });
});

describe("payingUnits (the engine's choice, as the layout uses it)", () => {
  const c = loadExample("unga-utanfor-investering.json");
  test("a gain share pays from the listed units", () => {
    expect(payingUnits(c, { model: "gainShare", fund: 1, share: 0.5, units: ["region", "kommun"] })).toEqual([
      "region",
      "kommun",
    ]);
  });
  test("without units: every public actor whose parent is not public", () => {
    expect(payingUnits(c, { model: "gainShare", fund: 1, share: 0.5 })).toEqual([
      "kommun",
      "region",
      "forsakringskassan",
      "arbetsformedlingen",
      "rattsvasende",
    ]);
  });
  test("a frame share pays from the units with a frame", () => {
    expect(payingUnits(c, { model: "frameShare", fund: 1, years: 2, frames: { region: 1, kommun: 2 } })).toEqual([
      "region",
      "kommun",
    ]);
  });
});

describe("the layout without cells", () => {
  test("names carry the version's suffix and sheets its name", () => {
    const L = layout(loadExample("arbetsmarknadskontoret.json"), 3);
    expect(L.names.every((n) => n.name.endsWith("_3"))).toBe(true);
    expect(L.sheets.projection).toBe("Prognos (3)");
    expect(L.assumption("horizon")).toBe("Horisont_3");
    expect(L.projectionLines(2)).toBe(`'Prognos (3)'!$B$${L.projection.firstLine}:$B$${L.projection.lastLine}`);
  });
});
