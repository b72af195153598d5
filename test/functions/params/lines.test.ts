import { SocinvError } from "../../../src/engine/errors";
import { parseLines } from "../../../src/functions/params/lines";

/** The value words the range parser accepted before the vocabulary (keys: lower case, no diacritics or spaces). */
const ACCEPTED: Record<string, Record<string, string>> = {
  Riktning: {
    intakt: "revenue",
    intakter: "revenue",
    revenue: "revenue",
    income: "revenue",
    kostnad: "cost",
    kostnader: "cost",
    cost: "cost",
    expense: "cost",
  },
  Kostnadslag: {
    real: "real",
    reala: "real",
    realt: "real",
    realekonomisk: "real",
    finansiell: "financial",
    finansiella: "financial",
    finansiellt: "financial",
    financial: "financial",
    produktion: "production",
    produktionsvarde: "production",
    production: "production",
  },
  Roll: {
    insats: "investment",
    investering: "investment",
    investment: "investment",
    effekt: "effect",
    effect: "effect",
  },
  Bas: {
    totalt: "total",
    total: "total",
    summa: "total",
    perperson: "perSuccess",
    perdeltagare: "perSuccess",
    perutfall: "perSuccess",
    persuccess: "perSuccess",
    perpersonmedutfall: "perSuccess",
  },
  Aktörstyp: {
    offentlig: "public",
    public: "public",
    individ: "individual",
    individen: "individual",
    individual: "individual",
    samhalle: "society",
    society: "society",
    produktionsvarde: "society",
    ovrig: "other",
    ovriga: "other",
    other: "other",
  },
};

const FIELD: Record<string, string> = {
  Riktning: "direction",
  Kostnadslag: "category",
  Roll: "role",
  Bas: "basis",
  Aktörstyp: "kind",
};

/** One line with the column `header` set to `word` (Roll Effekt so that every Bas is allowed). */
function parseWith(header: string, word: string) {
  const headers = header === "Roll" ? ["Aktör", "Belopp", header] : ["Aktör", "Belopp", "Roll", header];
  const row = header === "Roll" ? ["Kommunen", 100, word] : ["Kommunen", 100, "Effekt", word];
  return parseLines([headers, row]);
}

describe("value words of a lines range (from the engine vocabulary)", () => {
  const cases = Object.entries(ACCEPTED).flatMap(([header, words]) =>
    Object.entries(words).map(([word, value]) => [header, word, value] as const),
  );
  test.each(cases)("%s: '%s' is still read as %s", (header, word, value) => {
    const parsed = parseWith(header, word);
    const got = header === "Aktörstyp" ? parsed.actors[0].kind : parsed.lines[0][FIELD[header]];
    expect(got).toBe(value);
  });

  test("the Swedish labels, in any case and with diacritics, are read too", () => {
    expect(parseWith("Riktning", "INTÄKT").lines[0].direction).toBe("revenue");
    expect(parseWith("Bas", "Per Person").lines[0].basis).toBe("perSuccess");
    expect(parseWith("Aktörstyp", "Övrig").actors[0].kind).toBe("other");
  });

  test.each([
    ["Riktning", "Intäkt eller Kostnad"],
    ["Kostnadslag", "Real, Finansiell eller Produktion"],
    ["Roll", "Insats eller Effekt"],
    ["Bas", "Totalt eller Per person"],
    ["Aktörstyp", "Offentlig sektor, Individ, Samhälle eller Övrig"],
  ])("an unknown %s names the allowed words as before", (header, allowed) => {
    const col = header === "Roll" ? "Roll" : header;
    try {
      parseWith(header, "tolv");
      throw new Error("not thrown");
    } catch (e) {
      expect(e).toBeInstanceOf(SocinvError);
      expect((e as SocinvError).code).toBe("invalid-input");
      expect((e as Error).message).toBe(`Rad 2, ${col}: 'tolv' är inget giltigt värde; ange ${allowed}`);
    }
  });
});

describe("the Källa column of a lines range", () => {
  test("is read as the line's source; an empty cell gives none", () => {
    const r = parseLines([
      ["Aktör", "Belopp", "Källa"],
      ["Kommunen", 100, " Årsredovisning 2024 "],
      ["Kommunen", 200, ""],
    ]);
    expect(r.lines[0].source).toBe("Årsredovisning 2024");
    expect(r.lines[1].source).toBeUndefined();
  });
});
