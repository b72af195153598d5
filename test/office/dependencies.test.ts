import { readdirSync, readFileSync, statSync } from "fs";
import { builtinModules } from "module";
import { join } from "path";
import { ROOT } from "../helpers/cases";

/**
 * Dependencies in the right place: every package src/ (or bin/) imports at run time is a
 * dependency, and every dependency is imported by src/ or bin/. Office.js is loaded from
 * Microsoft's CDN by the taskpane page, so @microsoft/office-js is no dependency at all.
 */
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(tsx?|js)$/.test(name) ? [p] : [];
  });
}

/** The package names a source text loads at run time (type-only imports excluded). */
export function runtimeImports(text: string): string[] {
  const names = new Set<string>();
  const specs = [
    ...text.matchAll(/^\s*import\s+(?!type\s)[^;]*?\sfrom\s+["']([^"']+)["']/gm),
    ...text.matchAll(/^\s*import\s+["']([^"']+)["']/gm),
    ...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]);
  for (const s of specs) {
    if (s.startsWith(".") || s.startsWith("node:")) continue;
    const name = s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0];
    if (!builtinModules.includes(name)) names.add(name);
  }
  return [...names];
}

const used = new Set(
  [...files(join(ROOT, "src")), ...files(join(ROOT, "bin"))].flatMap((f) => runtimeImports(readFileSync(f, "utf8"))),
);

test("the import scanner sees value imports and skips type-only ones (it can fail)", () => {
  expect(
    runtimeImports(
      'import JSZip from "jszip";\nimport type { X } from "exceljs";\nimport { a } from "./b";\nconst p = require("path");\nimport * as R from "@fluentui/react-components/x";',
    ).sort(),
  ).toEqual(["@fluentui/react-components", "jszip"]);
});

test("every package src/ and bin/ import at run time is a dependency", () => {
  expect(used.size).toBeGreaterThan(3);
  for (const name of used) expect(pkg.dependencies[name] ? name : `${name} is not in dependencies`).toBe(name);
});

test("every dependency is imported by src/ or bin/; office.js comes from the CDN", () => {
  for (const name of Object.keys(pkg.dependencies))
    expect(used.has(name) ? name : `${name} is never imported`).toBe(name);
  expect(pkg.dependencies["@microsoft/office-js"]).toBeUndefined();
  expect(pkg.devDependencies["@microsoft/office-js"]).toBeUndefined();
});

test("the development tools of the Office templates, pinned, and no npx --yes", () => {
  // Optional: its dependency keytar builds on Linux only with libsecret's headers; npm skips it there
  // and scripts/office-debugging.js says how to get it.
  expect(pkg.optionalDependencies?.["office-addin-debugging"]).toMatch(/^\d+\.\d+\.\d+$/);
  expect(pkg.devDependencies["office-addin-dev-certs"]).toMatch(/^\d+\.\d+\.\d+$/);
  const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
    .scripts;
  for (const s of ["start", "start:web", "stop", "watch", "dev-server", "validate", "lint", "prettier"])
    expect(scripts[s] ? s : `missing script ${s}`).toBe(s);
  for (const [name, cmd] of Object.entries(scripts)) expect(`${name}: ${cmd}`).not.toMatch(/npx\s+(--yes|-y)\b/);
});

test("every tool a script runs is a devDependency (no global installs)", () => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
    .scripts;
  const TOOL: Record<string, string> = {
    "node scripts/office-debugging.js": "office-addin-debugging",
    "office-addin-manifest": "office-addin-manifest",
    webpack: "webpack-cli",
    "webpack serve": "webpack-dev-server",
    eslint: "eslint",
    prettier: "prettier",
    jest: "jest",
    tsc: "typescript",
  };
  const needed = new Set<string>();
  for (const cmd of Object.values(scripts))
    for (const part of cmd.split(/&&|\|\|/).map((p) => p.trim())) {
      const words = part.split(/\s+/);
      const tool = TOOL[`${words[0]} ${words[1]}`] ?? TOOL[words[0]];
      if (tool) needed.add(tool);
      if (words[0] === "webpack") needed.add("webpack");
    }
  expect(needed.has("webpack-dev-server")).toBe(true);
  expect(needed.has("office-addin-debugging")).toBe(true);
  const declared = { ...pkg.devDependencies, ...pkg.optionalDependencies };
  for (const t of needed) expect(declared[t] ? t : `${t} is not a devDependency`).toBe(t);
});
