/** FUNDBALANCE: a fund's balance per calendar year from its projects' flows (engine: fundLedger). */
import { fundLedger } from "../../engine";
import type { OutMatrix } from "../adapt";
import { invalid } from "../errors";
import type { FundProjectRows } from "../params/fund";

export function fundBalanceTable(
  projects: FundProjectRows[],
  openingCapital: unknown,
  contributions: { year: number; amount: number }[],
): OutMatrix {
  if (typeof openingCapital !== "number" || !Number.isFinite(openingCapital))
    throw invalid("Startkapital: ange fondens startkapital i kronor, t.ex. 20 000 000");
  if (openingCapital < 0)
    throw invalid(`Startkapital: ${String(openingCapital).replace(".", ",")} är negativt; ange 0 kr eller mer`);
  const startYear = Math.min(...projects.map((p) => p.startYear), ...contributions.map((c) => c.year));
  const late = contributions.find((c) => c.year < startYear);
  if (late) throw invalid(`Tillskott: år ${late.year} är före fondens första år ${startYear}`);
  const { years, firstNegativeYear } = fundLedger({ startYear, openingCapital, contributions }, projects);
  const head = ["År", "Ingående saldo", "Tillskott", "Utbetalt", "Återfört", "Utgående saldo"];
  const rows: OutMatrix = years.map((y) => [y.year, y.opening, y.contributions, y.grants, y.repayments, y.closing]);
  return [head, ...rows, ["Första år med negativt saldo", firstNegativeYear ?? "inget", "", "", "", ""]];
}
