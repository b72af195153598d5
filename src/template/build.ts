import {
  ASSUMPTIONS,
  CATEGORIES,
  LINE_HEADERS,
  METHOD_VERSION,
  SV,
  buildReport,
  compute,
  type AssumptionKey,
  type Case,
  type Report,
} from "../engine";
import { canonicalJson } from "./canonical";
import { methodLines } from "./method-text";
import {
  FMT,
  Grid,
  addr,
  colName,
  xref,
  type CellSpec,
  type ChartSpec,
  type NameSpec,
  type SheetModel,
  type WorkbookModel,
} from "./model";
import { sha256Hex } from "./sha256";
import { analysisSheets, followUpSheet } from "./analysis-sheets";

export interface BuildOptions {
  /** 1 for a fresh workbook; n > 1 gives sheets " (n)" and names "_n", for a workbook that already has a case. */
  version?: number;
  generatedAt?: Date;
  addinVersion?: string;
}

export const BASE_SHEET_NAMES: Record<SheetModel["key"], string> = {
  statement: "Resultaträkning",
  projection: "Prognos",
  sensitivity: "Känslighet",
  repayment: "Återföring",
  compensation: "Omfördelning",
  followup: "Uppföljning",
  lines: "Poster",
  assumptions: "Antaganden",
  method: "Metod",
  revision: "Revision",
};

/** Defined names of the assumption cells (no diacritics, valid Excel names). */
export const ASSUMPTION_NAMES: Record<AssumptionKey, string> = {
  horizon: "Horisont",
  discountRate: "Diskonteringsranta",
  successes: "AntalMedUtfall",
  relapse: "Aterfall",
  decay: "Avklingning",
  deadweight: "Dodvikt",
  attribution: "Tillskrivning",
  displacement: "Undantrangning",
  growth: "RealTillvaxt",
};

export const PERSPECTIVES = ["total", "public", "economic"] as const;
type P = (typeof PERSPECTIVES)[number];

/** Longest text Excel accepts in a cell is 32 767 characters; the case is stored in chunks. */
export const CASE_CHUNK = 30000;

const T = (v: string, style?: CellSpec["style"]): CellSpec => (style ? { v, style } : { v });
const N = (v: number, fmt?: string, style?: CellSpec["style"]): CellSpec => ({ v, fmt, style });
const Fx = (f: string, fmt?: string, style?: CellSpec["style"]): CellSpec => ({ f, fmt, style });

export function sheetNames(version: number): Record<SheetModel["key"], string> {
  const out = { ...BASE_SHEET_NAMES };
  if (version > 1) for (const k of Object.keys(out) as SheetModel["key"][]) out[k] = `${out[k]} (${version})`;
  return out;
}

export function nameSuffix(version: number): string {
  return version > 1 ? `_${version}` : "";
}

/** Every defined name the template creates, for a version: renderers check them for collisions. */
export function definedNames(c: Case, version: number): string[] {
  return buildWorkbook(c, { version, generatedAt: new Date(0) }).names.map((n) => n.name);
}

const KIND_SV = SV.kind;

export class TemplateError extends Error {}

export function buildWorkbook(c: Case, opts: BuildOptions = {}): WorkbookModel {
  if (c.lines.length === 0)
    throw new TemplateError("kalkylen har inga poster; lägg till minst en post innan arbetsboken skapas");
  const version = opts.version ?? 1;
  const sfx = nameSuffix(version);
  const names = sheetNames(version);
  const nm = (n: string) => n + sfx;
  const report = buildReport(compute(c));
  const H = c.assumptions.horizon;
  const n = c.lines.length;
  const A = c.actors.length;
  const byId = new Map(c.actors.map((a) => [a.id, a]));
  const definedNamesList: NameSpec[] = [];
  const define = (name: string, sheet: SheetModel["key"], ref: string, comment?: string) =>
    definedNamesList.push({ name: nm(name), sheet, ref, comment });
  const an = (k: AssumptionKey) => nm(ASSUMPTION_NAMES[k]);

  // ---------------------------------------------------------------- Antaganden
  const ag = new Grid();
  ag.set(1, 1, T("Antaganden", "title"));
  ag.set(2, 1, T("Ändra värdena i kolumn C; alla blad räknas om. Andelar anges i procent.", "subtitle"));
  ag.row(
    4,
    1,
    ["Antagande", "Symbol", "Värde", "Enhet", "Standard", "Förklaring", "Källa"].map((h) => T(h, "header")),
  );
  ASSUMPTIONS.forEach((info, i) => {
    const r = 5 + i;
    const fmt =
      info.unit === "andel" || info.unit === "ränta" ? FMT.percent : info.unit === "personer" ? "#,##0.##" : FMT.int;
    ag.row(r, 1, [
      T(info.label, "label"),
      T(info.symbol),
      N(c.assumptions[info.key], fmt, "input"),
      T(info.unit),
      info.default === null ? T("anges") : N(info.default, fmt),
      T(info.explanation),
      T(info.source, "note"),
    ]);
    define(ASSUMPTION_NAMES[info.key], "assumptions", addr(r, 3, true), info.label);
  });
  const kRow = 5 + ASSUMPTIONS.length;
  ag.row(kRow, 1, [
    T("Utfallsjustering", "label"),
    T("k"),
    Fx(`=(1-${an("deadweight")})*(1-${an("displacement")})*${an("attribution")}`, FMT.factor),
    T("andel"),
    N(1, FMT.factor),
    T("k = (1 − w) · (1 − u) · α; räknas fram, ändra inte."),
    T("Metoden, avsnitt Värden.", "note"),
  ]);
  define("Utfallsjustering", "assumptions", addr(kRow, 3, true), "k");

  // ---------------------------------------------------------------- Poster
  const pg = new Grid();
  const LINE_COLS = [...LINE_HEADERS];
  const wholeKronor = c.lines.every((l) => Number.isInteger(l.amount));
  pg.row(
    1,
    1,
    LINE_COLS.map((h) => T(h, "header")),
  );
  c.lines.forEach((l, i) => {
    const a = byId.get(l.actor)!;
    pg.row(2 + i, 1, [
      T(a.name),
      a.parent ? T(byId.get(a.parent)!.name) : T(""),
      T(SV.direction[l.direction]),
      T(SV.category[l.category]),
      T(SV.role[l.role]),
      T(SV.basis[l.basis]),
      N(l.amount, wholeKronor ? FMT.kr : FMT.krOre, "input"),
      N(l.fromYear, FMT.int),
      N(l.toYear, FMT.int),
      T(l.label ?? ""),
    ]);
  });
  const AC = 12; // actors block starts in column L
  pg.row(
    1,
    AC,
    ["Id", "Namn", "Slag", "Ingår i"].map((h) => T(h, "header")),
  );
  c.actors.forEach((a, i) =>
    pg.row(2 + i, AC, [T(a.id), T(a.name), T(KIND_SV[a.kind]), T(a.parent ? byId.get(a.parent)!.name : "")]),
  );
  const actorNames = `${xref(names.lines, `$${colName(AC + 1)}$2:$${colName(AC + 1)}$${1 + A}`)}`;
  const actorKinds = `${xref(names.lines, `$${colName(AC + 2)}$2:$${colName(AC + 2)}$${1 + A}`)}`;

  // ---------------------------------------------------------------- Prognos
  const fg = new Grid();
  const Y0 = 11; // column K = year 1
  const yc = (t: number) => Y0 + t - 1;
  const NV = Y0 + H; // present value per row
  // Rows 4–15: the summary and the milestone table (what a reader wants first); row 17: the
  // header of the year grid; then one row per line and the aggregate sections.
  const HDR = 17;
  const r0 = HDR + 1;
  const rL = HDR + n;
  const col = (cn: number) => `$${colName(cn)}$${r0}:$${colName(cn)}$${rL}`;
  const yearsRow = (row: number) => {
    for (let t = 1; t <= H; t++) fg.set(row, yc(t), N(t, FMT.int, "header"));
  };
  fg.set(1, 1, T(`Prognos – ${c.title}`, "title"));
  fg.set(
    2,
    1,
    T(
      `Diskonterade värden i kronor, ${c.priceYear} års priser. År 1 diskonteras inte. Posterna hämtas från bladet ${names.lines}.`,
      "subtitle",
    ),
  );
  fg.row(
    HDR,
    1,
    ["Rad", "Aktör", "Riktning", "Kostnadslag", "Roll", "Bas", "Belopp", "Från år", "Till år", "Offentlig"].map((h) =>
      T(h, "header"),
    ),
  );
  yearsRow(HDR);
  fg.set(HDR, NV, T("Nuvärde", "header"));
  const pow = (base: string, tc: string) => `IF(${tc}=1,1,(${base})^(${tc}-1))`;
  for (let i = 0; i < n; i++) {
    const r = r0 + i;
    const pr = 2 + i; // row on Poster
    const P = (cn: number) => xref(names.lines, `${colName(cn)}${pr}`);
    fg.row(r, 1, [
      N(i + 1, FMT.int),
      Fx(`=${P(1)}&""`),
      Fx(`=${P(3)}&""`),
      Fx(`=${P(4)}&""`),
      Fx(`=${P(5)}&""`),
      Fx(`=${P(6)}&""`),
      Fx(`=N(${P(7)})`, wholeKronor ? FMT.kr : FMT.krOre),
      Fx(`=IF(${P(8)}="",1,${P(8)})`, FMT.int),
      Fx(`=IF(${P(9)}="",${an("horizon")},${P(9)})`, FMT.int),
      Fx(`=IF(IFERROR(INDEX(${actorKinds},MATCH($B${r},${actorNames},0)),"")="${KIND_SV.public}",1,0)`, FMT.int),
    ]);
    for (let t = 1; t <= H; t++) {
      const tc = `${colName(yc(t))}$${HDR}`;
      const f =
        `=IF(AND(${tc}>=$H${r},${tc}<=$I${r},${tc}<=${an("horizon")}),` +
        `IF($C${r}="${SV.direction.revenue}",1,-1)*$G${r}*` +
        `IF($E${r}="${SV.role.investment}",1,` +
        `IF($F${r}="${SV.basis.perSuccess}",${an("successes")}*${pow(`1-${an("relapse")}`, tc)},1)*${nm("Utfallsjustering")}*` +
        `${pow(`(1-${an("decay")})*(1+${an("growth")})`, tc)})` +
        `/${pow(`1+${an("discountRate")}`, tc)},0)`;
      fg.set(r, yc(t), Fx(f, FMT.kr));
    }
    fg.set(r, NV, Fx(`=SUM(${colName(yc(1))}${r}:${colName(yc(H))}${r})`, FMT.kr, "total"));
  }
  let row = rL + 2;
  const section = (title: string) => {
    fg.set(row, 2, T(title, "header"));
    yearsRow(row);
    row++;
  };
  const seriesRow = (
    label: string,
    formulaFor: (t: number, cl: string) => string,
    style?: CellSpec["style"],
    key?: string,
  ) => {
    fg.set(row, 2, T(label, style === "total" ? "total" : "label"));
    if (key !== undefined) fg.set(row, 4, T(key));
    for (let t = 1; t <= H; t++) fg.set(row, yc(t), Fx(formulaFor(t, colName(yc(t))), FMT.kr, style));
    return row++;
  };
  const accumulateRow = (label: string, annualRow: number, style?: CellSpec["style"]) =>
    seriesRow(
      label,
      (t, cl) => (t === 1 ? `=${cl}${annualRow}` : `=${colName(yc(t - 1))}${row}+${cl}${annualRow}`),
      style,
    );

  section("Årligt per aktör (egna poster)");
  const actorAnnual = new Map<string, number>();
  for (const a of c.actors) {
    actorAnnual.set(
      a.id,
      seriesRow(a.name, (_t, cl) => `=SUMIF(${col(2)},$B${row},${cl}$${r0}:${cl}$${rL})`),
    );
  }
  row++;
  section("Ackumulerat per aktör");
  const actorAcc = new Map<string, number>();
  for (const a of c.actors) actorAcc.set(a.id, accumulateRow(a.name, actorAnnual.get(a.id)!));
  row++;
  section("Årligt per kostnadslag");
  const catAnnual = new Map<string, number>();
  for (const cat of CATEGORIES) {
    catAnnual.set(
      cat,
      seriesRow(
        SV.categoryPlural[cat],
        (_t, cl) => `=SUMIF(${col(4)},$D${row},${cl}$${r0}:${cl}$${rL})`,
        undefined,
        SV.category[cat],
      ),
    );
  }
  row++;
  section("Ackumulerat per kostnadslag");
  const catAcc = new Map<string, number>();
  for (const cat of CATEGORIES) catAcc.set(cat, accumulateRow(SV.categoryPlural[cat], catAnnual.get(cat)!));
  row++;
  const PLABEL: Record<P, string> = {
    total: "Totalt (Summa)",
    public: "Offentlig sektor",
    economic: "Samhällsekonomiskt",
  };
  const pAnnual = new Map<P, number>();
  const pAcc = new Map<P, number>();
  const pNeg = new Map<P, number>();
  section("Perspektiv");
  for (const p of PERSPECTIVES) {
    const rng = (cl: string) => `${cl}$${r0}:${cl}$${rL}`;
    pAnnual.set(
      p,
      seriesRow(`Årligt – ${PLABEL[p]}`, (_t, cl) =>
        p === "total"
          ? `=SUM(${rng(cl)})`
          : p === "public"
            ? `=SUMIF(${col(10)},1,${rng(cl)})`
            : `=SUMIF(${col(4)},"<>${SV.category.financial}",${rng(cl)})`,
      ),
    );
    pAcc.set(p, accumulateRow(`Ackumulerat – ${PLABEL[p]}`, pAnnual.get(p)!, "total"));
    const accRow = pAcc.get(p)!;
    pNeg.set(
      p,
      seriesRow(
        `Hjälprad: år med negativt ackumulerat – ${PLABEL[p]}`,
        (_t, cl) => `=IF(${cl}${accRow}<0,${cl}$${HDR},0)`,
        "note",
      ),
    );
  }
  // every helper row is a year number, not kronor
  for (const p of PERSPECTIVES) for (let t = 1; t <= H; t++) fg.cells[pNeg.get(p)! - 1][yc(t) - 1]!.fmt = FMT.int;
  const chartRow = row + 1;
  row = 4;
  fg.set(row, 2, T(`Sammanfattning över ${H} år (nuvärden)`, "header"));
  row++;
  fg.row(
    row,
    2,
    ["Perspektiv", "Investering", "Nytta", "Nettonuvärde", "Avkastningskvot", "Break-even år"].map((h) =>
      T(h, "header"),
    ),
  );
  row++;
  const summaryRow = new Map<P, number>();
  const nvCol = col(NV);
  for (const p of PERSPECTIVES) {
    const crit = p === "total" ? "" : p === "public" ? `,${col(10)},1` : `,${col(4)},"<>${SV.category.financial}"`;
    const inv = `-SUMIFS(${nvCol},${col(5)},"${SV.role.investment}"${crit})`;
    const ben = `SUMIFS(${nvCol},${col(5)},"<>${SV.role.investment}"${crit})`;
    fg.row(row, 2, [
      T(PLABEL[p], "label"),
      Fx(`=${inv}`, FMT.kr),
      Fx(`=${ben}`, FMT.kr),
      Fx(`=D${row}-C${row}`, FMT.kr, "total"),
      Fx(`=IF(C${row}=0,"",D${row}/C${row})`, FMT.ratio),
      Fx(
        `=IF(${colName(yc(H))}${pAcc.get(p)}<0,"Ingen",MAX(${colName(yc(1))}${pNeg.get(p)}:${colName(yc(H))}${pNeg.get(p)})+1)`,
        FMT.int,
      ),
    ]);
    define(`NPV_${p}`, "projection", addr(row, 5, true), `Nettonuvärde, ${PLABEL[p]}`);
    define(`ROI_${p}`, "projection", addr(row, 6, true), `Avkastningskvot, ${PLABEL[p]}`);
    define(`BreakEven_${p}`, "projection", addr(row, 7, true), `Break-even år, ${PLABEL[p]}`);
    summaryRow.set(p, row);
    row++;
  }
  row = 10;
  const milestones = [1, 2, 3, 4, 5, 10, 20, 30, 50, 100].filter((y) => y <= H);
  if (!milestones.includes(H)) milestones.push(H);
  fg.set(row, 2, T("Milstolpar: ackumulerat per kostnadslag (jfr tabell 4.3 i Nilsson 2017)", "header"));
  row++;
  fg.row(row, 2, [T("År", "header"), ...milestones.map((y) => N(y, FMT.int, "header"))]);
  row++;
  for (const cat of CATEGORIES) {
    fg.row(row, 2, [
      T(SV.categoryPlural[cat], "label"),
      ...milestones.map((y) => Fx(`=${colName(yc(y))}${catAcc.get(cat)}`, FMT.kr)),
    ]);
    row++;
  }
  fg.row(row, 2, [
    T("Summa", "total"),
    ...milestones.map((y) => Fx(`=${colName(yc(y))}${pAcc.get("total")}`, FMT.kr, "total")),
  ]);
  row = chartRow;
  const yearsRef = `$${colName(yc(1))}$${HDR}:$${colName(yc(H))}$${HDR}`;
  const projectionCharts: ChartSpec[] = [
    {
      title: "Ackumulerat netto per perspektiv (investeringspuckeln)",
      type: "line",
      categories: yearsRef,
      series: PERSPECTIVES.map((p) => ({
        name: PLABEL[p],
        values: `$${colName(yc(1))}$${pAcc.get(p)}:$${colName(yc(H))}$${pAcc.get(p)}`,
      })),
      // beside the summary and milestones at the top, right of the milestone columns
      at: { col: 4 + milestones.length, row: 3, cols: 8, rows: 14 },
    },
  ];

  const analyses = analysisSheets(
    c,
    { sheet: names.projection, H, yc, r0, rL, actorAcc, pAnnual, summaryRow, nm },
    { sensitivity: names.sensitivity, repayment: names.repayment, compensation: names.compensation },
  );
  definedNamesList.push(...analyses.names);
  const followUp = followUpSheet(
    c,
    { sheet: names.projection, H, yc, r0, rL, actorAcc, pAnnual, summaryRow, nm, lineCount: n },
    names.followup,
  );
  definedNamesList.push(...followUp.names);

  // ---------------------------------------------------------------- Resultaträkning
  const sg = new Grid();
  sg.set(1, 1, T(`Socioekonomisk resultaträkning – ${c.title}`, "title"));
  sg.set(
    2,
    1,
    T(
      [`År 1, kronor i ${c.priceYear} års priser`, c.activity, c.municipality].filter(Boolean).join(". ") + ".",
      "subtitle",
    ),
  );
  sg.row(
    4,
    1,
    ["Aktör", "Intäkt", "Kostnad", "Netto", "Ingår i"].map((h) => T(h, "header")),
  );
  const y1 = `${xref(names.projection, `$${colName(yc(1))}$${r0}:$${colName(yc(1))}$${rL}`)}`;
  const pB = xref(names.projection, col(2));
  const pC = xref(names.projection, col(3));
  c.actors.forEach((a, i) => {
    const r = 5 + i;
    sg.row(r, 1, [
      T(a.name, "label"),
      Fx(`=SUMIFS(${y1},${pB},$A${r},${pC},"${SV.direction.revenue}")`, FMT.kr),
      Fx(`=-SUMIFS(${y1},${pB},$A${r},${pC},"<>${SV.direction.revenue}")`, FMT.kr),
      Fx(`=B${r}-C${r}`, FMT.kr, "total"),
      T(a.parent ? byId.get(a.parent)!.name : ""),
    ]);
    define(`Statement_Net_${a.id}`, "statement", addr(r, 4, true), `Netto år 1, ${a.name}`);
  });
  const sumRow = 5 + A;
  sg.row(sumRow, 1, [
    T("Summa", "total"),
    Fx(`=SUM(B5:B${sumRow - 1})`, FMT.kr, "total"),
    Fx(`=SUM(C5:C${sumRow - 1})`, FMT.kr, "total"),
    Fx(`=SUM(D5:D${sumRow - 1})`, FMT.kr, "total"),
  ]);
  define("Statement_Total", "statement", addr(sumRow, 4, true), "Summa netto år 1 (samhällsvinst)");
  let sr = sumRow + 2;
  sg.set(sr++, 1, T(`Över ${H} år (nuvärden, diskonteringsränta enligt bladet ${names.assumptions})`, "header"));
  sg.row(
    sr++,
    1,
    ["Perspektiv", "Investering", "Nytta", "Nettonuvärde", "Avkastningskvot", "Break-even år"].map((h) =>
      T(h, "header"),
    ),
  );
  for (const p of PERSPECTIVES) {
    const pr = summaryRow.get(p)!;
    const ref = (cn: number) => `=${xref(names.projection, addr(pr, cn, true))}`;
    sg.row(sr++, 1, [
      T(PLABEL[p], "label"),
      Fx(ref(3), FMT.kr),
      Fx(ref(4), FMT.kr),
      Fx(ref(5), FMT.kr, "total"),
      Fx(ref(6), FMT.ratio),
      Fx(ref(7), FMT.int),
    ]);
  }
  sr++;
  sg.set(
    sr++,
    1,
    T(
      `Antaganden: bladet ${names.assumptions}. Metod: bladet ${names.method}. Kontroll: bladet ${names.revision}.`,
      "note",
    ),
  );
  const statementCharts: ChartSpec[] = [
    {
      title: "Netto per aktör år 1",
      type: "bar",
      categories: `$A$5:$A$${4 + A}`,
      series: [{ name: "Netto", values: `$D$5:$D$${4 + A}` }],
      at: { col: 1, row: sr + 1, cols: 5, rows: 20 },
    },
  ];

  // ---------------------------------------------------------------- Metod
  const mg = new Grid();
  methodLines().forEach((l, i) => mg.set(i + 1, 1, T(l.text, l.style)));

  // ---------------------------------------------------------------- Revision
  const rg = new Grid();
  const canonical = canonicalJson(c);
  const hash = sha256Hex(canonical);
  const generated = (opts.generatedAt ?? new Date()).toISOString();
  rg.set(1, 1, T("Revision", "title"));
  rg.set(2, 1, T("Uppgifter för granskning och för att återskapa kalkylen med socinv.", "subtitle"));
  const meta: [string, CellSpec][] = [
    ["socinv-version", T(opts.addinVersion ?? "0.0.0")],
    ["Metodversion", N(METHOD_VERSION, FMT.int)],
    ["Skapad (UTC)", T(generated)],
    ["Kalkyl", T(c.title)],
    ["Prisår", N(c.priceYear, FMT.int)],
    ["SHA-256 av kalkylen (kanonisk JSON)", T(hash)],
  ];
  meta.forEach(([k, v], i) => rg.row(4 + i, 1, [T(k, "label"), v]));
  let rr = 4 + meta.length + 1;
  rg.set(rr++, 1, T("Kontroller: arbetsbokens tal nu jämförda med motorns tal när boken skapades", "header"));
  rg.row(
    rr++,
    1,
    ["Mått", "Namn", "Värde nu", "Värde vid skapandet", "Tolerans", "Status"].map((h) => T(h, "header")),
  );
  const checks: [string, string, number | string, number, string][] = [
    ["Summa netto år 1", "Statement_Total", report.statement.total, 1, FMT.kr],
    ...c.actors.map(
      (a) =>
        [`Netto år 1, ${a.name}`, `Statement_Net_${a.id}`, report.statement.byActor[a.id].net, 1, FMT.kr] as [
          string,
          string,
          number,
          number,
          string,
        ],
    ),
    ...PERSPECTIVES.flatMap((p) => {
      const rep = report.perspectives[p];
      return [
        [`Nettonuvärde, ${PLABEL[p]}`, `NPV_${p}`, rep.npv, 1, FMT.kr],
        [`Avkastningskvot, ${PLABEL[p]}`, `ROI_${p}`, rep.roi === null ? "" : rep.roi, 0.01, FMT.ratio],
        [
          `Break-even år, ${PLABEL[p]}`,
          `BreakEven_${p}`,
          rep.breakEvenYear === null ? "Ingen" : rep.breakEvenYear,
          0,
          FMT.int,
        ],
      ] as [string, string, number | string, number, string][];
    }),
  ];
  const firstCheck = rr;
  for (const [label, name, value, tol, fmt] of checks) {
    rg.row(rr, 1, [
      T(label, "label"),
      T(nm(name)),
      Fx(`=${nm(name)}`, fmt),
      typeof value === "number" ? N(value, fmt) : T(value),
      N(tol),
      Fx(
        `=IF(AND(ISNUMBER(C${rr}),ISNUMBER(D${rr})),IF(ABS(C${rr}-D${rr})<=E${rr},"OK","Avviker"),IF(C${rr}&""=D${rr}&"","OK","Avviker"))`,
        undefined,
        "check",
      ),
    ]);
    rr++;
  }
  const lastCheck = rr - 1;
  rg.row(rr, 1, [
    T("Samlad kontroll", "total"),
    T(nm("Revision_Status")),
    Fx(
      `=IF(COUNTIF(F${firstCheck}:F${lastCheck},"OK")=${lastCheck - firstCheck + 1},"OK","Avviker")`,
      undefined,
      "check",
    ),
  ]);
  define("Revision_Status", "revision", addr(rr, 3, true), "OK när alla kontroller stämmer");
  rr += 2;
  rg.set(rr++, 1, T("Kalkylen (kanonisk JSON)", "header"));
  rg.set(
    rr++,
    1,
    T(
      "Cellerna nedan är tillsammans kalkylfilen. Återskapa med: socinv extract <arbetsbok.xlsx> -o kalkyl.json och socinv workbook kalkyl.json -o ny.xlsx",
      "note",
    ),
  );
  const caseStart = rr;
  for (let i = 0; i < canonical.length; i += CASE_CHUNK)
    rg.set(rr++, 1, { v: canonical.slice(i, i + CASE_CHUNK), fmt: FMT.text });
  rg.set(caseStart - 2, 3, T(`Rader ${caseStart}–${rr - 1}`, "note"));

  // ---------------------------------------------------------------- assemble
  const sheets: SheetModel[] = [
    {
      key: "statement",
      name: names.statement,
      cells: sg.dense(),
      columnWidths: [30, 16, 16, 16, 22, 14],
      tables: [],
      charts: statementCharts,
      freeze: { rows: 4, cols: 1 },
      print: { landscape: true, fitToWidth: true },
    },
    {
      key: "projection",
      name: names.projection,
      cells: fg.dense(),
      columnWidths: [6, 30, 15, 15, 15, 15, 15, 15, 15, 15, ...Array<number>(H).fill(14), 16],
      tables: [],
      charts: projectionCharts,
      freeze: { rows: 0, cols: 2 },
      print: { landscape: true, fitToWidth: false },
    },
    ...analyses.sheets,
    followUp.sheet,
    {
      key: "lines",
      name: names.lines,
      cells: pg.dense(),
      columnWidths: [26, 20, 10, 12, 9, 11, 15, 8, 8, 40, 3, 22, 26, 12, 20],
      tables: [{ name: nm("Poster"), ref: "A1", columns: LINE_COLS, rows: n }],
      print: { landscape: true, fitToWidth: false },
      charts: [],
      validations: [
        { ref: `A2:A${n + 1}`, list: c.actors.map((a) => a.name) },
        { ref: `C2:C${n + 1}`, list: [SV.direction.revenue, SV.direction.cost] },
        { ref: `D2:D${n + 1}`, list: CATEGORIES.map((k) => SV.category[k]) },
        { ref: `E2:E${n + 1}`, list: [SV.role.effect, SV.role.investment] },
        { ref: `F2:F${n + 1}`, list: [SV.basis.total, SV.basis.perSuccess] },
      ],
      freeze: { rows: 1, cols: 1 },
    },
    {
      key: "assumptions",
      name: names.assumptions,
      cells: ag.dense(),
      columnWidths: [22, 8, 12, 10, 10, 70, 60],
      tables: [],
      charts: [],
      print: { landscape: true, fitToWidth: false },
    },
    { key: "method", name: names.method, cells: mg.dense(), columnWidths: [140], tables: [], charts: [] },
    {
      key: "revision",
      name: names.revision,
      cells: rg.dense(),
      columnWidths: [40, 40, 18, 20, 10, 10],
      tables: [],
      charts: [],
    },
  ];
  return { sheets, names: definedNamesList, activeSheet: "statement" };
}

/** Reads the canonical case back out of a Revision sheet's cells (column A, the chunks after the heading). */
export function caseJsonFromRevision(columnA: unknown[]): string | undefined {
  const i = columnA.findIndex((v) => v === "Kalkylen (kanonisk JSON)");
  if (i < 0) return undefined;
  const chunks: string[] = [];
  for (let r = i + 2; r < columnA.length; r++) {
    const v = columnA[r];
    if (typeof v !== "string" || v === "") break;
    chunks.push(v);
  }
  return chunks.length ? chunks.join("") : undefined;
}

export type { Report };
