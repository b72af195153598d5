import { CaseError, type Issue } from "../errors";
import type { Case } from "../types";
import { validateCase } from "../validate/case";
import { Collector, checkNumber, checkString, describe, isObject } from "../validate/checks";
import type { FundSpec, Portfolio, ProjectSpec } from "./types";

/**
 * Validation of a portfolio file (docs/portfolio.md): every problem with the path of its field
 * and a Swedish message. The projects' cases are validated by the case validation, with their
 * repayment terms, each issue prefixed with the project's path.
 */

export const PORTFOLIO_FIELDS = ["$schema", "fund", "projects"] as const;
export const FUND_FIELDS = ["name", "owner", "startYear", "openingCapital", "contributions"] as const;
export const PROJECT_FIELDS = ["name", "case", "startYear", "repayment"] as const;
const YEAR = { integer: true, min: 1900, max: 2200 } as const;
const KRONOR = { min: 0, max: 1e15 } as const;

function validateFund(c: Collector, raw: unknown): FundSpec | undefined {
  if (!isObject(raw)) {
    c.add("fund", `${describe(raw)} är ingen fond; ange { "name", "startYear", "openingCapital" }`);
    return undefined;
  }
  const before = c.errors.length;
  c.fields(raw, FUND_FIELDS, "fund");
  const name = checkString(c, raw.name, "fund.name", true);
  const owner = raw.owner === undefined ? undefined : checkString(c, raw.owner, "fund.owner", true);
  const startYear = checkNumber(c, raw.startYear, "fund.startYear", YEAR);
  let openingCapital: number | undefined;
  if (typeof raw.openingCapital === "number" && raw.openingCapital < 0)
    c.add("fund.openingCapital", `${describe(raw.openingCapital)} är negativt; fondens startkapital är 0 kr eller mer`);
  else openingCapital = checkNumber(c, raw.openingCapital, "fund.openingCapital", KRONOR);
  const contributions: FundSpec["contributions"] = [];
  if (raw.contributions !== undefined) {
    if (!Array.isArray(raw.contributions))
      c.add(
        "fund.contributions",
        `${describe(raw.contributions)} är ingen lista; ange [{ "year": 2027, "amount": 2000000 }]`,
      );
    else
      raw.contributions.forEach((x: unknown, i: number) => {
        const p = `fund.contributions[${i}]`;
        if (!isObject(x))
          return c.add(p, `${describe(x)} är inget tillskott; ange { "year": 2027, "amount": 2000000 }`);
        c.fields(x, ["year", "amount"], p);
        const year = checkNumber(c, x.year, `${p}.year`, YEAR);
        const amount = checkNumber(c, x.amount, `${p}.amount`, KRONOR);
        if (year !== undefined && startYear !== undefined && year < startYear)
          c.add(`${p}.year`, `${year} är före fondens startår ${startYear}`);
        if (year !== undefined && amount !== undefined) contributions.push({ year, amount });
      });
  }
  if (c.errors.length > before || name === undefined || startYear === undefined || openingCapital === undefined)
    return undefined;
  return { name, ...(owner !== undefined ? { owner } : {}), startYear, openingCapital, contributions };
}

function validateProject(c: Collector, raw: unknown, i: number, fund: FundSpec | undefined): ProjectSpec | undefined {
  const path = `projects[${i}]`;
  if (!isObject(raw)) {
    c.add(path, `${describe(raw)} är inget projekt; ange { "case": "kalkyl.json", "startYear": 2026, "repayment": … }`);
    return undefined;
  }
  const before = c.errors.length;
  c.fields(raw, PROJECT_FIELDS, path);
  const name = raw.name === undefined ? undefined : checkString(c, raw.name, `${path}.name`, true);
  const file = checkString(c, raw.case, `${path}.case`, true);
  const startYear = checkNumber(c, raw.startYear, `${path}.startYear`, YEAR);
  if (startYear !== undefined && fund && startYear < fund.startYear)
    c.add(
      `${path}.startYear`,
      `${startYear} är före fondens startår ${fund.startYear}; ett projekt kan inte börja innan fonden finns`,
    );
  if (raw.repayment === undefined)
    c.add(
      `${path}.repayment`,
      'saknas; ange återföringen, t.ex. { "model": "gainShare", "fund": 4000000, "share": 0.5 }',
    );
  if (c.errors.length > before || file === undefined || startYear === undefined) return undefined;
  return {
    ...(name !== undefined ? { name } : {}),
    case: file,
    startYear,
    repayment: raw.repayment as ProjectSpec["repayment"],
  };
}

/** The portfolio's own fields (not its cases); throws a CaseError with every issue. */
export function parsePortfolio(raw: unknown): Portfolio {
  const c = new Collector();
  if (!isObject(raw))
    throw new CaseError([
      { path: "(fond)", message: `${describe(raw)} är ingen portfölj; filen ska innehålla ett JSON-objekt` },
    ]);
  c.fields(raw, PORTFOLIO_FIELDS, "");
  const fund = validateFund(c, raw.fund);
  const projects: ProjectSpec[] = [];
  if (!Array.isArray(raw.projects) || raw.projects.length === 0)
    c.add("projects", `${describe(raw.projects)} är ingen lista av projekt; ange minst ett projekt`);
  else
    raw.projects.forEach((p: unknown, i: number) => {
      const v = validateProject(c, p, i, fund);
      if (v) projects.push(v);
    });
  if (c.errors.length > 0 || !fund) throw new CaseError(c.errors);
  return { fund, projects };
}

/**
 * A project's case with its repayment terms, validated; every issue's path prefixed with the
 * project's (`projects[1] (unga.json): lines[0].amount`).
 */
export function projectCase(p: ProjectSpec, i: number, rawCase: unknown): Case {
  const raw = isObject(rawCase) ? { ...rawCase, repayment: p.repayment } : rawCase;
  const r = validateCase(raw);
  if (r.ok) return r.case;
  const prefix = `projects[${i}] (${p.case})`;
  const issues: Issue[] = r.errors.map((e) => ({
    path: e.path.startsWith("repayment") ? `projects[${i}].${e.path}` : `${prefix}: ${e.path}`,
    message: e.message,
  }));
  throw new CaseError(issues);
}
