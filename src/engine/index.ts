/**
 * socinv's calculation engine: method version 1 with the v2 extensions (discount schedules,
 * fasta priser, unit costs, successes needed to break even), pure and synchronous.
 * No Office, DOM or Node imports here; decimal.js inside, plain numbers at the edges.
 */
export * from "./vocabulary";
export * from "./errors";
export * from "./types";
export * from "./assumptions";
export * from "./actors";
export * from "./validate/index";
export * from "./compute";
export * from "./discount";
export * from "./prices";
export * from "./breakeven";
export * from "./catalogue/index";
export * from "./report";
export * from "./keyfigures";
export * from "./plain";
export * from "./analyses/index";
export * from "./random";
export * from "./format";
export { Dec, ZERO, ONE, roundKr, num } from "./decimal";
export const METHOD_VERSION = 1;
export * from "./portfolio/index";
