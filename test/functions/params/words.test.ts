import "../../helpers/customFunctionsRuntime";
import { excelError } from "../../helpers/customFunctionsRuntime";
import { CALL } from "../../../src/functions/callable";

const lines = [
  ["Aktör", "Roll", "Belopp", "Till år"],
  ["Kommunen", "Insats", 1000, 1],
  ["Regionen", "Effekt", 300, 10],
  ["Individen", "Effekt", 200, 10],
];
const assumptions = [["Horisont", 10]];

describe("perspective words (from the engine vocabulary)", () => {
  const npv = (p: string | null) => CALL.NPV(lines, assumptions, p);
  test.each([
    ["total", null],
    ["totalt", null],
    ["Summa", null],
    ["alla", null],
    ["public", "Offentlig sektor"],
    ["offentlig", "Offentlig sektor"],
    ["Offentlig sektor", "Offentlig sektor"],
    ["offentligt", "Offentlig sektor"],
    ["economic", "Samhällsekonomiskt"],
    ["samhallsekonomiskt", "Samhällsekonomiskt"],
    ["Samhällsekonomisk", "Samhällsekonomiskt"],
    ["samhället", "Samhällsekonomiskt"],
    ["samhalle", "Samhällsekonomiskt"],
  ])("'%s' is the perspective %s", (word, same) => {
    expect(npv(word)).toBe(npv(same));
  });

  test("the public and total perspectives differ here, so the words are told apart", () => {
    expect(npv("Offentlig sektor")).not.toBe(npv(null));
  });

  test("an unknown word lists the perspectives and the actors", () => {
    expect(excelError(() => npv("tolv")).message).toBe(
      "Perspektiv: 'tolv' är inget perspektiv; ange Totalt, Offentlig sektor, Samhällsekonomiskt eller en aktör (Kommunen, Regionen, Individen)",
    );
  });
});

describe("distribution and repayment model words", () => {
  const distributions = (type: string) => [
    ["Parameter", "Fördelning", "Min", "Typvärde", "Max", "Medel", "Std.avv."],
    ["Återfall", type, 0, 0.1, 0.2, 0.1, 0.05],
  ];
  const mc = (type: string) => CALL.MONTECARLO(lines, assumptions, distributions(type), 200, 7);
  test.each([
    ["likformig", "uniform"],
    ["triangel", "triangular"],
    ["triangulär", "triangular"],
    ["normal", "normal"],
    ["normalfördelning", "normal"],
  ])("'%s' is the same distribution as '%s'", (word, value) => {
    expect(mc(word)).toEqual(mc(value));
  });

  test("an unknown distribution names the three", () => {
    expect(excelError(() => mc("gauss")).message).toBe(
      "Fördelningar rad 2, Fördelning: 'gauss' är ingen fördelning; ange Likformig, Triangel eller Normal",
    );
  });

  /** Andel: half of each unit's gain; Ram: five years, Regionen's frame. */
  const repay = (model: string, kind: "gainShare" | "frameShare") =>
    kind === "gainShare"
      ? CALL.REPAYMENT(lines, assumptions, 100, model, 0.5, null)
      : CALL.REPAYMENT(lines, assumptions, 100, model, 5, [["Regionen", 1]]);
  test.each([
    ["andel", "gainShare"],
    ["Andel av vinst", "gainShare"],
    ["vinstandel", "gainShare"],
    ["ram", "frameShare"],
    ["ramar", "frameShare"],
    ["budgetram", "frameShare"],
  ])("'%s' is the model %s", (word, value) => {
    const kind = value as "gainShare" | "frameShare";
    expect(repay(word, kind)).toEqual(repay(value, kind));
  });

  test("an unknown model keeps its message", () => {
    expect(excelError(() => repay("lån", "gainShare")).message).toBe(
      "Modell: 'lån' är ingen återföringsmodell; ange Andel (av vinsten) eller Ram (lika delar efter budgetram)",
    );
  });
});
