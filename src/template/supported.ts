import type { Case, Issue } from "../engine";
import { SocinvError } from "../engine/errors";
import { usesMethodV2 } from "./sheets/assumptions.layout";

/**
 * What the workbook cannot show. Method v2 (a discount schedule, lines in other price years,
 * unit costs) is on the sheets; the successes needed to break even divide the per-success
 * present value by the number of successes, so a method v2 case with no successes is refused
 * rather than written with figures other than the engine's, each issue naming its field.
 */
export function unsupportedInWorkbook(c: Case): Issue[] {
  const issues: Issue[] = [];
  if (usesMethodV2(c) && c.assumptions.successes === 0)
    issues.push({
      path: "assumptions.successes",
      message:
        "arbetsboken kan inte räkna antalet med utfall som behövs för break-even (metod v2) när antalet med " +
        "utfall är 0; ange antalet med utfall i kalkylen, eller räkna med socinv calc eller funktionerna",
    });
  // Method v3 on the sheets is being built (issue 20); until then such a case is refused by name.
  const a = c.assumptions;
  const later = "arbetsboken visar ännu inte metod v3; räkna med socinv calc eller funktionerna";
  if ((a.intakeYears ?? 1) > 1) issues.push({ path: "assumptions.intakeYears", message: later });
  if (a.discountTiming === "endOfYear") issues.push({ path: "assumptions.discountTiming", message: later });
  c.lines.forEach((l, i) => {
    if (l.yearlyAmounts !== undefined) issues.push({ path: `lines[${i}].yearlyAmounts`, message: later });
  });
  return issues;
}

export function assertSupportedInWorkbook(c: Case): void {
  const issues = unsupportedInWorkbook(c);
  if (issues.length) throw new SocinvError("template", issues);
}
