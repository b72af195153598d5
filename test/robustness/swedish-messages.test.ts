import "../helpers/customFunctionsRuntime";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as F from "../../src/functions/functions";
import { linesToRange, assumptionsToRange } from "../../src/functions/ranges";
import { run } from "../../src/cli/main";
import { decodeCaseBytes, isSocinvError, parseCaseJson, placeOf, validateCase } from "../../src/engine";
import { CustomFunctionsError } from "../helpers/customFunctionsRuntime";
import { INVALID_CASES } from "../helpers/invalid-cases";
import { loadExample, rawCase } from "../helpers/cases";

/**
 * Every message a user outside the wizard can be given — the engine's validation of cases and
 * analyses, the case file reader, the command line and the custom functions' adapters — driven
 * by a corpus of bad input and checked for English words and internal ids. The file format's own
 * words (field names and values) may appear only quoted as code ('cost', "amount"); everything
 * else is Swedish, and an actor is named by its name, its id at most in parentheses after it.
 */

/** English words that have no place in a Swedish message (whole words, any case). */
const ENGLISH = [
  "participants",
  "participant",
  "line",
  "lines",
  "actor",
  "actors",
  "must",
  "invalid",
  "unexpected",
  "error",
  "missing",
  "allowed",
  "expected",
  "should",
  "token",
  "input",
  "value",
  "values",
  "field",
  "unknown",
  "the",
  "and",
  "not",
  "is",
  "of",
  "end",
  "json input",
  "position",
  "amount",
  "direction",
  "category",
  "role",
  "basis",
  "perSuccess",
  "investment",
  "effect",
  "revenue",
  "cost",
  "total",
  "public",
  "economic",
  "assumption",
  "assumptions",
  "successes",
  "horizon",
  "discountRate",
  "relapse",
  "quantity",
  "unitCost",
  "priceYear",
  "fromYear",
  "toYear",
  "undefined",
  "NaN",
];
const ENGLISH_RE = new RegExp(`(?<![\\p{L}\\d_])(${ENGLISH.join("|")})(?![\\p{L}\\d_])`, "iu");

/** The prose of a message: quoted code ('…', "…"), engine paths and JSON examples removed. */
function prose(message: string): string {
  return (
    message
      // the command line's "Post 4, Till år (lines[3].toYear): …": the file's path, for the editor
      .replace(/^(\s*[^:(]*) \([a-zA-Z$][\w$.[\]]*\):/, "$1:")
      .replace(/\{[^{}]*\}/g, "{}")
      .replace(/'[^']*'/g, "'…'")
      .replace(/"[^"]*"/g, '"…"')
  );
}

interface Collected {
  source: string;
  message: string;
  /** Actors (id → name) of the input, for the internal-id check. */
  actors?: { id: string; name: string }[];
}
const collected: Collected[] = [];

const STANDARD = [
  { id: "kommun", name: "Kommunen" },
  { id: "region", name: "Regionen" },
  { id: "forsakringskassan", name: "Försäkringskassan" },
  { id: "arbetsformedlingen", name: "Arbetsförmedlingen" },
  { id: "rattsvasende", name: "Rättsväsendet" },
  { id: "individ", name: "Individen" },
  { id: "ovriga", name: "Övriga" },
  { id: "produktionsvarde", name: "Produktionsvärde" },
];

function engine(source: string, raw: unknown): void {
  const r = validateCase(raw);
  const actors =
    raw && typeof raw === "object" && Array.isArray((raw as { actors?: unknown }).actors)
      ? ((raw as { actors: { id: string; name?: string }[] }).actors.map((a) => ({
          id: a.id,
          name: a.name ?? a.id,
        })) as { id: string; name: string }[])
      : STANDARD;
  if (!r.ok) for (const e of r.errors) collected.push({ source, message: `${placeOf(e.path)}: ${e.message}`, actors });
}

// ---- the engine: the shared corpus of invalid cases, and bad analyses, prices and actors ----
const line = (extra: Record<string, unknown> = {}) => ({
  actor: "kommun",
  direction: "revenue",
  category: "real",
  amount: 100,
  ...extra,
});
const named = [
  { id: "kommun", name: "Kommunen" },
  { id: "soc", name: "Socialförvaltningen", parent: "kommun" },
  { id: "region", name: "Regionen" },
];
const ENGINE_CORPUS: [string, unknown][] = [
  ...INVALID_CASES.map((c) => [c.name, JSON.parse(c.json)] as [string, unknown]),
  ["successes above participants", { ...rawCase([line()], { successes: 80 }), participants: 60 }],
  ["a perSuccess investment", rawCase([line({ role: "investment", basis: "perSuccess" })], { successes: 1 })],
  ["perSuccess without successes", rawCase([line({ basis: "perSuccess" })])],
  ["an unknown parent (standard id)", rawCase([line({ actor: "a" })], {}, [{ id: "a", name: "A", parent: "kommun" }])],
  ["an unknown line actor (standard id)", rawCase([line({ actor: "kommun" })], {}, [{ id: "a", name: "Alfa" }])],
  ["a line actor close to a named actor", rawCase([line({ actor: "sco" })], {}, named)],
  [
    "a parent cycle with names",
    rawCase([line({ actor: "a" })], {}, [
      { id: "a", name: "Alfa", parent: "b" },
      { id: "b", name: "Beta", parent: "a" },
    ]),
  ],
  ["rates and shares out of range", rawCase([line()], { discountRate: 3.5, relapse: 1.5, growth: -2, decay: -0.1 })],
  ["horizon not an integer", rawCase([line()], { horizon: 2.5 })],
  ["a negative amount", rawCase([line({ amount: -5 })])],
  ["enum typos", rawCase([line({ direction: "inkomst", category: "finacial", role: "insats", basis: "perPerson" })])],
  ["unknown fields", { ...rawCase([line({ amout: 5 })], { horison: 3 }), titel: "x" }],
  ["a line with no object", rawCase([7 as unknown as Record<string, unknown>])],
  [
    "bad scenarios",
    {
      ...rawCase([line()]),
      scenarios: [{ name: "a", assumptions: { horizon: 3, relapse: 2, relaps: 1 } }, { name: "a", assumptions: {} }, 5],
    },
  ],
  ["scenarios not a list", { ...rawCase([line()]), scenarios: {} }],
  [
    "bad Monte Carlo",
    {
      ...rawCase([line(), line({ role: "investment", direction: "cost" })], { successes: 5 }),
      monteCarlo: {
        iterations: 0,
        seed: -1,
        distributions: [
          { assumption: "relapse", type: "uniform", min: 0, max: 1.4 },
          { assumption: "horizon", type: "uniform", min: 1, max: 2 },
          { assumption: "relaps", type: "uniform", min: 0, max: 1 },
          { line: 0, assumption: "decay", type: "uniform", min: 0, max: 1 },
          { type: "uniform", min: 0, max: 1 },
          { line: 9, type: "triangular", min: 0, mode: 5, max: 1 },
          { line: 1, type: "normal", mean: 1, sd: -1 },
          { assumption: "decay", type: "gauss", min: 0, max: 1 },
        ],
      },
    },
  ],
  ["Monte Carlo not an object", { ...rawCase([line()]), monteCarlo: 3 }],
  [
    "bad repayment (gain share)",
    { ...rawCase([line()], {}, named), repayment: { model: "gainShare", fund: -1, share: 1.5, units: ["komun", 3] } },
  ],
  [
    "bad repayment (frames)",
    { ...rawCase([line()], {}, named), repayment: { model: "frameShare", fund: 10, years: 0, frames: { komun: 1 } } },
  ],
  [
    "repayment without frames",
    { ...rawCase([line()], {}, named), repayment: { model: "frameShare", fund: 10, years: 2 } },
  ],
  ["an unknown repayment model", { ...rawCase([line()]), repayment: { model: "gainshare", fund: 10 } }],
  [
    "bad follow-up",
    {
      ...rawCase([line(), line({ role: "investment", direction: "cost" })]),
      followUp: {
        years: [
          { year: 1, successes: -1, investment: [{ line: 0, amount: 5 }, { line: 1, amount: -5 }, 3] },
          { year: 1 },
          { year: 0, investment: {} },
          4,
        ],
      },
    },
  ],
  ["follow-up not an object", { ...rawCase([line()]), followUp: [] }],
  [
    "bad prices",
    {
      ...rawCase(
        [
          line({ unitCost: "hbv", quantity: 1 }),
          line({ unitCost: "hvb" }),
          line({ quantity: 2 }),
          line({ priceYear: 1850 }),
          line({ unitCost: "livslangt-utanforskap-nedre", quantity: 1 }),
          line({ unitCost: "forsorjningsstod-per-invanare-boras-sep-2019", quantity: 1, basis: "perSuccess" }),
          line({ unitCost: "egen", quantity: 1, amount: 5 }),
        ],
        {
          successes: 2,
          discountSchedule: [
            { fromYear: 1, rate: 2 },
            { fromYear: 1, rate: 0.03 },
          ],
        },
      ),
      priceIndex: { "2019": -1, år: 3 },
      unitCosts: [
        { id: "egen", label: "Egen", amount: 5, unit: "week", priceYear: 2019, source: "x" },
        { id: "egen", label: "Egen", amount: -5, unit: "year", source: "x" },
        { id: "ogiltigt id!", label: "", amount: 1, unit: "year", priceYear: null, source: "" },
      ],
    },
  ],
  ["a discount schedule typo", rawCase([line()], { discountSchedule: "grenbook" })],
  ["unitCosts not a list", { ...rawCase([line()]), unitCosts: 4 }],
  ["no case", 42],
  ["an empty object", {}],
];
for (const [name, raw] of ENGINE_CORPUS) engine(name, raw);

// ---- the case file reader: encodings and JSON syntax ----
const FILES: [string, Uint8Array | string][] = [
  ["empty", ""],
  ["unterminated", '{"title": "T"'],
  ["trailing comma", '{"a": 1,}'],
  ["single quotes", "{'a': 1}"],
  ["decimal comma", '{"a": 12,5}'],
  ["two objects", "{} {}"],
  ["newline in a text", '{"a": "x\ny"}'],
  ["a bad escape", '{"a": "\\x"}'],
  ["utf-16", new Uint8Array([0xff, 0xfe, 0x7b, 0x00])],
  ["mixed encodings", new Uint8Array([...Buffer.from('{"a":"å"', "utf8"), 0xe5, 0x7d])],
  ["control bytes", new Uint8Array([0x7b, 0x01, 0x7d])],
];
for (const [name, content] of FILES) {
  try {
    parseCaseJson(typeof content === "string" ? content : decodeCaseBytes(content).text);
  } catch (e) {
    if (!isSocinvError(e)) throw e;
    collected.push({ source: `file: ${name}`, message: e.message });
  }
}
const latin1 = decodeCaseBytes(new Uint8Array(Buffer.from('{"title":"Tåg"}', "latin1")));
collected.push({ source: "file: latin-1 note", message: latin1.note ?? "" });

// ---- the custom functions, through their adapters ----
const c42 = loadExample("arbetsmarknadskontoret.json");
const lines42 = linesToRange(c42);
const assumptions42 = assumptionsToRange(c42);
const FUNCTION_ACTORS = c42.actors.map((a) => ({ id: a.id, name: a.name }));

function excel(source: string, f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof CustomFunctionsError)) throw e;
    collected.push({ source: `function: ${source}`, message: e.message, actors: FUNCTION_ACTORS });
  }
}
/** The Table 4.2 range with one cell replaced. */
function withCell(row: number, col: number, v: unknown): unknown[][] {
  return lines42.map((r, i) => (i === row ? r.map((x, j) => (j === col ? v : x)) : r));
}
for (let col = 0; col < lines42[0].length; col++)
  for (const v of ["x", -5, Infinity, "1e400", "", 2.5, 99, "Kommun"])
    excel(`lines cell (2, ${col}) = ${String(v)}`, () => F.npv(withCell(2, col, v), assumptions42, undefined));
for (const [name, value] of [
  ["Diskonteringsränta", 3.5],
  ["Återfall", 1.5],
  ["Horisont", 0],
  ["Horisont", 2.5],
  ["Antal med utfall", -1],
  ["Okänt", 1],
  ["Real tillväxt", -2],
] as [string, number][]) {
  const as = [...assumptions42.filter((r) => r[0] !== name), [name, value]];
  excel(`assumption ${name} = ${value}`, () => F.npv(lines42, as, undefined));
}
excel("an unknown perspective", () => F.npv(lines42, assumptions42, "Kommunn"));
excel("an unknown actor", () => F.netByActor(lines42, "Kommunn", undefined, assumptions42));
excel("no header", () => F.npv([[1, 2, 3]], assumptions42, undefined));
excel("empty", () => F.npv([[""]], assumptions42, undefined));
excel("a bad view", () => F.projection(lines42, assumptions42, "månatligt", undefined));
excel("bad years", () => F.projection(lines42, assumptions42, undefined, [[0, 200]]));
excel("bad scenarios", () =>
  F.scenarios(lines42, assumptions42, [
    ["Scenario", "Okänt"],
    ["a", 1],
  ]),
);
excel("bad scenario value", () =>
  F.scenarios(lines42, assumptions42, [
    ["Scenario", "Återfall"],
    ["a", 2],
  ]),
);
excel("bad distributions", () => F.monteCarlo(lines42, assumptions42, [["Parameter"], ["x"]], 10, 1));
excel("bad iterations", () =>
  F.monteCarlo(
    lines42,
    assumptions42,
    [
      ["Parameter", "Fördelning", "Min", "Max"],
      ["Återfall", "Likformig", 0, 2],
    ],
    0,
    1,
  ),
);
excel("bad repayment model", () => F.repayment(lines42, assumptions42, 1000, "okänd", 0.5));
excel("bad repayment share", () => F.repayment(lines42, assumptions42, 1000, "Andel av vinsten", 1.5));
excel("bad follow-up", () =>
  F.followUp(lines42, assumptions42, [
    ["År", "Okänt"],
    [1, 2],
  ]),
);
excel("bad discount factor", () => F.discountFactor(-2, 0));
excel("an unknown unit cost", () => F.unitCost("hbv", undefined));
excel("bad real price", () => F.realPrice(100, 1800, 2019, undefined));
excel("bad participants", () => F.breakEvenSuccesses(lines42, assumptions42, undefined, -5));

// ---- the command line ----
const tmp = mkdtempSync(join(tmpdir(), "socinv-sv-"));
/** `actors`: the case's actors for the internal-id check; none for commands that read no case (kolada, index). */
async function cli(argv: string[], actors: Collected["actors"] = STANDARD): Promise<void> {
  let err = "";
  await run(argv, { out: () => undefined, err: (s) => (err += s) });
  for (const l of err.split("\n").filter((x) => x.trim() && !/^(Användning:| {2}socinv | {30,}|Slutkoder)/.test(x)))
    collected.push({ source: `cli ${argv.join(" ")}`, message: l.replace(tmp, "<tmp>"), actors });
}
const file = (name: string, text: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe("every message outside the wizard is Swedish", () => {
  beforeAll(async () => {
    await cli([]);
    await cli(["frobnicate"]);
    await cli(["calc"]);
    await cli(["calc", "a.json", "--xml"]);
    await cli(["workbook", "a.json"]);
    await cli(["workbook", "a.json", "-o", "x.pdf"]);
    await cli(["compare", "a.json"]);
    await cli(["catalogue", "--sok"]);
    // kolada and index: usage errors only, refused before any request (the network ones: test/cli/statistics.test.ts)
    await cli(["kolada"], []);
    await cli(["kolada", "hamta", "N00945"], []);
    await cli(["kolada", "hamta", "N00945", "--kommun", "1287", "--ar", "i fjol"], []);
    await cli(["kolada", "hamta", "N00945", "--kommun", "1287", "--som", "x"], []);
    await cli(["index", "hamta", "-o", "kpi.txt"], []);
    await cli(["calc", join(tmp, "finns-inte.json")]);
    await cli(["calc", tmp]);
    await cli(["validate", file("empty.json", "")]);
    await cli(["validate", file("broken.json", '{"title": "T",,}')]);
    await cli(["validate", file("latin1.json", Buffer.from('{"title":"Tåg"}', "latin1"))]);
    await cli(["extract", file("x.xlsx", "no workbook")]);
    for (const [i, [, raw]] of ENGINE_CORPUS.entries())
      await cli(["validate", file(`fall-${i}.json`, JSON.stringify(raw))]);
  });

  test("the corpus reaches every layer", () => {
    const sources = new Set(collected.map((c) => c.source.split(/[: ]/)[0]));
    expect([...sources].sort()).toEqual(
      ["cli", "file", "function", ...new Set(ENGINE_CORPUS.map(([n]) => n.split(/[: ]/)[0]))]
        .filter((s, i, a) => a.indexOf(s) === i)
        .sort(),
    );
    expect(collected.length).toBeGreaterThan(200);
  });

  test("no English words in any message (the file format's own words only quoted as code)", () => {
    const english = collected
      .map((c) => ({ ...c, hit: ENGLISH_RE.exec(prose(c.message))?.[0] }))
      .filter((c) => c.hit !== undefined)
      .map((c) => `${c.source}: «${c.hit}» in ${c.message}`);
    expect(english).toEqual([]);
  });

  test("no internal ids: an actor is named by its name, its id at most in parentheses after it", () => {
    const ids = collected.flatMap((c) => {
      const withoutNamed = (c.actors ?? [])
        .filter((a) => a.id !== a.name)
        .reduce((m, a) => m.split(`${a.name} ('${a.id}')`).join(a.name), c.message);
      // the value the user typed may be echoed first ("'kommun' används redan av aktör 1")
      const rest = withoutNamed.replace(/^([^:]*: )?'[^']*'/, "$1");
      return (c.actors ?? [])
        .filter((a) => a.id !== a.name && new RegExp(`'${a.id}'|\\b${a.id}\\b(?! ?\\()`).test(prose2(rest)))
        .map((a) => `${c.source}: '${a.id}' in ${c.message}`);
    });
    expect(ids).toEqual([]);
  });

  test("the known cases from the issue", () => {
    const all = collected.map((c) => c.message).join("\n");
    expect(all).not.toMatch(/\(participants\)|är ingen aktör i kalkylen|från 0 till 1\b|Unexpected end of JSON input/);
    expect(all).toContain("80 med utfall är fler än antalet deltagare, 60");
    expect(all).toMatch(/150 % är utanför det tillåtna: 0–100 %/);
  });
});

/** Text where an id could be read as an internal word: outside quotes of other values and outside JSON examples. */
function prose2(s: string): string {
  return s.replace(/^(\s*[^:(]*) \([a-zA-Z$][\w$.[\]]*\):/, "$1:").replace(/\{[^{}]*\}/g, "{}");
}
