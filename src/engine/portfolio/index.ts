/** A social investment fund and its projects (docs/portfolio.md). */
export * from "./types";
export * from "./validate";
export * from "./compute";
