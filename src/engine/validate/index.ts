/** Validation of a case: the case itself (case.ts), its analyses (analyses.ts), shared checks (checks.ts). */
export {
  ACTOR_FIELDS,
  ACTOR_ID_PATTERN,
  CASE_FIELDS,
  LINE_FIELDS,
  MAX_LINES,
  V3_ASSUMPTION_FIELDS,
  parseCase,
  validateCase,
  type ValidationResult,
} from "./case";
export { FORBIDDEN, describe, formatPlain, isObject, suggest } from "./checks";
export {
  INDEX_YEARS,
  PRICE_INDEX_FIELDS,
  UNIT_COST_FIELDS,
  UNIT_COST_ID_PATTERN,
  validatePriceIndex,
  validateSchedule,
  validateUnitCosts,
  type PriceContext,
} from "./prices";
