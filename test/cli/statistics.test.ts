import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { validateCase, type Case } from "../../src/engine";
import { buildWorkbook } from "../../src/template";
import { ROOT } from "../helpers/cases";
import { deadAddress, startReplay, type Replay } from "../helpers/replay-server";

/**
 * `socinv kolada` and `socinv index hamta` against the local replay server (test/fixtures/kolada,
 * test/fixtures/scb): paging, an empty answer, a missing year, HTTP 500, a timeout, a malformed
 * body, an unknown kommun, and a case that gets a Kolada value with its source. Never the internet.
 */

let replay: Replay;
beforeAll(async () => {
  replay = await startReplay();
});
afterAll(async () => {
  await replay.close();
});

const tmp = () => mkdtempSync(join(tmpdir(), "socinv-stat-"));

async function call(argv: string[], env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const cache = tmp();
  const code = await run([...argv, "--cache", cache], {
    out: (s) => (out += s),
    err: (s) => (err += s),
    env: {
      SOCINV_KOLADA_URL: replay.base("kolada/trelleborg"),
      SOCINV_SCB_URL: replay.base("scb/kpi"),
      SOCINV_TIMEOUT_MS: "2000",
      ...env,
    },
  });
  return { code, out, err, cache };
}

/** The example with a line that uses the unit cost `kolada-test` (not yet in the case: it is invalid before). */
function caseFile(): { file: string; before: string } {
  const c = JSON.parse(readFileSync(join(ROOT, "examples", "kriminalvard-kalkylvarden.json"), "utf8")) as Record<
    string,
    unknown
  >;
  delete c.$schema;
  (c.lines as unknown[]).push({
    actor: "kommun",
    direction: "cost",
    category: "real",
    role: "effect",
    basis: "total",
    unitCost: "kolada-test",
    quantity: 100,
    fromYear: 1,
    toYear: 1,
    label: "Testverksamhet för hundra invånare",
  });
  const file = join(tmp(), "fall.json");
  const before = JSON.stringify(c, null, 2) + "\n";
  writeFileSync(file, before);
  return { file, before };
}

const sent = (since: number) => replay.requests.slice(since);

describe("socinv kolada sok", () => {
  test("follows next_page and lists id, title, type, unit and description", async () => {
    const n = replay.requests.length;
    const r = await call(["kolada", "sok", "kostnad"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("(3, svar från");
    for (const id of ["N90001", "N90002", "N90004"]) expect(r.out).toContain(id);
    expect(r.out).toContain("kr/inv");
    expect(sent(n).map((q) => q.path)).toEqual([
      "/kolada/trelleborg/kpi?title=kostnad",
      "/kolada/trelleborg/kpi?title=kostnad&page=2&per_page=2",
    ]);
  });

  test("an empty answer says so and exits 0", async () => {
    const r = await call(["kolada", "sok", "finnsinte"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Inga nyckeltal i Kolada matchar 'finnsinte'");
  });

  test("--json gives the nyckeltal with the date of the answer; the second call comes from the cache", async () => {
    const cache = tmp();
    const io = () => {
      const o = { out: "", err: "" };
      return {
        o,
        io: {
          out: (s: string) => (o.out += s),
          err: (s: string) => (o.err += s),
          env: { SOCINV_KOLADA_URL: replay.base("kolada/trelleborg") },
        },
      };
    };
    const a = io();
    expect(await run(["kolada", "sok", "kostnad", "--json", "--cache", cache], a.io)).toBe(0);
    const json = JSON.parse(a.o.out) as { read: string; kpis: { id: string; unit: string }[] };
    expect(json.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.kpis.map((k) => k.id)).toEqual(["N90001", "N90002", "N90004"]);
    expect(readdirSync(cache).filter((f) => f.endsWith(".json"))).toHaveLength(2);
    const n = replay.requests.length;
    const b = io();
    expect(await run(["kolada", "sok", "kostnad", "--json", "--cache", cache], b.io)).toBe(0);
    expect(b.o.out).toBe(a.o.out);
    expect(replay.requests.length).toBe(n);
    const c = io();
    expect(await run(["kolada", "sok", "kostnad", "--json", "--uppdatera", "--cache", cache], c.io)).toBe(0);
    expect(replay.requests.length).toBe(n + 2);
  });
});

describe("socinv kolada hamta", () => {
  test("a kommun by name (Trelleborg → 1287) beside comparison kommuner, across pages, with a missing year", async () => {
    const r = await call([
      "kolada",
      "hamta",
      "N90001",
      "--kommun",
      "Trelleborg",
      "--ar",
      "2021-2024",
      "--jamfor",
      "Ystad,Skurup",
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("N90001 Kostnad för testverksamhet, kr/inv (kr/inv)");
    expect(r.out).toMatch(/Kommun\s+År\s+Totalt\s+Kvinnor\s+Män/);
    expect(r.out).toMatch(/Trelleborg \(1287\)\s+2023\s+10 250,5\s+10 500\s+10 000/);
    expect(r.out).toMatch(/Trelleborg \(1287\)\s+2024\s+saknas/);
    expect(r.out).toMatch(/Ystad \(1286\)\s+2024\s+9 900/);
    expect(r.out).toMatch(/Skurup \(1264\)\s+2021\s+saknas/);
    expect(r.out).toMatch(/Skurup \(1264\)\s+2023\s+saknas/);
    expect(r.out).toContain(
      "Källa: Kolada (RKA), " +
        replay.base("kolada/trelleborg") +
        "/data/kpi/N90001/municipality/1287,1286,1264/year/2021,2022,2023,2024",
    );
  });

  test("a kommungrupp by id is shown as an unweighted average; --json keeps every gender", async () => {
    const r = await call(["kolada", "hamta", "N90001", "--kommun", "1287", "--ar", "2023", "--jamfor", "G90001"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Testgrupp: liknande kommuner \(G90001\)\s+2023\s+8 600/);
    expect(r.out).toContain("ovägt medelvärde");
    const j = await call(["kolada", "hamta", "N90001", "--kommun", "1287", "--ar", "2023", "--json"]);
    const json = JSON.parse(j.out) as {
      values: { municipality: string; year: number; values: Record<string, number> }[];
    };
    expect(json.values).toEqual([
      { kpi: "N90001", municipality: "1287", year: 2023, values: { T: 10250.5, K: 10500, M: 10000 } },
    ]);
  });

  test("only the KPI id, kommun names or codes and years are sent", async () => {
    const n = replay.requests.length;
    const { file } = caseFile();
    await call([
      "kolada",
      "hamta",
      "N90001",
      "--kommun",
      "Trelleborg",
      "--ar",
      "2023",
      "--till-fall",
      file,
      "--som",
      "kolada-test",
    ]);
    const paths = sent(n).map((q) => `${q.method} ${q.path} ${q.body}`);
    expect(paths).toEqual([
      "GET /kolada/trelleborg/kpi/N90001 ",
      "GET /kolada/trelleborg/municipality?title=Trelleborg ",
      "GET /kolada/trelleborg/data/kpi/N90001/municipality/1287/year/2023 ",
    ]);
  });

  test("an unknown kommun gives the closest names, exit 1", async () => {
    const r = await call(["kolada", "hamta", "N90001", "--kommun", "Trelleborgg"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("'Trelleborgg' är ingen kommun i Kolada; närmast är Trelleborg (1287)");
    const code = await call(["kolada", "hamta", "N90001", "--kommun", "9999"]);
    expect(code.code).toBe(1);
    expect(code.err).toContain("kommunkoden 9999 finns inte i Kolada");
  });

  test("an unknown nyckeltal is said, exit 1", async () => {
    const r = await call(["kolada", "hamta", "N99999", "--kommun", "1287"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("nyckeltalet N99999 finns inte i Kolada");
  });

  test.each([
    ["kolada/error-500", "Kolada kunde inte nås (svarade med HTTP 500"],
    ["kolada/hang", "Kolada kunde inte nås (inget svar inom 0,3 sekunder); inget har ändrats"],
    ["kolada/malformed-json", "Kolada svarade något oväntat (svaret från"],
    ["kolada/malformed-shape", "Kolada svarade något oväntat (svaret är inget Kolada-svar"],
    ["kolada/nowhere", "Kolada kunde inte nås (svarade med HTTP 404"],
  ])("%s: a Swedish message, exit 1, the case untouched and nothing cached", async (scenario, message) => {
    const { file, before } = caseFile();
    const r = await call(
      ["kolada", "hamta", "N90001", "--kommun", "Trelleborg", "--till-fall", file, "--som", "kolada-test"],
      { SOCINV_KOLADA_URL: replay.base(scenario), SOCINV_TIMEOUT_MS: "300" },
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(r.err).toContain("inget har ändrats");
    expect(r.err).not.toMatch(/\b(fetch|failed|abort\w*|timeout|undefined|unexpected|token)\b/i);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(readdirSync(join(file, ".."))).toEqual(["fall.json"]);
    expect(existsSync(r.cache) ? readdirSync(r.cache) : []).toEqual([]);
  });

  test("an address that does not answer at all: exit 1, nothing written", async () => {
    const { file, before } = caseFile();
    const dead = await deadAddress();
    const r = await call(
      ["kolada", "hamta", "N90001", "--kommun", "1287", "--till-fall", file, "--som", "kolada-test"],
      {
        SOCINV_KOLADA_URL: `${dead}/v2`,
      },
    );
    expect(r.code).toBe(1);
    expect(r.err).toBe(`socinv: Kolada kunde inte nås (anslutningen nekades: ${dead.slice(7)}); inget har ändrats\n`);
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("socinv kolada hamta --till-fall", () => {
  test("adds the value as a unit cost with its source; the case validates, computes offline and shows the source on Antaganden", async () => {
    const { file, before } = caseFile();
    expect(validateCase(JSON.parse(before)).ok).toBe(false); // the line names a unit cost not yet there
    const r = await call([
      "kolada",
      "hamta",
      "N90001",
      "--kommun",
      "Trelleborg",
      "--till-fall",
      file,
      "--som",
      "kolada-test",
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("kalkylvärdet 'kolada-test' = 10 250,5 kr (2023) tillagt ur Kolada");
    const written = JSON.parse(readFileSync(file, "utf8")) as { unitCosts: unknown[] };
    const base = replay.base("kolada/trelleborg");
    expect(written.unitCosts).toEqual([
      {
        id: "kolada-test",
        label: "Kostnad för testverksamhet, kr/inv, Trelleborg 2023",
        amount: 10250.5,
        unit: "inhabitantYear",
        priceYear: 2023,
        note: expect.stringContaining("nyckeltal N90001, kommun Trelleborg (1287), år 2023") as unknown,
        source: {
          citation: "Kolada (RKA), N90001 Kostnad för testverksamhet, kr/inv, Trelleborg 2023",
          url: `${base}/data/kpi/N90001/municipality/1287/year/2023`,
          read: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
        },
      },
    ]);
    const v = validateCase(written);
    expect(v.ok).toBe(true);
    // the network is off from here on: calc and the workbook read only the file
    const n = replay.requests.length;
    let out = "";
    expect(
      await run(["calc", file], {
        out: (s) => (out += s),
        err: () => undefined,
        env: { SOCINV_KOLADA_URL: await deadAddress() },
      }),
    ).toBe(0);
    expect(out).toContain("Socioekonomisk resultaträkning");
    expect(replay.requests.length).toBe(n);
    const model = buildWorkbook((v as { case: Case }).case, { addinVersion: "test" });
    const antaganden = model.sheets.find((s) => s.name === "Antaganden");
    expect(JSON.stringify(antaganden)).toContain(
      "Kolada (RKA), N90001 Kostnad för testverksamhet, kr/inv, Trelleborg 2023",
    );
  });

  test("an id already in the case is refused before anything is fetched", async () => {
    const { file } = caseFile();
    expect(
      (
        await call([
          "kolada",
          "hamta",
          "N90001",
          "--kommun",
          "1287",
          "--ar",
          "2023",
          "--till-fall",
          file,
          "--som",
          "kolada-test",
        ])
      ).code,
    ).toBe(0);
    const after = readFileSync(file, "utf8");
    const n = replay.requests.length;
    const r = await call([
      "kolada",
      "hamta",
      "N90001",
      "--kommun",
      "1287",
      "--ar",
      "2023",
      "--till-fall",
      file,
      "--som",
      "kolada-test",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("kalkylvärdet 'kolada-test' finns redan");
    expect(replay.requests.length).toBe(n);
    expect(readFileSync(file, "utf8")).toBe(after);
  });

  test("a missing year is an error, nothing written", async () => {
    const { file, before } = caseFile();
    const r = await call([
      "kolada",
      "hamta",
      "N90001",
      "--kommun",
      "1287",
      "--ar",
      "2024",
      "--till-fall",
      file,
      "--som",
      "kolada-test",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Kolada har inget värde för N90001 i Trelleborg år 2024; inget har ändrats");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  test("a unit that is not per invånare needs --enhet; a percentage is refused", async () => {
    const { file, before } = caseFile();
    const args = [
      "kolada",
      "hamta",
      "N90002",
      "--kommun",
      "1287",
      "--ar",
      "2023",
      "--till-fall",
      file,
      "--som",
      "kolada-test",
    ];
    const r = await call(args);
    expect(r.code).toBe(1);
    expect(r.err).toContain("anges i 'kronor', som inte säger per vad och per hur lång tid; ange --enhet");
    expect(readFileSync(file, "utf8")).toBe(before);
    const p = await call([
      "kolada",
      "hamta",
      "N90003",
      "--kommun",
      "1287",
      "--ar",
      "2023",
      "--till-fall",
      file,
      "--som",
      "kolada-test",
    ]);
    expect(p.code).toBe(1);
    expect(p.err).toContain("har enheten 'procent', inte kronor");
    // with --enhet the user states the unit from the definition in Kolada; it is kept as given
    const ok = await call([...args, "--enhet", "per år"]);
    expect(ok.err).toBe("");
    expect(ok.code).toBe(0);
    expect((JSON.parse(readFileSync(file, "utf8")) as { unitCosts: { unit: string }[] }).unitCosts[0].unit).toBe(
      "year",
    );
  });

  test("a value that makes the case invalid is not written, and the issues are named", async () => {
    const { file, before } = caseFile();
    // a per-invånare value on a per-person line is refused by the method
    const c = JSON.parse(before) as { lines: { basis: string }[] };
    c.lines[c.lines.length - 1].basis = "perSuccess";
    const text = JSON.stringify(c, null, 2);
    writeFileSync(file, text);
    const r = await call([
      "kolada",
      "hamta",
      "N90001",
      "--kommun",
      "1287",
      "--ar",
      "2023",
      "--till-fall",
      file,
      "--som",
      "kolada-test",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("kalkylen blir ogiltig med kalkylvärdet; inget har ändrats");
    expect(r.err).toContain("per invånare");
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});

describe("socinv index hamta", () => {
  test("KPI 1980=100 as annual averages equal to SCB's own Årsmedel 2006–2023; an incomplete year is left out", async () => {
    const n = replay.requests.length;
    const out = join(tmp(), "kpi.json");
    const r = await call(["index", "hamta", "-o", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("årsmedel 2006–2023 (18 år) ur SCB");
    expect(r.out).toContain("2024 utelämnat (inte alla tolv månader publicerade)");
    const index = JSON.parse(readFileSync(out, "utf8")) as {
      name: string;
      base: string;
      source: string;
      values: Record<string, number>;
    };
    const builtIn = JSON.parse(readFileSync(join(ROOT, "src", "engine", "catalogue", "kpi.json"), "utf8")) as {
      values: Record<string, number>;
    };
    const { 1980: _base, ...published } = builtIn.values;
    expect(index.values).toEqual(published);
    expect(index.base).toBe("1980=100");
    expect(index.source).toContain(replay.base("scb/kpi") + "/PR/PR0101/PR0101A/KPItotM");
    expect(index.source).toMatch(/hämtad \d{4}-\d{2}-\d{2}/);
    // the file is a case's priceIndex as it stands
    const c = JSON.parse(readFileSync(join(ROOT, "examples", "kriminalvard-kalkylvarden.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(validateCase({ ...c, priceIndex: index }).ok).toBe(true);
    const reqs = sent(n);
    expect(reqs.map((q) => q.method)).toEqual(["GET", "POST"]);
    expect(JSON.parse(reqs[1].body)).toEqual({
      query: [{ code: "ContentsCode", selection: { filter: "item", values: ["000004VU"] } }],
      response: { format: "json" },
    });
  });

  test.each([
    ["scb/error-500", "SCB kunde inte nås (svarade med HTTP 500"],
    ["scb/hang", "SCB kunde inte nås (inget svar inom 0,3 sekunder)"],
    ["scb/malformed", "SCB svarade något oväntat (svaret från"],
  ])("%s: exit 1, no file written", async (scenario, message) => {
    const dir = tmp();
    const out = join(dir, "kpi.json");
    const r = await call(["index", "hamta", "-o", out], {
      SOCINV_SCB_URL: replay.base(scenario),
      SOCINV_TIMEOUT_MS: "300",
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(r.err).toContain("inget har ändrats");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("usage", () => {
  test.each([
    [["kolada"], "kolada tar 'sok' eller 'hamta'"],
    [["kolada", "hamta", "N90001"], "behöver --kommun"],
    [["kolada", "hamta", "N90001", "--kommun", "1287", "--ar", "tjugo"], "är inga årtal"],
    [["kolada", "hamta", "N90001", "--kommun", "1287", "--till-fall", "x.json"], "anges tillsammans"],
    [["index", "hamta", "-o", "kpi.xlsx"], "ska sluta på .json"],
  ])("%j → exit 2 before any request", async (argv, message) => {
    const n = replay.requests.length;
    const r = await call(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(replay.requests.length).toBe(n);
  });
});

describe("bin/socinv.js, as a user runs it (built by npm run build:cli)", () => {
  const bin = join(ROOT, "bin", "socinv.js");
  /** Asynchronous, so that the replay server in this process can answer. */
  const exec = (args: string[], env: Record<string, string>) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, ...args], { env: { ...process.env, ...env } }, (e, stdout, stderr) =>
        resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  test("kolada hamta and index hamta against the replay server: exit 0", async () => {
    const cache = tmp();
    const k = await exec(["kolada", "hamta", "N90001", "--kommun", "Trelleborg", "--ar", "2023", "--cache", cache], {
      SOCINV_KOLADA_URL: replay.base("kolada/trelleborg"),
    });
    expect(k.stderr).toBe("");
    expect(k.code).toBe(0);
    expect(k.stdout).toMatch(/Trelleborg \(1287\)\s+2023\s+10 250,5/);
    const out = join(tmp(), "kpi.json");
    const i = await exec(["index", "hamta", "-o", out, "--cache", cache], { SOCINV_SCB_URL: replay.base("scb/kpi") });
    expect(i.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  test("an address that does not answer: a Swedish message and exit code 1 reach the shell, nothing written", async () => {
    const { file, before } = caseFile();
    const k = await exec(
      ["kolada", "hamta", "N90001", "--kommun", "1287", "--till-fall", file, "--som", "kolada-test", "--cache", tmp()],
      { SOCINV_KOLADA_URL: replay.base("kolada/hang"), SOCINV_TIMEOUT_MS: "300" },
    );
    expect(k.code).toBe(1);
    expect(k.stderr).toBe("socinv: Kolada kunde inte nås (inget svar inom 0,3 sekunder); inget har ändrats\n");
    expect(readFileSync(file, "utf8")).toBe(before);
    const dir = tmp();
    const i = await exec(["index", "hamta", "-o", join(dir, "kpi.json"), "--cache", tmp()], {
      SOCINV_SCB_URL: `${await deadAddress()}/ssd`,
    });
    expect(i.code).toBe(1);
    expect(i.stderr).toMatch(
      /^socinv: SCB kunde inte nås \(anslutningen nekades: 127\.0\.0\.1:\d+\); inget har ändrats\n$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
