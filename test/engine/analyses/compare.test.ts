import { compareCases } from "../../../src/engine";
import { mk } from "../../helpers/cases";
import { eff } from "./lines";

describe("comparing alternatives", () => {
  test("difference per actor and year, and which alternative each actor prefers", () => {
    const a = mk([eff("kommun", 100), { ...eff("region", 10), direction: "cost" }], { horizon: 2 });
    const b = mk([eff("kommun", 40), eff("region", 10)], { horizon: 2 });
    const r = compareCases(a, b);
    const k = r.actors.find((x) => x.id === "kommun")!;
    expect(k.difference).toEqual([60, 60]);
    expect(k.prefers).toBe("A");
    expect(r.actors.find((x) => x.id === "region")!.prefers).toBe("B");
    expect(r.actors.find((x) => x.id === "individ")!.prefers).toBe("lika");
    expect(r.perspectives.total.difference).toBe(2 * (90 - 50));
  });
});
