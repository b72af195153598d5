import { readFileSync } from "fs";
import { join } from "path";
import { ASSUMPTIONS } from "../../src/engine";
import { HELP } from "../../src/taskpane/help";
import { ROOT } from "../helpers/cases";

/** docs/method.md as running text: markdown emphasis gone, whitespace collapsed. */
const method = readFileSync(join(ROOT, "docs", "method.md"), "utf8")
  .replace(/\*\*/g, "")
  .replace(/\s+/g, " ");

describe("help for the method's terms", () => {
  test.each(Object.entries(HELP))("%s: the method said in plain Swedish, no formula fragments", (_, h) => {
    for (const t of [h.text, h.method]) {
      expect(t.length).toBeGreaterThan(20);
      // no formulas (symbols, exponents, function notation) and no programmers' words
      expect(t).not.toMatch(/[=·^|σλδρα]|\b[a-zA-Z]\(t\)|mulberry|flyttal|PERCENTILE|\bINC\b/);
    }
    // the terms it explains are the method's own
    expect(method.toLowerCase()).toContain(
      h.term
        .replace(/ \(.*\)$/, "")
        .split(" ")[0]
        .toLowerCase(),
    );
  });

  test("every assumption has help, with the engine's explanation and source", () => {
    for (const a of ASSUMPTIONS) {
      expect(HELP[a.key].text).toBe(a.explanation);
      expect(HELP[a.key].source).toBe(a.source);
    }
    for (const term of ["dödvikt", "undanträngning", "tillskrivning", "avklingning", "återfall", "diskonteringsränta"])
      expect(Object.values(HELP).some((h) => h.term.toLowerCase().startsWith(term))).toBe(true);
  });
});
