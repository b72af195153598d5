import {
  ACTOR_KIND,
  BASIS,
  CATEGORY,
  CATEGORY_PLURAL,
  DIRECTION,
  DISTRIBUTION,
  PERSPECTIVE,
  REPAYMENT_MODEL,
  ROLE,
  SV,
  fold,
  wordKey,
  type Vocabulary,
  DEFAULT_SCENARIO,
  DEFAULT_SCENARIOS,
} from "../../src/engine";

const ALL: [string, Vocabulary<string>][] = [
  ["DIRECTION", DIRECTION],
  ["CATEGORY", CATEGORY],
  ["ROLE", ROLE],
  ["BASIS", BASIS],
  ["ACTOR_KIND", ACTOR_KIND],
  ["PERSPECTIVE", PERSPECTIVE],
  ["REPAYMENT_MODEL", REPAYMENT_MODEL],
  ["DISTRIBUTION", DISTRIBUTION],
];

describe.each(ALL)("%s", (_name, v) => {
  test("values and labels are unique, one word per value", () => {
    expect(new Set(v.values).size).toBe(v.values.length);
    expect(new Set(v.words.map((w) => wordKey(w.label))).size).toBe(v.words.length);
    expect(v.words.map((w) => w.value)).toEqual(v.values);
  });

  test("the value, the label and every synonym parse back to the value, however written", () => {
    for (const w of v.words) {
      for (const text of [w.value, w.label, ...w.synonyms]) {
        expect(v.parse(text)).toBe(w.value);
        expect(v.parse(text.toUpperCase())).toBe(w.value);
        expect(v.parse(`  ${text} `)).toBe(w.value);
      }
      expect(v.labels[w.value]).toBe(w.label);
    }
  });

  test("no word means two values", () => {
    const owner = new Map<string, string>();
    for (const w of v.words) {
      for (const text of [w.value, w.label, ...w.synonyms]) {
        const k = wordKey(text);
        expect([undefined, w.value]).toContain(owner.get(k));
        owner.set(k, w.value);
      }
    }
  });

  test("an unknown word parses to nothing", () => {
    expect(v.parse("xyzzy")).toBeUndefined();
    expect(v.parse("")).toBeUndefined();
  });

  test("allowedText lists every label", () => {
    for (const w of v.words) expect(v.allowedText).toContain(w.label);
    if (v.words.length > 1) expect(v.allowedText).toMatch(/ eller [^,]+$/);
  });
});

describe("SV, the labels the other layers read, is the vocabulary's", () => {
  test("the exact strings of the sheets, the wizard and the command line", () => {
    expect(SV.direction).toEqual({ revenue: "Intäkt", cost: "Kostnad" });
    expect(SV.category).toEqual({ real: "Real", financial: "Finansiell", production: "Produktion" });
    expect(SV.categoryPlural).toEqual({ real: "Reala", financial: "Finansiella", production: "Produktionsvärde" });
    expect(SV.role).toEqual({ investment: "Insats", effect: "Effekt" });
    expect(SV.basis).toEqual({ total: "Totalt", perSuccess: "Per person" });
    expect(SV.kind).toEqual({ public: "Offentlig sektor", individual: "Individ", society: "Samhälle", other: "Övrig" });
    expect(SV.perspective).toEqual({
      total: "Totalt (alla aktörer)",
      public: "Offentlig sektor",
      economic: "Samhällsekonomiskt",
    });
  });

  test("each SV table equals its vocabulary's labels", () => {
    expect(SV.direction).toEqual(DIRECTION.labels);
    expect(SV.category).toEqual(CATEGORY.labels);
    expect(SV.categoryPlural).toEqual(CATEGORY_PLURAL);
    expect(SV.role).toEqual(ROLE.labels);
    expect(SV.basis).toEqual(BASIS.labels);
    expect(SV.kind).toEqual(ACTOR_KIND.labels);
    expect(SV.perspective).toEqual(PERSPECTIVE.labels);
  });
});

describe("matching keys", () => {
  test("fold drops case and diacritics; wordKey also spaces and punctuation", () => {
    expect(fold(" Intäkt ")).toBe("intakt");
    expect(fold("Övrig")).toBe("ovrig");
    expect(wordKey("Per person")).toBe("perperson");
    expect(wordKey("per-person")).toBe("perperson");
  });

  test("words typed by users", () => {
    expect(DIRECTION.parse("intäkter")).toBe("revenue");
    expect(CATEGORY.parse("Finansiella")).toBe("financial");
    expect(BASIS.parse("per deltagare")).toBe("perSuccess");
    expect(ACTOR_KIND.parse("Övriga")).toBe("other");
    expect(REPAYMENT_MODEL.parse("andel")).toBe("gainShare");
    expect(REPAYMENT_MODEL.parse("Budgetram")).toBe("frameShare");
    expect(DISTRIBUTION.parse("triangulär")).toBe("triangular");
  });
});

describe("the default scenarios", () => {
  test("are named for a nämnd, the seed report's names accepted as synonyms", () => {
    expect(DEFAULT_SCENARIO.values.map((v) => DEFAULT_SCENARIO.labels[v])).toEqual([
      "Planerat utfall",
      "Halva utfallet",
      "En fjärdedel av utfallet",
      "Inget utfall",
    ]);
    expect(["bra", "halvbra", "dåligt", "riktigt dåligt"].map((w) => DEFAULT_SCENARIO.parse(w))).toEqual([
      "planned",
      "half",
      "quarter",
      "none",
    ]);
    expect(DEFAULT_SCENARIOS.map((d) => [d.name, d.share])).toEqual([
      ["Planerat utfall", 1],
      ["Halva utfallet", 0.5],
      ["En fjärdedel av utfallet", 0.25],
      ["Inget utfall", 0],
    ]);
  });
});
