import { buildReport, compute, parseCase } from "../../src/engine";
import { isSocinvError } from "../../src/engine/errors";
import { buildWorkbook, caseJsonFromRevision } from "../../src/template";
import { canonicalJson } from "../../src/template/canonical";
import { unsupportedInWorkbook } from "../../src/template/supported";
import { usesMethodV2 } from "../../src/template/sheets/assumptions.layout";
import { shownValue } from "../../src/template/evaluate";
import { loadExample } from "../helpers/cases";

/** Method v2 is on the sheets; only what they cannot compute like the engine is refused, naming its field. */
describe("what the workbook cannot show", () => {
  test("the examples are accepted, the method v2 example among them", () => {
    for (const f of ["arbetsmarknadskontoret.json", "unga-utanfor-investering.json", "ungdomar-40-ar.json"])
      expect(unsupportedInWorkbook(loadExample(f))).toEqual([]);
    expect(usesMethodV2(loadExample("ungdomar-40-ar.json"))).toBe(true);
    expect(usesMethodV2(loadExample("arbetsmarknadskontoret.json"))).toBe(false);
  });

  test("a method v2 case with no successes is refused, naming the field (N* needs b₁ per success)", () => {
    const c = loadExample("ungdomar-40-ar.json");
    const zero = { ...c, assumptions: { ...c.assumptions, successes: 0 } };
    expect(unsupportedInWorkbook(zero).map((i) => i.path)).toEqual(["assumptions.successes"]);
    let thrown: unknown;
    try {
      buildWorkbook(zero);
    } catch (e) {
      thrown = e;
    }
    expect(isSocinvError(thrown) && thrown.code).toBe("template");
    expect(String((thrown as Error).message)).toContain("assumptions.successes: arbetsboken kan inte räkna");
  });

  test("a case without method v2 and no successes is still accepted", () => {
    const c = loadExample("arbetsmarknadskontoret.json");
    expect(unsupportedInWorkbook({ ...c, assumptions: { ...c.assumptions, successes: 0 } })).toEqual([]);
  });

  test("a line in the case's own price year is plain; one year earlier with an index is method v2", () => {
    const base = {
      title: "x",
      priceYear: 2020,
      assumptions: { successes: 3 },
      priceIndex: { name: "Eget", source: "test", values: { "2019": 100, "2020": 102 } },
      lines: [
        { actor: "kommun", direction: "cost", category: "real", role: "investment", amount: 100, priceYear: 2020 },
      ],
    };
    expect(usesMethodV2(parseCase(base))).toBe(false);
    const older = parseCase({ ...base, lines: [{ ...base.lines[0], priceYear: 2019 }] });
    expect(usesMethodV2(older)).toBe(true);
    expect(unsupportedInWorkbook(older)).toEqual([]);
  });
});

describe("method v2 on the sheets (cached values against the engine)", () => {
  const c = loadExample("ungdomar-40-ar.json");
  const model = buildWorkbook(c);
  const report = buildReport(compute(c));
  const byName = (n: string) => {
    const spec = model.names.find((x) => x.name === n)!;
    const s = model.sheets.find((x) => x.key === spec.sheet)!;
    const m = /^\$([A-Z]+)\$(\d+)$/.exec(spec.ref)!;
    const col = [...m[1]].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
    return shownValue(s.cells[Number(m[2]) - 1][col - 1]);
  };

  test("N* and N* / n per perspective equal the engine, and Revision says OK", () => {
    for (const p of ["total", "public", "economic"] as const) {
      const r = report.perspectives[p];
      const n = byName(`BreakEvenSuccesses_${p}`);
      if (r.breakEvenSuccesses === null) expect(n).toBe("Ingen");
      else expect(Math.abs((n as number) - r.breakEvenSuccesses)).toBeLessThan(1e-6);
      const rate = byName(`BreakEvenSuccessRate_${p}`);
      if (r.breakEvenSuccessRate === null) expect(rate).toBe("");
      else expect(Math.abs((rate as number) - r.breakEvenSuccessRate)).toBeLessThan(1e-8);
    }
    expect(byName("Revision_Status")).toBe("OK");
    expect(byName("Deltagare")).toBe(80);
  });

  test("the case on Revision holds what the user gave (price years, unit cost and quantity): extract round-trips", () => {
    const rev = model.sheets.find((x) => x.key === "revision")!;
    const json = caseJsonFromRevision(rev.cells.map((row) => shownValue(row[0])));
    expect(json).toBe(canonicalJson(c));
    expect(canonicalJson(parseCase(JSON.parse(json!)))).toBe(canonicalJson(c));
  });

  test("Antaganden: δ(t) by the Green Book schedule, as formulas over the rate of each year", () => {
    const s = model.sheets.find((x) => x.key === "assumptions")!;
    const flat = s.cells.flat().filter((x) => x?.f?.includes("/(1+"));
    expect(flat).toHaveLength(c.assumptions.horizon - 1);
    const last = flat[flat.length - 1]!;
    const want = 1 / (1.035 ** 30 * 1.03 ** 9);
    expect(Math.abs((last.cached as number) - want)).toBeLessThan(1e-12);
  });

  test("Antaganden: every method v2 input has a rule and a red format (rates, index, unit costs, quantities, price years)", () => {
    const s = model.sheets.find((x) => x.key === "assumptions")!;
    const inputs = s.cells.flatMap((row, r) =>
      row.map((x, col) => (x?.style === "input" ? `${r + 1}:${col + 1}` : "")).filter(Boolean),
    );
    const covered = new Set<string>();
    const rc = (x: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(x)!;
      return [Number(m[2]), [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
    };
    for (const v of s.validations ?? []) {
      const [a, b = a] = v.ref.split(":");
      const [r1, c1] = rc(a);
      const [r2, c2] = rc(b);
      for (let r = r1; r <= r2; r++) for (let col = c1; col <= c2; col++) covered.add(`${r}:${col}`);
    }
    expect(inputs.length).toBeGreaterThan(40);
    expect(inputs.filter((x) => !covered.has(x))).toEqual([]);
    expect((s.conditionalFormats ?? []).length).toBeGreaterThanOrEqual((s.validations ?? []).length);
  });

  test("Prognos converts each line in another price year with the index on Antaganden", () => {
    const s = model.sheets.find((x) => x.key === "projection")!;
    const amounts = s.cells.flat().filter((x) => x?.f?.includes("'Antaganden'!$J$"));
    // every line in another price year or from a unit cost (six of the ten)
    expect(amounts.length).toBe(c.lines.filter((l) => l.unitCost !== undefined || l.priceYear !== undefined).length);
    const region = amounts.find((x) => x!.f!.startsWith("=N("))!;
    expect(region.cached).toBeCloseTo((450000 * 120.4) / 108.5, 6);
  });
});
