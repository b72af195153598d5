import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { ROOT } from "../helpers/cases";

/**
 * A fresh clone has everything its tests need: nothing under test/, scripts/, .ci/ or bench/
 * (nor the build and test configuration) refers to a file outside the repository, and no
 * committed symlink points out of it.
 */
const DIRS = ["test", "scripts", ".ci", "bench"];
const CONFIG = ["package.json", "jest.config.js", "webpack.config.js", "webpack.e2e.config.js"];

/** Ways of reaching outside the repository; built from pieces so this file does not match itself. */
export const ESCAPES: [string, RegExp][] = [
  ["a path into the sibling folder shared", new RegExp(String.raw`\.\.[\\/]+shared\b`)],
  ['a "shared" path segment', new RegExp(String.raw`["'\x60]shared["'\x60]`)],
  ["a path that climbs out of the project root", new RegExp(String.raw`\bROOT,\s*["']\.\.["']`)],
  ["an absolute path into this machine's work area", new RegExp(String.raw`["'\x60 ]/work/`)],
];

export function escapesIn(text: string): string[] {
  return ESCAPES.filter(([, re]) => re.test(text)).map(([why]) => why);
}

/** [mode and object, path] of every tracked file in the checked places. */
function trackedFiles(): [string, string][] {
  const r = spawnSync("git", ["ls-files", "-s", "--", ...DIRS, ...CONFIG], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ls-files misslyckades: ${r.stderr}`);
  return r.stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => l.split("\t") as [string, string]);
}

test("the patterns catch what issue 12 found (they can fail)", () => {
  const up = ['"', ".", ".", '"'].join("");
  expect(escapesIn(`join(ROOT, ${up}, "shared", "tools", "lo-recalc")`)).toEqual([
    'a "shared" path segment',
    "a path that climbs out of the project root",
  ]);
  const sibling = [".", ".", "/", "shared"].join(""); // written in pieces so that this file names no such path
  expect(escapesIn(`xmllint --schema ${sibling}/schemas/office-manifest/x.xsd`)).toEqual([
    "a path into the sibling folder shared",
  ]);
  expect(escapesIn('const p = "/work/shared/tools";')).toContain("an absolute path into this machine's work area");
  expect(escapesIn('import { x } from "../helpers/cases"; // sharedStrings.xml')).toEqual([]);
});

test("nothing under test/, scripts/, .ci/, bench/ or the build configuration refers outside the repository", () => {
  const rows = trackedFiles();
  expect(rows.length).toBeGreaterThan(20);
  const found: string[] = [];
  for (const [meta, path] of rows) {
    if (path === "test/office/self-contained.test.ts") continue;
    // The copied standard schemas are data (sml.xsd has an attribute value "shared"), not paths.
    if (path.startsWith("test/schemas/") && path.endsWith(".xsd")) continue;
    if (meta.startsWith("120000")) {
      found.push(`${path}: a symlink`);
      continue;
    }
    const text = readFileSync(join(ROOT, path), "utf8");
    for (const why of escapesIn(text)) found.push(`${path}: ${why}`);
  }
  expect(found).toEqual([]);
});
