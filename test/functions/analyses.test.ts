import "../helpers/customFunctionsRuntime";
import { excelError } from "../helpers/customFunctionsRuntime";
import * as F from "../../src/functions/functions";
import { assumptionsToRange, linesToRange } from "../../src/functions/ranges";
import { formatKr, parseCase, runCompensation, runMonteCarlo, runRepayment, runScenarios } from "../../src/engine";
import { CELL_WORK_LIMIT, maxCellIterations } from "../../src/functions/limits";
import { loadExample } from "../helpers/cases";

const c = loadExample("unga-utanfor-investering.json");
const lines = linesToRange(c);
const a = assumptionsToRange(c);
// the reference for the functions: the same lines and assumptions, without the case file's analyses
const fromRange = parseCase({ ...c, monteCarlo: undefined, repayment: undefined, followUp: undefined });

describe("SCENARIOS", () => {
  test("the default set, equal to the engine", () => {
    const t = F.scenarios(lines, a);
    const s = runScenarios(fromRange);
    expect(t[0]).toEqual([
      "Scenario",
      "Antal med utfall",
      "Nettonuvärde totalt",
      "Nettonuvärde offentlig sektor",
      "Nettonuvärde samhällsekonomiskt",
      "Break-even år",
    ]);
    expect(t.slice(1).map((r) => r[0])).toEqual([
      "Planerat utfall",
      "Halva utfallet",
      "En fjärdedel av utfallet",
      "Inget utfall",
    ]);
    t.slice(1).forEach((r, i) => {
      expect(r[2]).toBeCloseTo(s[i].perspectives.total.npv, 4);
      expect(r[5]).toBe(s[i].perspectives.total.breakEvenYear ?? "Ingen");
    });
  });
  test("own scenarios by assumption name", () => {
    const t = F.scenarios(lines, a, [
      ["Scenario", "Antal med utfall", "Återfall"],
      ["Försiktigt", 10, "20 %"],
      ["Optimistiskt", 30, ""],
    ]);
    expect(t.map((r) => r[0])).toEqual(["Scenario", "Försiktigt", "Optimistiskt"]);
    expect(t[1][1]).toBe(10);
    expect(
      excelError(() =>
        F.scenarios(lines, a, [
          ["Scenario", "Återfal"],
          ["x", 0.1],
        ]),
      ).message,
    ).toBe("Scenarier, kolumn 2: 'Återfal' är inget antagande; menade du 'Återfall'?");
    expect(
      excelError(() =>
        F.scenarios(lines, a, [
          ["Scenario", "Återfall"],
          ["x", 1.5],
        ]),
      ).message,
    ).toMatch("Scenarier rad 2, Återfall: 150 % är utanför det tillåtna: 0–100 %");
  });
});

describe("MONTECARLO", () => {
  const dist = [
    ["Parameter", "Fördelning", "Min", "Typvärde", "Max", "Medel", "Std.avv."],
    ["Antal med utfall", "Triangel", 8, 24, 32, "", ""],
    ["Återfall", "Likformig", 0.04, "", 0.15, "", ""],
    ["Avklingning", "Normal", "", "", "", 0.03, 0.02],
    ["Post 14", "Likformig", 250000, "", 350000, "", ""],
  ];
  test("the same figures as the engine for the same distributions and seed", () => {
    const t = F.monteCarlo(lines, a, dist, 2000, 7, 10);
    const r = runMonteCarlo(fromRange, { ...c.monteCarlo!, iterations: 2000, seed: 7, breakEvenBy: 10 });
    expect(t[0][0]).toBe("Perspektiv");
    expect(t[1][1]).toBeCloseTo(r.perspectives.total.mean, 4);
    expect(t[1][3]).toBeCloseTo(r.perspectives.total.p50, 4);
    expect(t[2][5]).toBe(r.perspectives.public.probNpvNonNegative);
    expect(F.monteCarlo(lines, a, dist, 2000, 7, 10)).toEqual(t);
  });
  test("bad input names the row and field", () => {
    expect(
      excelError(() => F.monteCarlo(lines, a, [dist[0], ["Återfall", "Likformig", 0.1, "", 1.4]], 100, 1)).message,
    ).toBe("Fördelningar rad 2, Max: 140 % ligger utanför det tillåtna för Återfall: 0–100 %");
    expect(
      excelError(() => F.monteCarlo(lines, a, [dist[0], ["Återfall", "Poisson", 0.1, "", 0.2]], 100, 1)).message,
    ).toMatch(/Fördelningar rad 2, Fördelning: 'Poisson' är ingen fördelning/);
    expect(excelError(() => F.monteCarlo(lines, a, dist, 200001, 1)).message).toBe("Iterationer: högst 100000");
    // blank rows are skipped, and the message still names the row where the user typed
    const withBlank = [dist[0], ["", "", "", "", "", "", ""], ["Återfall", "Likformig", 0.3, "", 0.2]];
    expect(excelError(() => F.monteCarlo(lines, a, withBlank, 100, 1)).message).toBe(
      "Fördelningar rad 3, Min: min 0,3 är större än max 0,2",
    );
  });
});

describe("MONTECARLO on the shared runtime: a cell may not hold Excel up", () => {
  const dist = [
    ["Parameter", "Fördelning", "Min", "Typvärde", "Max", "Medel", "Std.avv."],
    ["Återfall", "Likformig", 0.04, "", 0.15, "", ""],
  ];
  const n = c.lines.length;
  const H = c.assumptions.horizon;
  const max = maxCellIterations(fromRange);
  test("the limit is the work budget over lines × years", () => {
    expect(max).toBe(Math.floor(CELL_WORK_LIMIT / (n * H)));
    expect(max).toBeLessThan(100_000); // the limit bites below the engine's own maximum for this case
  });
  test("more line-years than a cell may compute are refused with the most that fit and the CLI", () => {
    const message = excelError(() => F.monteCarlo(lines, a, dist, max + 1, 1)).message;
    expect(message).toContain(`iterationer × ${n} poster × ${H} år är för mycket för en cell`);
    expect(message).toContain(`högst ${formatKr(max)} iterationer för den här kalkylen`);
    expect(message).toContain("socinv calc");
  });
  test("up to the limit it runs", () => {
    expect(F.monteCarlo(lines, a, dist, 50, 1)[0][0]).toBe("Perspektiv");
  });
});

describe("REPAYMENT and COMPENSATION", () => {
  test("REPAYMENT with Andel equals the engine; the last row says when", () => {
    const t = F.repayment(lines, a, 13200000, "Andel", 0.5, [["Kommunen"], ["Regionen"]]);
    const r = runRepayment(fromRange, { model: "gainShare", fund: 13200000, share: 0.5, units: ["kommun", "region"] });
    expect(t[0]).toEqual(["År", "Kommunen", "Regionen", "Kvar att betala"]);
    expect(t[2][1]).toBeCloseTo(r.schedule[1][0], 6);
    expect(t[t.length - 1][0]).toBe(r.repaidYear === null ? "Ej återbetald" : `Återbetald år ${r.repaidYear}`);
  });
  test("REPAYMENT with Ram splits by frames", () => {
    const t = F.repayment(lines, a, 3000000, "Ram", 3, [
      ["Enhet", "Ram"],
      ["Socialförvaltningen", 100],
      ["Regionen", 200],
    ]);
    expect(t[1]).toEqual([1, 1000000 / 3, 2000000 / 3, 2000000]);
    expect(excelError(() => F.repayment(lines, a, 3000000, "Ram", 3)).message).toBe(
      "Ramar: ange ett område med enhet och budgetram per rad",
    );
    expect(excelError(() => F.repayment(lines, a, 1e12, "Andel", 0.5)).message).toMatch(
      /^Fond: 1 000 000 000 000 kr är mer än enheternas samlade vinster/,
    );
    expect(excelError(() => F.repayment(lines, a, 100, "Andel", -0.5)).message).toBe(
      "Andel: -50 % är utanför det tillåtna: större än 0 % och högst 100 %",
    );
  });
  test("COMPENSATION equals the engine; a negative total is #N/A with the reason", () => {
    const t = F.compensation(lines, a);
    const r = runCompensation(fromRange);
    expect(t.length - 1).toBe(r.transfers.length);
    const name = (id: string) => fromRange.actors.find((x) => x.id === id)!.name;
    const want = new Map(r.transfers.map((x) => [`${name(x.from)}→${name(x.to)}`, x.amount]));
    for (const [from, to, amount] of t.slice(1)) expect(amount).toBeCloseTo(want.get(`${from}→${to}`)!, 6);
    const e = excelError(() =>
      F.compensation(
        [
          ["Aktör", "Belopp"],
          ["Kommunen", 10],
          ["Regionen", -50],
        ],
        [["Horisont", 1]],
      ),
    );
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/Summan över de offentliga aktörerna är negativ/);
  });
});

describe("FOLLOWUP and COMPARE", () => {
  test("FOLLOWUP: plan against outcome per year, with the present values", () => {
    const t = F.followUp(
      [
        ["Aktör", "Bas", "Belopp"],
        ["Kommunen", "Per person", 10],
      ],
      [
        ["Horisont", 3],
        ["Antal med utfall", 10],
        ["Diskonteringsränta", 0],
      ],
      [
        ["År", "Antal med utfall"],
        [1, 5],
      ],
    );
    expect(t).toEqual([
      ["År", "Plan", "Utfall och prognos", "Avvikelse"],
      [1, 100, 50, -50],
      [2, 100, 50, -50],
      [3, 100, 50, -50],
      ["Nuvärde", 300, 150, -150],
    ]);
    expect(
      excelError(() =>
        F.followUp(lines, a, [
          ["År", "Antal med utfall"],
          [99, 5],
        ]),
      ).message,
    ).toBe("Utfall rad 2, År: 99 får vara högst 20");
  });
  test("COMPARE: försörjningsstöd against employment with a wage subsidy", () => {
    const fs = [
      ["Aktör", "Riktning", "Kostnadslag", "Belopp"],
      ["Kommunen", "Kostnad", "Finansiell", 120000],
      ["Individen", "Intäkt", "Finansiell", 120000],
    ];
    const job = [
      ["Aktör", "Riktning", "Kostnadslag", "Belopp"],
      ["Kommunen", "Kostnad", "Finansiell", 60000],
      ["Arbetsförmedlingen", "Kostnad", "Finansiell", 150000],
      ["Individen", "Intäkt", "Finansiell", 220000],
      ["Produktionsvärde", "Intäkt", "Produktion", 300000],
    ];
    const t = F.compare(fs, job, [["Horisont", 1]]);
    const row = (n: string) => t.find((r) => r[0] === n)!;
    expect(row("Kommunen")).toEqual(["Kommunen", -120000, -60000, -60000, "B"]);
    expect(row("Arbetsförmedlingen")[4]).toBe("A");
    expect(row("Totalt (alla aktörer)")[4]).toBe("B");
  });
});
