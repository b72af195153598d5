/**
 * socinv's calculation engine: method version 1, pure and synchronous.
 * No Office, DOM or Node imports here; decimal.js inside, plain numbers at the edges.
 */
export * from "./types";
export * from "./assumptions";
export * from "./actors";
export * from "./validate";
export * from "./compute";
export * from "./report";
export * from "./analyses";
export * from "./random";
export { MAX_ITERATIONS, DEFAULT_SCENARIOS } from "./validate-analyses";
export * from "./format";
export { Dec, ZERO, ONE, roundKr } from "./decimal";
export const METHOD_VERSION = 1;
