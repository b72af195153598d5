import { run } from "../../src/cli/main";

jest.mock("../../src/engine/catalogue/kalkylvarden.json", () => ({
  version: "2026.1",
  date: "2026-11-25",
  entries: [
    {
      id: "hvb_dygn",
      label: "Placering på HVB per dygn",
      amount: 4200,
      unit: "day",
      actor: "kommun",
      category: "real",
      priceYear: 2022,
      source: { citation: "Testrapport 2023, tabell 2", quote: "HVB 4 200 kr per dygn" },
    },
    {
      id: "anstalt_dygn",
      label: "Plats på anstalt per dygn",
      amount: 3000,
      unit: "day",
      actor: "Kriminalvården",
      category: "real",
      priceYear: null,
      source: { citation: "Testrapport 2010, s. 12", quote: "3 000 kr per dygn" },
    },
  ],
}));

async function call(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe("socinv catalogue", () => {
  test("lists version, date and every entry with its source", async () => {
    const r = await call(["catalogue"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Kalkylvärden: katalog version 2026\.1, 2026-11-25\n2 värden\n/);
    expect(r.out).toMatch(/hvb_dygn\s+Placering på HVB per dygn\s+4 200\s+per dygn\s+2022/);
    expect(r.out).toMatch(/anstalt_dygn\s+Plats på anstalt per dygn\s+3 000\s+per dygn\s+anges ej/);
    expect(r.out).toContain("  hvb_dygn: Testrapport 2023, tabell 2 – ”HVB 4 200 kr per dygn”");
  });

  test("--sok filters by words; no match says so", async () => {
    const r = await call(["catalogue", "--sok", "kriminalvarden"]);
    expect(r.out).toContain("1 värden matchar 'kriminalvarden'");
    expect(r.out).not.toContain("hvb_dygn");
    expect((await call(["catalogue", "--sok", "xyz"])).out).toContain("inga kalkylvärden matchar 'xyz'");
  });

  test("--json gives version, date and the entries", async () => {
    const rep = JSON.parse((await call(["catalogue", "--json", "--sok", "HVB"])).out);
    expect(rep.version).toBe("2026.1");
    expect(rep.date).toBe("2026-11-25");
    expect(rep.entries.map((e: { id: string }) => e.id)).toEqual(["hvb_dygn"]);
    expect(rep.entries[0].source.quote).toBe("HVB 4 200 kr per dygn");
  });

  test("wrong use exits with code 2", async () => {
    expect((await call(["catalogue", "fil.json"])).code).toBe(2);
    expect((await call(["catalogue", "--sok"])).err).toContain("--sok behöver en text att söka efter");
    expect((await call(["catalogue", "-o", "x"])).err).toContain("okänd flagga '-o' för catalogue");
  });
});
