/** The wizard's state and rules, without React or Office. */
export * from "./model";
export { applyTemplate } from "./templates";
export { caseOf, readCase, stateFromCase, stateFromRaw, toRawCase, type ReadCase } from "./convert";
export { fieldOf, firstStepWithErrors, stepErrors, wizardErrors, wizardMessage, wizardWords } from "./validation";
export { openCase, type Opened } from "./open";
export { deserialize, serialize } from "./persistence";
export { importLines, type ImportedLines } from "./import";
