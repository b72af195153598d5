/** Validation of a case: the case itself (case.ts), its analyses (analyses.ts), shared checks (checks.ts). */
export {
  ACTOR_FIELDS,
  ACTOR_ID_PATTERN,
  CASE_FIELDS,
  LINE_FIELDS,
  MAX_LINES,
  parseCase,
  validateCase,
  type ValidationResult,
} from "./case";
export { FORBIDDEN, describe, formatPlain, isObject, suggest } from "./checks";
