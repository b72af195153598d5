/**
 * Errors of the custom functions, independent of the Office runtime: the adapters throw
 * FunctionError; functions.ts turns it into CustomFunctions.Error at the edge.
 * Excel shows a custom message only for #VALUE! and #N/A, so only those two are used.
 */
export type FunctionErrorCode = "invalidValue" | "notAvailable";

export class FunctionError extends Error {
  readonly code: FunctionErrorCode;
  constructor(code: FunctionErrorCode, message: string) {
    super(message);
    this.name = "FunctionError";
    this.code = code;
  }
}

/** #VALUE! with a message. */
export function invalid(message: string): FunctionError {
  return new FunctionError("invalidValue", message);
}

/** #N/A with a message ("no result"). */
export function notAvailable(message: string): FunctionError {
  return new FunctionError("notAvailable", message);
}
