import { runRepayment } from "../analyses/repayment";
import { compute, selectedSeries, selection } from "../compute";
import { Dec, ONE, ZERO, num } from "../decimal";
import { buildReport, type PerspectiveReport } from "../report";
import type { Case } from "../types";
import { BASE_PERSPECTIVES, fold, type BasePerspective } from "../vocabulary";
import type { Portfolio, ProjectSpec } from "./types";

/**
 * A social investment fund over its calendar years (docs/portfolio.md):
 *
 *   grants out(y)   each project's grant F, paid in the project's years in proportion to its
 *                   undiscounted investment (the total perspective's investment lines, net of
 *                   co-financing; all in its first year when it has none)
 *   repayments(y)   the project's återföring (its repayment terms, as the case computes them)
 *   balance(y)      balance(y − 1) + contributions(y) − grants(y) + repayments(y),
 *                   balance(start − 1) = the opening capital
 *
 * Every project's own figures are its case's report (exact, the same Decimals), so a portfolio
 * of one project that starts with the fund shows that case's figures.
 */

export interface FundYear {
  year: number;
  opening: number;
  contributions: number;
  grants: number;
  repayments: number;
  closing: number;
}

export interface ProjectResult {
  name: string;
  case: string;
  startYear: number;
  horizon: number;
  grant: number;
  /** Calendar year by which the grant is repaid; null when not within the horizon. */
  repaidYear: number | null;
  /** Grants and repayments per calendar year of the fund (index year − fund start). */
  grants: number[];
  repayments: number[];
  perspectives: Record<
    BasePerspective,
    Pick<
      PerspectiveReport,
      | "investment"
      | "benefits"
      | "npv"
      | "roi"
      | "npvRatio"
      | "breakEvenYear"
      | "breakEvenSuccesses"
      | "breakEvenSuccessRate"
    >
  >;
}

export interface ActorTotal {
  /** The actor's ids in the projects' cases (one actor by name, e.g. "individ" and "individen" as "Individen"). */
  ids: string[];
  name: string;
  /** Σ over projects of the actor's (with its sub-units) figures, each valued at its project's year 1, as in its case. */
  investment: number;
  benefits: number;
  npv: number;
  /** The same NPVs discounted to the fund's first year with each project's discount rate. */
  npvAtFundStart: number;
  projects: number;
}

export type RankKey = "npv" | "roi" | "npvRatio" | "breakEvenSuccessRate";

export interface PortfolioResult {
  fund: { name: string; owner?: string; startYear: number; openingCapital: number };
  years: FundYear[];
  /** The first calendar year the balance would be negative; null when it never is. */
  firstNegativeYear: number | null;
  committed: number;
  repaid: number;
  projects: ProjectResult[];
  actors: ActorTotal[];
  /** Project indices in order, best first, per perspective and key (N* rate: lowest first; no value last). */
  ranking: Record<BasePerspective, Record<RankKey, number[]>>;
}

interface Flows {
  grants: Dec[];
  repayments: Dec[];
  repaidYear: number | null;
}

/** The project's grants and repayments per year of its case (index t − 1). */
function projectFlows(c: Case, p: ProjectSpec): Flows {
  const H = c.assumptions.horizon;
  const comp = compute(c);
  const inv = selectedSeries(comp, selection(c, "total"), "investment", false).map((x) =>
    x.isNegative() ? x.neg() : ZERO,
  );
  const total = inv.reduce((s, x) => s.plus(x), ZERO);
  const F = new Dec(p.repayment.fund);
  const grants: Dec[] = [];
  let paid = ZERO;
  let last = 0;
  inv.forEach((x, i) => !x.isZero() && (last = i));
  for (let t = 0; t < H; t++) {
    let g = total.isZero() ? (t === 0 ? F : ZERO) : F.times(inv[t]).div(total);
    if (!total.isZero() && t === last) g = F.minus(paid); // the remainder: the grants sum to F exactly
    paid = paid.plus(g);
    grants.push(g);
  }
  const r = runRepayment(c, p.repayment);
  const repayments = r.schedule.map((row) => row.reduce((s, x) => s.plus(x), ZERO));
  return { grants, repayments, repaidYear: r.repaidYear };
}

function rank(projects: ProjectResult[], p: BasePerspective, key: RankKey): number[] {
  const v = (i: number) => {
    const x =
      key === "breakEvenSuccessRate"
        ? projects[i].perspectives[p].breakEvenSuccessRate
        : projects[i].perspectives[p][key];
    return x === null ? null : key === "breakEvenSuccessRate" ? -x : x;
  };
  return projects
    .map((_, i) => i)
    .sort((a, b) => {
      const x = v(a);
      const y = v(b);
      if (x === null || y === null) return x === null ? (y === null ? a - b : 1) : -1;
      return y - x || a - b;
    });
}

function actorTotals(cases: Case[], portfolio: Portfolio, reports: ReturnType<typeof buildReport>[]): ActorTotal[] {
  const out = new Map<string, { ids: string[]; name: string; inv: Dec; ben: Dec; npv: Dec; at: Dec; n: number }>();
  cases.forEach((c, i) => {
    const shift = portfolio.projects[i].startYear - portfolio.fund.startYear;
    const factor = ONE.div(ONE.plus(c.assumptions.discountRate).pow(shift));
    for (const a of c.actors) {
      const r = reports[i].perspectives[`actor:${a.id}`];
      const hasLines = c.lines.some((l) => selection(c, `actor:${a.id}`).actors.includes(l.actor));
      if (!r || !hasLines) continue;
      const key = fold(a.name);
      const row = out.get(key) ?? { ids: [], name: a.name, inv: ZERO, ben: ZERO, npv: ZERO, at: ZERO, n: 0 };
      if (!row.ids.includes(a.id)) row.ids.push(a.id);
      row.inv = row.inv.plus(r.investment);
      row.ben = row.ben.plus(r.benefits);
      row.npv = row.npv.plus(r.npv);
      row.at = row.at.plus(new Dec(r.npv).times(factor));
      row.n++;
      out.set(key, row);
    }
  });
  return [...out.values()].map((x) => ({
    ids: x.ids,
    name: x.name,
    investment: num(x.inv),
    benefits: num(x.ben),
    npv: num(x.npv),
    npvAtFundStart: num(x.at),
    projects: x.n,
  }));
}

/** The fund's cash flow, the projects' figures and ranking, and the actors' totals. `cases[i]` is project i's validated case. */
export function runPortfolio(portfolio: Portfolio, cases: Case[]): PortfolioResult {
  const { fund } = portfolio;
  const flows = cases.map((c, i) => projectFlows(c, portfolio.projects[i]));
  const lastYear = Math.max(
    fund.startYear,
    ...cases.map((c, i) => portfolio.projects[i].startYear + c.assumptions.horizon - 1),
    ...fund.contributions.map((x) => x.year),
  );
  const n = lastYear - fund.startYear + 1;
  const calendar = (flow: Dec[], start: number) => {
    const out = Array.from({ length: n }, () => ZERO);
    flow.forEach((x, t) => (out[start - fund.startYear + t] = out[start - fund.startYear + t].plus(x)));
    return out;
  };
  const grants = flows.map((f, i) => calendar(f.grants, portfolio.projects[i].startYear));
  const repayments = flows.map((f, i) => calendar(f.repayments, portfolio.projects[i].startYear));
  const years: FundYear[] = [];
  let balance = new Dec(fund.openingCapital);
  let firstNegativeYear: number | null = null;
  for (let k = 0; k < n; k++) {
    const year = fund.startYear + k;
    const contributions = fund.contributions.filter((x) => x.year === year).reduce((s, x) => s.plus(x.amount), ZERO);
    const g = grants.reduce((s, x) => s.plus(x[k]), ZERO);
    const r = repayments.reduce((s, x) => s.plus(x[k]), ZERO);
    const opening = balance;
    balance = balance.plus(contributions).minus(g).plus(r);
    if (firstNegativeYear === null && balance.isNegative() && !balance.isZero()) firstNegativeYear = year;
    years.push({
      year,
      opening: num(opening),
      contributions: num(contributions),
      grants: num(g),
      repayments: num(r),
      closing: num(balance),
    });
  }
  const reports = cases.map((c) => buildReport(compute(c)));
  const projects: ProjectResult[] = cases.map((c, i) => {
    const p = portfolio.projects[i];
    const pick = (b: BasePerspective) => {
      const r = reports[i].perspectives[b];
      const { investment, benefits, npv, roi, npvRatio, breakEvenYear, breakEvenSuccesses, breakEvenSuccessRate } = r;
      return { investment, benefits, npv, roi, npvRatio, breakEvenYear, breakEvenSuccesses, breakEvenSuccessRate };
    };
    return {
      name: p.name ?? c.title,
      case: p.case,
      startYear: p.startYear,
      horizon: c.assumptions.horizon,
      grant: p.repayment.fund,
      repaidYear: flows[i].repaidYear === null ? null : p.startYear + flows[i].repaidYear - 1,
      grants: grants[i].map(num),
      repayments: repayments[i].map(num),
      perspectives: { total: pick("total"), public: pick("public"), economic: pick("economic") },
    };
  });
  const ranking = {} as PortfolioResult["ranking"];
  for (const b of BASE_PERSPECTIVES)
    ranking[b] = {
      npv: rank(projects, b, "npv"),
      roi: rank(projects, b, "roi"),
      npvRatio: rank(projects, b, "npvRatio"),
      breakEvenSuccessRate: rank(projects, b, "breakEvenSuccessRate"),
    };
  const sum = (xs: Dec[][]) => num(xs.reduce((s, x) => x.reduce((t, y) => t.plus(y), s), ZERO));
  return {
    fund: {
      name: fund.name,
      ...(fund.owner !== undefined ? { owner: fund.owner } : {}),
      startYear: fund.startYear,
      openingCapital: fund.openingCapital,
    },
    years,
    firstNegativeYear,
    committed: sum(grants),
    repaid: sum(repayments),
    projects,
    actors: actorTotals(cases, portfolio, reports),
    ranking,
  };
}
