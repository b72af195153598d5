import { unitCostFromKolada } from "../../../src/services/statistics";
import { fetchKpi, koladaClient } from "../../../src/taskpane/net/client";
import { defaultSettings, type NetSettings } from "../../../src/taskpane/state/settings";
import { deadAddress, startReplay, type Replay } from "../../helpers/replay-server";

/**
 * The taskpane's fetch client (src/taskpane/net/client.ts) against the local replay server:
 * paging, an empty answer, a missing year, HTTP 500, a timeout, a malformed body, an unknown
 * kommun, SCB's KPI, and an address the page's Content-Security-Policy blocks. Never the internet.
 */

let replay: Replay;
beforeAll(async () => {
  replay = await startReplay();
});
afterAll(async () => {
  await replay.close();
});

const settings = (kolada: string, o: Partial<NetSettings> = {}): NetSettings => ({
  ...defaultSettings(),
  koladaUrl: replay.base(`kolada/${kolada}`),
  scbUrl: replay.base("scb/kpi"),
  timeoutMs: 2000,
  ...o,
});
const opts = { today: () => "2026-12-07", policy: () => undefined };
const client = (kolada = "trelleborg", o: Partial<NetSettings> = {}) => koladaClient(settings(kolada, o), opts);
const sent = (since: number) => replay.requests.slice(since).map((r) => `${r.method} ${r.path}`);

/** The Swedish message a promise rejects with. */
async function message(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("no error");
}

describe("Kolada from the taskpane", () => {
  test("a search follows next_page within the address and gives every nyckeltal", async () => {
    const n = replay.requests.length;
    const r = await client().searchKpis("kostnad");
    expect(r.values.map((k) => k.id)).toEqual(["N90001", "N90002", "N90004"]);
    expect(r.read).toBe("2026-12-07");
    expect(sent(n)).toEqual([
      "GET /kolada/trelleborg/kpi?title=kostnad",
      "GET /kolada/trelleborg/kpi?title=kostnad&page=2&per_page=2",
    ]);
  });

  test("an empty answer is no error: no nyckeltal", async () => {
    expect((await client().searchKpis("finnsinte")).values).toEqual([]);
  });

  test("Trelleborg by name beside Ystad and Skurup, over two pages; only the KPI id, kommun codes and years are sent", async () => {
    const n = replay.requests.length;
    const f = await client().values({
      kpi: "N90001",
      kommun: "Trelleborg",
      compare: ["Ystad", "Skurup"],
      years: [2021, 2022, 2023, 2024],
    });
    expect(f.places.map((p) => `${p.title} ${p.id}`)).toEqual(["Trelleborg 1287", "Ystad 1286", "Skurup 1264"]);
    expect(f.data.find((d) => d.municipality === "1287" && d.year === 2023)?.values.T).toBe(10250.5);
    expect(f.data.some((d) => d.municipality === "1286" && d.year === 2024)).toBe(true); // from page 2
    const paths = sent(n);
    expect(paths).toContain(
      "GET /kolada/trelleborg/data/kpi/N90001/municipality/1287,1286,1264/year/2021,2022,2023,2024",
    );
    expect(paths).toContain(
      "GET /kolada/trelleborg/data/kpi/N90001/municipality/1287,1286,1264/year/2021,2022,2023,2024?page=2",
    );
    expect(replay.requests.slice(n).every((r) => r.body === "")).toBe(true);
    const u = unitCostFromKolada(f, { id: "kolada-n90001", year: 2023 });
    expect(u).toMatchObject({
      amount: 10250.5,
      unit: "inhabitantYear",
      priceYear: 2023,
      source: {
        citation: "Kolada (RKA), N90001 Kostnad för testverksamhet, kr/inv, Trelleborg 2023",
        url: `${replay.base("kolada/trelleborg")}/data/kpi/N90001/municipality/1287/year/2023`,
        read: "2026-12-07",
      },
    });
  });

  test("a kommungrupp as the comparison", async () => {
    const f = await client().values({ kpi: "N90001", kommun: "1287", compare: ["G90001"], years: [2023] });
    expect(f.places[1]).toMatchObject({ id: "G90001", type: "grupp" });
  });

  test("a missing year: the value is said to be missing, no unit cost is made", async () => {
    const f = await client().values({ kpi: "N90001", kommun: "Trelleborg", years: [2024] });
    expect(() => unitCostFromKolada(f, { id: "x", year: 2024 })).toThrow(
      "Kolada har inget värde för N90001 i Trelleborg år 2024; inget har ändrats",
    );
  });

  test("an unknown kommun gives the closest names", async () => {
    expect(await message(client().kommun("Trelleborgg"))).toBe(
      "'Trelleborgg' är ingen kommun i Kolada; närmast är Trelleborg (1287); inget har ändrats",
    );
  });

  test.each([
    [
      "error-500",
      /^Kolada kunde inte nås \(svarade med HTTP 500 för http:\/\/127\.0\.0\.1:\d+\/kolada\/error-500\/kpi\?title=x\); inget har ändrats$/,
    ],
    ["malformed-json", /^Kolada svarade något oväntat \(svaret från .* är inte JSON\); inget har ändrats$/],
    [
      "malformed-shape",
      /^Kolada svarade något oväntat \(svaret är inget Kolada-svar \(listan 'values' saknas\), från .*\); inget har ändrats$/,
    ],
  ])("%s: a Swedish message", async (scenario, expected) => {
    expect(await message(client(scenario).searchKpis("x"))).toMatch(expected);
  });

  test("no answer in time: a timeout, said in seconds", async () => {
    expect(await message(client("hang", { timeoutMs: 300 }).searchKpis("x"))).toBe(
      "Kolada kunde inte nås (inget svar inom 0,3 sekunder); inget har ändrats",
    );
  });

  test("an address where nothing listens", async () => {
    const dead = await deadAddress();
    const c = koladaClient({ ...defaultSettings(), koladaUrl: dead, timeoutMs: 2000 }, opts);
    expect(await message(c.searchKpis("x"))).toBe(
      `Kolada kunde inte nås (nätverksfel eller stoppat av webbläsaren: ${new URL(dead).host}); inget har ändrats`,
    );
  });

  test("an address the page's Content-Security-Policy blocks is refused before anything is sent", async () => {
    const n = replay.requests.length;
    const c = koladaClient(settings("trelleborg"), {
      ...opts,
      policy: () => ({ policy: "default-src 'self'; connect-src 'self' https://api.kolada.se https://api.scb.se" }),
    });
    const m = await message(c.searchKpis("kostnad"));
    expect(m).toContain(
      "säkerhetspolicy (Content-Security-Policy) tillåter bara anrop till https://api.kolada.se och https://api.scb.se",
    );
    expect(m).toMatch(/inget har ändrats$/);
    expect(replay.requests.length).toBe(n);
  });
});

describe("SCB's KPI from the taskpane", () => {
  test("the series exactly as socinv index hamta makes it: annual averages with source and date", async () => {
    const s = await fetchKpi(settings("trelleborg"), opts);
    expect(s.index.values["2023"]).toBe(403.7);
    expect(s.incomplete).toEqual([2024]);
    expect(s.index.source).toContain(`${replay.base("scb/kpi")}/PR/PR0101/PR0101A/KPItotM, hämtad 2026-12-07`);
  });

  test("a body that is not JSON, HTTP 500 and a timeout", async () => {
    const scb = (name: string, timeoutMs = 2000) =>
      fetchKpi({ ...settings("trelleborg"), scbUrl: replay.base(`scb/${name}`), timeoutMs }, opts);
    expect(await message(scb("malformed"))).toMatch(/^SCB svarade något oväntat \(svaret från .* är inte JSON\)/);
    expect(await message(scb("error-500"))).toMatch(/^SCB kunde inte nås \(svarade med HTTP 500/);
    expect(await message(scb("hang", 300))).toBe(
      "SCB kunde inte nås (inget svar inom 0,3 sekunder); inget har ändrats",
    );
  });
});
