import { parseLines } from "../../../src/functions/ranges";
import { caseOf, importLines, initialState } from "../../../src/taskpane/state";

describe("Importera från markeringen", () => {
  test("a row with amounts in År columns becomes a line with belopp per år (method v3)", () => {
    const parsed = parseLines([
      ["Aktör", "Riktning", "Kostnadslag", "Roll", "Bas", "Belopp", "År 1", "År 2", "År 3"],
      ["Kommunen", "Kostnad", "Real", "Insats", "Totalt", "", 1000, 1500.5, ""],
      ["Kommunen", "Intäkt", "Finansiell", "Effekt", "Totalt", 700, "", "", ""],
    ]);
    const s = importLines(initialState(), parsed);
    const [yearly, plain] = s.lines.slice(-2);
    expect(yearly).toMatchObject({ yearlyAmounts: ["1 000", "1 500,50"], amount: "", toYear: "" });
    expect(plain.yearlyAmounts).toBeUndefined();
    expect(plain.amount).toBe("700");
    const r = caseOf({ ...s, basics: { ...s.basics, title: "Import" }, lines: s.lines.slice(-2) });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.case.lines[0]).toMatchObject({ yearlyAmounts: [1000, 1500.5], fromYear: 1, toYear: 2 });
  });
});
