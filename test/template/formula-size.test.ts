import fc from "fast-check";
import { readdirSync } from "fs";
import { join } from "path";
import { parseCase, type Case } from "../../src/engine";
import { buildWorkbook } from "../../src/template";
import { addr } from "../../src/template/cells";
import type { WorkbookModel } from "../../src/template/model";
import { arbRawCase } from "../helpers/arbitraries";
import { ROOT, loadExample } from "../helpers/cases";
import { generatedV3 } from "../helpers/v3-cases";

/**
 * Short trails (issue 22, item 5): no formula on any sheet is longer than about 300 characters
 * (a check is split into named, readable steps), and no actor's name is typed into a formula as
 * a text constant (a formula names an actor by its cell in Poster's actor table).
 */

const LIMIT = 300;

/** A comparison workbook (socinv compare -o): alternative B's Prognos carries its own line checks. */
const COMPARISON = "jämförelse arbetsmarknadskontoret mot unga-utanfor-investering";

const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".json") && f !== "fond.json");
const cases: [string, Case][] = [
  ...examples.map((f) => [f, loadExample(f)] as [string, Case]),
  [COMPARISON, loadExample("arbetsmarknadskontoret.json")],
  ...generatedV3()
    .slice(0, 3)
    .map((c, i) => [`v3-genererad-${i + 1}`, c] as [string, Case]),
  ...fc
    .sample(arbRawCase({ maxLines: 20, maxHorizon: 40, ore: true }), { seed: 2222, numRuns: 12 })
    .map((raw) => parseCase(raw))
    .filter((c) => c.lines.length > 0)
    .slice(0, 6)
    .map((c, i) => [`genererad-${i + 1}`, c] as [string, Case]),
];

const book = (c: Case, name = ""): WorkbookModel =>
  buildWorkbook(c, {
    generatedAt: new Date("2026-12-01T00:00:00Z"),
    addinVersion: "test",
    ...(name === COMPARISON ? { alternative: loadExample("unga-utanfor-investering.json") } : {}),
  });

/** Every formula of the workbook: "Blad!A1" and its text. */
function formulas(m: WorkbookModel): [string, string][] {
  const out: [string, string][] = [];
  for (const s of m.sheets)
    s.cells.forEach((row, r) =>
      row.forEach((x, c) => {
        if (x?.f !== undefined) out.push([`${s.name}!${addr(r + 1, c + 1)}`, x.f]);
      }),
    );
  return out;
}

/** The text constants of a formula ("a ""b""" as a "b"). */
const texts = (f: string): string[] => [...f.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));

test("the cases include the examples, method v2 and v3 and generated cases", () => {
  expect(examples).toEqual(expect.arrayContaining(["arbetsmarknadskontoret.json", "tabell-4-3.json"]));
  expect(cases.length).toBeGreaterThan(examples.length + 5);
});

describe.each(cases)("%s", (name, c) => {
  const all = formulas(book(c, name));

  test(`no formula longer than ${LIMIT} characters (sheet!cell and length)`, () => {
    expect(all.length).toBeGreaterThan(100);
    const long = all.filter(([, f]) => f.length > LIMIT).map(([at, f]) => `${at}: ${f.length}`);
    expect(long).toEqual([]);
  });

  test("no actor's name typed into a formula", () => {
    const names = new Set(c.actors.map((a) => a.name.toLowerCase()));
    if (name === COMPARISON)
      for (const a of loadExample("unga-utanfor-investering.json").actors) names.add(a.name.toLowerCase());
    const typed = all
      .filter(([, f]) => texts(f).some((t) => names.has(t.toLowerCase())))
      .map(([at, f]) => `${at}: ${f}`);
    expect(typed).toEqual([]);
  });
});

test("the length check would find a long formula and a typed name", () => {
  const c = loadExample("arbetsmarknadskontoret.json");
  const m = book(c);
  const s = m.sheets.find((x) => x.key === "statement")!;
  s.cells[0][0] = { f: `=IF(A2="${c.actors[0].name}",1,${"0+".repeat(200)}0)` };
  const [at, f] = formulas(m).find(([a]) => a === `${s.name}!A1`)!;
  expect(f.length).toBeGreaterThan(LIMIT);
  expect(texts(f)).toContain(c.actors[0].name);
  expect(at).toBe(`${s.name}!A1`);
});
