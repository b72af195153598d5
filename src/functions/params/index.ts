/**
 * The parameter kinds of the custom functions, one parser each. A function in the registry
 * lists its parameters with these, in Excel's order and named as in functions.json.
 */
import { actualsParam } from "./actuals";
import { assumptionsParam, linesParam } from "./case";
import { distributionsParam } from "./distributions";
import {
  amountParam,
  optionalYearParam,
  participantsParam,
  priceIndexParam,
  unitCostParam,
  yearParam as priceYearParam,
} from "./prices";
import { repaymentModelParam, repaymentUnitsParam } from "./repayment";
import {
  numberParam,
  periodParam,
  perspectiveParam,
  rateParam,
  textParam,
  viewParam,
  yearParam,
  yearsParam,
} from "./scalars";
import { scenariosParam } from "./scenarios";
import { fundContributionsParam, fundProjectsParam } from "./fund";

export const P = {
  /** A lines range; with the assumptions of the parameter named "assumptions", the case. */
  lines: linesParam({ assumptions: ["assumptions"] }),
  /** Alternative A or B of COMPARE: its lines with the first of the named assumptions given. */
  alternative: (name: string, assumptions: readonly string[]) => linesParam({ assumptions, alternative: name }),
  assumptions: assumptionsParam({ required: true }),
  /** Assumptions the function reads without requiring (analyses, COMPARE). */
  assumptionsUnchecked: assumptionsParam(),
  optionalAssumptions: assumptionsParam({ optional: true }),
  text: textParam,
  number: numberParam(),
  optionalNumber: numberParam({ optional: true }),
  rate: rateParam,
  year: yearParam,
  numberAtMost: (value: number, message: string) => numberParam({ max: { value, message } }),
  perspective: perspectiveParam,
  view: viewParam,
  years: yearsParam,
  scenarios: scenariosParam,
  distributions: distributionsParam,
  repaymentModel: repaymentModelParam,
  repaymentUnits: repaymentUnitsParam,
  actuals: actualsParam,
  /** Method v2 (BREAKEVENSUCCESSES, UNITCOST, REALPRICE). */
  participants: participantsParam,
  unitCost: unitCostParam,
  priceYear: priceYearParam,
  optionalPriceYear: optionalYearParam,
  amount: amountParam,
  priceIndex: priceIndexParam,
  /** Method v3: the year T of a perspective's figures (years 1..T). */
  period: periodParam,
  /** The social investment fund (FUNDBALANCE). */
  fundProjects: fundProjectsParam,
  fundContributions: fundContributionsParam,
} as const;

export type { Context, Param, ParamShape } from "./types";
