import { isPlainLine, scheduleBands, type Case, type Issue } from "../engine";
import { SocinvError } from "../engine/errors";

/**
 * What the workbook cannot show yet. Method v2's discount schedules, price indexing and unit
 * costs are computed by the engine, the CLI and the functions, but the sheets still discount with
 * one flat rate and take each line's amount as written. A workbook that silently disagreed with
 * the engine would mislead a revisor, so such a case is refused, each issue naming its field.
 */
export function unsupportedInWorkbook(c: Case): Issue[] {
  const issues: Issue[] = [];
  if (scheduleBands(c.assumptions.discountSchedule).length > 0)
    issues.push({
      path: "assumptions.discountSchedule",
      message:
        "arbetsboken kan ännu inte visa ett diskonteringsschema (metod v2); räkna med socinv calc eller " +
        "funktionerna, eller ta bort schemat för att skapa arbetsboken med en fast ränta",
    });
  c.lines.forEach((line, i) => {
    if (isPlainLine(c, line)) return;
    issues.push({
      path: `lines[${i}]`,
      message:
        "arbetsboken kan ännu inte räkna om prisår, prisindex och kalkylvärden (metod v2) med formler; " +
        "räkna med socinv calc eller funktionerna, eller ange beloppet i kalkylens prisår",
    });
  });
  return issues;
}

export function assertSupportedInWorkbook(c: Case): void {
  const issues = unsupportedInWorkbook(c);
  if (issues.length) throw new SocinvError("template", issues);
}
