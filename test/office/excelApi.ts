import * as ts from "typescript";
import { readdirSync, statSync } from "fs";
import { join } from "path";
import { ROOT } from "../helpers/cases";

/**
 * Finds every Office API member the code uses (property accesses whose declaration is in
 * @types/office-js or @types/custom-functions-runtime), with the requirement set the type
 * definitions give it, and whether the use sits under a feature check (an `if`, `?:` or `&&`
 * whose condition names one of the guard flags).
 */

export interface Use {
  member: string; // e.g. "Excel.Range.getSpillingToRangeOrNullObject"
  dts: string | null; // "ExcelApi 1.12" as the type definitions say, or null when they say none
  file: string; // relative to the project
  line: number;
  guards: string[]; // guard flags named by enclosing conditions
}

export function sourceFiles(dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [p] : [];
    });
  return dirs.flatMap((d) => walk(join(ROOT, d)));
}

export function createProgram(files: string[]): ts.Program {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined };
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.json"), {}, host);
  if (!config) throw new Error("tsconfig.json could not be read");
  return ts.createProgram(files, { ...config.options, noEmit: true });
}

const API_TYPES = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;
// "[Api set: ExcelApi 1.12]" or "**Requirement set**: {@link https://... | SharedRuntime 1.1}"
const API_SET =
  /\[Api set: ([A-Za-z]+ \d+\.\d+)[^\]]*\]|\*\*Requirement set\*\*: \{@link [^|}]+\|\s*([A-Za-z]+ \d+\.\d+)\s*\}/;

function apiSet(decl: ts.Declaration): string | null {
  const m = API_SET.exec(decl.getFullText().slice(0, decl.getLeadingTriviaWidth()));
  return m ? (m[1] ?? m[2]) : null;
}

function enclosingGuards(node: ts.Node, flags: string[]): string[] {
  const found: string[] = [];
  const names = (cond: ts.Node) => flags.filter((f) => new RegExp(`\\b${f}\\b`).test(cond.getText()));
  for (let child = node, p = node.parent; p; child = p, p = p.parent) {
    if (ts.isIfStatement(p) && p.thenStatement === child) found.push(...names(p.expression));
    else if (ts.isConditionalExpression(p) && p.whenTrue === child) found.push(...names(p.condition));
    else if (
      ts.isBinaryExpression(p) &&
      p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      p.right === child
    )
      found.push(...names(p.left));
  }
  return found;
}

export function apiUses(program: ts.Program, files: string[], flags: string[]): Use[] {
  const checker = program.getTypeChecker();
  const wanted = new Set(files);
  const uses: Use[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!wanted.has(sf.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const decl = symbol?.declarations?.find((d) => API_TYPES.test(d.getSourceFile().fileName));
        if (symbol && decl) {
          uses.push({
            member: checker.getFullyQualifiedName(symbol),
            dts: apiSet(decl),
            file: sf.fileName.slice(ROOT.length + 1),
            line: sf.getLineAndCharacterOfPosition(node.name.getStart()).line + 1,
            guards: enclosingGuards(node, flags),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** "1.12" > "1.9": compares part by part. */
export function versionAbove(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  }
  return false;
}
