import { SocinvError } from "./errors";

/**
 * Reading a case file's bytes as a kommun's editors save them: UTF-8 (with or without a BOM),
 * or Windows-1252 / Latin-1 as older Windows editors do — read as such and said so, never
 * shown as "T�g". A file that is neither (UTF-16, a mix of UTF-8 and another encoding, bytes
 * no text encoding has) is refused naming the line. JSON syntax errors are described in
 * Swedish with line and column, never with the JavaScript engine's English message.
 * Pure: no Node or DOM APIs (no TextDecoder), so the wizard and the command line share it.
 */

export interface DecodedText {
  text: string;
  encoding: "UTF-8" | "Windows-1252";
  /** What the user should know about how the file was read (only when not plain UTF-8). */
  note?: string;
}

const bad = (message: string) => new SocinvError("invalid-input", message);

/** Windows-1252's characters for 0x80–0x9F (undefined bytes as 0). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** The length of the UTF-8 sequence starting at i, or 0 when the bytes there are not UTF-8. */
function utf8Length(b: Uint8Array, i: number): number {
  const x = b[i];
  if (x < 0x80) return 1;
  const cont = (k: number) => i + k < b.length && (b[i + k] & 0xc0) === 0x80;
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x >= 0xe0 && x <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    if (x === 0xe0 && b[i + 1] < 0xa0) return 0; // overlong
    if (x === 0xed && b[i + 1] >= 0xa0) return 0; // surrogates
    return 3;
  }
  if (x >= 0xf0 && x <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (x === 0xf0 && b[i + 1] < 0x90) return 0;
    if (x === 0xf4 && b[i + 1] >= 0x90) return 0;
    return 4;
  }
  return 0;
}

function decodeUtf8(b: Uint8Array, start: number): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = start; i < b.length;) {
    const n = utf8Length(b, i);
    const x = b[i];
    let cp = x;
    if (n === 2) cp = ((x & 0x1f) << 6) | (b[i + 1] & 0x3f);
    else if (n === 3) cp = ((x & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
    else if (n === 4)
      cp = ((x & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
    chunk.push(cp);
    if (chunk.length >= 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
    i += n;
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join("");
}

/** "rad 3, kolumn 12" of a byte offset (columns counted in bytes before it on its line). */
function lineAt(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}

/** The first byte offset that is not UTF-8, and whether any multi-byte UTF-8 sequence occurs. */
function scanUtf8(b: Uint8Array, start: number): { invalidAt: number; multibyte: boolean } {
  let multibyte = false;
  for (let i = start; i < b.length;) {
    const n = utf8Length(b, i);
    if (n === 0) return { invalidAt: i, multibyte };
    if (n > 1) multibyte = true;
    i += n;
  }
  return { invalidAt: -1, multibyte };
}

/**
 * The text of a case file's bytes: UTF-8 (a BOM is accepted and dropped), or Windows-1252
 * when the bytes are not UTF-8 but are plausible Windows-1252 text (with a note saying so).
 * Throws a SocinvError ("invalid-input") naming the line when neither reading holds.
 */
export function decodeCaseBytes(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw bad("filen är sparad som UTF-16 (Unicode); spara den som UTF-8 och försök igen");
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const { invalidAt, multibyte } = scanUtf8(bytes, start);
  if (invalidAt < 0) return { text: decodeUtf8(bytes, start), encoding: "UTF-8" };
  const where = lineAt(bytes, invalidAt);
  const at = `rad ${where.line}, kolumn ${where.column}`;
  if (multibyte || start === 3)
    throw bad(
      `filen blandar UTF-8 med en annan teckenkodning (första avvikande tecknet på ${at}); ` +
        "spara den som UTF-8 och försök igen",
    );
  let text = "";
  for (let i = start; i < bytes.length; i++) {
    const x = bytes[i];
    const ch = x >= 0x80 && x <= 0x9f ? CP1252_HIGH[x - 0x80] : x;
    if (ch === 0 || (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d)) {
      const w = lineAt(bytes, i);
      throw bad(
        `filen är varken UTF-8 eller Windows-1252 (tecken ${x} på rad ${w.line}, kolumn ${w.column}); ` +
          "spara den som UTF-8 och försök igen",
      );
    }
    text += String.fromCharCode(ch);
  }
  return {
    text,
    encoding: "Windows-1252",
    note: `Filen var inte UTF-8; läst som Windows-1252 (första å, ä, ö eller liknande på ${at}). Spara den gärna som UTF-8.`,
  };
}

/** A JSON syntax error found by the scanner below: where and what, in Swedish. */
class Syntax {
  constructor(
    readonly pos: number,
    readonly what: string,
  ) {}
}

const SHOW: Record<string, string> = { "\n": "radbrytning", "\r": "radbrytning", "\t": "tabb", " ": "mellanslag" };
const shown = (ch: string) => SHOW[ch] ?? `'${ch}'`;

/** A small JSON scanner that only finds the first syntax error (JSON.parse does the reading). */
class Scanner {
  pos = 0;
  constructor(readonly s: string) {}

  fail(what: string): never {
    throw new Syntax(this.pos, what);
  }
  ws(): void {
    while (this.pos < this.s.length && " \t\n\r".includes(this.s[this.pos])) this.pos++;
  }
  end(expected: string): never {
    this.fail(`filen tar slut mitt i kalkylen; ${expected} saknas`);
  }
  value(): void {
    this.ws();
    const ch = this.s[this.pos];
    if (ch === undefined) this.end("ett värde");
    if (ch === "{") return this.object();
    if (ch === "[") return this.array();
    if (ch === '"') return this.string();
    if (ch === "-" || (ch >= "0" && ch <= "9")) return this.number();
    for (const word of ["true", "false", "null"])
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    if (ch === "'") this.fail("texter och fältnamn ska stå inom raka dubbla citattecken (\"), inte '");
    if (ch === "“" || ch === "”") this.fail('typografiska citattecken (“ ”); använd raka dubbla citattecken (")');
    this.fail(
      `oväntat tecken ${shown(ch)}; här ska ett värde stå (en text inom "", ett tal, en lista eller ett objekt)`,
    );
  }
  object(): void {
    this.pos++;
    this.ws();
    if (this.s[this.pos] === "}") {
      this.pos++;
      return;
    }
    for (;;) {
      this.ws();
      const ch = this.s[this.pos];
      if (ch === undefined) this.end("ett fältnamn eller }");
      if (ch === "}") this.fail("kommatecken före } (efter sista fältet ska inget komma stå)");
      if (ch !== '"') this.fail(`oväntat tecken ${shown(ch)}; här ska ett fältnamn inom dubbla citattecken stå`);
      this.string();
      this.ws();
      if (this.s[this.pos] === undefined) this.end(":");
      if (this.s[this.pos] !== ":")
        this.fail(`oväntat tecken ${shown(this.s[this.pos])}; kolon (:) saknas efter fältnamnet`);
      this.pos++;
      this.value();
      this.ws();
      const next = this.s[this.pos];
      if (next === undefined) this.end("}");
      this.pos++;
      if (next === "}") return;
      if (next !== ",") {
        this.pos--;
        this.fail(`oväntat tecken ${shown(next)}; kommatecken (,) eller } saknas`);
      }
    }
  }
  array(): void {
    this.pos++;
    this.ws();
    if (this.s[this.pos] === "]") {
      this.pos++;
      return;
    }
    for (;;) {
      this.ws();
      if (this.s[this.pos] === "]") this.fail("kommatecken före ] (efter sista värdet ska inget komma stå)");
      this.value();
      this.ws();
      const next = this.s[this.pos];
      if (next === undefined) this.end("]");
      this.pos++;
      if (next === "]") return;
      if (next !== ",") {
        this.pos--;
        this.fail(`oväntat tecken ${shown(next)}; kommatecken (,) eller ] saknas`);
      }
    }
  }
  string(): void {
    this.pos++;
    for (;;) {
      const ch = this.s[this.pos];
      if (ch === undefined) this.end('ett avslutande "');
      if (ch === '"') {
        this.pos++;
        return;
      }
      if (ch < " ") this.fail(`${shown(ch)} inne i en text; en text ska stå på en rad (skriv \\n för radbrytning)`);
      if (ch === "\\") {
        const e = this.s[this.pos + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.pos + 2, this.pos + 6))) this.pos += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.pos += 2;
        else this.fail(`ogiltig kod \\${e ?? ""} i en text; skriv \\\\ för ett omvänt snedstreck`);
      } else this.pos++;
    }
  }
  number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.pos, this.pos + 400));
    if (!m) this.fail("ogiltigt tal; skriv t.ex. 12500 eller 0.035 (punkt som decimaltecken, inga mellanslag)");
    this.pos += m[0].length;
  }
}

/** Line and column (both from 1) of a character offset. */
function lineColumn(s: string, pos: number): { line: number; column: number } {
  const before = s.slice(0, pos);
  const line = before.split("\n").length;
  return { line, column: pos - before.lastIndexOf("\n") };
}

/**
 * Parses a case file's text as JSON (data only). An empty file or a syntax error becomes a
 * SocinvError ("invalid-input") in Swedish with line and column.
 */
export function parseCaseJson(text: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw bad("filen är tom; den ska innehålla en kalkyl i JSON-format ({ ... })");
  try {
    return JSON.parse(text);
  } catch {
    let found: Syntax | undefined;
    try {
      const sc = new Scanner(text);
      sc.value();
      sc.ws();
      if (sc.pos < text.length) sc.fail("text efter kalkylens slut; filen ska innehålla ett enda JSON-objekt");
    } catch (e) {
      if (e instanceof Syntax) found = e;
    }
    if (!found) throw bad("ogiltig JSON; kontrollera citattecken, kommatecken och klamrar");
    const { line, column } = lineColumn(text, found.pos);
    throw bad(`ogiltig JSON på rad ${line}, kolumn ${column}: ${found.what}`);
  }
}
