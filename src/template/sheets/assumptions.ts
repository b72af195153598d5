import {
  ASSUMPTIONS,
  UNIT_FACTOR,
  discountTiming,
  indexValue,
  priceIndexOf,
  rateInYear,
  scheduleBands,
  scheduleText,
  unitCostOf,
  type AssumptionInfo,
  type Case,
  type UnitCost,
} from "../../engine";
import { COST_UNIT } from "../../engine/vocabulary";
import {
  FMT,
  Fx,
  N,
  T,
  addr,
  cell,
  colRange,
  line,
  numberRule,
  sheet,
  svNumber,
  table,
  titled,
  type Block,
} from "../cells";
import type { Layout } from "../layout";
import { textWidth } from "../print";
import type { SheetModel, ValidationSpec } from "../model";
import { conversionYear, type ConversionBlock } from "./assumptions.layout";
import { REGENERATE } from "./checks";
import {
  continuingAssumptionChecks,
  continuingAssumptionRows,
  firstDeltaCell,
  scheduleNote,
  scheduleRateCell,
} from "./continuing";
import type { SheetInput } from "./input";

/** Antaganden: one named input cell per assumption, and the derived outcome adjustment k. */

const HEADERS = ["Antagande", "Symbol", "Värde", "Enhet", "Standard", "Förklaring", "Källa"];

function unitFormat(unit: AssumptionInfo["unit"]): string {
  if (unit === "andel" || unit === "ränta") return FMT.percent;
  return unit === "personer" ? FMT.persons : FMT.int;
}

/** The unit as a reader of the sheet reads it: rates and growth per year, shares in percent. */
function unitText(info: AssumptionInfo): string {
  if (info.unit === "ränta") return "% per år";
  if (info.unit === "andel") return "%";
  return info.unit;
}

/** The explanation and source of an assumption on this workbook's sheet (its horizon, its schedule). */
function explained(c: Case, L: Layout, info: AssumptionInfo): [string, string] {
  if (info.key === "horizon")
    return [
      info.explanation,
      `Tabell 4.3 i Nilsson 2017 visar år 1–20. Den här arbetsboken räknar 1–${L.H} år; för en längre horisont (metoden tillåter upp till 100 år) ${REGENERATE}.`,
    ];
  const bands = scheduleBands(c.assumptions.discountSchedule);
  if (info.key === "discountRate" && bands.length > 0) {
    const first = bands[0].fromYear;
    // δ(1) = 1: the rate of year 1 discounts nothing
    const why =
      first <= 2
        ? "Används inte: diskonteringsschemat nedan gäller för varje år som diskonteras (ändra räntorna där)."
        : `Används bara för åren före diskonteringsschemats första band (år ${first}, nedan).`;
    return [why, info.source];
  }
  return [info.explanation, info.source];
}

export function assumptionsSheet(input: SheetInput): SheetModel {
  const { c, layout: L } = input;
  const A = L.assumptions;
  const rows = ASSUMPTIONS.map((info) => {
    const fmt = unitFormat(info.unit);
    const [explanation, source] = explained(c, L, info);
    return line(A.row[info.key], 1, [
      T(info.label, "label"),
      T(info.symbol),
      N(c.assumptions[info.key], fmt, "input"),
      T(unitText(info)),
      info.default === null ? T("anges") : N(info.default, fmt),
      T(explanation),
      T(source, "note"),
    ]);
  });
  const k = `=(1-${L.assumption("deadweight")})*(1-${L.assumption("displacement")})*${L.assumption("attribution")}`;
  const adjustment = line(A.adjustmentRow, 1, [
    T("Utfallsjustering", "label"),
    T("k"),
    Fx(k, FMT.percent),
    T("%"),
    N(1, FMT.percent),
    T("k = (1 − w) · (1 − u) · α; räknas fram, ändra inte."),
    T("Metoden, avsnitt Värden.", "note"),
  ]);
  const validations = ASSUMPTIONS.map((info) => {
    const ref = addr(A.row[info.key], A.valueCol);
    if (info.key === "horizon")
      return numberRule(
        ref,
        "whole",
        1,
        L.H,
        "Ogiltig horisont",
        `Ett heltal 1–${L.H}, den horisont arbetsboken skapades för. Längre: ${REGENERATE}.`,
      );
    const range = info.minExclusive
      ? `större än ${svNumber(info.min)} och högst ${svNumber(info.max)}`
      : `från ${svNumber(info.min)} till ${svNumber(info.max)}`;
    const share = info.unit === "andel" ? " (en andel: 25 % eller 0,25)" : "";
    return numberRule(
      ref,
      info.integer ? "whole" : "decimal",
      info.min,
      info.max,
      `Ogiltigt värde`,
      `${info.label}: ett tal ${range}${share}.`,
    );
  });
  const conditionalFormats = ASSUMPTIONS.map((info) => {
    const ref = addr(A.row[info.key], A.valueCol);
    const max = info.key === "horizon" ? L.H : info.max;
    const low = info.minExclusive ? `${ref}<=${info.min}` : `${ref}<${info.min}`;
    return { ref, formula: `OR(NOT(ISNUMBER(${ref})),${low},${ref}>${max})` };
  });
  const v2 = v2InputChecks(c, L);
  const v3 = continuingAssumptionChecks(L);
  const built = sheet(
    "assumptions",
    L.sheets.assumptions,
    [
      titled("Antaganden", "Ändra värdena i kolumn C; alla blad räknas om. Andelar anges i procent."),
      table(A.headerRow, 1, HEADERS, []),
      ...rows,
      adjustment,
      ...continuingAssumptionRows(c, L),
      ...v2AssumptionBlocks(input),
    ],
    {
      columnWidths: [22, 8, 12, 10, 10, 40, 44],
      print: { landscape: true, fitToWidth: true },
      validations: [...validations, ...v3.validations, ...v2.validations],
      conditionalFormats: [...conditionalFormats, ...v3.conditionalFormats, ...v2.conditionalFormats],
    },
  );
  return withSourcesPrinted(built, L.assumptions.v2?.conversions);
}

/**
 * Antaganden on paper: through Källa, the explanations and sources wrapped in their columns (a
 * source of 300 characters is five lines, not a page scaled to its length); the lists of words
 * for the choices to its right (_Val: …_) are the input cells' validation and are not printed.
 * The conversions of lines in other price years print whole, through their Omräkning, as a
 * range of their own.
 */
const SOURCE_COL = 7;
const EXPLANATION_COL = 6;
function withSourcesPrinted(built: SheetModel, conversions?: ConversionBlock): SheetModel {
  const last = built.cells.reduce((n, r, i) => (r.slice(0, SOURCE_COL).some(Boolean) ? i + 1 : n), 0);
  const area = conversions
    ? `A1:${addr(conversions.titleRow - 1, SOURCE_COL)},A${conversions.titleRow}:${addr(last, conversions.col.factor)}`
    : `A1:${addr(last, SOURCE_COL)}`;
  const widths = [...built.columnWidths];
  if (conversions) {
    // Index prisår, Index P and Omräkning: as wide as their headers
    const { indexFrom, indexTo, factor } = conversions.col;
    while (widths.length < factor) widths.push(8.43);
    [widths[indexFrom - 1], widths[indexTo - 1], widths[factor - 1]] = [14, 12, 11];
  }
  // a note under a block's title (a schedule's or an index's source) longer than the printed
  // columns is laid across them and wrapped, not cut at the page's edge
  const printed = built.columnWidths.slice(0, SOURCE_COL).reduce((a, b) => a + b, 0);
  const merges = built.cells.flatMap((r, i) => {
    const v = r[0]?.v;
    const alone = !r.slice(1, SOURCE_COL).some(Boolean);
    return r[0]?.style === "note" && typeof v === "string" && alone && textWidth(v) > printed
      ? [{ row: i + 1, col: 1, cols: SOURCE_COL }]
      : [];
  });
  return {
    ...built,
    columnWidths: widths,
    wrapColumns: [EXPLANATION_COL, SOURCE_COL],
    ...(merges.length ? { merges } : {}),
    print: { landscape: true, fitToWidth: true, area },
  };
}

// ------------------------------------------------------------------ method v2 on Antaganden

/**
 * Method v2 on Antaganden (only for a case that uses it): the participants, the discount schedule
 * with δ(t) as native formulas, the price index years used, the unit costs used with their
 * sources, and each converted line's amount: quantity · unit amount · units per year, times
 * I(P)/I(p). Prognos multiplies each such line's amount on Poster by its factor here.
 */

const sourceText = (u: UnitCost): string => {
  const s = u.source;
  const parts = [s.citation, s.url ?? "", s.read ? `läst ${s.read}` : "", s.quote ? `”${s.quote}”` : ""];
  return parts.filter(Boolean).join(" – ");
};

function scheduleBlocks(c: Case, L: Layout): Block[] {
  const S = L.assumptions.v2?.schedule;
  if (!S) return [];
  const a = c.assumptions;
  const bands = scheduleBands(a.discountSchedule);
  const timing = discountTiming(a);
  const source =
    a.discountSchedule === "greenbook"
      ? "Källa: HM Treasury, The Green Book (2003), tabell 6.1 (fallande diskonteringsränta): 3,5 % för år 0–30, 3,0 % för 31–75, 2,5 % för 76–125, räknat i år efter år 1."
      : "Källa: kalkylens egna band (assumptions.discountSchedule). Åren före det första bandet har diskonteringsräntan ovan.";
  const rows = Array.from({ length: a.horizon }, (_x, i) => {
    const t = i + 1;
    const r = S.firstRow + i;
    const inBand = bands.length > 0 && bands[0].fromYear <= t;
    const rate =
      scheduleRateCell(c, L, t) ??
      (inBand
        ? N(rateInYear(a.discountRate, bands, t), FMT.percent, "input")
        : Fx(`=${L.assumption("discountRate")}`, FMT.percent));
    const delta =
      t === 1
        ? (firstDeltaCell(L, addr(r, S.col.rate)) ?? N(1, FMT.factor))
        : Fx(`=${addr(r - 1, S.col.delta)}/(1+${addr(r, S.col.rate)})`, FMT.factor);
    return line(r, S.col.year, [N(t, FMT.int), null, rate, delta]);
  });
  return [
    cell(
      S.titleRow,
      1,
      T(`Diskonteringsschema: ${scheduleText(a.discountRate, a.discountSchedule, timing)}`, "header"),
    ),
    cell(
      S.noteRow,
      1,
      T(`${source} δ(1) = 1, δ(t) = δ(t−1) / (1 + r(t)); Prognos diskonterar med δ(t).${scheduleNote(L)}`, "note"),
    ),
    line(S.headerRow, 1, [T("År", "header"), null, T("Ränta r(t)", "header"), T("δ(t)", "header")]),
    ...rows,
  ];
}

function indexBlocks(c: Case, L: Layout): Block[] {
  const X = L.assumptions.v2?.index;
  const index = priceIndexOf(c);
  if (!X || !index) return [];
  const base = index.base ? ` (${index.base})` : "";
  return [
    cell(X.titleRow, 1, T(`Prisindex: ${index.name}${base}, de år som används`, "header")),
    cell(X.noteRow, 1, T(`Källa: ${index.source}`, "note")),
    line(X.headerRow, 1, [T("År", "header"), null, T("Index", "header")]),
    ...X.years.map((y, i) => line(X.firstRow + i, 1, [N(y, FMT.int), null, N(indexValue(index, y)!, "0.00", "input")])),
  ];
}

function unitCostBlocks(c: Case, L: Layout): Block[] {
  const U = L.assumptions.v2?.unitCosts;
  if (!U) return [];
  const rows = [...U.row].map(([id, r]) => {
    const u = unitCostOf(c, id)!;
    return line(r, U.col.id, [
      T(u.id),
      null,
      N(u.amount, Number.isInteger(u.amount) ? FMT.kr : FMT.krOre, "input"),
      T(COST_UNIT.labels[u.unit]),
      u.priceYear === null ? T("anges ej") : N(u.priceYear, FMT.int),
      T(u.label),
      T(sourceText(u), "note"),
    ]);
  });
  const headers = ["Kalkylvärde", "", "Belopp", "Enhet", "Prisår", "Benämning", "Källa"];
  return [
    cell(U.titleRow, 1, T("Kalkylvärden som posterna använder", "header")),
    table(U.headerRow, 1, headers, []),
    ...rows,
  ];
}

/** I(year) from the index table, by MATCH on its years. */
function indexOf(L: Layout, year: string): string {
  const X = L.assumptions.v2!.index!;
  return `INDEX(${colRange(X.col.value, X.firstRow, X.lastRow)},MATCH(${year},${colRange(X.col.year, X.firstRow, X.lastRow)},0))`;
}

function conversionBlocks(c: Case, L: Layout): Block[] {
  const C = L.assumptions.v2?.conversions;
  if (!C) return [];
  const U = L.assumptions.v2?.unitCosts;
  const hasIndex = L.assumptions.v2?.index !== undefined;
  const rows = [...C.row].map(([i, r]) => {
    const l = c.lines[i];
    const u = l.unitCost === undefined ? undefined : unitCostOf(c, l.unitCost);
    const fromUnit = u !== undefined && l.quantity !== undefined;
    const at = (k: keyof typeof C.col) => addr(r, C.col[k]);
    const p = conversionYear(c, i);
    const factor = hasIndex
      ? Fx(`=IF(${at("priceYear")}=${c.priceYear},1,${at("indexTo")}/${at("indexFrom")})`, FMT.factor)
      : N(1, FMT.factor);
    return line(r, C.col.line, [
      T(`Post ${i + 1}`),
      fromUnit ? N(l.quantity!, FMT.persons, "input") : null,
      fromUnit ? Fx(`=${addr(U!.row.get(u.id)!, U!.col.amount, true)}`, FMT.krOre) : null,
      fromUnit ? N(UNIT_FACTOR[u.unit], FMT.int) : null,
      N(p, FMT.int, "input"),
      T(l.label ?? ""),
      T(fromUnit ? u.id : ""),
      hasIndex ? Fx(`=${indexOf(L, at("priceYear"))}`, "0.00") : null,
      hasIndex ? Fx(`=${indexOf(L, String(c.priceYear))}`, "0.00") : null,
      factor,
    ]);
  });
  const headers = [
    "Post",
    "Antal",
    "Belopp per enhet",
    "Enheter per år",
    "Prisår",
    "Benämning",
    "Kalkylvärde",
    "Index prisår",
    `Index ${c.priceYear}`,
    "Omräkning",
  ];
  const note =
    `Beloppet på ${L.sheets.lines} är i postens prisår. En post från ett kalkylvärde räknas här: antal · belopp per enhet · ` +
    `enheter per år (ändra antalet eller kalkylvärdet här, inte beloppet på ${L.sheets.lines}). ` +
    `Prognos räknar om till ${c.priceYear} års priser: belopp · Index ${c.priceYear} / Index prisår.`;
  return [
    cell(C.titleRow, 1, T("Poster i andra prisår eller från kalkylvärden", "header")),
    cell(C.noteRow, 1, T(note, "note")),
    table(C.headerRow, 1, headers, []),
    ...rows,
  ];
}

/** Method v2's blocks of Antaganden; none for a case without method v2. */
export function v2AssumptionBlocks({ c, layout: L }: SheetInput): Block[] {
  const V = L.assumptions.v2;
  if (!V) return [];
  const participants =
    V.participantsRow === undefined
      ? []
      : [
          line(V.participantsRow, 1, [
            T("Deltagare", "label"),
            T("n"),
            N(c.participants!, FMT.persons, "input"),
            T("personer"),
            null,
            T("Antal deltagare i insatsen; andelen med utfall som behövs för break-even är N* / n."),
          ]),
        ];
  return [
    ...participants,
    ...scheduleBlocks(c, L),
    ...indexBlocks(c, L),
    ...unitCostBlocks(c, L),
    ...conversionBlocks(c, L),
  ];
}

/** The amount of line i when it comes from a unit cost: quantity · unit amount · units per year on Antaganden. */
export function unitCostAmountFormula(c: Case, L: Layout, i: number): string | undefined {
  const C = L.assumptions.v2?.conversions;
  const r = C?.row.get(i);
  const l = c.lines[i];
  if (!C || r === undefined || l.unitCost === undefined || l.quantity === undefined) return undefined;
  const ref = (k: "quantity" | "unitAmount" | "perYear") => L.ref("assumptions", addr(r, C.col[k], true));
  return `=${ref("quantity")}*${ref("unitAmount")}*${ref("perYear")}`;
}

/** The factor I(P)/I(p) of line i on Antaganden, or undefined for a line in the case's price year. */
export function conversionFactor(L: Layout, i: number): string | undefined {
  const C = L.assumptions.v2?.conversions;
  const r = C?.row.get(i);
  return C && r !== undefined ? L.ref("assumptions", addr(r, C.col.factor, true)) : undefined;
}

type Checks = { validations: ValidationSpec[]; conditionalFormats: { ref: string; formula: string }[] };

/** A number rule on a range and its red format (relative to the range's first cell). */
function numberCheck(
  out: Checks,
  first: string,
  last: string,
  kind: "whole" | "decimal",
  min: number,
  max: number,
  what: string,
): void {
  const ref = first === last ? first : `${first}:${last}`;
  const message = `${what}: ett tal från ${svNumber(min)} till ${svNumber(max)}.`;
  out.validations.push(numberRule(ref, kind, min, max, "Ogiltigt värde", message));
  out.conditionalFormats.push({ ref, formula: `OR(NOT(ISNUMBER(${first})),${first}<${min},${first}>${max})` });
}

/** Data validation and red formats on method v2's inputs on Antaganden; none without method v2. */
export function v2InputChecks(c: Case, L: Layout): Checks {
  const out: Checks = { validations: [], conditionalFormats: [] };
  const V = L.assumptions.v2;
  if (!V) return out;
  if (V.participantsRow !== undefined) {
    const ref = addr(V.participantsRow, L.assumptions.valueCol);
    numberCheck(out, ref, ref, "decimal", 0, 10_000_000, "Deltagare");
  }
  const S = V.schedule;
  const bands = scheduleBands(c.assumptions.discountSchedule);
  if (S && bands.length > 0 && bands[0].fromYear <= L.H) {
    const first = addr(S.firstRow + bands[0].fromYear - 1, S.col.rate);
    numberCheck(out, first, addr(S.firstRow + L.H - 1, S.col.rate), "decimal", -0.99, 1, "Ränta r(t)");
  }
  const X = V.index;
  if (X) numberCheck(out, addr(X.firstRow, X.col.value), addr(X.lastRow, X.col.value), "decimal", 0.0001, 1e9, "Index");
  const U = V.unitCosts;
  if (U)
    for (const r of U.row.values())
      numberCheck(out, addr(r, U.col.amount), addr(r, U.col.amount), "decimal", 0, 1e12, "Belopp");
  const C = V.conversions;
  if (!C) return out;
  for (const [i, r] of C.row)
    if (c.lines[i].quantity !== undefined && c.lines[i].unitCost !== undefined)
      numberCheck(out, addr(r, C.col.quantity), addr(r, C.col.quantity), "decimal", 0, 1e9, "Antal");
  // the conversion rows are consecutive: one rule on their price years
  const rows = [...C.row.values()];
  const first = addr(Math.min(...rows), C.col.priceYear);
  const last = addr(Math.max(...rows), C.col.priceYear);
  if (!X) numberCheck(out, first, last, "whole", c.priceYear, c.priceYear, "Prisår");
  else {
    const years = colRange(X.col.year, X.firstRow, X.lastRow);
    const ref = first === last ? first : `${first}:${last}`;
    const message = "Ett år som finns i prisindexet ovan.";
    out.validations.push({ ref, rule: { kind: "list", source: years }, title: "Okänt prisår", message });
    out.conditionalFormats.push({ ref, formula: `ISNA(MATCH(${first},${years},0))` });
  }
  return out;
}
