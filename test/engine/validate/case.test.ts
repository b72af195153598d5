import { validateCase, parseCase, CaseError, STANDARD_ACTORS, type Issue } from "../../../src/engine";
import { rawCase, rawExample } from "../../helpers/cases";

const line = (extra: Record<string, unknown> = {}) => ({
  actor: "kommun",
  direction: "revenue",
  category: "real",
  amount: 100,
  ...extra,
});

function errors(raw: unknown): Issue[] {
  const r = validateCase(raw);
  if (r.ok) throw new Error("expected the case to be refused");
  return r.errors;
}

function expectError(raw: unknown, path: string, message: string | RegExp): void {
  const errs = errors(raw);
  const hit = errs.find((e) => e.path === path);
  expect(hit).toBeDefined();
  if (typeof message === "string") expect(hit!.message).toBe(message);
  else expect(hit!.message).toMatch(message);
}

describe("valid cases", () => {
  test.each(["arbetsmarknadskontoret.json", "unga-utanfor-investering.json"])("%s is valid", (f) => {
    expect(validateCase(rawExample(f)).ok).toBe(true);
  });

  test("defaults: standard actors, method defaults, role effect, basis total, window 1..H", () => {
    const c = parseCase({ title: "T", priceYear: 2024, lines: [line()] });
    expect(c.actors.map((a) => a.id)).toEqual(STANDARD_ACTORS.map((a) => a.id));
    expect(c.actors.find((a) => a.id === "individ")!.kind).toBe("individual");
    expect(c.actors.find((a) => a.id === "produktionsvarde")!.kind).toBe("society");
    expect(c.assumptions).toEqual({
      horizon: 20,
      discountRate: 0.035,
      successes: 0,
      relapse: 0,
      decay: 0,
      deadweight: 0,
      attribution: 1,
      displacement: 0,
      growth: 0,
    });
    expect(c.lines[0]).toEqual({ ...line(), role: "effect", basis: "total", fromYear: 1, toYear: 20 });
  });

  test("declared actors replace the standard list; kind defaults to public", () => {
    const c = parseCase(rawCase([line({ actor: "x" })], {}, [{ id: "x", name: "X" }]));
    expect(c.actors).toEqual([{ id: "x", name: "X", kind: "public" }]);
  });
});

describe("every validation rule, in Swedish, with its path", () => {
  test("toYear beyond the horizon (the issue's own example)", () => {
    const raw = rawCase([line(), line(), line(), line({ toYear: 25 })], { horizon: 20 });
    expectError(raw, "lines[3].toYear", "25 är större än horisonten 20");
  });
  test("fromYear beyond the horizon", () => {
    expectError(
      rawCase([line({ fromYear: 30, toYear: 30 })], { horizon: 20 }),
      "lines[0].fromYear",
      "30 är större än horisonten 20",
    );
  });
  test("years below 1 and non-integer years", () => {
    expectError(rawCase([line({ fromYear: 0 })]), "lines[0].fromYear", /0 är mindre än 1/);
    expectError(rawCase([line({ toYear: 2.5 })]), "lines[0].toYear", "2,5 är inget heltal");
  });
  test("fromYear after toYear", () => {
    expectError(rawCase([line({ fromYear: 5, toYear: 3 })]), "lines[0].fromYear", "från år 5 är efter till år 3");
  });
  test("unknown actor id, with a hint", () => {
    expectError(
      rawCase([line({ actor: "komun" })]),
      "lines[0].actor",
      "'komun' finns inte bland kalkylens aktörer; menade du Kommunen ('kommun')?",
    );
    expectError(
      rawCase([line({ actor: "xyzzy" })]),
      "lines[0].actor",
      /^'xyzzy' finns inte bland kalkylens aktörer; kalkylens aktörer är Kommunen \('kommun'\), Regionen \('region'\)/,
    );
  });
  test("duplicate actor ids", () => {
    expectError(
      rawCase([line()], {}, [{ id: "kommun" }, { id: "kommun" }]),
      "actors[1].id",
      "'kommun' används redan av aktör 1; varje aktör måste ha ett eget id",
    );
  });
  test("duplicate actor names (statement rows and workbook formulas match by name)", () => {
    expectError(
      rawCase([line({ actor: "a" })], {}, [
        { id: "a", name: "Kommunen" },
        { id: "b", name: "kommunen" },
      ]),
      "actors[1].name",
      "'kommunen' används redan av aktör 1; varje aktör måste ha ett eget namn",
    );
  });
  test("a parent cycle", () => {
    const errs = errors(
      rawCase([line({ actor: "a" })], {}, [
        { id: "a", parent: "b" },
        { id: "b", parent: "a" },
      ]),
    );
    expect(errs).toContainEqual({ path: "actors[0].parent", message: "cirkel i över-/underordning: a → b → a" });
  });
  test("a self-parent and an unknown parent", () => {
    expectError(
      rawCase([line({ actor: "a" })], {}, [{ id: "a", parent: "a" }]),
      "actors[0].parent",
      "cirkel i över-/underordning: a → a",
    );
    expectError(
      rawCase([line({ actor: "a" })], {}, [{ id: "a", parent: "kommun" }]),
      "actors[0].parent",
      "Kommunen finns inte bland kalkylens aktörer",
    );
  });
  test("invalid actor ids and kinds", () => {
    expectError(rawCase([line()], {}, [{ id: "1x" }]), "actors[0].id", /är inget giltigt id/);
    expectError(
      rawCase([line()], {}, [{ id: "x", kind: "publik" }]),
      "actors[0].kind",
      "'publik' är inget tillåtet värde; menade du 'public' (Offentlig sektor)? tillåtna värden är 'public' (Offentlig sektor), 'individual' (Individ), 'society' (Samhälle), 'other' (Övrig)",
    );
  });
  test("negative amounts", () => {
    expectError(
      rawCase([line({ amount: -5 })]),
      "lines[0].amount",
      "-5 är negativt; ange beloppet positivt och välj riktningen Kostnad ('cost') eller Intäkt ('revenue')",
    );
  });
  test("non-numeric and missing amounts", () => {
    expectError(rawCase([line({ amount: "tolv" })]), "lines[0].amount", "'tolv' är inget tal");
    expectError(rawCase([line({ amount: "1 000" })]), "lines[0].amount", "'1 000' är inget tal");
    expectError(rawCase([line({ amount: null })]), "lines[0].amount", "null är inget tal");
    expectError(
      rawCase([{ actor: "kommun", direction: "cost", category: "real" }]),
      "lines[0].amount",
      "saknas; ange ett belopp i kronor per år",
    );
  });
  test("enumerations: direction, category, role, basis", () => {
    expectError(
      rawCase([line({ direction: "intäkt" })]),
      "lines[0].direction",
      /är inget tillåtet värde; .*tillåtna värden är 'revenue' \(Intäkt\), 'cost' \(Kostnad\)/,
    );
    expectError(
      rawCase([line({ category: "finacial" })]),
      "lines[0].category",
      /menade du 'financial' \(Finansiell\)\?/,
    );
    expectError(
      rawCase([line({ role: "insats" })]),
      "lines[0].role",
      /tillåtna värden är 'investment' \(Insats\), 'effect' \(Effekt\)/,
    );
    expectError(rawCase([line({ basis: "perPerson" })]), "lines[0].basis", /menade du 'perSuccess' \(Per person\)\?/);
    expectError(
      rawCase([{ actor: "kommun", category: "real", amount: 1 }]),
      "lines[0].direction",
      "saknas; tillåtna värden är 'revenue' (Intäkt), 'cost' (Kostnad)",
    );
  });
  test("an investment cannot be per person", () => {
    expectError(
      rawCase([line({ role: "investment", basis: "perSuccess" })], { successes: 3 }),
      "lines[0].basis",
      /räknas i totalbelopp/,
    );
  });
  test("horizon outside 1..100", () => {
    expectError(rawCase([], { horizon: 0 }), "assumptions.horizon", "0 är utanför det tillåtna: 1–100");
    expectError(rawCase([], { horizon: 101 }), "assumptions.horizon", "101 är utanför det tillåtna: 1–100");
    expectError(rawCase([], { horizon: 5.5 }), "assumptions.horizon", "5,5 är inget heltal; tillåtet är 1–100");
  });
  test("discountRate ≤ −1", () => {
    expectError(
      rawCase([], { discountRate: -1 }),
      "assumptions.discountRate",
      "-100 % är utanför det tillåtna: större än -100 % och högst 100 % (en andel anges som bråk, t.ex. 0,25 för 25 %)",
    );
    expect(validateCase(rawCase([], { discountRate: -0.99 })).ok).toBe(true);
  });
  test.each(["relapse", "decay", "deadweight", "attribution", "displacement"])(
    "%s must be a share in [0, 1]",
    (key) => {
      expectError(
        rawCase([], { [key]: 1.5 }),
        `assumptions.${key}`,
        "150 % är utanför det tillåtna: 0–100 % (en andel anges som bråk, t.ex. 0,25 för 25 %)",
      );
      expectError(rawCase([], { [key]: -0.1 }), `assumptions.${key}`, /^-10 % är utanför det tillåtna: 0–100 %/);
      expectError(rawCase([], { [key]: "10%" }), `assumptions.${key}`, "'10%' är inget tal");
    },
  );
  test("successes: not negative, required with perSuccess lines, not above participants", () => {
    expectError(rawCase([], { successes: -1 }), "assumptions.successes", /-1 är utanför/);
    expectError(
      { title: "T", priceYear: 2024, lines: [line({ basis: "perSuccess" })] },
      "assumptions.successes",
      "saknas; krävs när någon post räknas per person med utfall (Bas Per person, 'perSuccess')",
    );
    expectError(
      { ...rawCase([], { successes: 20 }), participants: 10 },
      "assumptions.successes",
      "20 med utfall är fler än antalet deltagare, 10",
    );
  });
  test("unknown fields, with a hint for a likely misspelling", () => {
    expectError(rawCase([line({ amout: 5 })]), "lines[0].amout", "okänt fält 'amout'; menade du 'amount'?");
    expectError({ ...rawCase([line()]), titel: "x" }, "titel", "okänt fält 'titel'; menade du 'title'?");
    expectError(rawCase([], { horison: 10 }), "assumptions.horison", "okänt fält 'horison'; menade du 'horizon'?");
    expectError(
      rawCase([line({ zzzzzzzz: 1 })]),
      "lines[0].zzzzzzzz",
      /^okänt fält 'zzzzzzzz'; tillåtna fält är 'actor', 'direction'/,
    );
  });
  test("lines of a shape met before are still checked field by field", () => {
    // checkFields remembers clean key lists: a line with the same number of keys, or the
    // same keys in another order, or a forbidden key, must not pass as one of them.
    const clean = Array.from({ length: 12 }, () => line({ fromYear: 1 }));
    const raw = rawCase([
      ...clean,
      line({ fromYaer: 1 }),
      { amount: 100, actor: "kommun", direction: "revenue", category: "real", fromYear: 1 },
      ...clean,
      JSON.parse('{"actor":"kommun","direction":"revenue","category":"real","amount":100,"__proto__":1}'),
    ]);
    const errs = errors(raw);
    expect(errs).toEqual([
      { path: "lines[12].fromYaer", message: "okänt fält 'fromYaer'; menade du 'fromYear'?" },
      { path: "lines[26].__proto__", message: "fältnamnet '__proto__' är inte tillåtet i en kalkylfil" },
    ]);
  });
  test("prototype-polluting keys are refused", () => {
    const raw = JSON.parse(
      '{"title":"T","priceYear":2024,"lines":[],"__proto__":{"polluted":true},"assumptions":{"constructor":1}}',
    );
    const errs = errors(raw);
    expect(errs).toContainEqual({
      path: "__proto__",
      message: "fältnamnet '__proto__' är inte tillåtet i en kalkylfil",
    });
    expect(errs).toContainEqual({
      path: "assumptions.constructor",
      message: "fältnamnet 'constructor' är inte tillåtet i en kalkylfil",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test("title and priceYear", () => {
    expectError({ priceYear: 2024, lines: [] }, "title", "saknas; ange en text");
    expectError({ title: " ", priceYear: 2024, lines: [] }, "title", "är tom; ange en text");
    expectError({ title: "T", lines: [] }, "priceYear", "saknas; ange prisåret som ett årtal, t.ex. 2024");
    expectError({ title: "T", priceYear: 24, lines: [] }, "priceYear", /24 är mindre än 1900/);
  });
  test("shapes: not an object, lines not a list, missing lines", () => {
    expectError([], "(kalkyl)", "en lista är ingen kalkyl; filen ska innehålla ett JSON-objekt");
    expectError({ title: "T", priceYear: 2024 }, "lines", "saknas; ange en lista av poster");
    expectError(
      { title: "T", priceYear: 2024, lines: {} },
      "lines",
      "ett objekt är ingen lista; ange en lista av poster",
    );
    expectError(rawCase([42 as unknown as Record<string, unknown>]), "lines[0]", /42 är ingen post/);
    expectError({ ...rawCase([]), actors: [] }, "actors", /listan är tom/);
  });
  test("all errors are reported at once, not only the first", () => {
    const raw = {
      title: "",
      priceYear: "2024",
      assumptions: { horizon: 10, relapse: 2 },
      lines: [line({ amount: -1 }), line({ actor: "nobody", toYear: 11 }), line({ category: "x" })],
    };
    const paths = errors(raw).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "title",
        "priceYear",
        "assumptions.relapse",
        "lines[0].amount",
        "lines[1].actor",
        "lines[2].category",
      ]),
    );
  });
  test("parseCase throws a CaseError carrying every issue", () => {
    try {
      parseCase({ title: "T", priceYear: 2024, lines: [line({ amount: -1 }), line({ amount: "x" })] });
      throw new Error("not thrown");
    } catch (e) {
      expect(e).toBeInstanceOf(CaseError);
      expect((e as CaseError).issues).toHaveLength(2);
    }
  });
});

describe("a line's source (lines[i].source)", () => {
  test("is kept, trimmed; an empty one is left out", () => {
    const c = parseCase(rawCase([line({ source: "  SKR, Kostnad per brukare 2024 " }), line({ source: "" })]));
    expect(c.lines[0].source).toBe("SKR, Kostnad per brukare 2024");
    expect("source" in c.lines[1]).toBe(false);
  });
  test("a source that is no text is refused in Swedish, naming the line", () => {
    expectError(rawCase([line({ source: 2024 })]), "lines[0].source", "2024 är ingen text");
  });
});
