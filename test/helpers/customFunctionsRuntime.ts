/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides, with the same
 * shape: CustomFunctions.Error(code, message) and the ErrorCode values Excel uses.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

export function installCustomFunctionsRuntime(
  target: Record<string, unknown>,
  associate?: (id: string, f: unknown) => void,
): void {
  target.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: associate ?? (() => undefined),
  };
}

installCustomFunctionsRuntime(globalThis as unknown as Record<string, unknown>);

/** Runs f and returns the CustomFunctions.Error it throws; fails if it throws anything else or nothing. */
export function excelError(f: () => unknown): CustomFunctionsError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctionsError);
    return e as CustomFunctionsError;
  }
  throw new Error("expected a CustomFunctions.Error");
}
