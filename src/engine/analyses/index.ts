/** The analyses of a case, one module each: every one a function from a validated case to plain JSON. */
export { DEFAULT_SCENARIOS, runScenarios, scenarioList, type ScenarioResult } from "./scenarios";
export { MAX_ITERATIONS, runMonteCarlo, sample, type MonteCarloResult } from "./montecarlo";
export {
  frameShareRepayment,
  gainShareRepayment,
  repaymentPayingUnits,
  runRepayment,
  type RepaymentResult,
} from "./repayment";
export { runCompensation, type CompensationResult } from "./compensation";
export { runFollowUp, type FollowUpResult } from "./followup";
export { compareCases, type CompareResult } from "./compare";
