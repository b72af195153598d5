import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ROOT } from "../helpers/cases";

// scripts/prerequisites.js runs first in `npm test`: a missing program stops the run with one
// line naming the Debian package, or is installed with apt-get where that is possible.
const SCRIPT = join(ROOT, "scripts", "prerequisites.js");

function runWithout(args: string[]) {
  // a PATH with node and nothing else: no soffice, no xmllint, no python3, no apt-get
  const dir = mkdtempSync(join(tmpdir(), "socinv-path-"));
  try {
    symlinkSync(process.execPath, join(dir, "node"));
    return spawnSync(process.execPath, [SCRIPT, ...args], {
      encoding: "utf8",
      env: { PATH: dir, CHROMIUM_PATH: join(dir, "no-chromium") },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("passes on this machine, where every program is installed", () => {
  const r = spawnSync(process.execPath, [SCRIPT, "--check"], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

test.each([[["--check"]], [[]]])("stops at once with one line naming the packages (%j)", (args) => {
  const r = runWithout(args);
  expect(r.status).toBe(1);
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  for (const pkg of ["libreoffice-calc-nogui", "chromium", "libxml2-utils", "python3"]) expect(lines[0]).toContain(pkg);
  expect(lines[0]).toMatch(/^npm test: LibreOffice, Chromium, xmllint, python3 saknas/);
  expect(r.stdout).not.toMatch(/installerar/);
});

test("npm test runs it before anything else", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  expect(pkg.scripts.test).toMatch(/^node scripts\/prerequisites\.js && /);
});
