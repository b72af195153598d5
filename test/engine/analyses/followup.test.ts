import { parseCase, runFollowUp } from "../../../src/engine";
import { rawCase } from "../../helpers/cases";
import { eff, inv } from "./lines";

describe("follow-up (uppföljning)", () => {
  test("actual persons replace q(t); later years decline from the last actual count", () => {
    const c = parseCase({
      ...rawCase([eff("kommun", 10, { basis: "perSuccess" }), inv("kommun", 100, { toYear: 2 })], {
        horizon: 3,
        successes: 10,
      }),
      followUp: { years: [{ year: 1, successes: 5, investment: [{ line: 1, amount: 120 }] }] },
    });
    const f = runFollowUp(c)!;
    expect(f.lastYear).toBe(1);
    expect(f.total.plan).toEqual([0, 0, 100]);
    expect(f.total.actual).toEqual([-70, -50, 50]);
    expect(f.total.variance).toEqual([-70, -50, -50]);
    expect(f.npvPlan).toBe(100);
    expect(f.npvUpdated).toBe(-70);
  });
});
