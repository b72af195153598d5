import {
  BASE_PERSPECTIVES,
  PERSPECTIVE,
  SocinvError,
  buildReport,
  compute,
  formatKr,
  validateCase,
  type Case,
} from "../engine";
import { buildWorkbook, layout } from "../template";
import { caseHashFinding, footerFindings, verifyWorkbook, type Finding, type FindingKind } from "../template/verify";
import { readWorkbook, readWorkbookFile, revisionText } from "./workbook-file";

/**
 * `socinv verify bokslut.xlsx`: what a revisor runs on a workbook handed in. The case text on
 * Revision against its SHA-256, every input against the case, every result against the engine
 * (through the workbook the template makes from the case, whose cached values are the engine's).
 */

interface Out {
  out: (s: string) => void;
  err: (s: string) => void;
}

const badInput = (message: string) => new SocinvError("invalid-input", message);

/** At most this many cells per group are listed; the rest are counted. */
const LISTED = 25;

const HEADINGS: Record<FindingKind, string> = {
  case: "Kalkyltexten",
  input: "Indata ändrade sedan arbetsboken skapades",
  result: "Resultat som inte följer av indata",
  other: "Övrigt ändrat",
};

function group(kind: FindingKind, list: Finding[]): string {
  if (list.length === 0) return "";
  const shown = list.slice(0, LISTED).map((f) => `  ${f.message}\n`);
  const more = list.length > LISTED ? [`  … och ${list.length - LISTED} till.\n`] : [];
  return `${HEADINGS[kind]} (${list.length}):\n${shown.join("")}${more.join("")}`;
}

/**
 * The canonical text carries a line's `amount` beside its `yearlyAmounts` (the validated case's
 * first year, derived from them); a case file may not give both, so the derived amount is left
 * out before the text is validated again (validation derives the same amount).
 */
function withoutDerivedAmounts(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || !Array.isArray((raw as { lines?: unknown }).lines)) return raw;
  const lines = (raw as { lines: unknown[] }).lines.map((l) => {
    if (!l || typeof l !== "object" || !("yearlyAmounts" in l)) return l;
    const { amount: _derived, ...rest } = l as Record<string, unknown>;
    return rest;
  });
  return { ...(raw as object), lines };
}

function parseCase(text: string, file: string): Case {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw badInput(`${file}: kalkyltexten på Revision är ingen giltig JSON; arbetsboken kan inte granskas.`);
  }
  const v = validateCase(withoutDerivedAmounts(raw));
  if (!v.ok) {
    const first = v.errors[0];
    throw badInput(`${file}: kalkyltexten på Revision är ingen giltig kalkyl (${first.path}: ${first.message}).`);
  }
  return v.case;
}

/** The creation time and socinv version Revision gives, so the rebuilt Revision sheet is the same. */
function creation(c: Case, version: number, cellText: (row: number, col: number) => unknown) {
  const R = layout(c, version).revision;
  const at = cellText(R.metaRow.generatedAt, 2);
  const date = typeof at === "string" ? new Date(at) : undefined;
  const addin = cellText(R.metaRow.addinVersion, 2);
  return {
    ...(date && !Number.isNaN(date.getTime()) ? { generatedAt: date } : {}),
    ...(typeof addin === "string" ? { addinVersion: addin } : {}),
  };
}

/** The engine's key figures, as the revisor compares them with page 1. */
function engineSummary(c: Case): string {
  const r = buildReport(compute(c));
  const rows = BASE_PERSPECTIVES.map((p) => {
    const x = r.perspectives[p];
    const be = x.breakEvenYear === null ? "ingen break-even" : `break-even år ${x.breakEvenYear}`;
    return `  ${PERSPECTIVE.labels[p]}: nettonuvärde ${formatKr(x.npv)} kr, ${be}\n`;
  });
  return `Motorns tal för kalkylen (${c.assumptions.horizon} år):\n${rows.join("")}`;
}

export async function verifyCommand(file: string, io: Out): Promise<number> {
  const wb = await readWorkbookFile(file);
  const rev = revisionText(wb, file);
  const book = readWorkbook(wb);
  const found: Finding[] = [];
  const hash = caseHashFinding(rev.caseText, rev.hash);
  if (hash) found.push(hash);
  const c = parseCase(rev.caseText, file);
  const at = creation(c, rev.version, (row, col) => book.cell(rev.sheet, row, col)?.value);
  const model = buildWorkbook(c, { version: rev.version, ...at });
  found.push(...footerFindings(model, book, c), ...verifyWorkbook(model, book));
  const kinds: FindingKind[] = ["case", "input", "result", "other"];
  const text = kinds
    .map((k) =>
      group(
        k,
        found.filter((f) => f.kind === k),
      ),
    )
    .join("");
  const inputs = found.some((f) => f.kind === "input");
  const head = `${file}: kalkylen "${c.title}" (SHA-256 ${rev.hash ?? "saknas"})\n`;
  if (found.length === 0) {
    io.out(
      head +
        engineSummary(c) +
        "Arbetsboken stämmer: kalkyltexten har sin SHA-256, indata är kalkylens och varje resultat är motorns.\n",
    );
    return 0;
  }
  const note = inputs
    ? "Resultatens värden jämförs inte med motorn när indata har ändrats; deras formler är prövade.\n"
    : "";
  io.out(head + engineSummary(c) + text + note);
  io.err(`socinv: ${file}: arbetsboken avviker från kalkylen (${found.length} skillnader, se ovan).\n`);
  return 1;
}
