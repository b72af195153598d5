/**
 * Every custom function as data: its id (as in functions.json), its parameters in Excel's
 * order with their kinds (see params/), and a body that calls the engine with parsed input.
 * functions.ts exposes each one through adapt(); the tests check the declared parameters
 * against the generated metadata.
 */
import { MAX_ITERATIONS } from "../engine";
import { define } from "./adapt";
import { checkCellWork } from "./limits";
import { withAnalysis } from "./params/analysis";
import { P } from "./params";
import * as T from "./tables/case";
import * as A from "./tables/analyses";
import * as V2 from "./tables/prices";
import { fundBalanceTable } from "./tables/fund";
import * as V3 from "./tables/continuing";

/** The case functions of one perspective (BREAKEVEN, NPV, ROI, INVESTMENT, BENEFITS). */
const perspectiveParams = { lines: P.lines, assumptions: P.assumptions, perspective: P.perspective };
/** The same with method v3's optional year T: the figures over years 1..T. */
const periodParams = { ...perspectiveParams, year: P.period };

export const REGISTRY = {
  NETBYACTOR: define({
    id: "NETBYACTOR",
    params: { lines: P.lines, actor: P.text, perspective: P.perspective, assumptions: P.optionalAssumptions },
    run: (a) => T.netByActor(a.lines, a.actor, a.perspective),
  }),
  STATEMENT: define({
    id: "STATEMENT",
    params: { lines: P.lines, assumptions: P.optionalAssumptions },
    run: (a) => T.statement(a.lines),
  }),
  PROJECTION: define({
    id: "PROJECTION",
    params: { lines: P.lines, assumptions: P.assumptions, view: P.view, years: P.years },
    run: (a) => T.projection(a.lines, a.view, a.years),
  }),
  BREAKEVEN: define({
    id: "BREAKEVEN",
    params: periodParams,
    run: (a) => V3.breakEvenYearAt(a.lines, a.perspective, a.year),
  }),
  NPV: define({
    id: "NPV",
    params: periodParams,
    run: (a) => T.out(V3.figuresAt(a.lines, a.perspective, a.year).npv),
  }),
  ROI: define({
    id: "ROI",
    params: periodParams,
    run: (a) => V3.roiAt(a.lines, a.perspective, a.year),
  }),
  INVESTMENT: define({
    id: "INVESTMENT",
    params: periodParams,
    run: (a) => T.out(V3.figuresAt(a.lines, a.perspective, a.year).investment),
  }),
  BENEFITS: define({
    id: "BENEFITS",
    params: periodParams,
    run: (a) => T.out(V3.figuresAt(a.lines, a.perspective, a.year).benefits),
  }),
  NPVRATIO: define({
    id: "NPVRATIO",
    params: periodParams,
    run: (a) => V3.npvRatioAt(a.lines, a.perspective, a.year),
  }),
  KEYFIGURES: define({
    id: "KEYFIGURES",
    params: { lines: P.lines, assumptions: P.assumptions, actor: P.text, participants: P.participants },
    run: (a) => V3.keyFiguresTable(a.lines, a.actor, a.participants),
  }),
  SUMMARY: define({
    id: "SUMMARY",
    params: { lines: P.lines, assumptions: P.assumptions, year: P.period },
    run: (a) => V3.summaryAt(a.lines, a.year),
  }),
  DISCOUNTFACTOR: define({
    id: "DISCOUNTFACTOR",
    params: { rate: P.rate, year: P.year },
    run: (a) => T.discountFactor(a.rate, a.year),
  }),
  SCENARIOS: define({
    id: "SCENARIOS",
    params: { lines: P.lines, assumptions: P.assumptionsUnchecked, scenarios: P.scenarios },
    run: (a) => A.scenarioTable(a.scenarios ? withAnalysis(a.lines, { scenarios: a.scenarios }) : a.lines),
  }),
  MONTECARLO: define({
    id: "MONTECARLO",
    params: {
      lines: P.lines,
      assumptions: P.assumptionsUnchecked,
      distributions: P.distributions,
      iterations: P.numberAtMost(MAX_ITERATIONS, `Iterationer: högst ${MAX_ITERATIONS}`),
      seed: P.number,
      breakEvenBy: P.optionalNumber,
    },
    run: ({ lines, distributions, iterations, seed, breakEvenBy }) => {
      if (typeof iterations === "number") checkCellWork(lines, iterations);
      return A.monteCarloTable(
        withAnalysis(lines, {
          monteCarlo: { iterations, seed, distributions, ...(breakEvenBy === undefined ? {} : { breakEvenBy }) },
        }),
      );
    },
  }),
  REPAYMENT: define({
    id: "REPAYMENT",
    params: {
      lines: P.lines,
      assumptions: P.assumptionsUnchecked,
      fund: P.number,
      model: P.repaymentModel,
      shareOrYears: P.number,
      unitsOrFrames: P.repaymentUnits("model"),
    },
    run: ({ lines, fund, model, shareOrYears, unitsOrFrames }) => {
      const amount = model === "gainShare" ? { share: shareOrYears } : { years: shareOrYears };
      return A.repaymentTable(withAnalysis(lines, { repayment: { model, fund, ...amount, ...unitsOrFrames } }));
    },
  }),
  COMPENSATION: define({
    id: "COMPENSATION",
    params: { lines: P.lines, assumptions: P.assumptionsUnchecked },
    run: (a) => A.compensationTable(a.lines),
  }),
  FOLLOWUP: define({
    id: "FOLLOWUP",
    params: { lines: P.lines, assumptions: P.assumptionsUnchecked, actuals: P.actuals },
    run: (a) => A.followUpTable(withAnalysis(a.lines, { followUp: { years: a.actuals } })),
  }),
  COMPARE: define({
    id: "COMPARE",
    params: {
      linesA: P.alternative("A", ["assumptions"]),
      linesB: P.alternative("B", ["assumptionsB", "assumptions"]),
      assumptions: P.assumptionsUnchecked,
      assumptionsB: P.optionalAssumptions,
    },
    run: (a) => A.compareTable(a.linesA, a.linesB),
  }),
  BREAKEVENSUCCESSES: define({
    id: "BREAKEVENSUCCESSES",
    params: { ...perspectiveParams, participants: P.participants },
    run: (a) => V2.breakEvenSuccesses(a.lines, a.perspective, a.participants),
  }),
  UNITCOST: define({
    id: "UNITCOST",
    params: { id: P.unitCost, priceYear: P.optionalPriceYear("Prisår") },
    run: (a) => V2.unitCostIn(a.id, a.priceYear),
  }),
  REALPRICE: define({
    id: "REALPRICE",
    params: {
      amount: P.amount("Belopp"),
      fromYear: P.priceYear("Från år"),
      toYear: P.priceYear("Till år"),
      index: P.priceIndex,
    },
    run: (a) => V2.realPriceOf(a.amount, a.fromYear, a.toYear, a.index),
  }),
  FUNDBALANCE: define({
    id: "FUNDBALANCE",
    params: { projects: P.fundProjects, openingCapital: P.number, contributions: P.fundContributions },
    run: (a) => fundBalanceTable(a.projects, a.openingCapital, a.contributions),
  }),
};

export type FunctionId = keyof typeof REGISTRY;
