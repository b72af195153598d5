import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { ROOT, rawExample } from "../helpers/cases";

// writing a workbook (twice for compare -o) takes seconds on a loaded machine: speed is bench's, not a test's
jest.setTimeout(60_000);

async function call(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), "socinv-cli-"));
function file(name: string, content: string | object): string {
  const p = join(tmp, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
}

const example = join(ROOT, "examples", "arbetsmarknadskontoret.json");

describe("socinv calc", () => {
  test("prints the Table 4.2 statement and the summary in Swedish", async () => {
    const r = await call(["calc", example]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("Socioekonomisk resultaträkning, år 1 (kr)");
    expect(r.out).toMatch(/Kommunen\s+42 261 864\s+18 823 000\s+23 438 864/);
    expect(r.out).toMatch(/Arbetsförmedlingen\s+3 063 000\s+16 023 000\s+-12 960 000/);
    expect(r.out).toMatch(/Summa\s+34 017 064/);
    expect(r.out).toContain("Sammanfattning per perspektiv");
    expect(r.out).toMatch(/Diskonteringsränta \(r\)\s+3,5 %\s+3,5 %/);
  });

  test("--json prints exactly the report shape", async () => {
    const r = await call(["calc", example, "--json"]);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.out);
    // the shape of the engine issue, then the analyses (scenarios and compensation always)
    expect(Object.keys(rep)).toEqual([
      "statement",
      "projection",
      "perspectives",
      "keyFigures",
      "milestones",
      "scenarios",
      "compensation",
    ]);
    expect(Object.keys(rep.statement)).toEqual(["byActor", "total"]);
    expect(rep.statement.total).toBe(34017064);
    expect(Object.keys(rep.projection)).toEqual([
      "years",
      "annualByActor",
      "accumulatedByActor",
      "annualByCategory",
      "accumulatedByCategory",
      "persons",
    ]);
    expect(rep.projection.years).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(Object.keys(rep.projection.annualByCategory)).toEqual(["real", "financial", "production"]);
    const ids = (rawExample("arbetsmarknadskontoret.json").actors as { id: string }[]).map((a) => a.id);
    expect(Object.keys(rep.statement.byActor)).toEqual(ids);
    expect(Object.keys(rep.projection.annualByActor)).toEqual(ids);
    expect(Object.keys(rep.perspectives)).toEqual(["total", "public", "economic", ...ids.map((i) => `actor:${i}`)]);
    for (const p of Object.values(rep.perspectives) as Record<string, unknown>[]) {
      expect(Object.keys(p)).toEqual([
        "investment",
        "benefits",
        "npv",
        "roi",
        "npvRatio",
        "breakEvenYear",
        "accumulated",
        "breakEvenSuccesses",
        "breakEvenSuccessRate",
      ]);
    }
  });

  test("--json may come before the file", async () => {
    expect((await call(["calc", "--json", example])).code).toBe(0);
  });
});

describe("socinv validate", () => {
  test("exit 0 and a short summary when valid", async () => {
    const r = await call(["validate", example]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/giltig kalkyl .*8 aktörer, 17 poster/);
  });
  test("exit 1 with every error on stderr, nothing on stdout", async () => {
    const f = file("bad.json", {
      title: "T",
      priceYear: 2024,
      assumptions: { horizon: 20 },
      lines: [{ actor: "kommun", direction: "cost", category: "real", amount: -3, toYear: 25 }],
    });
    const r = await call(["validate", f]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("2 fel i kalkylen");
    expect(r.err).toContain("Post 1, Till år (lines[0].toYear): 25 är större än horisonten 20");
    expect(r.err).toContain("Post 1, Belopp (lines[0].amount): -3 är negativt");
  });
  test("calc refuses an invalid case the same way", async () => {
    const f = file("bad2.json", {
      title: "T",
      priceYear: 2024,
      lines: [{ actor: "x", direction: "cost", category: "real", amount: 1 }],
    });
    const r = await call(["calc", f, "--json"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("Post 1, Aktör (lines[0].actor): 'x' finns inte bland kalkylens aktörer");
  });
});

describe("exit codes and messages", () => {
  test("a missing file: exit 1, Swedish message", async () => {
    const r = await call(["calc", join(tmp, "finns-inte.json")]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/finns-inte.json: filen finns inte/);
  });
  test("a directory: exit 1", async () => {
    const r = await call(["calc", tmp]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/det är en mapp/);
  });
  test("invalid JSON: exit 1 with the line and column", async () => {
    const r = await call(["validate", file("broken.json", '{\n  "title": "T",\n  "priceYear": 2024,,\n}')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ogiltig JSON på rad 3, kolumn 21: /);
    expect(r.err).not.toMatch(/Unexpected|token|position/);
  });
  test("an empty file: exit 1, a Swedish message", async () => {
    const r = await call(["validate", file("empty.json", "")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty.json: filen är tom/);
    expect(r.err).not.toMatch(/Unexpected|JSON input/);
  });
  test("a Windows-1252 file is read as such and said so on stderr ('Tåg', never 'T\ufffdg')", async () => {
    const raw = rawExample("arbetsmarknadskontoret.json");
    const p = join(tmp, "latin1.json");
    writeFileSync(p, Buffer.from(JSON.stringify({ ...raw, title: "Tåg för Älvsbyn" }, null, 2), "latin1"));
    const r = await call(["calc", p, "--json"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/latin1.json: Filen var inte UTF-8; läst som Windows-1252/);
    expect(JSON.parse(r.out).statement.total).toBe(34017064);
    const text = await call(["calc", p]);
    expect(text.out).toContain("Tåg för Älvsbyn");
    expect(text.out).not.toContain("\ufffd");
  });
  test("a file with a byte order mark is read", async () => {
    const text = "\ufeff" + JSON.stringify({ title: "T", priceYear: 2024, lines: [] });
    expect((await call(["validate", file("bom.json", text)])).code).toBe(0);
  });
  test.each([
    [[], "ange ett kommando"],
    [["frobnicate", "x.json"], "okänt kommando 'frobnicate'"],
    [["calc"], "calc tar exakt en kalkylfil (fick 0)"],
    [["calc", "a.json", "b.json"], "calc tar exakt en kalkylfil (fick 2)"],
    [["validate", "a.json", "--json"], "okänd flagga '--json' för validate"],
    [["calc", "a.json", "--xml"], "okänd flagga '--xml' för calc"],
  ])("wrong usage %j: exit 2 with the usage text", async (argv, msg) => {
    const r = await call(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(msg);
    expect(r.err).toContain("Användning:");
  });
  test("--help and --version: exit 0", async () => {
    expect((await call(["--help"])).out).toContain("Användning:");
    expect((await call(["--version"])).out).toMatch(/^socinv \d+\.\d+\.\d+ \(metod version 1\)/);
  });
});

describe("the installed command, as a user runs it", () => {
  const bin = join(ROOT, "bin", "socinv.js");
  const exec = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

  test("bin/socinv.js calc --json: exit 0, the report on stdout", async () => {
    const r = exec(["calc", example, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).statement.total).toBe(34017064);
  });
  test("exit codes 1 and 2 reach the shell", async () => {
    expect(exec(["validate", join(tmp, "nope.json")]).status).toBe(1);
    const usage = exec(["bogus"]);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe("");
  });
  test("npx socinv works in the project", async () => {
    const r = spawnSync("npx", ["--no-install", "socinv", "validate", example], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("giltig kalkyl");
  });
});

describe("socinv calc: the analyses, and socinv compare", () => {
  const invest = join(ROOT, "examples", "unga-utanfor-investering.json");
  test("calc prints scenarios, Monte Carlo, repayment, compensation and follow-up in Swedish", async () => {
    const r = await call(["calc", invest]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Känslighetsanalys: scenarier (nettonuvärde, kr)");
    expect(r.out).toMatch(/Halva utfallet\s+12\s/);
    expect(r.out).toContain("Monte Carlo: 10000 dragningar, frö 20261123, break-even senast år 10");
    expect(r.out).toContain("Återföring till fonden (andel av vinsten), 13 200 000 kr: Fonden är återbetald år 16.");
    expect(r.out).toContain("Omfördelning mellan aktörer:");
    expect(r.out).toMatch(/Uppföljning t\.o\.m\. år 2: nettonuvärde enligt plan 51 131 456 kr/);
  });
  test("--json carries the analyses", async () => {
    const rep = JSON.parse((await call(["calc", invest, "--json"])).out);
    expect(Object.keys(rep)).toEqual([
      "statement",
      "projection",
      "perspectives",
      "keyFigures",
      "milestones",
      "scenarios",
      "compensation",
      "monteCarlo",
      "repayment",
      "followUp",
    ]);
    expect(rep.repayment.repaidYear).toBe(16);
  });
  test("compare: per actor, who prefers which; --json; wrong usage", async () => {
    const r = await call(["compare", example, invest]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "Jämförelse: A = Socioekonomiskt bokslut för arbetsmarknadskontoret; B = Social investeringskalkyl",
    );
    expect(r.out).toMatch(/Kommunen\s+[-\d ]+\s+[-\d ]+\s+[-\d ]+\s+A/);
    const j = JSON.parse((await call(["compare", example, invest, "--json"])).out);
    expect(Object.keys(j)).toEqual(["years", "actors", "perspectives"]);
    const u = await call(["compare", example]);
    expect(u.code).toBe(2);
    expect(u.err).toContain("compare tar exakt två kalkylfiler (fick 1)");
  });
  test("compare -o writes the comparison workbook; without -o the text is unchanged; -o with --json is wrong usage", async () => {
    const out = join(tmp, "jamforelse.xlsx");
    const r = await call(["compare", example, invest, "-o", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `${out}: Jämförelse, Resultaträkning, Prognos, Känslighet, Omfördelning, Uppföljning, Poster, Antaganden, ` +
        "Metod, Revision, Poster B, Antaganden B, Prognos B\n",
    );
    const zip = await JSZip.loadAsync(readFileSync(out));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    expect(wb).toContain('name="Jämförelse"');
    expect(wb).toContain('<definedName name="NPV_total_B">&apos;Prognos B&apos;!$E$');
    const both = await call(["compare", example, invest, "--json", "-o", out]);
    expect(both.code).toBe(2);
    expect(both.err).toContain("compare tar antingen --json eller -o, inte båda");
    const csv = await call(["compare", example, invest, "-o", join(tmp, "j.csv")]);
    expect(csv.code).toBe(2);
    expect(csv.err).toContain("filnamnet ska sluta på .xlsx");
  });
  test("compare -o: a case the workbook cannot hold is named by its own file", async () => {
    const raw = rawExample("ungdomar-40-ar.json") as { assumptions: Record<string, unknown> };
    const b = file("v2-utan-utfall.json", { ...raw, assumptions: { ...raw.assumptions, successes: 0 } });
    const r = await call(["compare", example, b, "-o", join(tmp, "ej.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^socinv: ${b.replace(/[.\\/]/g, "\\$&")}: `));
    const swapped = await call(["compare", b, example, "-o", join(tmp, "ej.xlsx")]);
    expect(swapped.code).toBe(1);
    expect(swapped.err).toMatch(new RegExp(`^socinv: ${b.replace(/[.\\/]/g, "\\$&")}: `));
  });
  test("a repayment fund larger than any possible repayment: exit 1 with the field", async () => {
    const f = file("fund.json", {
      title: "T",
      priceYear: 2024,
      assumptions: { horizon: 3 },
      lines: [{ actor: "kommun", direction: "revenue", category: "real", amount: 10 }],
      repayment: { model: "gainShare", fund: 1000, share: 0.5, units: ["kommun"] },
    });
    const r = await call(["calc", f]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain(
      "Återföring, Fondens belopp (repayment.fund): 1 000 kr är mer än enheternas samlade vinster inom horisonten (30 kr)",
    );
  });
});
