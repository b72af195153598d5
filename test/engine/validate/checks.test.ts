import { CATEGORY, DIRECTION } from "../../../src/engine";
import {
  Collector,
  ElementCollector,
  checkEnum,
  checkNumber,
  describe as describeValue,
  suggest,
} from "../../../src/engine/validate/checks";

describe("suggest", () => {
  test("a word of the field's vocabulary gives its value", () => {
    expect(suggest("Intäkt", DIRECTION.values, DIRECTION)).toBe("revenue");
    expect(suggest("kostnader", DIRECTION.values, DIRECTION)).toBe("cost");
    expect(suggest("Finansiella", CATEGORY.values, CATEGORY)).toBe("financial");
  });

  test("a vocabulary word outside the candidates falls back to edit distance", () => {
    expect(suggest("intäkt", ["real", "financial"], DIRECTION)).toBeUndefined();
  });

  test("without a vocabulary: the nearest candidate within a few edits, or nothing", () => {
    expect(suggest("komun", ["kommun", "region"])).toBe("kommun");
    expect(suggest("Intäkt", DIRECTION.values)).toBeUndefined();
    expect(suggest("xyzzy", ["kommun"])).toBeUndefined();
  });
});

describe("checkEnum", () => {
  test("the value, the fallback when absent, a hint from the vocabulary when wrong", () => {
    const c = new Collector();
    expect(checkEnum(c, "cost", "d", DIRECTION, undefined)).toBe("cost");
    expect(checkEnum(c, undefined, "d", DIRECTION, "revenue")).toBe("revenue");
    expect(c.errors).toEqual([]);
    expect(checkEnum(c, "Intäkt", "d", DIRECTION, undefined)).toBeUndefined();
    expect(checkEnum(c, undefined, "e", DIRECTION, undefined)).toBeUndefined();
    expect(c.errors).toEqual([
      {
        path: "d",
        message:
          "'Intäkt' är inget tillåtet värde; menade du 'revenue' (Intäkt)? tillåtna värden är 'revenue' (Intäkt), 'cost' (Kostnad)",
      },
      { path: "e", message: "saknas; tillåtna värden är 'revenue' (Intäkt), 'cost' (Kostnad)" },
    ]);
  });
});

describe("Collector.fields and describe", () => {
  test("unknown and forbidden field names", () => {
    const c = new Collector();
    c.fields(JSON.parse('{"titel": 1, "__proto__": 2, "zzzzzzzz": 3}') as Record<string, unknown>, ["title"], "x");
    expect(c.errors).toEqual([
      { path: "x.titel", message: "okänt fält 'titel'; menade du 'title'?" },
      { path: "x.__proto__", message: "fältnamnet '__proto__' är inte tillåtet i en kalkylfil" },
      { path: "x.zzzzzzzz", message: "okänt fält 'zzzzzzzz'; tillåtna fält är 'title'" },
    ]);
  });

  test("a shape found clean is known by its keys, own or inherited, never by an unknown own key", () => {
    const allowed = ["a", "b", "c"];
    const c = new Collector();
    c.fields({ a: 1, b: 2, c: 3 }, allowed, "x");
    // own keys a, b and an inherited enumerable c: the same list as the clean one, and every own key is allowed
    c.fields(Object.assign(Object.create({ c: 3 }) as Record<string, unknown>, { a: 1, b: 2 }), allowed, "x");
    expect(c.errors).toEqual([]);
    // an own key the list does not allow, in the place of an allowed one and after the clean keys
    c.fields({ a: 1, b: 2, d: 3 }, allowed, "y");
    c.fields({ a: 1, b: 2, c: 3, e: 4 }, allowed, "z");
    expect(c.errors.map((e) => e.path)).toEqual(["y.d", "z.e"]);
  });

  test("values described in Swedish", () => {
    expect(describeValue(2.5)).toBe("2,5");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("inget värde");
    expect(describeValue([1])).toBe("en lista");
    expect(describeValue({})).toBe("ett objekt");
    expect(describeValue("x".repeat(50))).toBe(`'${"x".repeat(40)}…'`);
  });
});

describe("ElementCollector", () => {
  test("paths relative to the element of a list, the element's own path for an empty one, in the list's issues", () => {
    const c = new Collector();
    c.add("title", "saknas");
    const at = new ElementCollector(c, "lines");
    at.index = 3;
    expect(checkNumber(at, "tolv", "amount", { min: 0 })).toBeUndefined();
    at.add("", "är ingen post");
    at.index = 12;
    at.fields({ amount: 1, belopp: 2 }, ["amount"], "");
    expect(at.errors).toBe(c.errors);
    expect(c.errors).toEqual([
      { path: "title", message: "saknas" },
      { path: "lines[3].amount", message: "'tolv' är inget tal" },
      { path: "lines[3]", message: "är ingen post" },
      { path: "lines[12].belopp", message: "okänt fält 'belopp'; tillåtna fält är 'amount'" },
    ]);
  });
});
