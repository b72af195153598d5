#!/usr/bin/env node
// Before `npm test`: the system programs the tests need. LibreOffice recomputes the generated
// workbooks (test/xlsx), Chromium runs the taskpane's browser tests (test/e2e), xmllint checks
// the manifest against test/schemas/office-manifest, python3 runs scripts/ooxml-validate.
// A missing program is installed with apt-get when that is possible (root on Debian or Ubuntu);
// otherwise the run stops at once with one line that names the package, instead of hundreds of
// failing tests. `node scripts/prerequisites.js --check` only reports (exit 1 when one is missing).
"use strict";
const { spawnSync } = require("child_process");
const { existsSync } = require("fs");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** What the tests need: how to find it, and the Debian package that provides it. */
const PROGRAMS = [
  { name: "LibreOffice", found: () => onPath("soffice"), pkg: "libreoffice-calc-nogui" },
  { name: "Chromium", found: () => existsSync(CHROMIUM), pkg: "chromium" },
  { name: "xmllint", found: () => onPath("xmllint"), pkg: "libxml2-utils" },
  { name: "python3", found: () => onPath("python3"), pkg: "python3" },
];

function onPath(cmd) {
  return spawnSync("/bin/sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

function canApt() {
  return (
    typeof process.getuid === "function" &&
    process.getuid() === 0 &&
    existsSync("/etc/debian_version") &&
    onPath("apt-get")
  );
}

function missing() {
  return PROGRAMS.filter((p) => !p.found());
}

function stop(list, why) {
  const pkgs = list.map((p) => p.pkg).join(" ");
  console.error(
    `npm test: ${list.map((p) => p.name).join(", ")} saknas${why}; installera Debian-${list.length > 1 ? "paketen" : "paketet"} ${pkgs} ` +
      `(sudo apt-get install -y --no-install-recommends ${pkgs}) eller motsvarande för ditt system, och kör igen.`,
  );
  process.exit(1);
}

function main() {
  const lacking = missing();
  if (lacking.length === 0) return;
  if (process.argv.includes("--check")) stop(lacking, "");
  if (!canApt()) stop(lacking, " (apt-get kan bara köras som root på Debian/Ubuntu)");
  const pkgs = lacking.map((p) => p.pkg);
  console.log(`npm test: installerar ${pkgs.join(" ")} med apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const run = (args) => spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env }).status === 0;
  if (!run(["update", "-qq"]) || !run(["install", "-y", "-qq", "--no-install-recommends", ...pkgs])) {
    stop(lacking, " och apt-get kunde inte installera dem");
  }
  const still = missing();
  if (still.length > 0) stop(still, " trots apt-get install");
}

if (require.main === module) main();
module.exports = { PROGRAMS, missing };
