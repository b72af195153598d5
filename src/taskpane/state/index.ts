/** The wizard's state and rules, without React or Office. */
export * from "./model";
export { applyTemplate } from "./templates";
export { caseOf, readCase, stateFromCase, stateFromRaw, toRawCase, type ReadCase } from "./convert";
export { fieldOf, firstStepWithErrors, stepErrors, wizardErrors, wizardMessage, wizardWords } from "./validation";
export { openCase, type Opened } from "./open";
export { deserialize, serialize } from "./persistence";
export { importLines, type ImportedLines } from "./import";
export {
  DEFAULT_ITERATIONS,
  DEFAULT_SEED,
  VARIED_KEYS,
  blankDistribution,
  blankFollowUpYear,
  defaultDistribution,
  defaultScenarioRows,
  emptyAnalyses,
  parseVaried,
  variedText,
  variedUnit,
  type AnalysesForm,
  type DistributionForm,
  type FollowUpRowForm,
  type ScenarioForm,
  type VariedKey,
} from "./analyses";
export { checkCase, type CaseResult } from "./convert";
export {
  carryForward,
  caseFileName,
  caseFileOf,
  caseFileText,
  reindexCarried,
  startComparison,
  undoCarriedReindexing,
} from "./cycle";
export { caseIndex, changeText, reindexAmounts, reindexingText, type AmountChange, type Reindexing } from "./reindex";
export { blankBand, emptySchedule, type BandRow, type ScheduleForm, type ScheduleKind } from "./schedule";
export { chooseUnitCost, freeUnitCostId, unitCostEntry, unitCostPreview, type UnitCostPreview } from "./unitcosts";
export { amountReadBack, countReadBack, numberText, percentReadBack, type ReadBack } from "./readback";
export { readAmount, readNumber, type Reading } from "./text";
export { firstYear, horizonOf, pasteYears, toAmount, toYearly, typedYears, yearlyRules } from "./yearly";
