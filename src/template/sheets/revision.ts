import { METHOD_VERSION, type Case, type Report } from "../../engine";
import { PERSPECTIVE } from "../../engine/vocabulary";
import { canonicalJson } from "../canonical";
import type { Layout } from "../layout";
import { CASE_CHUNK, type Check, type RevisionMeta } from "./revision.layout";
import { FMT, Fx, N, T, addr, cell, colName, line, sheet, table, titled, type Block } from "../cells";
import { inputCheckTables, inputChecksPlacement, inputsStatus, spareLeft } from "./checks";
import type { CellSpec, SheetModel } from "../model";
import { sha256Hex } from "../sha256";
import type { SheetInput } from "./input";
import { NO_SUCCESSES } from "./successes";
import { controlStatusRefs } from "../controls";

/**
 * Revision: what is needed to review the workbook and reproduce it with socinv — versions, date,
 * the SHA-256 of the canonical case, checks of the workbook's figures against the engine's when
 * the book was made, and the canonical case itself in chunks.
 */

/** The heading above the case's chunks; caseJsonFromRevision finds the case by it. */
const CASE_HEADING = "Kalkylen (kanonisk JSON)";

function meta(x: SheetInput, hash: string): Record<RevisionMeta, [string, CellSpec]> {
  return {
    addinVersion: ["socinv-version", T(x.addinVersion)],
    methodVersion: ["Metodversion", N(METHOD_VERSION, FMT.int)],
    generatedAt: ["Skapad (UTC)", T(x.generatedAt.toISOString())],
    title: ["Kalkyl", T(x.c.title)],
    priceYear: ["Prisår", N(x.c.priceYear, FMT.int)],
    hash: ["SHA-256 av kalkylen (kanonisk JSON)", T(hash)],
  };
}

/** A check's label, the engine's value, its tolerance and number format. */
function expected(c: Case, report: Report, k: Check): [string, number | string, number, string] {
  if (k.kind === "statementTotal") return ["Summa netto år 1", report.statement.total, 1, FMT.kr];
  if (k.kind === "actorNet") {
    const a = c.actors.find((x) => x.id === k.actor)!;
    return [`Netto år 1, ${a.name}`, report.statement.byActor[a.id].net, 1, FMT.kr];
  }
  const label = PERSPECTIVE.labels[k.perspective];
  const rep = report.perspectives[k.perspective];
  if (k.kind === "npv") return [`Nettonuvärde, ${label}`, rep.npv, 1, FMT.kr];
  if (k.kind === "breakEvenSuccesses") {
    const n = rep.breakEvenSuccesses;
    return [`Behövs för break-even (N*), ${label}`, n === null ? NO_SUCCESSES : n, 0.01, FMT.ratio];
  }
  if (k.kind === "breakEvenSuccessRate") {
    const x = rep.breakEvenSuccessRate;
    return [`Andel av deltagarna (N*/n), ${label}`, x === null ? "" : x, 0.0001, FMT.percent];
  }
  if (k.kind === "roi") return [`Avkastningskvot, ${label}`, rep.roi === null ? "" : rep.roi, 0.01, FMT.ratio];
  return [`Break-even år, ${label}`, rep.breakEvenYear === null ? "Ingen" : rep.breakEvenYear, 0, FMT.int];
}

function checks({ c, report, layout: L }: SheetInput): Block[] {
  const R = L.revision;
  const rows = R.checks.map((k) => {
    const [label, value, tol, fmt] = expected(c, report, k);
    const r = k.row;
    const [C, D, E] = (["now", "expected", "tolerance"] as const).map((x) => `${colName(R.col[x])}${r}`);
    return line(r, R.col.label, [
      T(label, "label"),
      T(k.name),
      Fx(`=${k.name}`, fmt),
      typeof value === "number" ? N(value, fmt) : T(value),
      N(tol),
      Fx(
        `=IF(AND(ISNUMBER(${C}),ISNUMBER(${D})),IF(ABS(${C}-${D})<=${E},"OK","Avviker"),IF(${C}&""=${D}&"","OK","Avviker"))`,
        undefined,
        "check",
      ),
    ]);
  });
  const first = R.checks[0].row;
  const last = R.checks[R.checks.length - 1].row;
  const status = colName(R.col.status);
  // results typed over and inputs edited, each naming its first cell; the key figures against the
  // engine's at creation are shown row by row (they move with every edit of an input)
  const ctl = controlStatusRefs(L);
  const all = `=IF(${ctl.results}="OK",${ctl.inputs},IF(${ctl.inputs}="OK",${ctl.results},${ctl.results}&"; "&${ctl.inputs}))`;
  const engine = `=IF(COUNTIF(${status}${first}:${status}${last},"OK")=${last - first + 1},"OK","Avviker (indata ändrade?)")`;
  return [
    cell(
      R.checksTitleRow,
      1,
      T("Nyckeltal nu jämförda med motorns tal när boken skapades (de flyttar sig när indata ändras)", "header"),
    ),
    table(R.checksHeaderRow, 1, ["Mått", "Namn", "Värde nu", "Värde vid skapandet", "Tolerans", "Status"], []),
    ...rows,
    line(R.statusRow, R.col.label, [
      T("Samlad kontroll (resultat och indata)", "total"),
      T(L.name("Revision_Status")),
      Fx(all, undefined, "check"),
      T("Nyckeltalen ovan:", "label"),
      null,
      Fx(engine, undefined, "check"),
    ]),
    line(R.inputsRow, R.col.label, [
      T("Indata (Poster och Antaganden)", "total"),
      T(L.name("Inputs_Status")),
      Fx(inputsStatus(L), undefined, "check"),
      T(`Steg för steg: rad ${inputChecksPlacement(L).steps.titleRow} och nedåt.`, "note"),
    ]),
    line(R.spareRow, R.col.label, [
      T("Lediga rader för nya poster", "label"),
      T(`Poster rad ${L.lines.lastRow + 1}–${L.lines.lastInputRow}`),
      Fx(spareLeft(L), FMT.int),
      T("Fler: skapa om boken (tillägget eller socinv).", "note"),
    ]),
  ];
}

/** The canonical case in chunks Excel accepts, under its heading. */
function caseChunks(L: Layout, canonical: string): Block[] {
  const R = L.revision;
  const chunks: CellSpec[] = [];
  for (let i = 0; i < canonical.length; i += CASE_CHUNK)
    chunks.push({ v: canonical.slice(i, i + CASE_CHUNK), fmt: FMT.text });
  const how =
    "Cellerna nedan är tillsammans kalkylfilen. Återskapa med: socinv extract <arbetsbok.xlsx> -o kalkyl.json och socinv workbook kalkyl.json -o ny.xlsx";
  return [
    cell(R.caseTitleRow, 1, T(CASE_HEADING, "header")),
    cell(
      R.caseTitleRow,
      3,
      T(`Rader ${R.caseFirstRow}–${R.caseLastRow} (dolda och grupperade: visa dem med +)`, "note"),
    ),
    cell(R.caseNoteRow, 1, T(how, "note")),
    ...chunks.map((x, i) => cell(R.caseFirstRow + i, 1, x)),
  ];
}

export function revisionSheet(x: SheetInput): SheetModel {
  const L = x.layout;
  const canonical = canonicalJson(x.c);
  const m = meta(x, sha256Hex(canonical));
  const metaRows = Object.entries(L.revision.metaRow).map(([k, r]) => {
    const [label, value] = m[k as RevisionMeta];
    return line(r, 1, [T(label, "label"), value]);
  });
  return sheet(
    "revision",
    L.sheets.revision,
    [
      titled("Revision", "Uppgifter för granskning och för att återskapa kalkylen med socinv."),
      ...metaRows,
      ...checks(x),
      ...caseChunks(L, canonical),
      ...inputCheckTables(L),
    ],
    {
      columnWidths: [40, 40, 18, 20, 10, 10],
      // the case itself (thousands of characters in a few cells) is kept outside the printed range
      print: { landscape: true, fitToWidth: true, area: `A1:${addr(L.revision.spareRow, L.revision.col.status)}` },
      hiddenRows: Array.from(
        { length: L.revision.caseLastRow - L.revision.caseFirstRow + 1 },
        (_x, i) => L.revision.caseFirstRow + i,
      ),
    },
  );
}

/** Reads the canonical case back out of a Revision sheet's cells (column A, the chunks after the heading). */
export function caseJsonFromRevision(columnA: unknown[]): string | undefined {
  const i = columnA.findIndex((v) => v === CASE_HEADING);
  if (i < 0) return undefined;
  const chunks: string[] = [];
  for (let r = i + 2; r < columnA.length; r++) {
    const v = columnA[r];
    if (typeof v !== "string" || v === "") break;
    chunks.push(v);
  }
  return chunks.length ? chunks.join("") : undefined;
}
