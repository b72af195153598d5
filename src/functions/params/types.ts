import type { Case } from "../../engine";
import type { Locator } from "../errors";

/** What a parameter looks like in functions.json (checked against the build by the tests). */
export interface ParamShape {
  readonly type: "any" | "number" | "string";
  readonly dimensionality: "matrix" | "scalar";
  readonly optional: boolean;
}

/** The state of one call while its arguments are parsed, in declaration order. */
export interface Context {
  /** Excel's argument of a parameter, by the parameter's name (null/undefined when left out). */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The values of the parameters parsed so far, by name. */
  readonly values: Record<string, unknown>;
  /** The case of the function's lines range, once that parameter is parsed. */
  case?: Case;
  /** How engine paths map to the user's ranges, added by the parsers that know the rows. */
  readonly locators: Locator[];
}

/**
 * A parameter declared as data: its kind (what the user gives), its shape in the metadata,
 * a check of its presence made before anything is parsed, and the parser that turns Excel's
 * argument into engine input (throwing invalid() with a Swedish message naming the cell).
 */
export interface Param<T> extends ParamShape {
  readonly kind: string;
  readonly required?: (raw: unknown) => void;
  parse(raw: unknown, ctx: Context): T;
}

/** The function's case, for a parameter declared after the lines parameter. */
export function caseOf(ctx: Context): Case {
  if (!ctx.case) throw new Error("this parameter needs the function's lines parameter before it");
  return ctx.case;
}

export function isMissing(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}
