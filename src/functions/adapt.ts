/**
 * adapt(): one definition from the registry becomes the function Excel calls. Excel's
 * positional arguments are named after the declared parameters, each is parsed by its kind
 * (in declaration order, after every presence check), the body gets engine input only, and
 * anything thrown becomes a CustomFunctions.Error naming the user's row and column.
 */
import { located, toCustomFunctionsError } from "./errors";
import type { Context, Param } from "./params/types";

export type Out = number | string;
export type OutMatrix = Out[][];

type Params = Record<string, Param<unknown>>;

/** The parsed arguments a body receives, typed by the declared parameters. */
export type Args<P extends Params> = { [K in keyof P]: P[K] extends Param<infer T> ? T : never };

export interface FunctionDef<P extends Params = Params, R extends Out | OutMatrix = Out | OutMatrix> {
  /** The id and name in functions.json (never changes: stored in users' workbooks). */
  readonly id: string;
  /** The parameters in Excel's order, named as in functions.json. */
  readonly params: P;
  /** The body: engine input in, Excel values out. */
  run(args: Args<P>): R;
}

/** Declares a function (keeps the parameter types for the body). */
export function define<P extends Params, R extends Out | OutMatrix>(def: FunctionDef<P, R>): FunctionDef<P, R> {
  return def;
}

/** Names Excel's positional arguments after the declared parameters. */
function contextOf(params: Params, args: readonly unknown[]): Context {
  const raw = Object.fromEntries(Object.keys(params).map((n, i) => [n, args[i]]));
  return { raw, values: {}, locators: [] };
}

/** Checks every parameter's presence, then parses each in declaration order. */
function parseAll<P extends Params>(params: P, ctx: Context): Args<P> {
  const names = Object.keys(params);
  for (const n of names) params[n].required?.(ctx.raw[n]);
  for (const n of names) ctx.values[n] = params[n].parse(ctx.raw[n], ctx);
  return ctx.values as Args<P>;
}

/** The function Excel calls for a definition: parse, run, and map every failure once. */
export function adapt<P extends Params, R extends Out | OutMatrix>(def: FunctionDef<P, R>): (...args: unknown[]) => R {
  return (...args: unknown[]): R => {
    const ctx = contextOf(def.params, args);
    try {
      return def.run(parseAll(def.params, ctx));
    } catch (e) {
      throw toCustomFunctionsError(located(e, (path) => locateIn(ctx.locators, path)));
    }
  };
}

function locateIn(locators: readonly ((path: string) => string | undefined)[], path: string): string | undefined {
  for (const l of locators) {
    const where = l(path);
    if (where !== undefined) return where;
  }
  return undefined;
}
