import type { CellSpec, Scalar, WorkbookModel } from "./model";
import { colNumber, quotedEnd } from "./cells";

/**
 * The cached values of the workbook: every formula cell's value as a spreadsheet computes it from
 * the cells the template writes (the case's lines and assumptions). The renderers write it beside
 * the formula (`<v>` in the .xlsx), so figures, charts and the controls show in Protected View and
 * in readers that do not recalculate. The formulas use a small set of native functions (see
 * docs/workbook.md); this evaluates exactly that set, in floating point as Excel and LibreOffice
 * do. test/xlsx compares every value with LibreOffice's recalculation and the key results with the
 * engine's report.
 */

/** An Excel error value (#N/A, #DIV/0!, #VALUE!, #REF!, #NAME?). */
export class XlError {
  constructor(readonly code: string) {}
}

type Value = number | string | boolean | null | XlError;
type Grid = Value[][];

type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string; i: number }
  | { t: "ref"; sheet?: string; r1: number; c1: number; r2: number; c2: number; i: number }
  | { t: "name"; name: string }
  | { t: "call"; fn: string; args: Node[] }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "neg"; a: Node };

// ------------------------------------------------------------------ parsing

const CELL = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(])/y;
const IDENT = /[A-Za-z_][A-Za-z0-9_.]*/y;
const NUMBER = /\d+(\.\d+)?([eE][+-]?\d+)?/y;
const OPS = ["<>", "<=", ">=", "=", "<", ">", "&", "+", "-", "*", "/", "^"];
const PRECEDENCE: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

class Parser {
  private i = 0;
  /** The ordinal of the next reference and text: a formula of the same shape has its own in that place. */
  private refs = 0;
  private strs = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const n = this.expr(0);
    if (this.i < this.s.length) throw new Error(`oväntat tecken i formeln: ${this.s.slice(this.i)}`);
    return n;
  }

  private rest(): string {
    return this.s.slice(this.i);
  }

  private at(x: string): boolean {
    return this.s.startsWith(x, this.i);
  }

  /** A sticky regular expression matched at the current position. */
  private match(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    return re.exec(this.s);
  }

  private expr(min: number): Node {
    let a = this.unary();
    for (;;) {
      const op = OPS.find((o) => this.at(o));
      if (!op || PRECEDENCE[op] < min) return a;
      this.i += op.length;
      const b = this.expr(PRECEDENCE[op] + 1);
      a = { t: "bin", op, a, b };
    }
  }

  private unary(): Node {
    if (this.at("-")) {
      this.i++;
      return { t: "neg", a: this.unary() };
    }
    if (this.at("+")) {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Node {
    if (this.at("(")) {
      this.i++;
      const n = this.expr(0);
      this.expect(")");
      return n;
    }
    if (this.at('"')) return this.string();
    const num = this.match(NUMBER);
    if (num) {
      this.i += num[0].length;
      return { t: "num", v: Number(num[0]) };
    }
    if (this.at("'")) return this.sheetRef();
    const ref = this.match(CELL);
    if (ref) {
      this.i += ref[0].length;
      return refNode(ref, this.refs++);
    }
    const id = this.match(IDENT);
    if (!id) throw new Error(`kan inte läsa formeln vid: ${this.rest()}`);
    this.i += id[0].length;
    if (this.at("(")) return this.call(id[0].toUpperCase());
    if (/^TRUE$/i.test(id[0])) return { t: "num", v: 1 };
    if (/^FALSE$/i.test(id[0])) return { t: "num", v: 0 };
    return { t: "name", name: id[0] };
  }

  private string(): Node {
    let out = "";
    this.i++;
    for (;;) {
      const ch = this.s[this.i++];
      if (ch === undefined) throw new Error("oavslutad text i formeln");
      if (ch === '"') {
        if (this.s[this.i] === '"') {
          out += '"';
          this.i++;
          continue;
        }
        return { t: "str", v: out, i: this.strs++ };
      }
      out += ch;
    }
  }

  private sheetRef(): Node {
    let name = "";
    this.i++;
    for (;;) {
      const ch = this.s[this.i++];
      if (ch === undefined) throw new Error("oavslutat bladnamn i formeln");
      if (ch === "'") {
        if (this.s[this.i] === "'") {
          name += "'";
          this.i++;
          continue;
        }
        break;
      }
      name += ch;
    }
    this.expect("!");
    const ref = this.match(CELL);
    if (!ref) throw new Error(`ogiltig referens efter ${name}`);
    this.i += ref[0].length;
    return { ...refNode(ref, this.refs++), sheet: name };
  }

  private call(fn: string): Node {
    this.expect("(");
    const args: Node[] = [];
    if (!this.at(")")) {
      for (;;) {
        args.push(this.expr(0));
        if (this.at(",")) this.i++;
        else break;
      }
    }
    this.expect(")");
    return { t: "call", fn, args };
  }

  private expect(ch: string): void {
    if (!this.at(ch)) throw new Error(`väntade ${ch} i formeln vid: ${this.rest()}`);
    this.i += ch.length;
  }
}

function refNode(m: RegExpExecArray, i: number): Extract<Node, { t: "ref" }> {
  const c1 = colNumber(m[1]);
  const r1 = Number(m[2]);
  return { t: "ref", r1, c1, r2: m[4] ? Number(m[4]) : r1, c2: m[3] ? colNumber(m[3]) : c1, i };
}

export function parseFormula(f: string): Node {
  return new Parser(f.replace(/^=/, "")).parse();
}

/** A formula's shape and the references and texts that fill it (see formulaShape). */
export interface Shape {
  key: string;
  /** The key in pieces: the text before each placeholder, the placeholders, the text after the last. */
  literals: string[];
  kinds: string;
  /** Per reference r1, c1, r2, c2, in the order of the formula. */
  refs: number[];
  texts: string[];
}

/**
 * A formula's shape: its text with every cell reference and every text replaced by a placeholder
 * (sheet names, numbers, names and functions kept), with those references and texts in order.
 * Formulas of one shape have one tree, whose reference and text nodes are read from the
 * formula's own `refs` and `texts` by their ordinal: a column of 10 000 formulas is parsed once.
 * With `like` (the shape of another formula, usually the one above in the same column) the
 * formula is first matched against that shape (`sameShape`).
 */
export function formulaShape(f: string, like?: Shape): Shape {
  return (like && sameShape(f, like)) || freshShape(f);
}

/** A text parameter's value: between its quotes, a doubled quote read as one. */
function textAt(f: string, i: number, end: number): string {
  const text = f.slice(i + 1, end - 1);
  return text.includes('""') ? text.replace(/""/g, '"') : text;
}

/** The shape of a formula, scanned character by character. */
function freshShape(f: string): Shape {
  const refs: number[] = [];
  const texts: string[] = [];
  const literals: string[] = [];
  let kinds = "";
  let from = 0;
  let i = 0;
  while (i < f.length) {
    const ch = f.charCodeAt(i);
    if (ch === 34) {
      // "text": a parameter
      const end = quotedEnd(f, i, 34);
      texts.push(textAt(f, i, end));
      literals.push(f.slice(from, i));
      kinds += TEXT;
      i = from = end;
    } else if (ch === 39)
      i = quotedEnd(f, i, 39); // 'sheet name': kept
    else if (isDigit(ch)) {
      // a number, kept (its exponent is not a reference)
      NUMBER.lastIndex = i;
      i += NUMBER.exec(f)![0].length;
    } else if (isWordStart(ch) || ch === 36) {
      const end = scanRef(f, i, refs);
      if (end > 0) {
        literals.push(f.slice(from, i));
        kinds += REF;
        i = from = end;
      } else if (ch === 36) i++;
      else while (i < f.length && isWordChar(f.charCodeAt(i))) i++;
    } else i++;
  }
  literals.push(f.slice(from));
  let key = "";
  for (let k = 0; k < kinds.length; k++) key += literals[k] + kinds[k];
  return { key: key + literals[kinds.length], literals, kinds, refs, texts };
}

const REF = "\u0001";
const TEXT = "\u0002";

/**
 * The formula in `like`'s shape, or null. Only the placeholders are read: each literal piece is
 * compared with `like`'s as a whole, and a reference or text is read where `like` has one. Since
 * the pieces before a placeholder are the same text, the character scan of freshShape would reach
 * it in the same state, so the result is freshShape's (test/template/evaluate.test.ts checks this
 * on every formula of the examples and a 1 000-line workbook).
 */
function sameShape(f: string, like: Shape): Shape | null {
  const refs: number[] = [];
  const texts: string[] = [];
  return readInShape(f, like, refs, texts)
    ? { key: like.key, literals: like.literals, kinds: like.kinds, refs, texts }
    : null;
}

/**
 * sameShape into given arrays (emptied first): whether `f` has `like`'s shape, its references and
 * texts in `refs` and `texts`. The evaluator reads every formula of a column this way into arrays
 * it keeps per depth, rather than making a shape (and two arrays) per cell.
 */
function readInShape(f: string, like: Shape, refs: number[], texts: string[]): boolean {
  const { literals, kinds } = like;
  refs.length = 0;
  texts.length = 0;
  let at = 0;
  for (let k = 0; k < kinds.length; k++) {
    const lit = literals[k];
    if (!f.startsWith(lit, at)) return false;
    const i = at + lit.length;
    if (kinds.charCodeAt(k) === 1) {
      at = scanRef(f, i, refs);
      if (at < 0) return false;
    } else {
      if (f.charCodeAt(i) !== 34) return false;
      at = quotedEnd(f, i, 34);
      texts.push(textAt(f, i, at));
    }
  }
  const last = literals[kinds.length];
  return f.length - at === last.length && f.startsWith(last, at);
}

/**
 * The parser's CELL expression, by hand (the scan runs over every formula of the workbook):
 * `$?[A-Z]{1,3}$?\d+(:$?[A-Z]{1,3}$?\d+)?` not followed by a letter, digit, _ or (. A reference
 * at i is added to refs (r1, c1, r2, c2) and its end returned; -1 when there is none.
 */
function scanRef(f: string, i: number, refs: number[]): number {
  const a = cellAt(f, i);
  if (a < 0) return -1;
  const [r1, c1] = [scanned.row, scanned.col];
  if (f.charCodeAt(a) === 58) {
    const b = cellAt(f, a + 1);
    if (b >= 0 && free(f, b)) {
      refs.push(r1, c1, scanned.row, scanned.col);
      return b;
    }
  }
  if (!free(f, a)) return -1;
  refs.push(r1, c1, r1, c1);
  return a;
}

/** The row and column of the last cell cellAt read. */
const scanned = { row: 0, col: 0 };

/** `$?[A-Z]{1,3}$?\d+` at i: its end (row and column in `scanned`), or -1. */
function cellAt(f: string, i: number): number {
  let j = i;
  if (f.charCodeAt(j) === 36) j++;
  let col = 0;
  const c0 = j;
  for (let ch = f.charCodeAt(j); isUpper(ch); ch = f.charCodeAt(++j)) {
    if (j - c0 === 3) return -1;
    col = col * 26 + (ch - 64);
  }
  if (j === c0) return -1;
  if (f.charCodeAt(j) === 36) j++;
  let row = 0;
  const r0 = j;
  for (let ch = f.charCodeAt(j); isDigit(ch); ch = f.charCodeAt(++j)) row = row * 10 + (ch - 48);
  if (j === r0) return -1;
  scanned.row = row;
  scanned.col = col;
  return j;
}

/** The parser's lookahead after a reference: not a letter, digit, _ or ( (a "." may follow). */
function free(f: string, at: number): boolean {
  const ch = f.charCodeAt(at);
  return ch === 46 || !(isWordChar(ch) || ch === 40);
}

const isDigit = (ch: number) => ch >= 48 && ch <= 57;
const isUpper = (ch: number) => ch >= 65 && ch <= 90;
/** [A-Za-z0-9_.]: the rest of a name or function. */
const isWordChar = (ch: number) => isWordStart(ch) || isDigit(ch) || ch === 46;
const isWordStart = (ch: number) => (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95;

// ------------------------------------------------------------------ values

const isErr = (v: unknown): v is XlError => v instanceof XlError;

function toNumber(v: Value): number | XlError {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isErr(v)) return v;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : new XlError("#VALUE!");
}

function toText(v: Value): string | XlError {
  if (v === null) return "";
  if (isErr(v)) return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  return v;
}

function toBool(v: Value): boolean | XlError {
  if (isErr(v)) return v;
  if (typeof v === "string") return v === "" ? false : new XlError("#VALUE!");
  return Boolean(v);
}

/** Excel's comparison: numbers < text < booleans; text without regard to case; empty is 0 or "". */
const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
function compare(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") {
    if (a === b) return 0;
    // the same few words are compared in every row ($D43="Intäkt"): their lower case is remembered
    const x = lower(a);
    const y = lower(b as string);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** SUMIF's criterion: an operator and a value, matched as Excel does (text without regard to case). */
function criterion(c: Value): (v: Value) => boolean {
  let op = "=";
  let operand: Value = c;
  if (typeof c === "string") {
    const m = /^(<>|<=|>=|=|<|>)?(.*)$/s.exec(c)!;
    op = m[1] ?? "=";
    const n = Number(m[2]);
    operand = m[2].trim() !== "" && Number.isFinite(n) ? n : m[2];
  }
  const low = String(operand).toLowerCase();
  const test = (v: Value): boolean => {
    if (isErr(v)) return false;
    if (op === "=" || op === "<>") {
      let eq: boolean;
      if (operand === "") eq = v === null || v === "";
      else if (typeof operand === "number") eq = toNumber(v) === operand && v !== null && v !== "";
      else eq = typeof v === "string" && (v === operand || lower(v) === low);
      return op === "=" ? eq : !eq;
    }
    if (v === null || typeof v !== typeof operand) return false;
    const d = compare(v, operand);
    return op === "<" ? d < 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : d >= 0;
  };
  return test;
}

// ------------------------------------------------------------------ evaluation

interface Sheet {
  cells: (CellSpec | null)[][];
}

/**
 * Thrown when a chain of references gets deeper than MAX_DEPTH (a running "first problem" column
 * over 10 000 rows is a chain of 10 000 cells): the driver computes the cell where it stopped
 * first, then the one it was computing, so the JavaScript stack never holds more than MAX_DEPTH
 * cells. Order does not change a value: every cell is a function of the cells it refers to.
 */
class TooDeep {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
  ) {}
}
const MAX_DEPTH = 200;

/** A cell being computed (in the memo while its formula is evaluated): a reference to it is circular. */
const BUSY = new XlError("#REF!");

class Evaluator {
  private depth = 0;
  /** The references and texts of the formula being evaluated (none for a defined name's tree). */
  private refs: number[] | null = null;
  private texts: string[] | null = null;
  /** Per sheet: its cells, the values computed so far ([row][col]) and per column the last formula's shape and tree. */
  private readonly state = new Map<
    string,
    { cells: (CellSpec | null)[][]; memo: Value[][]; last: ({ shape: Shape; node: Node } | undefined)[] }
  >();
  private readonly ranges = new Map<string, Grid>();
  /** Per depth of evaluation, the arrays a formula's references and texts are read into (readInShape). */
  private readonly refBuffers: number[][] = [];
  private readonly textBuffers: string[][] = [];
  /** Formula trees by shape (formulaShape). */
  private readonly parsed = new Map<string, Node>();
  private readonly nameRefs = new Map<string, Node>();
  constructor(
    private readonly sheets: Map<string, Sheet>,
    private readonly names: Map<string, { sheet: string; ref: string }>,
  ) {}

  cell(sheet: string, row: number, col: number): Value {
    let st = this.state.get(sheet);
    if (!st) {
      const cells = this.sheets.get(sheet)?.cells;
      if (!cells) return null;
      this.state.set(sheet, (st = { cells, memo: [], last: [] }));
    }
    const spec = st.cells[row - 1]?.[col - 1];
    if (!spec) return null;
    if (spec.f === undefined) return spec.v ?? null;
    const memoRow = (st.memo[row] ??= []);
    const hit = memoRow[col];
    if (hit === BUSY) return new XlError("#REF!");
    if (hit !== undefined) return hit;
    if (this.depth >= MAX_DEPTH) throw new TooDeep(sheet, row, col);
    if (spec.same) return this.twin(spec.same, memoRow, col);
    // a column's formulas are mostly of one shape: the last one's is checked first, its references
    // and texts read into this depth's arrays
    const last = st.last;
    const like = last[col];
    let shapeRefs = (this.refBuffers[this.depth] ??= []);
    let shapeTexts = (this.textBuffers[this.depth] ??= []);
    let node: Node;
    if (like && readInShape(spec.f, like.shape, shapeRefs, shapeTexts)) node = like.node;
    else {
      const shape = freshShape(spec.f);
      let parsed = this.parsed.get(shape.key);
      if (!parsed) {
        parsed = parseFormula(spec.f);
        this.parsed.set(shape.key, parsed);
      }
      node = parsed;
      last[col] = { shape, node };
      [shapeRefs, shapeTexts] = [shape.refs, shape.texts];
    }
    memoRow[col] = BUSY;
    this.depth++;
    const refs = this.refs;
    const texts = this.texts;
    this.refs = shapeRefs;
    this.texts = shapeTexts;
    let v: Value = BUSY;
    try {
      v = this.scalar(this.node(node, sheet));
      if (v === null) v = 0;
      return v;
    } finally {
      // a chain too deep for the stack (TooDeep) leaves the cell to be computed again
      if (v === BUSY) delete memoRow[col];
      else memoRow[col] = v;
      this.refs = refs;
      this.texts = texts;
      this.depth--;
    }
  }

  /** The value of a cell whose formula is another's read from here (CellSpec.same): that cell's. */
  private twin(same: { sheet: string; row: number; col: number }, memoRow: Value[], col: number): Value {
    memoRow[col] = BUSY;
    this.depth++;
    let v: Value = BUSY;
    try {
      v = this.cell(same.sheet, same.row, same.col);
      if (v === null) v = 0;
      return v;
    } finally {
      if (v === BUSY) delete memoRow[col];
      else memoRow[col] = v;
      this.depth--;
    }
  }

  /** A cell's value from the top of the stack: a chain deeper than MAX_DEPTH is computed from its far end first. */
  top(sheet: string, row: number, col: number): Value {
    const pending: TooDeep[] = [new TooDeep(sheet, row, col)];
    for (;;) {
      const p = pending[pending.length - 1];
      try {
        const v = this.cell(p.sheet, p.row, p.col);
        pending.pop();
        if (pending.length === 0) return v;
      } catch (e) {
        if (!(e instanceof TooDeep)) throw e;
        pending.push(e);
      }
    }
  }

  private range(n: Extract<Node, { t: "ref" }>, here: string): Grid {
    const sheet = n.sheet ?? here;
    const p = this.refs;
    const k = 4 * n.i;
    const r1 = p ? p[k] : n.r1;
    const c1 = p ? p[k + 1] : n.c1;
    const r2 = p ? p[k + 2] : n.r2;
    const c2 = p ? p[k + 3] : n.c2;
    if (r1 === r2 && c1 === c2) return [[this.cell(sheet, r1, c1)]];
    // a range of more than one cell is read by the sums again and again; its cells never change
    const key = `${sheet}!${r1}:${c1}:${r2}:${c2}`;
    const hit = this.ranges.get(key);
    if (hit) return hit;
    const out: Grid = [];
    for (let r = r1; r <= r2; r++) {
      const row: Value[] = [];
      for (let c = c1; c <= c2; c++) row.push(this.cell(sheet, r, c));
      out.push(row);
    }
    this.ranges.set(key, out);
    return out;
  }

  /** A single cell's value read where one value is wanted (no grid made for it); undefined when the reference is a range. */
  private single(n: Extract<Node, { t: "ref" }>, here: string): Value | undefined {
    const p = this.refs;
    const k = 4 * n.i;
    const r1 = p ? p[k] : n.r1;
    const c1 = p ? p[k + 1] : n.c1;
    if (r1 !== (p ? p[k + 2] : n.r2) || c1 !== (p ? p[k + 3] : n.c2)) return undefined;
    return this.cell(n.sheet ?? here, r1, c1);
  }

  private scalar(v: Value | Grid): Value {
    return Array.isArray(v) ? (v.length === 1 && v[0].length === 1 ? v[0][0] : new XlError("#VALUE!")) : v;
  }

  node(n: Node, here: string): Value | Grid {
    switch (n.t) {
      case "num":
        return n.v;
      case "str":
        return this.texts ? this.texts[n.i] : n.v;
      case "ref":
        return this.range(n, here);
      case "name":
        return this.named(n.name, false);
      case "neg": {
        const x = toNumber(this.value(n.a, here));
        return isErr(x) ? x : -x;
      }
      case "bin":
        return this.binary(n.op, this.value(n.a, here), this.value(n.b, here));
      case "call":
        return callFunction(this, n.fn, n.args, here);
    }
  }

  /** An argument as a grid (a range) or a single value. */
  arg(n: Node, here: string): Value | Grid {
    return this.node(n, here);
  }

  value(n: Node, here: string): Value {
    if (n.t === "ref") {
      const v = this.single(n, here);
      if (v !== undefined) return v;
    } else if (n.t === "name") return this.scalar(this.named(n.name, true));
    return this.scalar(this.node(n, here));
  }

  /** A single cell's value, or a range's grid (for AND and OR, which take either). */
  valueOrGrid(n: Node, here: string): Value | Grid {
    if (n.t === "ref") {
      const v = this.single(n, here);
      if (v !== undefined) return v;
    } else if (n.t === "name") return this.named(n.name, true);
    return this.node(n, here);
  }

  /**
   * A defined name's value: its range's grid, or with `one` a single cell's value without a grid
   * made for it (Horisont, Diskonteringsranta: in most formulas of the workbook).
   */
  private named(name: string, one: boolean): Value | Grid {
    const d = this.names.get(name);
    if (!d) return new XlError("#NAME?");
    let ref = this.nameRefs.get(name);
    if (!ref) {
      ref = parseFormula(d.ref);
      this.nameRefs.set(name, ref);
    }
    // a name's tree is its own, not of the formula's shape
    const [refs, texts] = [this.refs, this.texts];
    this.refs = null;
    this.texts = null;
    try {
      if (one && ref.t === "ref") {
        const v = this.single(ref, d.sheet);
        if (v !== undefined) return v;
      }
      return this.node(ref, d.sheet);
    } finally {
      this.refs = refs;
      this.texts = texts;
    }
  }

  private binary(op: string, a: Value, b: Value): Value {
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    if (op === "&") {
      const x = toText(a);
      const y = toText(b);
      return isErr(x) ? x : isErr(y) ? y : x + y;
    }
    if (PRECEDENCE[op] === 1) {
      const d = compare(a, b);
      switch (op) {
        case "=":
          return d === 0;
        case "<>":
          return d !== 0;
        case "<":
          return d < 0;
        case ">":
          return d > 0;
        case "<=":
          return d <= 0;
        default:
          return d >= 0;
      }
    }
    const x = toNumber(a);
    const y = toNumber(b);
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    if (op === "+") return approx(x + y, x, y);
    if (op === "-") return approx(x - y, x, y);
    if (op === "*") return x * y;
    if (op === "/") return y === 0 ? new XlError("#DIV/0!") : x / y;
    const p = Math.pow(x, y);
    return Number.isFinite(p) ? p : new XlError("#NUM!");
  }
}

/** A sum or difference that cancels to the last bits of its operands is 0, as Excel and LibreOffice make it. */
function approx(r: number, x: number, y: number): number {
  return Math.abs(r) <= Math.max(Math.abs(x), Math.abs(y)) * 2 ** -48 ? 0 : r;
}

const flattened = new WeakMap<Grid, Value[]>();
/** The values of a range row by row (computed once per range), or a single value. */
function flat(v: Value | Grid): Value[] {
  if (!Array.isArray(v)) return [v];
  let f = flattened.get(v);
  if (!f) flattened.set(v, (f = v.flat()));
  return f;
}

/** Numbers of the arguments as SUM, MAX and MIN take them: from ranges only numbers, single values coerced. */
function numbers(e: Evaluator, args: Node[], here: string): number[] | XlError {
  const out: number[] = [];
  for (const a of args) {
    const v = e.arg(a, here);
    if (Array.isArray(v)) {
      for (const x of flat(v)) {
        if (isErr(x)) return x;
        if (typeof x === "number") out.push(x);
      }
    } else {
      const x = toNumber(v);
      if (isErr(x)) return x;
      out.push(x);
    }
  }
  return out;
}

/** Text in lower case, for comparisons without regard to case (a range's few words, remembered). */
const lowered = new Map<string, string>();
function lower(v: string): string {
  let x = lowered.get(v);
  if (x === undefined) {
    if (lowered.size >= 10000) lowered.clear();
    lowered.set(v, (x = v.toLowerCase()));
  }
  return x;
}

/**
 * Which of a range's first n cells meet a criterion (1) or not (0). A range's values never change
 * once computed, and many formulas test one range against one criterion (every year of a sheet
 * sums 'Prognos'!$F:$F "<>Insats"), so the answer is kept per range and criterion.
 */
const matched = new WeakMap<Value[], Map<string, Uint8Array>>();
function matches(range: Value[], c: Value, n: number): Uint8Array {
  const key = isErr(c) ? undefined : `${typeof c}:${String(c)}:${n}`;
  let byCriterion = matched.get(range);
  const hit = key === undefined ? undefined : byCriterion?.get(key);
  if (hit) return hit;
  const test = criterion(c);
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) mask[i] = test(range[i] ?? null) ? 1 : 0;
  if (key !== undefined) {
    if (!byCriterion) matched.set(range, (byCriterion = new Map()));
    byCriterion.set(key, mask);
  }
  return mask;
}

/** SUMIFS/SUMIF/COUNTIF: the cells of `sum` (or a count) where every range meets its criterion. */
function conditional(e: Evaluator, sum: Node | undefined, pairs: [Node, Node][], here: string): Value {
  const n = flat(e.arg(pairs[0][0], here)).length;
  const masks = pairs.map(([r, c]) => matches(flat(e.arg(r, here)), e.value(c, here), n));
  const values = sum ? flat(e.arg(sum, here)) : undefined;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (!masks.every((m) => m[i] === 1)) continue;
    if (!values) total++;
    else {
      const x = values[i];
      if (isErr(x)) return x;
      if (typeof x === "number") total += x;
    }
  }
  return total;
}

function callFunction(e: Evaluator, fn: string, args: Node[], here: string): Value {
  const v = (i: number) => e.value(args[i], here);
  switch (fn) {
    case "IF": {
      const c = toBool(v(0));
      if (isErr(c)) return c;
      return c ? v(1) : args.length > 2 ? v(2) : false;
    }
    case "AND":
    case "OR": {
      let all = true;
      let any = false;
      for (const a of args) {
        const x = e.valueOrGrid(a, here);
        for (const y of Array.isArray(x) ? flat(x) : [x]) {
          const b = toBool(y);
          if (isErr(b)) return b;
          all &&= b;
          any ||= b;
        }
      }
      return fn === "AND" ? all : any;
    }
    case "IFERROR": {
      const x = v(0);
      return isErr(x) ? v(1) : x;
    }
    case "ISNUMBER":
      return typeof v(0) === "number";
    case "N": {
      const x = v(0);
      return typeof x === "number" ? x : typeof x === "boolean" ? Number(x) : isErr(x) ? x : 0;
    }
    case "ABS": {
      const x = toNumber(v(0));
      return isErr(x) ? x : Math.abs(x);
    }
    case "SUM":
    case "MAX":
    case "MIN": {
      const ns = numbers(e, args, here);
      if (isErr(ns)) return ns;
      if (fn === "SUM") return ns.reduce((a, b) => a + b, 0);
      if (ns.length === 0) return 0;
      return ns.reduce((a, b) => (fn === "MAX" ? Math.max(a, b) : Math.min(a, b)), fn === "MAX" ? -Infinity : Infinity);
    }
    case "SUMIF":
      return conditional(e, args[2] ?? args[0], [[args[0], args[1]]], here);
    case "SUMIFS": {
      const pairs: [Node, Node][] = [];
      for (let i = 1; i + 1 < args.length; i += 2) pairs.push([args[i], args[i + 1]]);
      return conditional(e, args[0], pairs, here);
    }
    case "COUNTIF":
      return conditional(e, undefined, [[args[0], args[1]]], here);
    case "COUNTA":
      return args.flatMap((a) => flat(e.arg(a, here))).filter((x) => x !== null && x !== "").length;
    case "INDEX":
      return index(e, args, here);
    case "MATCH": {
      const x = v(0);
      const i = flat(e.arg(args[1], here)).findIndex((y) => y !== null && compare(x, y) === 0);
      return i < 0 ? new XlError("#N/A") : i + 1;
    }
    default:
      return new XlError("#NAME?");
  }
}

function index(e: Evaluator, args: Node[], here: string): Value {
  const g = e.arg(args[0], here);
  const grid: Grid = Array.isArray(g) ? g : [[g]];
  const a = toNumber(e.value(args[1], here));
  const b = args[2] ? toNumber(e.value(args[2], here)) : 1;
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  // one row: the second argument counts columns
  const [r, c] = grid.length === 1 && !args[2] ? [1, a] : [a, b];
  return grid[r - 1]?.[c - 1] ?? new XlError("#REF!");
}

// ------------------------------------------------------------------ the model

/** The value a cell shows: its constant, or its formula's cached value. */
export function shownValue(spec: CellSpec | null | undefined): Scalar | null {
  if (!spec) return null;
  return spec.f === undefined ? (spec.v ?? null) : (spec.cached ?? null);
}

/** Computes every formula cell of the model and stores its value in `cached` (errors as their code, e.g. "#N/A"). */
export function cacheValues(model: WorkbookModel): WorkbookModel {
  const sheets = new Map(model.sheets.map((s) => [s.name, s]));
  const byKey = new Map(model.sheets.map((s) => [s.key, s.name]));
  const names = new Map(
    model.names
      .filter((n) => byKey.has(n.sheet))
      .map((n) => [n.name, { sheet: byKey.get(n.sheet)!, ref: n.ref }] as const),
  );
  const e = new Evaluator(sheets, names);
  for (const s of model.sheets)
    s.cells.forEach((row, r) =>
      row.forEach((spec, c) => {
        if (spec?.f === undefined) return;
        const v = e.top(s.name, r + 1, c + 1);
        spec.cached = isErr(v) ? v.code : (v as Scalar);
        if (isErr(v)) spec.error = true;
      }),
    );
  return model;
}
