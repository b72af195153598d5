import {
  BASE_PERSPECTIVES,
  PERSPECTIVE,
  formatDecimal,
  formatKr,
  formatPercent,
  type BasePerspective,
  type PortfolioResult,
} from "../engine";
import { table } from "./table";

/** `socinv fond`: the fund's cash flow, the projects side by side and ranked, and who gains, in Swedish. */

const kr = (x: number) => formatKr(x);
const ratio = (x: number | null) => (x === null ? "–" : formatDecimal(x, 2));

function flowText(r: PortfolioResult): string[] {
  // Years after the last flow are the same balance: one line says so instead of a row each.
  let last = r.years.length - 1;
  while (last > 0 && r.years[last].contributions === 0 && r.years[last].grants === 0 && r.years[last].repayments === 0)
    last--;
  const shown = r.years.slice(0, last + 1);
  const rest = r.years.length - shown.length;
  const rows = shown.map((y) => [
    String(y.year),
    kr(y.opening),
    kr(y.contributions),
    kr(y.grants),
    kr(y.repayments),
    kr(y.closing),
  ]);
  const head = ["År", "Ingående saldo", "Tillskott", "Utbetalt till projekt", "Återfört", "Utgående saldo"];
  const verdict =
    r.firstNegativeYear === null
      ? "Fondens saldo är positivt varje år: den klarar sina åtaganden."
      : `Fondens saldo blir negativt år ${r.firstNegativeYear}: fonden räcker inte till alla projekt det året utan fler tillskott.`;
  return [
    "Fondens kassaflöde per år (kr, odiskonterat)",
    table(head, rows, [false, true, true, true, true, true]),
    ...(rest > 0
      ? [
          `Därefter oförändrat saldo ${kr(r.years[r.years.length - 1].closing)} kr till och med ${r.years[r.years.length - 1].year} (projektens sista år).`,
        ]
      : []),
    verdict,
    `Beviljat till projekten: ${kr(r.committed)} kr; återfört inom projektens horisonter: ${kr(r.repaid)} kr.`,
  ];
}

function projectsText(r: PortfolioResult): string[] {
  const out: string[] = ["Projekten (nuvärden vid varje projekts år 1, som i dess kalkyl)"];
  const head = ["Projekt", "Start", "Beviljat", "Återbetalt år"];
  const rows = r.projects.map((p) => [
    p.name,
    String(p.startYear),
    kr(p.grant),
    p.repaidYear === null ? "inte inom horisonten" : String(p.repaidYear),
  ]);
  out.push(table(head, rows, [false, true, true, true]));
  for (const b of BASE_PERSPECTIVES) out.push("", ...perspectiveText(r, b));
  return out;
}

function perspectiveText(r: PortfolioResult, b: BasePerspective): string[] {
  const order = r.ranking[b].npv;
  const rows = order.map((i, k) => {
    const p = r.projects[i];
    const f = p.perspectives[b];
    const rate = f.breakEvenSuccessRate === null ? "–" : formatPercent(f.breakEvenSuccessRate, 1);
    return [String(k + 1), p.name, kr(f.investment), kr(f.npv), ratio(f.roi), ratio(f.npvRatio), rate];
  });
  const head = [
    "Rang",
    "Projekt",
    "Investering",
    "Nettonuvärde",
    "Avkastningskvot (B/I)",
    "Nettonuvärdeskvot (NPV/I)",
    "Andel med utfall som behövs",
  ];
  return [
    `${PERSPECTIVE.labels[b]}: projekten efter nettonuvärde`,
    table(head, rows, [true, false, true, true, true, true, true]),
  ];
}

function actorsText(r: PortfolioResult): string[] {
  const rows = [...r.actors]
    .sort((a, b) => b.npv - a.npv)
    .map((a) => [a.name, String(a.projects), kr(a.investment), kr(a.benefits), kr(a.npv), kr(a.npvAtFundStart)]);
  const head = [
    "Aktör (inkl. underenheter)",
    "Projekt",
    "Investering",
    "Nytta",
    "Nettonuvärde",
    "Nettonuvärde vid fondens start",
  ];
  return [
    "Vem investerar och vem vinner, summerat över projekten (kr)",
    table(head, rows, [false, true, true, true, true, true]),
  ];
}

export function renderFund(r: PortfolioResult): string {
  const f = r.fund;
  const lines = [
    `${f.name}${f.owner ? `, ${f.owner}` : ""}: startår ${f.startYear}, startkapital ${kr(f.openingCapital)} kr, ${r.projects.length} projekt`,
    "",
    ...flowText(r),
    "",
    ...projectsText(r),
    "",
    ...actorsText(r),
  ];
  return lines.join("\n") + "\n";
}
