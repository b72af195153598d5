import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { successesText } from "../../src/engine";
import { ROOT } from "../helpers/cases";

async function call(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const v2 = join(ROOT, "examples", "ungdomar-40-ar.json");
const v1 = join(ROOT, "examples", "arbetsmarknadskontoret.json");

describe("socinv calc with method v2", () => {
  test("the text shows the schedule, the index and the unit costs used, with their sources", async () => {
    const r = await call(["calc", v2]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "Diskonteringsschema: Green Book (HM Treasury), fallande ränta: 3,5 % från år 2, 3 % från år 32, 2,5 % från år 77",
    );
    expect(r.out).toContain(
      "Prisindex: Exempelindex (2020=100), använda år 2022 = 108,50, 2024 = 116,20, 2026 = 120,40",
    );
    expect(r.out).toMatch(/Källa: Påhittad serie enbart för detta exempel/);
    expect(r.out).toMatch(/exempel_hvb_dygn\s+Placering på HVB, per dygn \(exempelvärde\)\s+4 200\s+per dygn\s+2022/);
    expect(r.out).toMatch(/^ {2}exempel_forsorjningsstod_manad: Exempelvärde för att visa metoden/m);
  });

  test("N* and the rate per perspective, the same figures as --json", async () => {
    const text = (await call(["calc", v2])).out;
    const rep = JSON.parse((await call(["calc", v2, "--json"])).out);
    const total = rep.perspectives.total;
    expect(total.breakEvenSuccesses).toBeGreaterThan(0);
    expect(total.breakEvenSuccessRate).toBeCloseTo(total.breakEvenSuccesses / 80, 12);
    const n = total.breakEvenSuccesses.toFixed(1).replace(".", ",");
    const pct = (Math.round(total.breakEvenSuccessRate * 1000) / 10).toString().replace(".", ",");
    expect(text).toContain(`Totalt (alla aktörer)  Behövs för break-even: ${n} av 80 deltagare (${pct} %)`);
    expect(text).toMatch(/Regionen\s+Behövs för break-even: inget antal räcker/);
    expect(text).toMatch(/Individen\s+Behövs för break-even: 0 \(lönar sig utan någon med utfall\)/);
  });

  test("--json shows the schedule, the index years and the unit costs used", async () => {
    const rep = JSON.parse((await call(["calc", v2, "--json"])).out);
    expect(rep.discountSchedule.name).toBe("greenbook");
    expect(rep.discountSchedule.bands).toEqual([
      { fromYear: 2, rate: 0.035 },
      { fromYear: 32, rate: 0.03 },
      { fromYear: 77, rate: 0.025 },
    ]);
    expect(rep.discountSchedule.rates).toHaveLength(40);
    expect(rep.discountSchedule.rates[30]).toBe(0.035);
    expect(rep.discountSchedule.rates[31]).toBe(0.03);
    expect(rep.priceIndex.values).toEqual({ "2022": 108.5, "2024": 116.2, "2026": 120.4 });
    expect(rep.unitCosts.map((u: { id: string; origin: string }) => [u.id, u.origin])).toEqual([
      ["exempel_hvb_dygn", "case"],
      ["exempel_forsorjningsstod_manad", "case"],
      ["exempel_produktionsvarde_ar", "case"],
    ]);
  });

  test("a case without v2 shows no schedule, index or unit costs, but N*", async () => {
    const r = await call(["calc", v1]);
    expect(r.out).not.toContain("Diskonteringsschema");
    expect(r.out).not.toContain("Prisindex");
    expect(r.out).toContain("Antal med utfall som behövs för break-even över 20 år (N*)");
    const rep = JSON.parse((await call(["calc", v1, "--json"])).out);
    expect(rep.discountSchedule).toBeUndefined();
    expect(rep.priceIndex).toBeUndefined();
    expect(rep.unitCosts).toBeUndefined();
  });

  test("the words of N*", () => {
    expect(successesText(74, 74 / 459, 459)).toBe("74 av 459 deltagare (16,1 %)");
    expect(successesText(2.25, null, undefined)).toBe("2,3 personer med utfall");
    expect(successesText(0, 0, 10)).toBe("0 (lönar sig utan någon med utfall)");
    expect(successesText(null, null, 10)).toBe("inget antal räcker (nyttan per person med utfall är inte positiv)");
  });
});

describe("socinv validate with method v2", () => {
  test("a year the index lacks is reported with the line and the year (exit code 1)", async () => {
    const raw = JSON.parse(readFileSync(v2, "utf8"));
    raw.lines[1].priceYear = 2009;
    const file = join(mkdtempSync(join(tmpdir(), "socinv-v2-")), "fel.json");
    writeFileSync(file, JSON.stringify(raw));
    const r = await call(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Post 2, Prisår (lines[1].priceYear): året 2009 saknas i prisindexet Exempelindex");
  });

  test("the example is valid", async () => {
    const r = await call(["validate", v2]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("horisont 40 år");
  });
});
