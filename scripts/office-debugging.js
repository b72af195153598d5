#!/usr/bin/env node
// Runs office-addin-debugging (npm start, start:web, stop). It is an optionalDependency: it needs
// keytar, which on Linux builds only with libsecret's headers, and npm skips it where that fails
// (sideloading into desktop Excel does not exist on Linux anyway). Then this says what to do.
const { spawnSync } = require("child_process");
let bin;
try {
  bin = require.resolve("office-addin-debugging/cli.js");
} catch {
  console.error(
    "office-addin-debugging är inte installerat (valfritt paket: dess beroende keytar behöver libsecret på Linux).\n" +
      "Linux: sudo apt-get install -y libsecret-1-dev && npm install   — eller ladda upp manifest.xml i Excel på webben.\n" +
      "office-addin-debugging is not installed (optional: its dependency keytar needs libsecret on Linux).",
  );
  process.exit(1);
}
const r = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
