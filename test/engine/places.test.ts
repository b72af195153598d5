import { placeOf } from "../../src/engine";

describe("placeOf: an engine path in the words a user reads", () => {
  test.each([
    ["lines[1].amount", "Post 2, Belopp"],
    ["lines[3].toYear", "Post 4, Till år"],
    ["lines", "Poster"],
    ["title", "Rubrik"],
    ["participants", "Antal deltagare"],
    ["assumptions.discountRate", "Antaganden, Diskonteringsränta"],
    ["assumptions.discountSchedule[2].rate", "Antaganden, Band 3, Ränta"],
    ["actors[2].parent", "Aktör 3, Ingår i"],
    ["scenarios[0].assumptions.relapse", "Scenario 1, Antaganden, Återfall"],
    ["monteCarlo.distributions[1].max", "Monte Carlo, Fördelning 2, Max"],
    ["repayment.frames.soc", "Återföring, Budgetramar, soc"],
    ["followUp.years[0].investment[1].amount", "Uppföljning, Uppföljningsår 1, Insats 2, Belopp"],
    ["unitCosts[0].unit", "Kalkylvärde 1, Enhet"],
    ["assumptions.constructor", "Antaganden, constructor"],
    ["__proto__", "__proto__"],
    ["(kalkyl)", "Kalkylen"],
  ])("%s → %s", (path, words) => expect(placeOf(path)).toBe(words));
});
