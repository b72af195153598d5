import { readFileSync } from "fs";
import { join } from "path";
import { parseCase, type Case } from "../../src/engine";

export const ROOT = join(__dirname, "..", "..");

export function loadExample(name: string): Case {
  return parseCase(JSON.parse(readFileSync(join(ROOT, "examples", name), "utf8")));
}

export function rawExample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, "examples", name), "utf8")) as Record<string, unknown>;
}

/** A small case in raw (file) form, for hand-computed tests. */
export function rawCase(
  lines: Record<string, unknown>[],
  assumptions: Record<string, unknown> = {},
  actors?: Record<string, unknown>[],
): Record<string, unknown> {
  const c: Record<string, unknown> = {
    title: "Test",
    priceYear: 2025,
    assumptions: { discountRate: 0, ...assumptions },
    lines,
  };
  if (actors) c.actors = actors;
  return c;
}

export function mk(
  lines: Record<string, unknown>[],
  assumptions: Record<string, unknown> = {},
  actors?: Record<string, unknown>[],
): Case {
  return parseCase(rawCase(lines, assumptions, actors));
}

/** Numbers equal up to a relative tolerance (for comparisons against plain-JS arithmetic). */
export function close(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}
