import fc from "fast-check";
import { runCompensation } from "../../../src/engine";
import { arbCase } from "../../helpers/arbitraries";
import { close, mk } from "../../helpers/cases";
import { eff } from "./lines";

describe("compensation (omfördelning)", () => {
  const actors = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "ind", kind: "individual" }];
  test("losers are made whole pro rata to the winners' gains", () => {
    const c = mk(
      [eff("a", 300), eff("b", 100), { ...eff("c", 200), direction: "cost" }, eff("ind", 1000)],
      { horizon: 1 },
      actors,
    );
    const r = runCompensation(c);
    expect(r.possible).toBe(true);
    expect(r.transfers).toEqual([
      { from: "a", to: "c", amount: 150 },
      { from: "b", to: "c", amount: 50 },
    ]);
  });
  test("a single winner pays every loser", () => {
    const c = mk(
      [eff("a", 300), { ...eff("b", 50), direction: "cost" }, { ...eff("c", 100), direction: "cost" }],
      { horizon: 1 },
      actors,
    );
    expect(runCompensation(c).transfers).toEqual([
      { from: "a", to: "b", amount: 50 },
      { from: "a", to: "c", amount: 100 },
    ]);
  });
  test("no losers: nothing to do", () => {
    const r = runCompensation(mk([eff("a", 1)], { horizon: 1 }, actors));
    expect(r.transfers).toEqual([]);
    expect(r.message).toBe("Ingen aktör förlorar; ingen omfördelning behövs.");
  });
  test("a negative total: a clear message, no transfers", () => {
    const r = runCompensation(mk([eff("a", 10), { ...eff("b", 50), direction: "cost" }], { horizon: 1 }, actors));
    expect(r.possible).toBe(false);
    expect(r.message).toBe(
      "Summan över de offentliga aktörerna är negativ (-40 kr): vinnarna kan inte kompensera förlorarna.",
    );
  });
  test("property: transfers sum to each loser's deficit and never exceed a winner's gain", () => {
    fc.assert(
      fc.property(arbCase({ maxLines: 15 }), (c) => {
        const r = runCompensation(c);
        if (!r.possible) return r.transfers.length === 0;
        for (const [id, net] of Object.entries(r.net)) {
          const got = r.transfers.filter((t) => t.to === id).reduce((s, t) => s + t.amount, 0);
          const paid = r.transfers.filter((t) => t.from === id).reduce((s, t) => s + t.amount, 0);
          if (net < 0 && !close(got, -net, 1e-9)) return false;
          if (net > 0 && paid > net * (1 + 1e-9)) return false;
        }
        return true;
      }),
      { seed: 5, numRuns: 150 },
    );
  });
});
