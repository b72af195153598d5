import {
  ASSUMPTIONS,
  LINE_HEADERS,
  STANDARD_ACTORS,
  suggest,
  validateCase,
  type ActorKind,
  type AssumptionKey,
  type Basis,
  type Case,
  type Category,
  type Direction,
  type Role,
} from "../engine";
import { asMatrix, cellText, isBlank, isBlankOrZero, key, parseNumber, showCell, type Matrix } from "./cells";
import { invalid } from "./errors";

/**
 * Turns the ranges users select in Excel into an engine case.
 * Rows are numbered within the range (the header row is row 1), columns by the user's own header.
 */

type Field =
  | "actor"
  | "direction"
  | "category"
  | "role"
  | "basis"
  | "amount"
  | "fromYear"
  | "toYear"
  | "label"
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
  parent: ["Överordnad", "Parent", "Del av"],
  kind: ["Aktörstyp", "Kind", "Typ"],
};

export const FIELD_LABEL: Record<Field, string> = {
  actor: "Aktör",
  direction: "Riktning",
  category: "Kostnadslag",
  role: "Roll",
  basis: "Bas",
  amount: "Belopp",
  fromYear: "Från år",
  toYear: "Till år",
  label: "Benämning",
  parent: "Överordnad",
  kind: "Aktörstyp",
};

const VALUES = {
  direction: {
    intakt: "revenue",
    intakter: "revenue",
    revenue: "revenue",
    income: "revenue",
    kostnad: "cost",
    kostnader: "cost",
    cost: "cost",
    expense: "cost",
  } as Record<string, Direction>,
  category: {
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
  } as Record<string, Category>,
  role: {
    insats: "investment",
    investering: "investment",
    investment: "investment",
    effekt: "effect",
    effect: "effect",
  } as Record<string, Role>,
  basis: {
    totalt: "total",
    total: "total",
    summa: "total",
    perperson: "perSuccess",
    perdeltagare: "perSuccess",
    perutfall: "perSuccess",
    persuccess: "perSuccess",
    perpersonmedutfall: "perSuccess",
  } as Record<string, Basis>,
  kind: {
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
  } as Record<string, ActorKind>,
};

const ALLOWED_TEXT: Record<"direction" | "category" | "role" | "basis" | "kind", string> = {
  direction: "Intäkt eller Kostnad",
  category: "Real, Finansiell eller Produktion",
  role: "Insats eller Effekt",
  basis: "Totalt eller Per person",
  kind: "Offentlig, Individ, Samhälle eller Övrig",
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

function findColumns(header: Matrix[number]): {
  cols: Partial<Record<Field, number>>;
  labels: Partial<Record<Field, string>>;
} {
  const cols: Partial<Record<Field, number>> = {};
  const labels: Partial<Record<Field, string>> = {};
  header.forEach((cell, c) => {
    const k = key(cellText(cell));
    if (!k) return;
    for (const field of Object.keys(HEADERS) as Field[]) {
      if (HEADERS[field].some((h) => key(h) === k)) {
        if (cols[field] !== undefined) {
          throw invalid(
            `Rubrikraden har två kolumner för ${FIELD_LABEL[field]} (kolumn ${cols[field]! + 1} och ${c + 1})`,
          );
        }
        cols[field] = c;
        labels[field] = cellText(cell).trim();
      }
    }
  });
  return { cols, labels };
}

function enumValue<F extends keyof typeof VALUES>(
  field: F,
  v: unknown,
  where: string,
): (typeof VALUES)[F][string] | undefined {
  if (isBlankOrZero(v)) return undefined;
  const found = VALUES[field][key(cellText(v))];
  if (found === undefined) {
    throw invalid(`${where}: ${showCell(v)} är inget giltigt värde; ange ${ALLOWED_TEXT[field]}`);
  }
  return found as (typeof VALUES)[F][string];
}

function yearValue(v: unknown, where: string): number | undefined {
  if (isBlankOrZero(v)) return undefined;
  const n = parseNumber(v);
  if (n === undefined) throw invalid(`${where}: ${showCell(v)} är inget år; ange ett heltal från 1`);
  if (!Number.isInteger(n) || n < 1) throw invalid(`${where}: ${showCell(v)} är inget år; ange ett heltal från 1`);
  return n;
}

/** Parses a lines range: a header row, then one line per non-empty row. */
export function parseLines(range: unknown): ParsedLines {
  const m = asMatrix(range);
  const headerIndex = m.findIndex((row) => row.some((c) => !isBlankOrZero(c)));
  if (headerIndex < 0)
    throw invalid(
      "Området med poster är tomt; det ska ha en rubrikrad (Aktör, Belopp, ...) och minst en rad med poster",
    );
  const { cols, labels } = findColumns(m[headerIndex]);
  const missing = (["actor", "amount"] as Field[]).filter((f) => cols[f] === undefined);
  if (missing.length > 0) {
    const found = m[headerIndex]
      .filter((c) => !isBlank(c))
      .map((c) => `'${cellText(c)}'`)
      .join(", ");
    throw invalid(
      `Rubrikraden (rad ${headerIndex + 1}) saknar kolumnen ${missing.map((f) => FIELD_LABEL[f]).join(" och ")}; ` +
        `fann ${found || "inga rubriker"}. Krävs: Aktör och Belopp; valfria: Riktning, Kostnadslag, Roll, Bas, Från år, Till år`,
    );
  }
  const label = (f: Field) => labels[f] ?? FIELD_LABEL[f];
  const get = (row: unknown[], f: Field): unknown => (cols[f] === undefined ? undefined : row[cols[f]!]);
  const actors: ParsedActor[] = [];
  const byKey = new Map<string, ParsedActor>();
  const ids = new Set<string>();
  const lines: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  const parentOf = new Map<ParsedActor, { name: string; row: number }>();

  const actorFor = (name: string): ParsedActor => {
    const k = key(name);
    let a = byKey.get(k);
    if (!a) {
      const id = actorId(name, ids);
      ids.add(id);
      a = { id, name: name.trim(), kind: KNOWN_ACTORS[k] ?? "public" };
      byKey.set(k, a);
      actors.push(a);
    }
    return a;
  };

  for (let r = headerIndex + 1; r < m.length; r++) {
    const row = m[r];
    if (row.every(isBlankOrZero)) continue;
    const rowNo = r + 1;
    const at = (f: Field) => `Rad ${rowNo}, ${label(f)}`;
    const actorCell = get(row, "actor");
    if (isBlankOrZero(actorCell) || typeof actorCell !== "string") {
      throw invalid(
        isBlankOrZero(actorCell)
          ? `${at("actor")}: saknas; ange vilken aktör posten gäller`
          : `${at("actor")}: ${showCell(actorCell)} är inget aktörsnamn`,
      );
    }
    const actor = actorFor(actorCell);
    const kind = enumValue("kind", get(row, "kind"), at("kind"));
    if (kind) actor.kind = kind;
    const parentCell = get(row, "parent");
    if (!isBlankOrZero(parentCell)) parentOf.set(actor, { name: cellText(parentCell), row: rowNo });

    const amountCell = get(row, "amount");
    if (isBlank(amountCell)) throw invalid(`${at("amount")}: saknas; ange ett belopp i kronor per år`);
    const amount = parseNumber(amountCell);
    if (amount === undefined) throw invalid(`${at("amount")}: ${showCell(amountCell)} är inget tal`);
    if (Math.abs(amount) > 1e15) throw invalid(`${at("amount")}: ${showCell(amountCell)} är större än 10^15 kr`);
    let direction = enumValue("direction", get(row, "direction"), at("direction"));
    if (direction === undefined) direction = amount < 0 ? "cost" : "revenue";
    else if (amount < 0) {
      throw invalid(
        `${at("amount")}: ${showCell(amountCell)} är negativt fast ${label("direction")} anger ${direction === "cost" ? "Kostnad" : "Intäkt"}; ange beloppet positivt`,
      );
    }
    const role = enumValue("role", get(row, "role"), at("role")) ?? "effect";
    const basis = enumValue("basis", get(row, "basis"), at("basis")) ?? "total";
    if (role === "investment" && basis === "perSuccess") {
      throw invalid(`${at("basis")}: en insats räknas i totalbelopp per år, inte per person; ange Totalt`);
    }
    const line: Record<string, unknown> = {
      actor: actor.id,
      direction,
      category: enumValue("category", get(row, "category"), at("category")) ?? "real",
      role,
      basis,
      amount: Math.abs(amount),
    };
    const from = yearValue(get(row, "fromYear"), at("fromYear"));
    const to = yearValue(get(row, "toYear"), at("toYear"));
    if (from !== undefined) line.fromYear = from;
    if (to !== undefined) line.toYear = to;
    if (from !== undefined && to !== undefined && from > to)
      throw invalid(`${at("fromYear")}: år ${from} är efter ${label("toYear")} ${to}`);
    const text = get(row, "label");
    if (typeof text === "string" && text.trim() !== "") line.label = text.trim();
    lines.push(line);
    rowOf.push(rowNo);
  }
  if (lines.length === 0)
    throw invalid(`Området med poster har en rubrikrad (rad ${headerIndex + 1}) men inga rader med poster`);
  for (const [actor, p] of parentOf) {
    const parent = byKey.get(key(p.name));
    if (!parent) {
      const hint = suggest(
        p.name,
        actors.map((a) => a.name),
      );
      throw invalid(
        `Rad ${p.row}, ${label("parent")}: '${p.name}' är ingen aktör bland posterna` +
          (hint ? `; menade du '${hint}'?` : ""),
      );
    }
    if (actor.parent !== undefined && actor.parent !== parent.id) {
      throw invalid(
        `Rad ${p.row}, ${label("parent")}: ${actor.name} har redan en annan överordnad aktör på en tidigare rad`,
      );
    }
    actor.parent = parent.id;
  }
  return { actors, lines, rowOf, columnLabel: labels };
}

/** Assumption names in Swedish and English, by key(). */
const ASSUMPTION_NAMES: Record<string, AssumptionKey> = (() => {
  const m: Record<string, AssumptionKey> = {};
  for (const a of ASSUMPTIONS) {
    m[key(a.label)] = a.key;
    m[key(a.key)] = a.key;
  }
  Object.assign(m, {
    horisontar: "horizon",
    ar: "horizon",
    years: "horizon",
    ranta: "discountRate",
    diskontering: "discountRate",
    discount: "discountRate",
    antalutfall: "successes",
    antalmedutfall: "successes",
    utfall: "successes",
    personermedutfall: "successes",
    successes: "successes",
    n: "successes",
    dropoff: "decay",
    tillvaxt: "growth",
    realgrowth: "growth",
  });
  return m;
})();

const HEADER_WORDS = new Set(["antagande", "antaganden", "namn", "name", "assumption", "assumptions", "parameter"]);

export interface ParsedAssumptions {
  values: Partial<Record<AssumptionKey, number>>;
  rowOf: Partial<Record<AssumptionKey, number>>;
}

/** Parses an assumptions range: two columns (name, value); further columns are ignored. */
export function parseAssumptions(range: unknown): ParsedAssumptions {
  const m = asMatrix(range);
  const values: Partial<Record<AssumptionKey, number>> = {};
  const rowOf: Partial<Record<AssumptionKey, number>> = {};
  if (m.length > 0 && m[0].length < 2 && m.some((row) => !isBlankOrZero(row[0]))) {
    throw invalid("Antagandena ska vara två kolumner: namn och värde (t.ex. Diskonteringsränta | 3,5 %)");
  }
  m.forEach((row, r) => {
    const rowNo = r + 1;
    const nameCell = row[0];
    if (row.every(isBlankOrZero)) return;
    const name = cellText(nameCell).trim();
    if (!name) throw invalid(`Antaganden rad ${rowNo}: namnet saknas i första kolumnen`);
    const k = ASSUMPTION_NAMES[key(name)];
    if (!k) {
      if (r === 0 && HEADER_WORDS.has(key(name))) return; // a header row
      const hint = suggest(
        name,
        ASSUMPTIONS.map((a) => a.label),
      );
      throw invalid(
        `Antaganden rad ${rowNo}: okänt antagande '${name}'` +
          (hint ? `; menade du '${hint}'?` : `; kända är ${ASSUMPTIONS.map((a) => a.label).join(", ")}`),
      );
    }
    if (rowOf[k] !== undefined) throw invalid(`Antaganden rad ${rowNo}: ${name} står redan på rad ${rowOf[k]}`);
    const v = parseNumber(row[1]);
    if (v === undefined) {
      throw invalid(
        `Antaganden rad ${rowNo}, ${name}: ${isBlank(row[1]) ? "värdet saknas" : `${showCell(row[1])} är inget tal`}`,
      );
    }
    values[k] = v;
    rowOf[k] = rowNo;
  });
  return { values, rowOf };
}

/**
 * Builds and validates a case from the ranges. Engine validation errors are translated
 * into the range's rows and columns. Without assumptions, the horizon is widened to the
 * last year any line names (the single-year statement does not depend on it).
 */
export function caseFromRanges(linesRange: unknown, assumptionsRange?: unknown): { case: Case; parsed: ParsedLines } {
  const parsed = parseLines(linesRange);
  const pa =
    assumptionsRange === undefined || assumptionsRange === null ? undefined : parseAssumptions(assumptionsRange);
  const assumptions: Record<string, number> = { ...(pa?.values ?? {}) };
  if (pa === undefined || assumptions.horizon === undefined) {
    const lastYear = Math.max(0, ...parsed.lines.map((l) => Math.max(Number(l.fromYear ?? 0), Number(l.toYear ?? 0))));
    if (lastYear > 20) assumptions.horizon = Math.min(100, lastYear);
  }
  const raw = { title: "Kalkyl i Excel", priceYear: 2000, actors: parsed.actors, assumptions, lines: parsed.lines };
  const v = validateCase(raw);
  if (!v.ok) {
    const e = v.errors[0];
    const message = e.message.replace(/basis 'perSuccess'/g, "Bas 'Per person'");
    throw invalid(
      translatePath(e.path, parsed, pa) +
        ": " +
        message +
        (v.errors.length > 1 ? ` (och ${v.errors.length - 1} fel till)` : ""),
    );
  }
  return { case: v.case, parsed };
}

function translatePath(path: string, parsed: ParsedLines, pa: ParsedAssumptions | undefined): string {
  const line = /^lines\[(\d+)\]\.(\w+)$/.exec(path);
  if (line) {
    const field = line[2] as Field;
    return `Rad ${parsed.rowOf[Number(line[1])]}, ${parsed.columnLabel[field] ?? FIELD_LABEL[field] ?? field}`;
  }
  const as = /^assumptions\.(\w+)$/.exec(path);
  if (as) {
    const k = as[1] as AssumptionKey;
    const info = ASSUMPTIONS.find((a) => a.key === k);
    const row = pa?.rowOf[k];
    return row !== undefined ? `Antaganden rad ${row}, ${info?.label ?? k}` : `Antaganden, ${info?.label ?? k}`;
  }
  return path;
}

/** The Swedish column headers of a lines range, in the order socinv writes them. */
export { LINE_HEADERS };

const SV_VALUE = {
  direction: { revenue: "Intäkt", cost: "Kostnad" },
  category: { real: "Real", financial: "Finansiell", production: "Produktion" },
  role: { investment: "Insats", effect: "Effekt" },
  basis: { total: "Totalt", perSuccess: "Per person" },
} as const;

/** A case's lines as a range with Swedish headers, as parseLines reads it back. */
export function linesToRange(c: Case): (string | number)[][] {
  const byId = new Map(c.actors.map((a) => [a.id, a]));
  const rows: (string | number)[][] = [[...LINE_HEADERS]];
  for (const l of c.lines) {
    const a = byId.get(l.actor)!;
    const parent = a.parent ? byId.get(a.parent)!.name : "";
    rows.push([
      a.name,
      parent,
      SV_VALUE.direction[l.direction],
      SV_VALUE.category[l.category],
      SV_VALUE.role[l.role],
      SV_VALUE.basis[l.basis],
      l.amount,
      l.fromYear,
      l.toYear,
      l.label ?? "",
    ]);
  }
  return rows;
}

/** A case's assumptions as a two-column range (Swedish names, values as fractions). */
export function assumptionsToRange(c: Case): (string | number)[][] {
  return ASSUMPTIONS.map((a) => [a.label, c.assumptions[a.key]]);
}
