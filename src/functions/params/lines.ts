/**
 * The lines range: a header row (the user's own column names, in any order), then one line
 * per non-empty row. Rows are numbered within the range (the header row is row 1).
 */
import { LINE_HEADERS, STANDARD_ACTORS, suggest, type ActorKind, type Case } from "../../engine";
import { ACTOR_KIND, BASIS, CATEGORY, DIRECTION, ROLE, type Vocabulary } from "../../engine/vocabulary";
import { asMatrix, cellText, isBlank, isBlankOrZero, key, parseNumber, showCell, type Matrix } from "../cells";
import { invalid } from "../errors";
import { rowYearly, yearColumns, yearlyDirection, type YearColumn } from "./yearly";

export type Field =
  | "actor"
  | "direction"
  | "category"
  | "role"
  | "basis"
  | "amount"
  | "fromYear"
  | "toYear"
  | "label"
  | "source"
  | "parent"
  | "kind";

/** Header names recognised, compared by key(): case-, space- and diacritics-insensitive. */
const HEADERS: Record<Field, string[]> = {
  actor: ["Aktör", "Actor"],
  direction: ["Riktning", "Direction"],
  category: ["Kostnadslag", "Category", "Kategori"],
  role: ["Roll", "Role"],
  basis: ["Bas", "Basis"],
  amount: ["Belopp", "Amount", "Belopp kr", "Belopp (kr)", "Kronor"],
  fromYear: ["Från år", "From year", "Från", "From"],
  toYear: ["Till år", "To year", "Till", "To"],
  label: ["Benämning", "Label", "Beskrivning", "Description", "Post"],
  source: ["Källa", "Source", "Källor"],
  parent: ["Överordnad", "Parent", "Del av"],
  kind: ["Aktörstyp", "Kind", "Typ"],
};

export const FIELD_LABEL: Record<Field, string> = {
  actor: "Aktör",
  direction: DIRECTION.name,
  category: CATEGORY.name,
  role: ROLE.name,
  basis: BASIS.name,
  amount: "Belopp",
  fromYear: "Från år",
  toYear: "Till år",
  label: "Benämning",
  source: "Källa",
  parent: "Överordnad",
  kind: ACTOR_KIND.name,
};

/** Standard actors recognised by name, so that kinds are right without a Aktörstyp column. */
const KNOWN_ACTORS: Record<string, ActorKind> = (() => {
  const m: Record<string, ActorKind> = {};
  for (const a of STANDARD_ACTORS) {
    m[key(a.id)] = a.kind;
    m[key(a.name)] = a.kind;
  }
  Object.assign(m, {
    individer: "individual",
    deltagaren: "individual",
    deltagare: "individual",
    samhallet: "society",
    ovrigt: "other",
  });
  return m;
})();

export interface ParsedActor {
  id: string;
  name: string;
  kind: ActorKind;
  parent?: string;
}

export interface ParsedLines {
  actors: ParsedActor[];
  lines: Record<string, unknown>[];
  /** Range row number (1-based, header = 1) of each line, and the column label per field. */
  rowOf: number[];
  columnLabel: Partial<Record<Field, string>>;
  /** Method v3: the columns of amounts per year (År 1, År 2, …), in year order. */
  yearColumns: YearColumn[];
}

interface Columns {
  cols: Partial<Record<Field, number>>;
  /** Every field's column, −1 where the header has none (one shape: a row's cells are read by fixed properties). */
  index: Record<Field, number>;
  labels: Partial<Record<Field, string>>;
  years: YearColumn[];
}

/** An id for an actor name that is valid in the case format and in Excel names. */
function actorId(name: string, taken: Set<string>): string {
  let base = key(name).slice(0, 36);
  if (!/^[a-z]/.test(base)) base = "a" + base;
  if (base === "a") base = "aktor";
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}_${i}`;
  return id;
}

function findColumns(header: Matrix[number]): Columns {
  const cols: Partial<Record<Field, number>> = {};
  const labels: Partial<Record<Field, string>> = {};
  header.forEach((cell, c) => {
    const k = key(cellText(cell));
    if (!k) return;
    for (const field of Object.keys(HEADERS) as Field[]) {
      if (!HEADERS[field].some((h) => key(h) === k)) continue;
      if (cols[field] !== undefined) {
        throw invalid(
          `Rubrikraden har två kolumner för ${FIELD_LABEL[field]} (kolumn ${cols[field]! + 1} och ${c + 1})`,
        );
      }
      cols[field] = c;
      labels[field] = cellText(cell).trim();
    }
  });
  // every field, in FIELD_LABEL's order: one shape whatever the header has
  const index = Object.fromEntries((Object.keys(FIELD_LABEL) as Field[]).map((f) => [f, cols[f] ?? -1])) as Record<
    Field,
    number
  >;
  return { cols, index, labels, years: [] };
}

/** The header row's columns; Aktör and Belopp (or amounts per year, År 1, År 2, …) are required. */
function headerColumns(m: Matrix, headerIndex: number): Columns {
  const found = findColumns(m[headerIndex]);
  found.years = yearColumns(m[headerIndex], headerIndex + 1);
  const required: Field[] = found.years.length > 0 ? ["actor"] : ["actor", "amount"];
  const missing = required.filter((f) => found.cols[f] === undefined);
  if (missing.length === 0) return found;
  const names = m[headerIndex]
    .filter((c) => !isBlank(c))
    .map((c) => `'${cellText(c)}'`)
    .join(", ");
  throw invalid(
    `Rubrikraden (rad ${headerIndex + 1}) saknar kolumnen ${missing.map((f) => FIELD_LABEL[f]).join(" och ")}; ` +
      `fann ${names || "inga rubriker"}. Krävs: Aktör och Belopp (eller belopp per år i kolumner År 1, År 2, …); valfria: Riktning, Kostnadslag, Roll, Bas, Från år, Till år`,
  );
}

/** A word of the method in a row's cell v of field f (blank or 0: not given); the message is built only on error. */
function wordValue<V extends string>(vocabulary: Vocabulary<V>, v: unknown, row: Row, f: Field): V | undefined {
  if (isBlankOrZero(v)) return undefined;
  const found = vocabulary.parse(cellText(v));
  if (found === undefined)
    throw invalid(`${row.at(f)}: ${showCell(v)} är inget giltigt värde; ange ${vocabulary.allowedText}`);
  return found;
}

function yearValue(v: unknown, row: Row, f: Field): number | undefined {
  if (isBlankOrZero(v)) return undefined;
  const n = parseNumber(v);
  if (n === undefined || !Number.isInteger(n) || n < 1)
    throw invalid(`${row.at(f)}: ${showCell(v)} är inget år; ange ett heltal från 1`);
  return n;
}

/** A row's cell in column c (−1: no such column). */
function cellAt(row: readonly unknown[], c: number): unknown {
  return c < 0 ? undefined : row[c];
}

/**
 * The row of the range being read: its cell per field, read through the header's columns into
 * fixed properties (plain property loads, not keyed lookups). One reader goes down the range
 * (`load`), so 10 000 rows allocate no row objects; nothing keeps it past its row.
 */
class Row {
  row: unknown[] = [];
  rowNo = 0;
  actor: unknown;
  direction: unknown;
  category: unknown;
  role: unknown;
  basis: unknown;
  amount: unknown;
  fromYear: unknown;
  toYear: unknown;
  label: unknown;
  source: unknown;
  parent: unknown;
  kind: unknown;

  constructor(readonly columns: Columns) {}

  /** Moves the reader to a row of the range (rowNo: its number in the range, the header being 1). */
  load(row: unknown[], rowNo: number): void {
    const i = this.columns.index;
    this.row = row;
    this.rowNo = rowNo;
    this.actor = cellAt(row, i.actor);
    this.direction = cellAt(row, i.direction);
    this.category = cellAt(row, i.category);
    this.role = cellAt(row, i.role);
    this.basis = cellAt(row, i.basis);
    this.amount = cellAt(row, i.amount);
    this.fromYear = cellAt(row, i.fromYear);
    this.toYear = cellAt(row, i.toYear);
    this.label = cellAt(row, i.label);
    this.source = cellAt(row, i.source);
    this.parent = cellAt(row, i.parent);
    this.kind = cellAt(row, i.kind);
  }

  /** The header's label of a field's column (the method's word when the range has none). */
  columnLabel(f: Field): string {
    return this.columns.labels[f] ?? FIELD_LABEL[f];
  }

  /** "Rad 4, Belopp": where a field of this row is, for messages. */
  at(f: Field): string {
    return `Rad ${this.rowNo}, ${this.columnLabel(f)}`;
  }
}

function actorName(row: Row): string {
  const cell = row.actor;
  if (isBlankOrZero(cell)) throw invalid(`${row.at("actor")}: saknas; ange vilken aktör posten gäller`);
  if (typeof cell !== "string") throw invalid(`${row.at("actor")}: ${showCell(cell)} är inget aktörsnamn`);
  return cell;
}

/** Belopp of a row without amounts per year, as typed (negative: a cost when no Riktning says otherwise). */
function amountOf(row: Row): number {
  const years = row.columns.years;
  if (row.columns.cols.amount === undefined && years.length > 0)
    throw invalid(
      `Rad ${row.rowNo}, ${years[0].label}–${years[years.length - 1].label}: inga belopp; ange beloppet i kronor för varje år posten gäller`,
    );
  const cell = row.amount;
  if (isBlank(cell)) throw invalid(`${row.at("amount")}: saknas; ange ett belopp i kronor per år`);
  const amount = parseNumber(cell);
  if (amount === undefined) throw invalid(`${row.at("amount")}: ${showCell(cell)} är inget tal`);
  if (Math.abs(amount) > 1e15) throw invalid(`${row.at("amount")}: ${showCell(cell)} är större än 10^15 kr`);
  return amount;
}

/** Riktning of a row with this Belopp: a negative amount without a direction is a cost. */
function directionOf(row: Row, amount: number): "revenue" | "cost" {
  const direction = wordValue(DIRECTION, row.direction, row, "direction");
  if (direction === undefined) return amount < 0 ? "cost" : "revenue";
  if (amount < 0) {
    throw invalid(
      `${row.at("amount")}: ${showCell(row.amount)} är negativt fast ${row.columnLabel("direction")} anger ${DIRECTION.labels[direction]}; ange beloppet positivt`,
    );
  }
  return direction;
}

/** Method v3: the amounts per year of a row with any År column filled (Belopp blank or equal to the first). */
function yearlyOf(
  row: Row,
  window: { from?: number; to?: number },
): { direction: "revenue" | "cost"; amounts: number[]; fromYear: number; toYear: number } | undefined {
  const years = row.columns.years;
  if (years.length === 0) return undefined;
  const at = (label: string) => `Rad ${row.rowNo}, ${label}`;
  const y = rowYearly(
    row.row,
    years,
    { ...window, fromLabel: row.columnLabel("fromYear"), toLabel: row.columnLabel("toYear") },
    at,
  );
  if (y === undefined) return undefined;
  const cell = row.amount;
  if (!isBlank(cell) && parseNumber(cell) !== y.amounts[0]) {
    throw invalid(
      `${row.at("amount")}: ${showCell(cell)} skiljer sig från beloppet för år ${y.fromYear} (${String(y.amounts[0]).replace(".", ",")}); raden har belopp per år, lämna ${row.columnLabel("amount")} tom`,
    );
  }
  const d = yearlyDirection(
    y,
    years,
    wordValue(DIRECTION, row.direction, row, "direction"),
    at,
    row.columnLabel("direction"),
  );
  return { ...d, fromYear: y.fromYear, toYear: y.toYear };
}

/** A text cell trimmed; undefined when blank or not a text. */
function textOf(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  return t === "" ? undefined : t;
}

/**
 * The line of one row (its actor given as id), every field in one object literal: a field the row
 * does not give is undefined, which the case format reads as not given (10 000 lines, one shape).
 */
function lineOf(row: Row, actor: string): Record<string, unknown> {
  const from = yearValue(row.fromYear, row, "fromYear");
  const to = yearValue(row.toYear, row, "toYear");
  if (from !== undefined && to !== undefined && from > to)
    throw invalid(`${row.at("fromYear")}: år ${from} är efter ${row.columnLabel("toYear")} ${to}`);
  // without År columns no window object is made for yearlyOf (10 000 rows)
  const yearly = row.columns.years.length > 0 ? yearlyOf(row, { from, to }) : undefined;
  const amount = yearly ? undefined : amountOf(row);
  const direction = yearly ? yearly.direction : directionOf(row, amount as number);
  const role = wordValue(ROLE, row.role, row, "role") ?? "effect";
  const basis = wordValue(BASIS, row.basis, row, "basis") ?? "total";
  if (role === "investment" && basis === "perSuccess") {
    throw invalid(`${row.at("basis")}: en insats räknas i totalbelopp per år, inte per person; ange Totalt`);
  }
  const category = wordValue(CATEGORY, row.category, row, "category") ?? "real";
  const label = textOf(row.label);
  const source = textOf(row.source);
  if (yearly) {
    const { amounts: yearlyAmounts, fromYear, toYear } = yearly;
    return { actor, direction, category, role, basis, yearlyAmounts, fromYear, toYear, label, source };
  }
  const abs = Math.abs(amount as number);
  return { actor, direction, category, role, basis, amount: abs, fromYear: from, toYear: to, label, source };
}

/** The actors met in the rows, by key of their name, in order of appearance. */
class ActorTable {
  readonly actors: ParsedActor[] = [];
  readonly byKey = new Map<string, ParsedActor>();
  private readonly ids = new Set<string>();
  readonly parentOf = new Map<ParsedActor, { name: string; row: number }>();

  of(name: string): ParsedActor {
    const k = key(name);
    let a = this.byKey.get(k);
    if (!a) {
      const id = actorId(name, this.ids);
      this.ids.add(id);
      a = { id, name: name.trim(), kind: KNOWN_ACTORS[k] ?? "public" };
      this.byKey.set(k, a);
      this.actors.push(a);
    }
    return a;
  }

  /** Aktörstyp and Överordnad of a row. */
  describe(a: ParsedActor, row: Row): void {
    const kind = wordValue(ACTOR_KIND, row.kind, row, "kind");
    if (kind) a.kind = kind;
    const parent = row.parent;
    if (!isBlankOrZero(parent)) this.parentOf.set(a, { name: cellText(parent), row: row.rowNo });
  }

  /** Resolves Överordnad to actor ids once every actor is known. */
  linkParents(parentLabel: string): void {
    for (const [actor, p] of this.parentOf) {
      const parent = this.byKey.get(key(p.name));
      if (!parent) {
        const hint = suggest(
          p.name,
          this.actors.map((a) => a.name),
        );
        throw invalid(
          `Rad ${p.row}, ${parentLabel}: '${p.name}' är ingen aktör bland posterna` +
            (hint ? `; menade du '${hint}'?` : ""),
        );
      }
      if (actor.parent !== undefined && actor.parent !== parent.id) {
        throw invalid(
          `Rad ${p.row}, ${parentLabel}: ${actor.name} har redan en annan överordnad aktör på en tidigare rad`,
        );
      }
      actor.parent = parent.id;
    }
  }
}

/** Parses a lines range: a header row, then one line per non-empty row. */
export function parseLines(range: unknown): ParsedLines {
  const m = asMatrix(range);
  const headerIndex = m.findIndex((row) => row.some((c) => !isBlankOrZero(c)));
  if (headerIndex < 0)
    throw invalid(
      "Området med poster är tomt; det ska ha en rubrikrad (Aktör, Belopp, ...) och minst en rad med poster",
    );
  const columns = headerColumns(m, headerIndex);
  const table = new ActorTable();
  const lines: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  const row = new Row(columns);
  for (let r = headerIndex + 1; r < m.length; r++) {
    if (m[r].every(isBlankOrZero)) continue;
    row.load(m[r], r + 1);
    const actor = table.of(actorName(row));
    table.describe(actor, row);
    lines.push(lineOf(row, actor.id));
    rowOf.push(row.rowNo);
  }
  if (lines.length === 0)
    throw invalid(`Området med poster har en rubrikrad (rad ${headerIndex + 1}) men inga rader med poster`);
  table.linkParents(columns.labels.parent ?? FIELD_LABEL.parent);
  return { actors: table.actors, lines, rowOf, columnLabel: columns.labels, yearColumns: columns.years };
}

/** A case's lines as a range with Swedish headers, as parseLines reads it back (amounts per year in År 1, År 2, …). */
export function linesToRange(c: Case): (string | number)[][] {
  const byId = new Map(c.actors.map((a) => [a.id, a]));
  const lastYear = c.lines.reduce((m, l) => (l.yearlyAmounts === undefined ? m : Math.max(m, l.toYear)), 0);
  const years = Array.from({ length: lastYear }, (_, i) => i + 1);
  const rows: (string | number)[][] = [[...LINE_HEADERS, ...years.map((y) => `År ${y}`)]];
  for (const l of c.lines) {
    const a = byId.get(l.actor)!;
    const parent = a.parent ? byId.get(a.parent)!.name : "";
    const yearly = l.yearlyAmounts;
    rows.push([
      a.name,
      parent,
      DIRECTION.labels[l.direction],
      CATEGORY.labels[l.category],
      ROLE.labels[l.role],
      BASIS.labels[l.basis],
      yearly ? "" : l.amount,
      l.fromYear,
      l.toYear,
      l.label ?? "",
      l.source ?? "",
      ...years.map((y) => (yearly && y >= l.fromYear && y <= l.toYear ? yearly[y - l.fromYear] : "")),
    ]);
  }
  return rows;
}
