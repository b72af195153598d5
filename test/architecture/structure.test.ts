import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import ts from "typescript";
import { ROOT } from "../helpers/cases";

/**
 * The shape of src/ that docs/architecture.md describes, checked on every run:
 * layers import only downwards, no module imports itself back through a cycle,
 * and no function is so long that a newcomer has to read it whole to change one part.
 */

const SRC = join(ROOT, "src");
const MAX_FUNCTION_LINES = 150;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
  });
}

const FILES = sourceFiles(SRC);
const rel = (p: string) => relative(SRC, p).replace(/\\/g, "/");
const parsed = new Map(
  FILES.map((f) => [f, ts.createSourceFile(f, readFileSync(f, "utf8"), ts.ScriptTarget.ES2020, true)] as const),
);

/** Module specifiers a file imports or re-exports (type-only imports included: they shape the design too). */
function specifiers(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const st of sf.statements) {
    if ((ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier) {
      out.push((st.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = resolve(dirname(from), spec);
  for (const c of [base + ".ts", base + ".tsx", join(base, "index.ts"), join(base, "index.tsx")]) {
    if (parsed.has(c)) return c;
  }
  return undefined; // JSON, JS or assets
}

const graph = new Map(
  FILES.map((f) => [
    f,
    specifiers(parsed.get(f)!)
      .map((s) => resolveLocal(f, s))
      .filter((x): x is string => x !== undefined),
  ]),
);

/** Every cycle met by a depth-first walk, as the list of modules around it. */
function findCycles(g: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const d of g.get(f) ?? []) {
      if (state.get(d) === "open") cycles.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of g.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

function layerOf(file: string): string {
  return rel(file).split("/")[0];
}

/** Which layers each layer may import (besides itself). */
const ALLOWED: Record<string, string[]> = {
  engine: [],
  template: ["engine"],
  xlsx: ["template", "engine"],
  excel: ["template", "engine"],
  functions: ["engine"],
  commands: ["excel", "template", "engine"],
  // Kolada's and SCB's questions, asked the same way by the command line and the taskpane (the request itself is theirs).
  services: ["engine"],
  cli: ["services", "xlsx", "template", "engine"],
  // The wizard reads a selected range with the functions' range parser and registers the ribbon command.
  taskpane: ["services", "commands", "functions", "excel", "template", "engine"],
};

describe("structure of src/", () => {
  test("every layer of src/ is known to this test and to docs/architecture.md", () => {
    const layers = [...new Set(FILES.map(layerOf))].filter((l) => !l.includes("."));
    expect(layers.sort()).toEqual(Object.keys(ALLOWED).sort());
    const doc = readFileSync(join(ROOT, "docs", "architecture.md"), "utf8");
    for (const l of layers) expect(doc).toContain(`src/${l}`);
  });

  test("layers import only downwards", () => {
    const wrong: string[] = [];
    for (const [f, deps] of graph) {
      for (const d of deps) {
        const from = layerOf(f);
        const to = layerOf(d);
        if (from !== to && !(ALLOWED[from] ?? []).includes(to)) wrong.push(`${rel(f)} → ${rel(d)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("the engine imports nothing but decimal.js (no Office, DOM or Node)", () => {
    const wrong: string[] = [];
    for (const f of FILES.filter((x) => layerOf(x) === "engine")) {
      for (const s of specifiers(parsed.get(f)!)) {
        if (!s.startsWith(".") && s !== "decimal.js") wrong.push(`${rel(f)} imports ${s}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("no import cycles between modules", () => {
    expect(findCycles(graph).map((c) => c.map(rel).join(" → "))).toEqual([]);
  });

  test(`no function in src/ is longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long: string[] = [];
    for (const [f, sf] of parsed) {
      const walk = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && "body" in node && node.body) {
          const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
          const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (end - start + 1 > MAX_FUNCTION_LINES) {
            const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "(anonymous)";
            long.push(`${rel(f)}:${start + 1} ${name}: ${end - start + 1} lines`);
          }
        }
        ts.forEachChild(node, walk);
      };
      walk(sf);
    }
    expect(long).toEqual([]);
  });

  test("the checks can fail: a planted cycle and a long function are found", () => {
    // Guard against a walker that sees nothing (e.g. after a change of file layout).
    expect(FILES.length).toBeGreaterThan(20);
    expect([...graph.values()].reduce((n, d) => n + d.length, 0)).toBeGreaterThan(FILES.length);
    const planted = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(findCycles(planted)).toEqual([["a", "b", "c", "a"]]);
    const body = Array.from({ length: MAX_FUNCTION_LINES + 1 }, (_, i) => `  const x${i} = ${i};`).join("\n");
    const sf = ts.createSourceFile("x.ts", `function f() {\n${body}\n}`, ts.ScriptTarget.ES2020, true);
    let found = 0;
    ts.forEachChild(sf, (n) => {
      if (ts.isFunctionLike(n)) found = sf.getLineAndCharacterOfPosition(n.getEnd()).line + 1;
    });
    expect(found).toBeGreaterThan(MAX_FUNCTION_LINES);
  });
});
