#!/usr/bin/env node
"use strict";
// Entry point of the `socinv` command; the TypeScript sources are compiled to dist/ by `npm run build:cli`
// (run automatically by `npm ci` through the `prepare` script).
const path = require("path");
const main = path.join(__dirname, "..", "dist", "cli", "main.js");
let cli;
try {
  cli = require(main);
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("main.js")) {
    process.stderr.write("socinv: programmet är inte byggt; kör 'npm run build:cli' (eller 'npm ci') först\n");
    process.exit(1);
  }
  throw e;
}
cli
  .run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  })
  .then((code) => (process.exitCode = code));
