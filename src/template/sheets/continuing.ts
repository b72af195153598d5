import { GREEN_BOOK_BANDS, type Case } from "../../engine";
import { DISCOUNT_TIMING } from "../../engine/vocabulary";
import { FMT, Fx, N, T, addr, colRange, column, line, numberRule, powT, yearHeader, type Block } from "../cells";
import type { Layout } from "../layout";
import type { CellSpec, ValidationSpec } from "../model";
import { END_OF_YEAR, TIMING_WORDS } from "./continuing.layout";
import { factorRow } from "./projection.rows";

/**
 * Method v3 on Antaganden and Prognos (a continuing activity; only for a case that uses it): the
 * intake years K and the discount timing as inputs with the method's words and sources, the
 * yearly factors of Prognos that use them (the intake sum S(t), the effect per success
 * N·k·(1+g)^(t−1)·S(t) and δ(t) under either timing), the Green Book by years elapsed, the
 * checks Inputs_Status makes of them, and the method's text on Metod.
 */

const INTAKE_SOURCE = "Metod v3 (docs/method.md, Intagsår); standard 1 = en grupp år 1 (metod v1).";
const TIMING_SOURCE = "Metod v3; tabell 4.3 i Nilsson 2017 diskonterar år 1 (16 023 000 / 1,04).";

/** 1 when the timing discounts year 1 too (Slutet av året), else 0. */
export const endOfYear = (L: Layout): string => `IF(${L.timing}="${END_OF_YEAR}",1,0)`;

/** The rows of K, the timing and (when only method v3 shows them) the participants, and the word list. */
export function continuingAssumptionRows(c: Case, L: Layout): Block[] {
  const K = L.assumptions.continuing;
  if (!K) return [];
  const timing = DISCOUNT_TIMING.labels[c.assumptions.discountTiming ?? "startOfYear"];
  const rows = [
    line(K.intakeRow, 1, [
      T("Intagsår", "label"),
      T("K"),
      N(c.assumptions.intakeYears ?? 1, FMT.int, "input"),
      T("år"),
      N(1, FMT.int),
      T("N nya personer når utfallet vart och ett av åren 1..K (N per intagsår)."),
      T(INTAKE_SOURCE, "note"),
    ]),
    line(K.timingRow, 1, [
      T("Diskontering", "label"),
      T("δ(t)"),
      { v: timing, fmt: FMT.text, style: "input" },
      T("ord"),
      T("början"),
      T("Början: år 1 diskonteras inte. Slutet: även år 1, δ(t) = (1 + r)^−t."),
      T(TIMING_SOURCE, "note"),
    ]),
  ];
  if (K.participantsRow !== undefined)
    rows.push(
      line(K.participantsRow, 1, [
        T("Deltagare", "label"),
        T("n"),
        N(c.participants!, FMT.persons, "input"),
        T("personer"),
        null,
        T("Antal deltagare i insatsen; nyckeltalen på Resultaträkning delar med n."),
      ]),
    );
  const list = column(K.list.headerRow, K.list.col, [
    T("Val: Diskontering", "header"),
    ...TIMING_WORDS.map((w) => T(w)),
  ]);
  return [...rows, list];
}

/** Data validation and red formats of K, the timing and the participants. */
export function continuingAssumptionChecks(L: Layout): {
  validations: ValidationSpec[];
  conditionalFormats: { ref: string; formula: string }[];
} {
  const K = L.assumptions.continuing;
  if (!K) return { validations: [], conditionalFormats: [] };
  const col = L.assumptions.valueCol;
  const intake = addr(K.intakeRow, col);
  const timing = addr(K.timingRow, col);
  const words = colRange(K.list.col, K.list.firstRow, K.list.lastRow);
  const validations: ValidationSpec[] = [
    numberRule(intake, "whole", 1, L.H, "Ogiltiga intagsår", `Intagsår: ett heltal 1 till horisonten (högst ${L.H}).`),
    {
      ref: timing,
      rule: { kind: "list", source: words },
      title: "Ogiltig diskontering",
      message: `Välj ${TIMING_WORDS.join(" eller ")} (listan i kolumnen Val: Diskontering).`,
    },
  ];
  const conditionalFormats = [
    { ref: intake, formula: `OR(NOT(ISNUMBER(${intake})),${intake}<1,${intake}>${L.assumption("horizon")})` },
    { ref: timing, formula: `COUNTIF(${words},${timing})=0` },
  ];
  if (K.participantsRow !== undefined) {
    const n = addr(K.participantsRow, col);
    validations.push(numberRule(n, "decimal", 0, 10_000_000, "Ogiltigt värde", "Deltagare: ett tal från 0."));
    conditionalFormats.push({ ref: n, formula: `OR(NOT(ISNUMBER(${n})),${n}<0)` });
  }
  return { validations, conditionalFormats };
}

/**
 * Prognos's yearly factors under method v3: the intake sum S(t) = (1−ρ)(1−λ)·S(t−1) + [t ≤ K], the
 * effect per success N·k·(1+g)^(t−1)·S(t), per line in total k·((1−λ)(1+g))^(t−1), and δ(t): the
 * schedule's on Antaganden, else 1/(1+r)^(t−1) at the start of the year and 1/(1+r)^t at its end.
 */
export function continuingFactorRows(L: Layout): Block[] {
  const X = L.projection;
  const Y = X.years;
  const F = X.factors;
  const a = L.assumption;
  const intakeRow = F.row.intake!;
  const tc = (t: number) => `${Y.letter(t)}$${F.titleRow}`;
  const S = (t: number) => `${Y.letter(t)}$${intakeRow}`;
  const entering = (t: number) => `IF(${tc(t)}<=${L.intake},1,0)`;
  const intake = (t: number) =>
    t === 1 ? `=${entering(t)}` : `=(1-${a("relapse")})*(1-${a("decay")})*${S(t - 1)}+${entering(t)}`;
  const discount = (t: number) => {
    const schedule = L.assumptions.v2?.schedule;
    if (schedule) return `=${L.ref("assumptions", addr(schedule.firstRow + t - 1, schedule.col.delta, true))}`;
    return `=1/(1+${a("discountRate")})^(${tc(t)}-1+${endOfYear(L)})`;
  };
  const row = factorRow(L);
  return [
    yearHeader(Y, F.titleRow, T("Årsfaktorer", "header"), X.col.label),
    row(
      F.row.perSuccess,
      ["Effekt per person med utfall", "N·k·(1+g)^(t−1)·S(t)"],
      (t) => `=${a("successes")}*${L.adjustment}*${powT(`1+${a("growth")}`, tc(t))}*${S(t)}`,
    ),
    row(
      F.row.total,
      ["Effekt per post (totalt)", "k·((1−λ)(1+g))^(t−1)"],
      (t) => `=${L.adjustment}*${powT(`(1-${a("decay")})*(1+${a("growth")})`, tc(t))}`,
    ),
    row(F.row.discount, ["Diskonteringsfaktor δ(t)", "början eller slutet av året (Antaganden)"], discount),
    row(intakeRow, ["Intag S(t)", "S(t) = (1−ρ)(1−λ)·S(t−1) + [t ≤ K], K intagsår"], intake),
  ];
}

/**
 * The rate of year t in a Green Book schedule under method v3: HM Treasury's bands in years
 * elapsed e = t − 1 at the start of the year and e = t at its end (so they move with the timing);
 * undefined for any other schedule or without method v3.
 */
export function scheduleRateCell(c: Case, L: Layout, t: number): CellSpec | undefined {
  if (!L.timing || c.assumptions.discountSchedule !== "greenbook") return undefined;
  const e = `(${t}-1+${endOfYear(L)})`;
  // GREEN_BOOK_BANDS start at year e + 1 (the start-of-year timing): the last band with fromYear − 1 ≤ e
  const f = [...GREEN_BOOK_BANDS].reduce(
    (rest, b) => `IF(${e}>=${b.fromYear - 1},${b.rate},${rest})`,
    L.assumption("discountRate"),
  );
  return Fx(`=${f}`, FMT.percent);
}

/** δ(1) of a schedule under method v3: 1/(1 + r(1)) at the end of the year, else 1; undefined without method v3. */
export function firstDeltaCell(L: Layout, rateCell: string): CellSpec | undefined {
  if (!L.timing) return undefined;
  return Fx(`=IF(${endOfYear(L)}=1,1/(1+${rateCell}),1)`, FMT.factor);
}

/** The schedule's note under method v3: δ(1) depends on the timing, and the Green Book counts years elapsed. */
export function scheduleNote(L: Layout): string {
  if (!L.timing) return "";
  return ` Med ${END_OF_YEAR} diskonteras även år 1: δ(1) = 1 / (1 + r(1)); Green Book räknar i förflutna år e = t − 1 (${TIMING_WORDS[0]}) eller e = t (${END_OF_YEAR}).`;
}

/** Inputs_Status's checks of K, the timing and the participants: [condition, message] in order. */
export function continuingInputChecks(L: Layout): [string, string][] {
  const K = L.assumptions.continuing;
  if (!K || !L.intake || !L.timing) return [];
  const where = (row: number) => `${L.sheets.assumptions}!${addr(row, L.assumptions.valueCol)}`;
  const X = L.projection;
  const years = L.ref("projection", X.years.span(X.headerRow, true));
  const k = L.intake;
  const h = L.assumption("horizon");
  const out: [string, string][] = [
    [
      `IF(ISNUMBER(${k}),OR(${k}<1,${k}>${h},IFERROR(MATCH(${k},${years},0),0)=0),TRUE)`,
      `${where(K.intakeRow)}: intagsåren ska vara ett heltal från 1 till horisonten (${where(L.assumptions.row.horizon)}); fler intagsår än horisonten kan arbetsboken inte räkna`,
    ],
    [
      TIMING_WORDS.map((w) => `${L.timing}<>"${w}"`).reduce((a, b) => `AND(${a},${b})`),
      `${where(K.timingRow)}: diskonteringen ska vara ${TIMING_WORDS.join(" eller ")}`,
    ],
  ];
  if (K.participantsRow !== undefined && L.participants)
    out.push([
      `IF(ISNUMBER(${L.participants}),${L.participants}<0,TRUE)`,
      `${where(K.participantsRow)}: deltagarna ska vara ett tal, 0 eller mer`,
    ]);
  return out;
}

/** Method v3 on the Metod sheet (only for a case that uses it). */
export function methodV3Lines(L: Layout): { text: string; style?: "header" }[] {
  if (!L.assumptions.continuing) return [];
  const yearly = L.yearly
    ? [
        {
          text: `Belopp per år (årsprofil): en post med belopp per år tar år t:s belopp A_t från bladet ${L.sheets.yearly} (postens prisår, omräknat som andra poster); allt annat gäller som för andra poster. Belopp utanför postens år Från år–Till år eller efter horisonten räknas inte och pekas ut i Inputs_Status.`,
        },
      ]
    : [];
  return [
    { text: "Metod v3 (denna kalkyl): en verksamhet som fortsätter", style: "header" },
    {
      text: `Intagsår K (bladet ${L.sheets.assumptions}): N nya personer når utfallet vart och ett av åren 1..K. För poster per person P(t) = N · S(t), S(t) = (1 − ρ)(1 − λ) · S(t−1) + [t ≤ K], och v(t) = s · A_t · k · P(t) · (1 + g)^(t−1) · δ(t). K = 1 är metod v1.`,
    },
    {
      text: `Diskontering: ${TIMING_WORDS[0]} ger δ(t) = Π_{j=2..t} 1 / (1 + r_j) (år 1 diskonteras inte); ${END_OF_YEAR} ger δ(t) = Π_{j=1..t} 1 / (1 + r_j), med en ränta (1 + r)^−t, som tabell 4.3 i Nilsson 2017. Resultaträkningen (år 1) diskonteras aldrig.`,
    },
    ...yearly,
    {
      text: `Talen vid år T (bladet ${L.sheets.projection}, milstolpar per perspektiv): I_T, B_T och NPV_T = B_T − I_T över åren 1..T; avkastningskvot B_T / I_T och nettonuvärdeskvot NPV_T / I_T (inget värde när I_T = 0). År 4 är en mandatperiod.`,
    },
    {
      text: `Nyckeltal (tabell 4.1, bladet ${L.sheets.statement} när kalkylen anger sin enhet): enhetens intäkter, kostnader och resultat år 1, kostnad per deltagare = kostnader / n, kostnad per person med utfall = kostnader / N, andel med utfall = N / n.`,
    },
  ];
}

/**
 * Undoes the discounting of Prognos's year 1 for the statement (an annual account, never
 * discounted): "/δ(1)" under method v3, where the timing may discount year 1; "" otherwise.
 */
export function undiscountYear1(L: Layout): string {
  if (!L.timing) return "";
  const X = L.projection;
  return `/${L.ref("projection", addr(X.factors.row.discount, X.years.col(1), true))}`;
}
