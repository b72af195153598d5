import { buildReport, compute, type Case } from "../engine";
import { layout, type Layout } from "./layout";
import type { NameSpec, SheetModel } from "./model";
import { assumptionsSheet } from "./sheets/assumptions";
import { comparisonSheet } from "./sheets/comparison";
import { linesSheet } from "./sheets/lines";
import { projectionSheet } from "./sheets/projection";
import { yearlyAmountsSheet } from "./sheets/yearly-amounts";

/**
 * A comparison workbook (buildWorkbook(a, { alternative: b })): case A's workbook as usual, plus
 * alternative B's Poster, Antaganden and Prognos (sheets "Poster B", …, names "…_B", built by the
 * same sheet modules) and the Jämförelse sheet that reads both Prognos sheets.
 */

/** B's sheets of a comparison: the ones its Prognos needs. */
const B_SHEETS = [
  [linesSheet, "linesB"],
  [assumptionsSheet, "assumptionsB"],
  [projectionSheet, "projectionB"],
  [yearlyAmountsSheet, "yearlyB"],
] as const;
const B_KEYS: Record<string, SheetModel["key"]> = {
  lines: "linesB",
  assumptions: "assumptionsB",
  projection: "projectionB",
  yearly: "yearlyB",
};

export function comparisonParts(
  a: { c: Case; layout: Layout },
  b: Case,
  meta: { generatedAt: Date; addinVersion: string },
): { first: SheetModel; rest: SheetModel[]; names: NameSpec[] } {
  const LB = layout(b, 1, "B");
  const input = { c: b, report: buildReport(compute(b)), layout: LB, ...meta };
  const rest = B_SHEETS.flatMap(([build, key]) => {
    const s = build(input);
    return s ? [{ ...s, key }] : [];
  });
  const names = LB.names.filter((n) => n.sheet in B_KEYS).map((n) => ({ ...n, sheet: B_KEYS[n.sheet] }));
  return { first: comparisonSheet({ a, b: { c: b, layout: LB } }), rest, names };
}
