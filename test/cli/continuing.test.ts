import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { ROOT } from "../helpers/cases";

async function call(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const example = (name: string) => join(ROOT, "examples", name);

/** The lines of one block of the text output: from its title to the next empty line. */
function block(text: string, title: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l === title || l.startsWith(title));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.trim() === "");
  return lines.slice(start, end < 0 ? undefined : end);
}

describe("socinv calc: method v3 (key figures, milestone years, intake and timing)", () => {
  test("tabell-4-3: the key figures of Table 4.1 for the unit, from its own statement row", async () => {
    const r = await call(["calc", example("tabell-4-3.json")]);
    expect(r.code).toBe(0);
    const kf = block(r.out, "Nyckeltal för Arbetsmarknadskontoret").join("\n");
    expect(kf).toMatch(/^Intäkter\s+18 823 000 kr$/m);
    expect(kf).toMatch(/^Kostnader\s+22 743 000 kr$/m);
    expect(kf).toMatch(/^Resultat\s+-3 920 000 kr \(20,8 % över budget\)$/m);
    expect(kf).toMatch(/^Antal personer\s+459$/m);
    expect(kf).toMatch(/^Kostnad per person\s+49 549 kr$/m);
    expect(kf).toMatch(/^Antal i arbete\/med utfall\s+218$/m);
    expect(kf).toMatch(/^Kostnad per person med utfall\s+104 326 kr$/m);
    expect(kf).toMatch(/^Andel med utfall\s+47,5 %$/m);
  });

  test("arbetsmarknadskontoret (Table 4.2 with its unit): the same key figures", async () => {
    const r = await call(["calc", example("arbetsmarknadskontoret.json")]);
    expect(r.code).toBe(0);
    const kf = block(r.out, "Nyckeltal för").join("\n");
    expect(kf).toMatch(/Kostnad per person\s+49 549 kr/);
    expect(kf).toMatch(/Kostnad per person med utfall\s+104 326 kr/);
    expect(kf).toMatch(/Resultat\s+-3 920 000 kr/);
  });

  test("a case without a unit shows no key figures", async () => {
    const r = await call(["calc", example("unga-utanfor-investering.json")]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("Nyckeltal för");
  });

  test("tabell-4-3: every perspective at the milestone years, the mandatperiod and both ratios named", async () => {
    const r = await call(["calc", example("tabell-4-3.json")]);
    const rep = JSON.parse((await call(["calc", example("tabell-4-3.json"), "--json"])).out);
    expect(rep.milestones).toEqual([1, 2, 3, 4, 5, 10, 20]);
    const total = block(r.out.slice(r.out.indexOf("Perspektiven vid milstolpsåren")), "Totalt (alla aktörer)");
    expect(total[1]).toMatch(
      /^År T\s+Investering\s+Nytta\s+Nettonuvärde\s+Avkastningskvot \(B\/I\)\s+Nettonuvärdeskvot \(NPV\/I\)$/,
    );
    expect(total.slice(3).map((l) => l.split(/\s{2,}/)[0])).toEqual([
      "1",
      "2",
      "3",
      "4 (mandatperiod)",
      "5",
      "10",
      "20 (horisont)",
    ]);
    // year 4 from the engine's accumulated figures: "196 miljoner kronor under en mandatperiod … mer än åtta gånger insatsen"
    const t = rep.perspectives.total.accumulated;
    const kr = (x: number) =>
      Math.round(x)
        .toLocaleString("sv-SE")
        .replace(/\u00a0/g, " ")
        .replace("−", "-");
    const two = (x: number) => x.toFixed(2).replace(".", ",");
    const row4 = total.find((l) => l.startsWith("4 (mandatperiod)"))!;
    expect(row4.split(/\s{2,}/).slice(1)).toEqual([
      kr(t.investment[3]),
      kr(t.benefits[3]),
      kr(t.npv[3]),
      two(t.benefits[3] / t.investment[3]),
      two(t.npv[3] / t.investment[3]),
    ]);
    expect(t.benefits[3]).toBeGreaterThan(196e6);
    expect(t.benefits[3] / t.investment[3]).toBeGreaterThan(8);
    // the horizon row is the summary's figures, with the report's npvRatio
    const row20 = total.find((l) => l.startsWith("20 (horisont)"))!.split(/\s{2,}/);
    expect(row20[3]).toBe(kr(rep.perspectives.total.npv));
    expect(row20[5]).toBe(two(rep.perspectives.total.npvRatio));
    // one table per perspective of the report
    for (const p of Object.keys(rep.perspectives)) expect(rep.perspectives[p].accumulated.npv).toHaveLength(20);
    const tables = r.out.split("\n").filter((l) => /^År T\s/.test(l));
    expect(tables).toHaveLength(Object.keys(rep.perspectives).length);
  });

  test("the intake and the discount timing among the assumptions, in Swedish", async () => {
    const a = await call(["calc", example("tabell-4-3.json")]);
    expect(a.out).toMatch(/^Intagsår \(K\)\s+1\s+1$/m);
    expect(a.out).toMatch(/^Diskontering\s+Slutet av året \(år 1 diskonteras\)\s+Början av året$/m);
    const b = await call(["calc", example("unga-i-arbete-lopande.json")]);
    const K = (
      JSON.parse(readFileSync(example("unga-i-arbete-lopande.json"), "utf8")) as {
        assumptions: { intakeYears: number };
      }
    ).assumptions.intakeYears;
    expect(K).toBeGreaterThan(1);
    expect(b.out).toMatch(new RegExp(`^Intagsår \\(K\\)\\s+${K}\\s+1$`, "m"));
    const c = await call(["calc", example("unga-utanfor-investering.json")]);
    expect(c.out).toMatch(/^Diskontering\s+Början av året \(år 1 diskonteras inte\)\s+Början av året$/m);
  });

  test("README's calc samples are what calc prints for Table 4.2 (key figures, the milestone table)", async () => {
    const out = (await call(["calc", example("arbetsmarknadskontoret.json")])).out;
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const samples = [
      ...readme.matchAll(/```\n((?:Socioekonomisk resultaträkning|Totalt \(alla aktörer\)\nÅr T)[\s\S]*?)```/g),
    ].map((m) => m[1]);
    expect(samples).toHaveLength(2);
    for (const sample of samples) expect(out).toContain(sample);
  });

  test("--json carries the engine's v3 fields", async () => {
    const rep = JSON.parse((await call(["calc", example("tabell-4-3.json"), "--json"])).out);
    expect(rep.keyFigures).toMatchObject({
      unit: "arbetsmarknadskontoret",
      revenue: 18823000,
      cost: 22743000,
      result: -3920000,
      participants: 459,
      successes: 218,
    });
    expect(Math.round(rep.keyFigures.costPerParticipant)).toBe(49549);
    expect(Math.round(rep.keyFigures.costPerSuccess)).toBe(104326);
    expect(rep.perspectives.total).toHaveProperty("npvRatio");
    expect(Object.keys(rep.perspectives.total.accumulated)).toEqual(["investment", "benefits", "npv"]);
    expect(rep.projection.persons).toHaveLength(20);
  });
});

describe("socinv extract → socinv workbook: the case text of a method v3 workbook is itself a case file", () => {
  const dir = mkdtempSync(join(tmpdir(), "socinv-v3-extract-"));
  test.each(["tabell-4-3.json", "unga-i-arbete-lopande.json", "arbetsmarknadskontoret.json"])(
    "%s: extracted, validated and made into a workbook again, with the same calc output",
    async (name) => {
      const book = join(dir, name.replace(".json", ".xlsx"));
      expect((await call(["workbook", example(name), "-o", book])).code).toBe(0);
      const back = join(dir, name);
      const x = await call(["extract", book, "-o", back]);
      expect(x.err).toBe("");
      expect(x.code).toBe(0);
      expect((await call(["validate", back])).code).toBe(0);
      expect((await call(["workbook", back, "-o", join(dir, "again-" + name.replace(".json", ".xlsx"))])).code).toBe(0);
      const [a, b] = [await call(["calc", example(name), "--json"]), await call(["calc", back, "--json"])];
      expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
    },
    120_000,
  );
});
