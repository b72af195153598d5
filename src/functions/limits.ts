import { formatKr, type Case } from "../engine";
import { invalid } from "./errors";

/**
 * Custom functions run on the shared runtime: while one computes, Excel's functions and the
 * taskpane wait. A Monte Carlo simulation's work grows with iterations × lines × years, so a cell
 * may ask for at most CELL_WORK_LIMIT line-years (about an eighth of a second on a laptop, half the
 * quarter of a second allowed; measured by `npm run bench` as functions.montecarlo.cap.ms). More
 * iterations than that belong on the command line, where nothing waits for them.
 */
export const CELL_WORK_LIMIT = 20_000_000;

/** The most iterations one cell may run for this case. */
export function maxCellIterations(c: Case): number {
  return Math.max(1, Math.floor(CELL_WORK_LIMIT / (Math.max(1, c.lines.length) * c.assumptions.horizon)));
}

/** Refuses a simulation that would hold Excel up, saying how many iterations fit and how to run more. */
export function checkCellWork(c: Case, iterations: number): void {
  const max = maxCellIterations(c);
  if (iterations <= max) return;
  throw invalid(
    `Iterationer: ${formatKr(iterations)} iterationer × ${c.lines.length} poster × ${c.assumptions.horizon} år ` +
      `är för mycket för en cell (Excel och aktivitetsfönstret väntar medan den räknar); ` +
      `högst ${formatKr(max)} iterationer för den här kalkylen. ` +
      `Kör fler med kommandoraden: socinv calc kalkyl.json (monteCarlo.iterations, upp till 100 000)`,
  );
}
