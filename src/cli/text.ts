import {
  ASSUMPTIONS,
  BASE_PERSPECTIVES,
  CATEGORIES,
  PERSPECTIVE,
  REPAYMENT_MODEL,
  CATEGORY_PLURAL,
  DIRECTION,
  accumulate,
  actorAnnual,
  categoryAnnual,
  formatDecimal,
  formatKr,
  formatPercent,
  perspective,
  totalVersusEconomicText,
  whoGains,
  milestoneYears,
  type BasePerspective,
  type Case,
  type CompareResult,
  type CompensationResult,
  type FollowUpResult,
  type MonteCarloResult,
  type RepaymentResult,
  type Computation,
  type Report,
} from "../engine";

import { renderKeyFigures } from "./keyfigures-text";
import { renderMilestones, v3AssumptionRows } from "./milestones-text";
import { renderBreakEvenSuccesses, renderPrices } from "./prices-text";
import { perspectiveName, table } from "./table";

/** Plain-text tables for the terminal, in Swedish. */

export { perspectiveName, table };

function statementText(comp: Computation): string[] {
  const c = comp.case;
  const rows: string[][] = c.actors.map((actor) => {
    const row = comp.statement.byActor.get(actor.id);
    if (!row) throw new Error(`missing statement row for ${actor.id}`);
    return [actor.name, formatKr(row.revenue), formatKr(row.cost), formatKr(row.net)];
  });
  rows.push(["Summa", "", "", formatKr(comp.statement.total)]);
  return [
    "Socioekonomisk resultaträkning, år 1 (kr)",
    table(["Aktör", DIRECTION.labels.revenue, DIRECTION.labels.cost, "Netto"], rows, [false, true, true, true]),
  ];
}

function assumptionsText(comp: Computation): string[] {
  const a = comp.case.assumptions;
  return [
    "Antaganden",
    table(
      ["Antagande", "Värde", "Standard"],
      ASSUMPTIONS.map((info) => {
        const v = a[info.key];
        const show = (x: number | null) =>
          x === null
            ? ""
            : info.unit === "andel" || info.unit === "ränta"
              ? formatPercent(x)
              : formatDecimal(x, Number.isInteger(x) ? 0 : 2);
        return [info.label + ` (${info.symbol})`, show(v), show(info.default)];
      }).concat(v3AssumptionRows(a)),
      [false, true, true],
    ),
  ];
}

function projectionText(comp: Computation): string[] {
  const c = comp.case;
  const years = milestoneYears(c.assumptions.horizon);
  const projRows: string[][] = [];
  for (const actor of c.actors) {
    const acc = accumulate(actorAnnual(comp, actor.id, true));
    projRows.push([actor.name, ...years.map((y) => formatKr(acc[y - 1]))]);
  }
  for (const cat of CATEGORIES) {
    const acc = accumulate(categoryAnnual(comp, cat, true));
    projRows.push([CATEGORY_PLURAL[cat], ...years.map((y) => formatKr(acc[y - 1]))]);
  }
  const tot = perspective(comp, "total").accumulated;
  projRows.push(["Summa", ...years.map((y) => formatKr(tot[y - 1]))]);
  return [
    "Prognos, ackumulerat och diskonterat (kr)",
    table(["År", ...years.map(String)], projRows, [false, ...years.map(() => true)]),
  ];
}

function summaryText(comp: Computation): string[] {
  const c = comp.case;
  const sumRows = BASE_PERSPECTIVES.map((p) => {
    const r = perspective(comp, p);
    return [
      perspectiveName(comp, p),
      formatKr(r.investment),
      formatKr(r.benefits),
      formatKr(r.npv),
      r.roi === null ? "–" : formatDecimal(r.roi, 2),
      r.breakEvenYear === null ? "ingen" : String(r.breakEvenYear),
    ];
  });
  const header = ["Perspektiv", "Investering", "Nytta", "Nettonuvärde", "Avkastningskvot", "Break-even år"];
  const why = totalVersusEconomicText(comp);
  return [
    `Sammanfattning per perspektiv över ${c.assumptions.horizon} år (nuvärden, kr)`,
    table(header, sumRows, [false, true, true, true, true, true]),
    ...(why ? [why] : []),
  ];
}

/** "Vem investerar, vem vinner och när": one row per actor, units indented under their parent. */
export function whoGainsText(comp: Computation): string[] {
  const c = comp.case;
  const rows = whoGains(comp);
  const body = rows.map((r) => {
    const name = "  ".repeat(r.depth) + r.name;
    if (!r.hasLines) return [name, "inga poster", "", "", ""];
    return [
      name,
      formatKr(r.investment),
      formatKr(r.benefits),
      formatKr(r.npv),
      r.breakEvenYear === null ? "ingen" : String(r.breakEvenYear),
    ];
  });
  const notes = rows
    .filter((r) => r.units.length > 0)
    .map((r) => `${r.name} omfattar ${listText([c.actors.find((a) => a.id === r.id)?.name ?? r.id, ...r.units])}.`);
  return [
    `Vem investerar, vem vinner och när: per aktör över ${c.assumptions.horizon} år (nuvärden, kr)`,
    table(["Aktör", "Investering", "Nytta", "Nettonuvärde", "Break-even år"], body, [false, true, true, true, true]),
    ...notes,
  ];
}

/** "A", "A och B", "A, B och C". */
function listText(xs: readonly string[]): string {
  return xs.length > 1 ? `${xs.slice(0, -1).join(", ")} och ${xs[xs.length - 1]}` : (xs[0] ?? "");
}

export function renderText(comp: Computation): string {
  const c = comp.case;
  const out: string[] = [];
  out.push(`${c.title} (prisår ${c.priceYear})`);
  if (c.activity || c.municipality) out.push([c.activity, c.municipality].filter(Boolean).join(", "));
  out.push("", ...statementText(comp), ...renderKeyFigures(comp), "", ...assumptionsText(comp), ...renderPrices(comp));
  out.push("", ...projectionText(comp), "", ...summaryText(comp), "", ...whoGainsText(comp));
  out.push(...renderBreakEvenSuccesses(comp));
  out.push(...renderMilestones(comp));
  return out.join("\n") + "\n";
}

/** Column labels of the base perspectives: the vocabulary's, as on every other surface. */
const SHORT: Record<BasePerspective, string> = PERSPECTIVE.labels;

function actorName(c: Case): (id: string) => string {
  return (id) => c.actors.find((a) => a.id === id)?.name ?? id;
}

function scenariosText(r: Report): string[] {
  return [
    "Känslighetsanalys: scenarier (nettonuvärde, kr)",
    table(
      ["Scenario", "Antal med utfall", ...BASE_PERSPECTIVES.map((p) => SHORT[p]), "Break-even (totalt)"],
      r.scenarios.map((s) => [
        s.name,
        formatDecimal(s.assumptions.successes, Number.isInteger(s.assumptions.successes) ? 0 : 1),
        ...BASE_PERSPECTIVES.map((p) => formatKr(s.perspectives[p].npv)),
        s.perspectives.total.breakEvenYear === null ? "ingen" : String(s.perspectives.total.breakEvenYear),
      ]),
      [false, true, true, true, true, true],
    ),
  ];
}

function monteCarloText(m: MonteCarloResult): string[] {
  return [
    "",
    `Monte Carlo: ${m.iterations} dragningar, frö ${m.seed}, break-even senast år ${m.breakEvenBy} (nettonuvärde, kr)`,
    table(
      ["Perspektiv", "Medel", "P10", "P50", "P90", "P(NNV ≥ 0)", `P(break-even ≤ år ${m.breakEvenBy})`],
      BASE_PERSPECTIVES.map((p) => {
        const x = m.perspectives[p];
        return [
          SHORT[p],
          formatKr(x.mean),
          formatKr(x.p10),
          formatKr(x.p50),
          formatKr(x.p90),
          formatPercent(x.probNpvNonNegative, 1),
          formatPercent(x.probBreakEvenBy, 1),
        ];
      }),
      [false, true, true, true, true, true, true],
    ),
  ];
}

function repaymentText(c: Case, rp: RepaymentResult): string[] {
  const name = actorName(c);
  const model = REPAYMENT_MODEL.labels[rp.model];
  const years = rp.schedule.map((_, i) => i).filter((i) => rp.schedule[i].some((x) => x !== 0) || i === 0);
  return [
    "",
    `Återföring till fonden (${model.charAt(0).toLowerCase() + model.slice(1)}), ${formatKr(rp.fund)} kr: ${rp.message}`,
    table(
      ["År", ...rp.units.map(name), "Kvar att betala"],
      years.map((i) => [String(i + 1), ...rp.schedule[i].map((x) => formatKr(x)), formatKr(rp.balance[i])]),
      [true, ...rp.units.map(() => true), true],
    ),
  ];
}

function compensationText(c: Case, cp: CompensationResult): string[] {
  const out = ["", `Omfördelning mellan aktörer: ${cp.message}`];
  if (cp.transfers.length) {
    const name = actorName(c);
    out.push(
      table(
        ["Från", "Till", "Belopp (kr)"],
        cp.transfers.map((t) => [name(t.from), name(t.to), formatKr(t.amount)]),
        [false, false, true],
      ),
    );
  }
  return out;
}

function followUpText(f: FollowUpResult): string[] {
  return [
    "",
    `Uppföljning t.o.m. år ${f.lastYear}: nettonuvärde enligt plan ${formatKr(f.npvPlan)} kr, uppdaterad prognos ${formatKr(f.npvUpdated)} kr`,
    table(
      ["År", "Plan", "Utfall/prognos", "Avvikelse"],
      f.total.plan
        .map((p, i) => [String(i + 1), formatKr(p), formatKr(f.total.actual[i]), formatKr(f.total.variance[i])])
        .slice(0, Math.max(f.lastYear + 2, 5)),
      [true, true, true, true],
    ),
  ];
}

/** The analyses of a report (scenarios, Monte Carlo, repayment, compensation, follow-up) as text. */
export function renderAnalyses(c: Case, r: Report): string {
  const out = scenariosText(r);
  if (r.monteCarlo) out.push(...monteCarloText(r.monteCarlo));
  if (r.repayment) out.push(...repaymentText(c, r.repayment));
  out.push(...compensationText(c, r.compensation));
  if (r.followUp) out.push(...followUpText(r.followUp));
  return out.join("\n") + "\n";
}

/** `socinv compare a.json b.json` as text. */
export function renderCompare(a: Case, b: Case, r: CompareResult): string {
  const out: string[] = [];
  out.push(`Jämförelse: A = ${a.title}; B = ${b.title}`);
  out.push("Nettonuvärde per aktör (egna poster, kr) och vilket alternativ aktören föredrar");
  out.push(
    table(
      ["Aktör", "A", "B", "A − B", "Föredrar"],
      r.actors.map((x) => [x.name, formatKr(x.npvA), formatKr(x.npvB), formatKr(x.npvA - x.npvB), x.prefers]),
      [false, true, true, true, false],
    ),
  );
  out.push("");
  out.push(
    table(
      ["Perspektiv", "A", "B", "A − B"],
      BASE_PERSPECTIVES.map((p) => [
        PERSPECTIVE.labels[p],
        formatKr(r.perspectives[p].npvA),
        formatKr(r.perspectives[p].npvB),
        formatKr(r.perspectives[p].difference),
      ]),
      [false, true, true, true],
    ),
  );
  return out.join("\n") + "\n";
}
