import "../helpers/customFunctionsRuntime";
import { CALL } from "../../src/functions/callable";
import { assumptionsToRange, linesToRange } from "../../src/functions/ranges";
import { accumulate, actorAnnual, compute, num, plainErrorFactor } from "../../src/engine";
import { loadExample } from "../helpers/cases";

const c42 = loadExample("arbetsmarknadskontoret.json");

/** The table's actor columns with the engine's actor ids (the range names only actors with lines). */
function columns(head: unknown[]): [number, string][] {
  return head.slice(1, -1).map((name, i) => [i + 1, c42.actors.find((a) => a.name === name)!.id]);
}

describe("PROJECTION's two paths", () => {
  test("whole-öre amounts (plain path) give the exact path's values within the bound", () => {
    const t = CALL.PROJECTION(linesToRange(c42), assumptionsToRange(c42));
    const comp = compute(c42);
    const H = c42.assumptions.horizon;
    const S = c42.lines.reduce((s, l) => s + l.amount * (l.basis === "perSuccess" ? 100 : 1) * H, 0);
    const bound = plainErrorFactor(H, c42.actors.length) * S;
    expect(columns(t[0])).toHaveLength(c42.actors.length - 1);
    for (const [col, id] of columns(t[0])) {
      const exact = accumulate(actorAnnual(comp, id, true)).map(num);
      for (let y = 1; y <= H; y++) {
        expect(Math.abs((t[y][col] as number) - exact[y - 1])).toBeLessThanOrEqual(bound);
        expect(Math.round((t[y][col] as number) * 100)).toBe(Math.round(exact[y - 1] * 100));
      }
    }
  });

  test("an amount in fractions of öre takes the exact path: the engine's values to the bit", () => {
    const lines = linesToRange(c42) as unknown[][];
    const col = lines[0].indexOf("Belopp");
    lines[1][col] = 1234.5678;
    const t = CALL.PROJECTION(lines, assumptionsToRange(c42), "årligt");
    const c = { ...c42, lines: c42.lines.map((l, i) => (i === 0 ? { ...l, amount: 1234.5678 } : l)) };
    const comp = compute(c);
    for (const [col, id] of columns(t[0])) {
      const exact = actorAnnual(comp, id, true).map(num);
      for (let y = 1; y <= c.assumptions.horizon; y++) expect(t[y][col]).toBe(exact[y - 1]);
    }
  });
});
