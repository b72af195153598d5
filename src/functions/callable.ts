/**
 * Every registered function as Excel calls it: adapt() applied to each definition of the
 * registry. functions.ts (the declarations Excel's metadata is generated from) calls these;
 * so can scripts and tests that want the functions without the JSDoc layer.
 */
import { adapt, type FunctionDef, type Out, type OutMatrix } from "./adapt";
import { REGISTRY } from "./registry";

type ResultOf<D> = D extends FunctionDef<infer _P, infer R> ? R : never;

export type Callable = {
  readonly [K in keyof typeof REGISTRY]: (...args: unknown[]) => ResultOf<(typeof REGISTRY)[K]>;
};

export const CALL: Callable = Object.fromEntries(
  Object.entries(REGISTRY).map(([id, def]) => [id, adapt(def as FunctionDef)]),
) as unknown as Callable;

export type { Out, OutMatrix };
