/**
 * One error type for every layer: a code saying what kind of failure it is, and one or more
 * issues, each with the path of the field it concerns (`lines[3].toYear`, `Poster!B7`,
 * `assumptions.discountRate`) and a Swedish message saying what is wrong and what is allowed.
 * The engine throws it for invalid cases; the functions map it to CustomFunctions.Error, the
 * CLI to exit code 1 and stderr, the wizard to the step and field of each path.
 */

/** A validation or computation problem, with the path of the field it concerns. */
export interface Issue {
  path: string;
  message: string;
}

export type ErrorCode =
  /** The case (file, ranges, wizard) breaks a rule of the case format or the method. */
  | "invalid-case"
  /** An argument or input outside the case itself is wrong (a function argument, a cell). */
  | "invalid-input"
  /** The workbook template cannot be built for this case. */
  | "template"
  /** Writing into the open workbook failed. */
  | "render"
  /** The command line was used wrongly. */
  | "usage";

export class SocinvError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  constructor(code: ErrorCode, issues: readonly Issue[] | string) {
    const list = typeof issues === "string" ? [{ path: "", message: issues }] : issues;
    super(list.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("\n"));
    this.name = "SocinvError";
    this.code = code;
    this.issues = list;
  }

  /** The path of the first issue ("" when the error concerns no single field). */
  get path(): string {
    return this.issues[0]?.path ?? "";
  }
}

export function isSocinvError(e: unknown): e is SocinvError {
  return e instanceof SocinvError;
}

/**
 * The case breaks a rule of the case format or the method: a SocinvError with code
 * "invalid-case", thrown by parseCase and by analyses whose inputs cannot be honoured.
 */
export class CaseError extends SocinvError {
  constructor(issues: Issue[]) {
    super("invalid-case", issues);
    this.name = "CaseError";
    // every path is shown, even an empty one, as the command line has always printed it
    this.message = issues.map((i) => `${i.path}: ${i.message}`).join("\n");
  }
}

/**
 * A validation message for a surface where the user never sees the case file (the wizard,
 * the custom functions): the file's own words in parentheses are dropped ("Kommunen
 * ('kommun')" → "Kommunen", "(Bas Per person, 'perSuccess')" → "(Bas Per person)", "'revenue' (Intäkt)" → "Intäkt"), as is the
 * hint on how a file writes a share as a fraction.
 */
export function messageForForms(message: string): string {
  return message
    .replace(/ \(en andel anges som bråk, t\.ex\. 0,25 för 25 %\)/g, "")
    .replace(/'[A-Za-z][A-Za-z0-9_]*' \(([^()']+)\)/g, "$1")
    .replace(/ \('[A-Za-z][A-Za-z0-9_]*'\)/g, "")
    .replace(/ \("[A-Za-z][A-Za-z0-9_]*"\)/g, "")
    .replace(/, '[A-Za-z][A-Za-z0-9_]*'\)/g, ")");
}
