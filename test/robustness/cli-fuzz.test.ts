import fc from "fast-check";
import { run } from "../../src/cli/main";
import { arbRawCase } from "../helpers/arbitraries";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { spawnSync } from "child_process";
import { ROOT } from "../helpers/cases";

/**
 * Random and malformed case files into `socinv validate` and `socinv calc`: a valid case gives
 * exit 0 and a report with only finite numbers; anything else gives exit 1 with Swedish errors
 * on stderr, nothing on stdout, never a stack trace. Fixed seed, bounded count.
 */
const dir = mkdtempSync(join(tmpdir(), "socinv-fuzz-"));
let n = 0;
const file = (text: string) => {
  const p = join(dir, `f${n++}.json`);
  writeFileSync(p, text);
  return p;
};

async function call(argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function finiteReport(x: unknown, path = ""): string | null {
  if (typeof x === "number") return Number.isFinite(x) ? null : `${path} = ${x}`;
  if (x === null)
    return /\.(roi|npvRatio|breakEvenYear|breakEvenSuccesses|breakEvenSuccessRate|keyFigures|overrunShare|participants|costPerParticipant|costPerSuccess|successShare)$/.test(
      path,
    )
      ? null
      : `${path} = null`;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      const e = finiteReport(x[i], `${path}[${i}]`);
      if (e) return e;
    }
    return null;
  }
  if (typeof x === "object") {
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
      const e = finiteReport(v, `${path}.${k}`);
      if (e) return e;
    }
  }
  return null;
}

const STACK = /\n\s+at .+\(|\bat Object\.|TypeError|ReferenceError|RangeError|SyntaxError: /;

/** A valid case with one part replaced by something random. */
const mutated = fc
  .tuple(
    arbRawCase({ maxLines: 6, maxHorizon: 12 }),
    fc.nat(),
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom("replace", "delete", "add"),
  )
  .map(([generated, pick, value, how]) => {
    // A copy: fast-check replays a generated value while it shrinks, so it must not be mutated.
    const raw = structuredClone(generated);
    const paths: (string | number)[][] = [["title"], ["priceYear"], ["assumptions"], ["lines"], ["actors"]];
    for (const k of Object.keys(raw.assumptions)) paths.push(["assumptions", k]);
    raw.lines.forEach((l, i) => Object.keys(l).forEach((k) => paths.push(["lines", i, k])));
    raw.actors.forEach((a, i) => Object.keys(a).forEach((k) => paths.push(["actors", i, k])));
    const path = paths[pick % paths.length];
    let target: Record<string | number, unknown> = raw as unknown as Record<string, unknown>;
    for (const p of path.slice(0, -1)) target = target[p] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (how === "delete") delete target[last];
    else if (how === "add") target[`x${String(last)}`] = value;
    else target[last] = value;
    return JSON.stringify(raw);
  });

const malformedText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  arbRawCase({ maxLines: 3 })
    .map((r) => JSON.stringify(r))
    .chain((t) => fc.nat({ max: Math.max(1, t.length - 1) }).map((cut) => t.slice(0, cut))),
  fc.constantFrom(
    "",
    "{",
    "[]",
    "null",
    "\ufeff{}",
    '{"__proto__":{"x":1},"title":"T","priceYear":2020,"lines":[]}',
    '{"title":"T","priceYear":1e400,"lines":[]}',
  ),
);

describe("fuzzing the command line (fixed seed, bounded)", () => {
  test("random and malformed case files: exit 0 with a finite report, or exit 1 in Swedish without a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, malformedText), fc.constantFrom("validate", "calc"), async (text, cmd) => {
        const f = file(text);
        const r = await call(cmd === "calc" ? ["calc", f, "--json"] : ["validate", f]);
        if (r.code === 0) {
          expect(r.err).toBe("");
          if (cmd === "calc") {
            const problem = finiteReport(JSON.parse(r.out));
            if (problem) throw new Error(`non-finite number in the report: ${problem}`);
          }
          return true;
        }
        expect(r.code).toBe(1);
        expect(r.out).toBe("");
        expect(r.err).toMatch(/^socinv: |fel i kalkylen/);
        expect(r.err).not.toMatch(STACK);
        expect(r.err).not.toMatch(/internt fel/);
        return true;
      }),
      { seed: 20261123, numRuns: 400 },
    );
  });

  test("the installed command never prints a stack trace for bad input", () => {
    const bin = join(ROOT, "bin", "socinv.js");
    for (const text of [
      "{",
      "[1,2]",
      '{"title":5}',
      '{"title":"T","priceYear":2020,"lines":[{"actor":"kommun","amount":"x"}]}',
    ]) {
      const r = spawnSync(process.execPath, [bin, "calc", file(text)], { encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  test("a case file that tries to pollute prototypes is refused and pollutes nothing", async () => {
    const f = file(
      '{"title":"T","priceYear":2020,"lines":[],"__proto__":{"polluted":"yes"},"actors":[{"id":"a","constructor":{"prototype":{"polluted":"yes"}}}]}',
    );
    const r = await call(["validate", f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("__proto__: fältnamnet '__proto__' är inte tillåtet i en kalkylfil");
    expect(r.err).toContain(
      "Aktör 1, constructor (actors[0].constructor): fältnamnet 'constructor' är inte tillåtet i en kalkylfil",
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
