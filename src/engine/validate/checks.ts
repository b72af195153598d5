import type { Issue } from "../errors";
import type { Vocabulary } from "../vocabulary";

/**
 * The checks every part of the validation shares: how a wrong value is described, the
 * "did you mean" hint, unknown and forbidden field names, and the collector of issues.
 */

export type Obj = Record<string, unknown>;

/** Field names refused everywhere in a case file (prototype pollution). */
export const FORBIDDEN: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function describe(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "inget värde";
  if (typeof v === "string") return `'${v.length > 40 ? v.slice(0, 40) + "…" : v}'`;
  if (typeof v === "number") return Number.isFinite(v) ? formatPlain(v) : String(v);
  if (Array.isArray(v)) return "en lista";
  if (typeof v === "object") return "ett objekt";
  return String(v);
}

export function formatPlain(n: number): string {
  return String(n).replace(".", ",");
}

/** A fraction in percent, as users read it: 0,25 → "25 %", -1,5 → "-150 %". */
export function percentText(v: number): string {
  return `${formatPlain(Number((v * 100).toPrecision(12)))} %`;
}

/** A range of fractions in percent: "0–100 %", "större än -100 % och högst 100 %", "högst 100 %". */
export function percentRangeText(opts: NumberRange): string {
  const p = (x: number) => formatPlain(Number((x * 100).toPrecision(12)));
  if (opts.min !== undefined && opts.max !== undefined)
    return opts.minExclusive
      ? `större än ${p(opts.min)} % och högst ${p(opts.max)} %`
      : `${p(opts.min)}–${p(opts.max)} %`;
  if (opts.min !== undefined) return opts.minExclusive ? `större än ${p(opts.min)} %` : `minst ${p(opts.min)} %`;
  return `högst ${p(opts.max ?? 1)} %`;
}

/** The actors a message may name: the case's, then the standard ones (by id). */
export type ActorNames = readonly { id: string; name: string }[];

/**
 * How a message names an actor: by its name in the case or, for a standard actor's id, by the
 * standard name ("Kommunen", never the internal 'kommun'); an unknown id as typed, in quotes.
 */
export function actorText(id: string, ...lists: ActorNames[]): string {
  for (const list of lists) {
    const a = list.find((x) => x.id === id);
    if (a) return a.name;
  }
  return `'${id}'`;
}

/** "Kommunen ('kommun')": an actor by name, with the id a case file uses for it. */
export function actorWithId(id: string, actors: ActorNames): string {
  const name = actors.find((x) => x.id === id)?.name;
  return name !== undefined && name !== id ? `${name} ('${id}')` : `'${id}'`;
}

/** Edit distance with transpositions (optimal string alignment), for "did you mean" hints. */
export function distance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...Array<number>(n).fill(0)]);
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/**
 * The candidate a user probably meant: the value of the word in the field's vocabulary
 * (label or synonym, "Intäkt" → "revenue"), else the nearest candidate by edit distance.
 */
export function suggest<V extends string>(
  word: string,
  candidates: readonly string[],
  vocabulary?: Vocabulary<V>,
): string | undefined {
  const known = vocabulary?.parse(word);
  if (known !== undefined && candidates.includes(known)) return known;
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return bestD <= limit ? best : undefined;
}

export function allowedList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(", ");
}

export type Add = (path: string, message: string) => void;

/**
 * Key lists (in Object.keys order) found clean for the list of allowed fields `cleanFor`, at most
 * CLEAN_SHAPES: the lines of a case mostly share a few shapes, and a list met before needs no
 * second look (whether a key is reported depends on the key and the allowed list only).
 */
const CLEAN_SHAPES = 8;
let cleanFor: readonly string[] | undefined;
const cleanKeys: string[][] = [];

/**
 * Whether the object's keys, in order, are a list found clean before. Read with for…in, which
 * allocates nothing (10 000 lines); it also yields inherited enumerable keys, which can only make
 * a list differ from the clean ones (the object is then checked key by key).
 */
function knownClean(obj: Obj, allowed: readonly string[]): boolean {
  if (allowed !== cleanFor) return false;
  shapes: for (const shape of cleanKeys) {
    let i = 0;
    for (const key in obj) if (shape[i++] !== key) continue shapes;
    if (i === shape.length) return true;
  }
  return false;
}

/** Reports unknown and prototype-polluting keys of an object. */
export function checkFields(add: Add, obj: Obj, allowed: readonly string[], path: string): void {
  if (!knownClean(obj, allowed)) checkKeys(add, Object.keys(obj), allowed, path);
}

/** checkFields for keys not known clean (apart, so that the known case allocates no closures). */
function checkKeys(add: Add, keys: string[], allowed: readonly string[], path: string): void {
  if (keys.every((key) => !FORBIDDEN.has(key) && allowed.includes(key))) {
    if (allowed !== cleanFor) {
      cleanFor = allowed;
      cleanKeys.length = 0;
    }
    if (cleanKeys.length < CLEAN_SHAPES) cleanKeys.push(keys);
    return;
  }
  for (const key of keys) {
    if (!FORBIDDEN.has(key) && allowed.includes(key)) continue;
    const p = path ? `${path}.${key}` : key;
    if (FORBIDDEN.has(key)) {
      add(p, `fältnamnet '${key}' är inte tillåtet i en kalkylfil`);
    } else if (!allowed.includes(key)) {
      const hint = suggest(key, allowed);
      add(p, `okänt fält '${key}'` + (hint ? `; menade du '${hint}'?` : `; tillåtna fält är ${allowedList(allowed)}`));
    }
  }
}

/** Collects every issue of a case, in the order they are found. */
export class Collector {
  readonly errors: Issue[];
  readonly add: Add = (path, message) => {
    this.errors.push({ path: this.pathOf(path), message });
  };

  constructor(errors: Issue[] = []) {
    this.errors = errors;
  }

  /** The full path of an issue's path as given to `add`. */
  protected pathOf(path: string): string {
    return path;
  }

  fields(obj: Obj, allowed: readonly string[], path: string): void {
    checkFields(this.add, obj, allowed, path);
  }
}

/**
 * The issues of one element of a list at a time (`lines[3]`), added to its list's collector:
 * checks are given paths relative to the element (`actor`; `""` for the element itself) and the
 * full path (`lines[3].actor`) is built only when an issue is added, so that 10 000 right lines
 * build no path strings. Moved along the list by setting `index`.
 */
export class ElementCollector extends Collector {
  index = 0;

  constructor(
    list: Collector,
    private readonly name: string,
  ) {
    super(list.errors);
  }

  protected override pathOf(path: string): string {
    const at = `${this.name}[${this.index}]`;
    return path === "" ? at : `${at}.${path}`;
  }
}

export interface NumberRange {
  min?: number;
  minExclusive?: boolean;
  max?: number;
}

/** "0–1", "större än -1", "minst 1", "högst 100". */
export function rangeText(opts: NumberRange): string {
  const lo = opts.min === undefined ? "" : formatPlain(opts.min);
  const hi = opts.max === undefined ? "" : formatPlain(opts.max);
  if (opts.min !== undefined && opts.max !== undefined) {
    return opts.minExclusive ? `större än ${lo} och högst ${hi}` : `${lo}–${hi}`;
  }
  if (opts.min !== undefined) return opts.minExclusive ? `större än ${lo}` : `minst ${lo}`;
  return `högst ${hi}`;
}

export function checkString(c: Collector, v: unknown, path: string, required: boolean): string | undefined {
  if (v === undefined) {
    if (required) c.add(path, "saknas; ange en text");
    return undefined;
  }
  if (typeof v !== "string") {
    c.add(path, `${describe(v)} är ingen text`);
    return undefined;
  }
  if (required && v.trim() === "") {
    c.add(path, "är tom; ange en text");
    return undefined;
  }
  return v;
}

export function checkNumber(
  c: Collector,
  v: unknown,
  path: string,
  opts: NumberRange & { integer?: boolean },
): number | undefined {
  if (typeof v !== "number" || !Number.isFinite(v)) {
    c.add(path, `${describe(v)} är inget tal`);
    return undefined;
  }
  if (opts.integer && !Number.isInteger(v)) {
    c.add(path, `${describe(v)} är inget heltal`);
    return undefined;
  }
  const { min, max } = opts;
  if (min !== undefined && (opts.minExclusive ? v <= min : v < min)) {
    c.add(
      path,
      opts.minExclusive
        ? `${describe(v)} måste vara större än ${formatPlain(min)}`
        : `${describe(v)} är mindre än ${formatPlain(min)}; tillåtet är ${rangeText(opts)}`,
    );
    return undefined;
  }
  if (max !== undefined && v > max) {
    c.add(path, `${describe(v)} är större än ${formatPlain(max)}; tillåtet är ${rangeText(opts)}`);
    return undefined;
  }
  return v;
}

/** A value of an enumerated field: one of the vocabulary's values, or the fallback when absent. */
export function checkEnum<T extends string>(
  c: Collector,
  v: unknown,
  path: string,
  vocabulary: Vocabulary<T>,
  fallback: T | undefined,
): T | undefined {
  const allowed = vocabulary.values;
  if (v === undefined) {
    if (fallback === undefined)
      c.add(path, `saknas; tillåtna värden är ${allowed.map((x) => `'${x}' (${vocabulary.labels[x]})`).join(", ")}`);
    return fallback;
  }
  if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
  enumIssue(c, v, path, vocabulary);
  return undefined;
}

/** The issue of a value that is none of a vocabulary's (apart: its closures would be allocated on every call). */
function enumIssue<T extends string>(c: Collector, v: unknown, path: string, vocabulary: Vocabulary<T>): void {
  const allowed = vocabulary.values;
  const hint = typeof v === "string" ? suggest(v, allowed, vocabulary) : undefined;
  // the file's word with its Swedish label: 'revenue' (Intäkt)
  const word = (x: T) => `'${x}' (${vocabulary.labels[x]})`;
  c.add(
    path,
    `${describe(v)} är inget tillåtet värde; ` +
      (hint ? `menade du ${word(hint as T)}? ` : "") +
      `tillåtna värden är ${allowed.map(word).join(", ")}`,
  );
}
