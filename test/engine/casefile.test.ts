import { decodeCaseBytes, parseCaseJson, isSocinvError } from "../../src/engine";

/** Case files as kommun editors save them: UTF-8 with or without BOM, Windows-1252, broken JSON. */

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (isSocinvError(e)) return e.message;
    throw e;
  }
  throw new Error("no error thrown");
};

describe("decodeCaseBytes", () => {
  test("UTF-8 is read as is, with no note", () => {
    const d = decodeCaseBytes(utf8('{"title":"Tåg för Örebro – 𝄞"}'));
    expect(d).toEqual({ text: '{"title":"Tåg för Örebro – 𝄞"}', encoding: "UTF-8" });
  });
  test("a UTF-8 byte order mark is dropped", () => {
    const d = decodeCaseBytes(utf8('\ufeff{"title":"Tåg"}'));
    expect(d.text).toBe('{"title":"Tåg"}');
    expect(d.note).toBeUndefined();
  });
  test("Windows-1252 (Latin-1) is read as such and said so: 'Tåg', never 'T�g'", () => {
    const d = decodeCaseBytes(latin1('{\n  "title": "Tåg för Älvsbyn"\n}'));
    expect(d.encoding).toBe("Windows-1252");
    expect(d.text).toBe('{\n  "title": "Tåg för Älvsbyn"\n}');
    expect(d.text).not.toContain("\ufffd");
    expect(d.note).toMatch(/^Filen var inte UTF-8; läst som Windows-1252 \(.*rad 2/);
  });
  test("Windows-1252's own characters in 0x80–0x9F (€, –, ’) are read", () => {
    const bytes = new Uint8Array([0x22, 0x80, 0x20, 0x96, 0x20, 0x92, 0x22]);
    expect(decodeCaseBytes(bytes).text).toBe('"€ – ’"');
  });
  test("a mix of UTF-8 and Windows-1252 is refused naming the line", () => {
    const bytes = new Uint8Array([...utf8('{"a":"Tåg",\n"b":"'), 0xe5, ...utf8('"}')]);
    expect(messageOf(() => decodeCaseBytes(bytes))).toMatch(/blandar UTF-8 .*rad 2, kolumn 6/);
  });
  test("UTF-16 is refused with a way out", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(messageOf(() => decodeCaseBytes(bytes))).toMatch(/UTF-16.*spara den som UTF-8/);
  });
  test("bytes no text encoding has are refused naming the line", () => {
    const bytes = new Uint8Array([0x7b, 0x0a, 0x81, 0x7d]);
    expect(messageOf(() => decodeCaseBytes(bytes))).toMatch(/varken UTF-8 eller Windows-1252 .*rad 2, kolumn 1/);
  });
});

describe("parseCaseJson", () => {
  test("valid JSON is parsed, a BOM accepted", () => {
    expect(parseCaseJson('\ufeff{"a": [1, 2]}')).toEqual({ a: [1, 2] });
  });
  test.each([
    ["", /^filen är tom/],
    ["  \n ", /^filen är tom/],
    ['{\n  "title": "T",\n  "priceYear": 2024,,\n}', /^ogiltig JSON på rad 3, kolumn 21: .*fältnamn/],
    ['{\n  "title": "T"', /^ogiltig JSON på rad 2, kolumn 15: filen tar slut mitt i kalkylen; } saknas/],
    ['{"title": "T",}', /kolumn 15: kommatecken före }/],
    ['{"lines": [1, 2,]}', /kolumn 17: kommatecken före ]/],
    ["{'title': 'T'}", /kolumn 2: .*dubbla citattecken/],
    ['{"title": "T" "priceYear": 1}', /kolumn 15: .*kommatecken \(,\) eller } saknas/],
    ['{"amount": 12,5}', /kolumn 15: .*fältnamn/],
    ['{"amount": 1 000}', /kolumn 14: .*kommatecken/],
    ['{"title": "rad\nrad"}', /rad 1, kolumn 15: radbrytning inne i en text/],
    ['{"title" "T"}', /kolon \(:\) saknas/],
    ['{"a": 1} {"b": 2}', /rad 1, kolumn 10: text efter kalkylens slut/],
    ['{"a": tru}', /oväntat tecken 't'/],
    ['{"a": "\\x"}', /ogiltig kod \\x/],
    ['{"a": .5}', /oväntat tecken '\.'/],
    ['{"a": “T”}', /typografiska citattecken/],
  ])("%j gives a Swedish message with line and column", (text, expected) => {
    const m = messageOf(() => parseCaseJson(text));
    expect(m).toMatch(expected);
    expect(m).not.toMatch(/Unexpected|JSON input|token|position/i);
  });
  test("every prefix of a valid case gets a Swedish message, never the engine's English", () => {
    const text = JSON.stringify(
      { title: "Tåg", priceYear: 2024, lines: [{ actor: "kommun", amount: -1.5e3 }] },
      null,
      1,
    );
    for (let n = 0; n < text.length; n++) {
      const m = messageOf(() => parseCaseJson(text.slice(0, n)));
      expect(m).toMatch(/^(filen är tom|ogiltig JSON på rad \d+, kolumn \d+: )/);
    }
  });
});
