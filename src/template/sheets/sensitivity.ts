import { ASSUMPTIONS, DEFAULT_SCENARIOS, type MonteCarloResult } from "../../engine";
import { BASE_PERSPECTIVES, BASIS, DISTRIBUTION, PERSPECTIVE, ROLE } from "../../engine/vocabulary";
import {
  FMT,
  Fx,
  N,
  T,
  addr,
  cell,
  colName,
  line,
  numberRule,
  sheet,
  svNumber,
  table,
  titled,
  yearHeader,
  yearRow,
  type Block,
} from "../cells";
import type { Layout } from "../layout";
import type { ScenarioLayout } from "./sensitivity.layout";
import type { SheetModel } from "../model";
import type { SheetInput } from "./input";
import { accumulated, breakEven, extraArgs, negativeYear, perspectiveCriteria } from "./shared";

/**
 * Känslighet: the scenarios. Those that change only the successes are native formulas over
 * Prognos (a per-year detail each); the others are the engine's values when the book was made.
 * Monte Carlo as values, with what is needed to reproduce them.
 */

const HEADERS = [
  "Scenario",
  "Antal med utfall",
  "Nuvärde totalt",
  "Nuvärde offentlig",
  "Nuvärde samhällsek.",
  "Kvot totalt",
  "Break-even totalt",
];

/** A scenario computed by the engine: its figures as values. */
function valueScenario(x: SheetInput, s: ScenarioLayout, i: number): Block {
  const S = x.layout.sensitivity;
  const r = x.report.scenarios[i].perspectives;
  return line(s.row, S.col.name, [
    T(s.name, "label"),
    N(s.assumptions.successes, FMT.persons, "input"),
    ...BASE_PERSPECTIVES.map((p) => N(r[p].npv, FMT.kr)),
    r.total.roi === null ? T("") : N(r.total.roi, FMT.ratio),
    r.total.breakEvenYear === null ? T("Ingen") : N(r.total.breakEvenYear, FMT.int),
    T("värde vid skapandet", "note"),
  ]);
}

/** The per-year rows of a live scenario: the plan's annual value plus the change in successes. */
function detailRows(L: Layout, s: ScenarioLayout): Block[] {
  const S = L.sensitivity;
  const X = L.projection;
  const Y = S.years;
  const successes = L.assumption("successes");
  const factor = `IF(${successes}=0,0,${addr(s.row, S.col.successes, true)}/${successes}-1)`;
  const lines = (k: "isPublic" | "category" | "basis" | "role") => L.projectionLines(X.col[k]);
  return BASE_PERSPECTIVES.flatMap((p) => {
    const { annual, acc, neg } = s.detail![p];
    const label = PERSPECTIVE.labels[p].toLowerCase();
    const crit = extraArgs(perspectiveCriteria(p, lines("isPublic"), lines("category")));
    const annualFor = (t: number) => {
      const plan = L.ref("projection", `${X.years.letter(t)}$${X.perspectives.row[p].annual}`);
      const perPerson = `SUMIFS(${L.projectionLines(X.years.col(t))},${lines("basis")},"${BASIS.labels.perSuccess}",${lines("role")},"<>${ROLE.labels.investment}"${crit})`;
      return Fx(`=${plan}+${factor}*${perPerson}`, FMT.kr);
    };
    const acc1 = accumulated(Y, acc, annual);
    const neg1 = negativeYear(Y, acc, S.yearRow);
    return [
      yearRow(Y, annual, T(`${s.name} – årligt, ${label}`, "label"), annualFor),
      yearRow(Y, acc, T(`${s.name} – ackumulerat, ${label}`, "label"), (t) => Fx(acc1(t), FMT.kr)),
      yearRow(Y, neg, T(`${s.name} – år med negativt ackumulerat, ${label}`, "note"), (t) => Fx(neg1(t), FMT.int)),
    ];
  });
}

/** A live scenario: its summary row over its detail rows, and the detail. */
function liveScenario(x: SheetInput, s: ScenarioLayout, i: number): Block[] {
  const { c, layout: L } = x;
  const S = L.sensitivity;
  const d = s.detail!;
  const last = S.years.letter(S.years.H);
  const successes =
    c.scenarios === undefined
      ? Fx(`=${L.assumption("successes")}*${DEFAULT_SCENARIOS[i].share}`, FMT.persons)
      : N(s.assumptions.successes, FMT.persons, "input");
  const inv = L.ref("projection", addr(L.projection.summary.row.total, L.projection.summary.col.investment, true));
  const npvTotal = `${colName(S.col.npv.total)}${s.row}`;
  const summary = line(s.row, S.col.name, [
    T(s.name, "label"),
    successes,
    ...BASE_PERSPECTIVES.map((p) => Fx(`=${last}${d[p].acc}`, FMT.kr)),
    Fx(`=IF(${inv}=0,"",(${npvTotal}+${inv})/${inv})`, FMT.ratio),
    Fx(breakEven(S.years, d.total.acc, d.total.neg), FMT.int),
  ]);
  return [summary, ...detailRows(L, s)];
}

const assumptionLabel = (key: string): string | undefined => ASSUMPTIONS.find((a) => a.key === key)?.label;

function distributionText(d: MonteCarloResult["distributions"][number]): string {
  const what = "line" in d ? `Post ${d.line + 1} (belopp)` : (assumptionLabel(d.assumption) ?? d.assumption);
  const params =
    d.type === "uniform"
      ? `min ${svNumber(d.min)}, max ${svNumber(d.max)}`
      : d.type === "triangular"
        ? `min ${svNumber(d.min)}, typvärde ${svNumber(d.mode)}, max ${svNumber(d.max)}`
        : `medel ${svNumber(d.mean)}, std.avv. ${svNumber(d.sd)}`;
  const kind = DISTRIBUTION.labels[d.type].toLowerCase() + (d.type === "normal" ? " (avskuren)" : "");
  return `${what}: ${kind}, ${params}`;
}

function monteCarlo(L: Layout, m: MonteCarloResult): Block[] {
  const M = L.sensitivity.monteCarlo!;
  const title = `Monte Carlo (värden): ${m.iterations} dragningar, frö ${m.seed}. Återskapa med socinv calc kalkyl.json --json (kalkylen finns på bladet Revision).`;
  const headers = ["Perspektiv", "Medel", "P10", "P50", "P90", "P(NNV ≥ 0)", `P(break-even ≤ år ${m.breakEvenBy})`];
  return [
    cell(M.titleRow, 1, T(title, "header")),
    ...m.distributions.map((d, k) => cell(M.firstDistributionRow + k, 1, T(distributionText(d), "note"))),
    table(M.headerRow, 1, headers, []),
    ...BASE_PERSPECTIVES.map((p) => {
      const x = m.perspectives[p];
      return line(M.row[p], 1, [
        T(PERSPECTIVE.labels[p], "label"),
        ...[x.mean, x.p10, x.p50, x.p90].map((v) => N(v, FMT.kr)),
        N(x.probNpvNonNegative, FMT.percent),
        N(x.probBreakEvenBy, FMT.percent),
      ]);
    }),
  ];
}

export function sensitivitySheet(x: SheetInput): SheetModel {
  const L = x.layout;
  const S = L.sensitivity;
  const subtitle = `Nuvärden i kronor över ${L.H} år. Scenarier som bara ändrar antal med utfall räknas med formler över bladet ${L.sheets.projection}; andra visas som värden från när boken skapades.`;
  const scenarios = S.scenarios.flatMap((s, i) => (s.live ? liveScenario(x, s, i) : [valueScenario(x, s, i)]));
  const mc = x.report.monteCarlo && S.monteCarlo ? monteCarlo(L, x.report.monteCarlo) : [];
  return sheet(
    "sensitivity",
    L.sheets.sensitivity,
    [
      titled("Känslighetsanalys", subtitle),
      table(S.headerRow, 1, HEADERS, []),
      yearHeader(S.years, S.yearRow, T("Per år och perspektiv (diskonterat)", "header")),
      ...scenarios,
      ...mc,
    ],
    {
      columnWidths: [46, 16, 18, 18, 19, 14, 16, ...Array<number>(Math.max(0, L.H - 5)).fill(14)],
      freeze: { rows: 0, cols: 1 },
      print: { landscape: true, fitToWidth: true, pagesWide: 2, titleCols: "A:A" },
      validations:
        x.c.scenarios === undefined
          ? []
          : [
              numberRule(
                `${addr(S.headerRow + 1, S.col.successes)}:${addr(S.headerRow + S.scenarios.length, S.col.successes)}`,
                "decimal",
                0,
                1e9,
                "Ogiltigt antal",
                "Antal med utfall i scenariot: ett tal, 0 eller mer.",
              ),
            ],
      // the break-even helper rows are labelled and shown: nothing a reader must open (issue 22)
    },
  );
}
