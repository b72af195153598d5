import { dirname, resolve } from "path";
import { CaseError, isSocinvError, parsePortfolio, projectCase, runPortfolio, type Case, type Issue } from "../engine";
import { renderFund } from "./fund-text";

/**
 * `socinv fond portfolio.json [--json]`: a social investment fund and its projects. The
 * projects' case files are read relative to the portfolio file; a missing or invalid one
 * names the project's field, and nothing is written.
 */

export interface FundIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Reads a case (or portfolio) file as data; throws a SocinvError naming the file when it cannot. */
  read: (file: string) => unknown;
}

function issuesText(file: string, issues: readonly Issue[]): string {
  return (
    [`${file}: ${issues.length} fel i fonden`, ...issues.map((i) => `  ${i.path}: ${i.message}`)].join("\n") + "\n"
  );
}

export function fundCommand(file: string, json: boolean, io: FundIo): number {
  const raw = io.read(file);
  let result: ReturnType<typeof runPortfolio>;
  try {
    const portfolio = parsePortfolio(raw);
    const issues: Issue[] = [];
    const cases: Case[] = [];
    portfolio.projects.forEach((p, i) => {
      let rawCase: unknown;
      try {
        rawCase = io.read(resolve(dirname(resolve(file)), p.case));
      } catch (e) {
        if (!isSocinvError(e)) throw e;
        issues.push({ path: `projects[${i}].case`, message: `'${p.case}' kunde inte läsas: ${e.message}` });
        return;
      }
      try {
        cases.push(projectCase(p, i, rawCase));
      } catch (e) {
        if (e instanceof CaseError) issues.push(...e.issues);
        else throw e;
      }
    });
    if (issues.length) throw new CaseError(issues);
    result = runPortfolio(portfolio, cases);
  } catch (e) {
    if (e instanceof CaseError) {
      io.err(issuesText(file, e.issues));
      return 1;
    }
    throw e;
  }
  io.out(json ? JSON.stringify(result, null, 2) + "\n" : renderFund(result));
  return 0;
}
