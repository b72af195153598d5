import { compareCases, compute, report } from "../../src/engine";
import { perspectiveName, renderAnalyses, renderCompare, renderText } from "../../src/cli/text";
import { mk } from "../helpers/cases";

const line = (actor: string, amount: number, extra: Record<string, unknown> = {}) => ({
  actor,
  direction: "revenue",
  category: "real",
  amount,
  ...extra,
});
const actors = [
  { id: "kommun", name: "Kommunen" },
  { id: "soc", name: "Socialförvaltningen", parent: "kommun" },
  { id: "region", name: "Regionen" },
];

describe("the terminal text takes its words from the vocabulary", () => {
  test("perspective names: the base perspectives' labels, actors by name with their sub-units", () => {
    const comp = compute(mk([line("soc", 100)], { horizon: 3 }, actors));
    expect(perspectiveName(comp, "total")).toBe("Totalt (Summa)");
    expect(perspectiveName(comp, "public")).toBe("Offentlig sektor");
    expect(perspectiveName(comp, "economic")).toBe("Samhällsekonomiskt");
    expect(perspectiveName(comp, "actor:kommun")).toBe("Kommunen inkl. underenheter");
    expect(perspectiveName(comp, "actor:region")).toBe("Regionen");
  });

  test("the statement's columns and the categories' plural names", () => {
    const text = renderText(compute(mk([line("kommun", 100)], { horizon: 3 }, actors)));
    expect(text).toMatch(/^Aktör\s+Intäkt\s+Kostnad\s+Netto$/m);
    for (const plural of ["Reala", "Finansiella", "Produktionsvärde"])
      expect(text).toMatch(new RegExp(`^${plural} `, "m"));
  });

  test.each([
    [{ model: "gainShare", fund: 100, share: 0.5, units: ["kommun"] }, "andel av vinsten"],
    [{ model: "frameShare", fund: 100, years: 2, frames: { kommun: 3, region: 1 } }, "delar efter budgetram"],
  ])("the repayment model's name in lower case: %j", (repayment, name) => {
    const c = mk([line("kommun", 100)], { horizon: 3 }, actors);
    const withRepayment = { ...c, repayment } as typeof c;
    const text = renderAnalyses(withRepayment, report(withRepayment));
    expect(text).toContain(`Återföring till fonden (${name}), 100 kr: Fonden är återbetald år `);
  });

  test("compare: one row per base perspective, by label", () => {
    const a = mk([line("kommun", 100)], { horizon: 3 }, actors);
    const b = mk([line("region", 50)], { horizon: 3 }, actors);
    const text = renderCompare(a, b, compareCases(a, b));
    for (const label of ["Totalt (Summa)", "Offentlig sektor", "Samhällsekonomiskt"])
      expect(text).toMatch(new RegExp(`^${label.replace(/[()]/g, "\\$&")}\\s`, "m"));
  });
});
