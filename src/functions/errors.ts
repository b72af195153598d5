/**
 * Errors of the custom functions, independent of the Office runtime. Parsers throw the
 * engine's SocinvError with code "invalid-input" and a finished Swedish message; the engine
 * throws SocinvError (or CaseError) with paths such as `lines[2].toYear`, which `located`
 * turns into the range's row and column; `toCustomFunctionsError` is the one place where
 * anything becomes a CustomFunctions.Error. Excel shows a custom message only for #VALUE!
 * and #N/A, so only those two are used.
 */
import { CaseError } from "../engine";
import { SocinvError, messageForForms, type Issue } from "../engine/errors";

/** An argument the user must change: #VALUE! with the message. */
export function invalid(message: string): SocinvError {
  return new SocinvError("invalid-input", message);
}

/** Not a failure: the answer is "no value" (break-even never reached, no investment): #N/A. */
export class NoResult extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoResult";
  }
}

/** Where an engine path is in the user's ranges ("Rad 4, Till år"), or undefined if unknown here. */
export type Locator = (path: string) => string | undefined;

/** The issues of an engine error that still carries engine paths; undefined for anything else. */
function engineIssues(e: unknown): readonly Issue[] | undefined {
  if (e instanceof SocinvError) return e.code === "invalid-input" ? undefined : e.issues;
  if (e instanceof CaseError) return e.issues;
  return undefined;
}

/**
 * An engine error with paths becomes an "invalid-input" error naming the range's row and
 * column (first issue, and how many more there are); any other error passes unchanged.
 */
export function located(e: unknown, locate: Locator): unknown {
  const issues = engineIssues(e);
  if (!issues || issues.length === 0) return e;
  const first = issues[0];
  const message = messageForForms(first.message);
  const more = issues.length > 1 ? ` (och ${issues.length - 1} fel till)` : "";
  return invalid(`${locate(first.path) ?? first.path}: ${message}${more}`);
}

/** The message a user reads for an error: the Swedish text, or "Internt fel" for a bug. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The one conversion of anything thrown into what Excel shows. */
export function toCustomFunctionsError(e: unknown): CustomFunctions.Error {
  if (e instanceof NoResult) return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, e.message);
  if (e instanceof SocinvError) return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Internt fel i socinv: ${messageOf(e)}`);
}
