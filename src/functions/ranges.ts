/**
 * The range parsers other layers use (the taskpane imports a selection with parseLines; the
 * tests write cases as ranges). The parsers live in params/, one module per parameter kind.
 */
export { LINE_HEADERS } from "../engine";
export { FIELD_LABEL, linesToRange, parseLines, type ParsedActor, type ParsedLines } from "./params/lines";
export { assumptionsToRange, parseAssumptions, type ParsedAssumptions } from "./params/assumptions";
export { caseFromRanges } from "./params/case";
