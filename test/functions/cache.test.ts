import "../helpers/customFunctionsRuntime";
import { CALL } from "../../src/functions/callable";
import {
  CASE_CACHE_SIZE,
  cachedCase,
  caseCacheSize,
  clearCaseCache,
  computationOf,
  sameRange,
  type BuiltCase,
} from "../../src/functions/cache";
import { assumptionsToRange, caseFromRanges, linesToRange } from "../../src/functions/ranges";
import { loadExample } from "../helpers/cases";

const c42 = loadExample("arbetsmarknadskontoret.json");
const lines42 = () => linesToRange(c42) as unknown[][];
const assumptions42 = () => assumptionsToRange(c42) as unknown[][];
const amountCol = (m: unknown[][]) => m[0].indexOf("Belopp");
const rowOf = (m: unknown[][], actor: string) => m.findIndex((r) => r[0] === actor);

beforeEach(() => clearCaseCache());

describe("the cache of cases by range content", () => {
  test("equal ranges (fresh arrays, as Excel passes them) give the same case object", () => {
    const a = caseFromRanges(lines42(), assumptions42()).case;
    const b = caseFromRanges(lines42(), assumptions42()).case;
    expect(b).toBe(a);
    expect(computationOf(b)).toBe(computationOf(a));
    expect(caseCacheSize()).toBe(1);
  });

  test("a changed amount gives a changed result, and changing it back the old one", () => {
    const m = lines42();
    const r = rowOf(m, "Försäkringskassan");
    const before = CALL.NETBYACTOR(m, "Försäkringskassan", null, assumptions42());
    expect(before).toEqual([[5_513_400]]);
    const changed = lines42();
    changed[r][amountCol(changed)] = (changed[r][amountCol(changed)] as number) + 1000;
    const after = CALL.NETBYACTOR(changed, "Försäkringskassan", null, assumptions42());
    expect(after[0][0]).not.toBe(before[0][0]);
    expect(CALL.NETBYACTOR(lines42(), "Försäkringskassan", null, assumptions42())).toEqual(before);
  });

  test("a range changed in place after a call is not mistaken for the cached one", () => {
    const m = lines42();
    const a = assumptions42();
    const first = CALL.NETBYACTOR(m, undefined, null, a);
    const r = rowOf(m, "Försäkringskassan");
    m[r][amountCol(m)] = 0.5;
    const second = CALL.NETBYACTOR(m, undefined, null, a);
    expect(second).not.toEqual(first);
    expect(second).toEqual(CALL.NETBYACTOR(linesToRange(caseFromRanges(m, a).case), undefined, null, a));
  });

  test("a changed assumption, an added row and a changed word are different keys", () => {
    const base = CALL.NPV(lines42(), assumptions42(), null) as number;
    const a = assumptions42();
    a[1][1] = 0.05; // Diskonteringsränta
    expect(CALL.NPV(lines42(), a, null)).not.toBe(base);
    const added = lines42();
    added.push(["Försäkringskassan", "", "Intäkt", "Finansiella", "Effekt", "Totalt", 1000, 1, 20, ""]);
    expect(CALL.NPV(added, assumptions42(), null)).not.toBe(base);
    const word = lines42();
    word[rowOf(word, "Försäkringskassan")][2] = "Kostnad";
    expect(CALL.NPV(word, assumptions42(), null)).not.toBe(base);
    expect(CALL.NPV(lines42(), assumptions42(), null)).toBe(base);
  });

  test("a refused range is not cached and gives its error on every call", () => {
    const m = lines42();
    m[1][amountCol(m)] = "tolv";
    for (let i = 0; i < 2; i++) expect(() => caseFromRanges(m, assumptions42())).toThrow(/Rad 2, Belopp: 'tolv'/);
    expect(caseCacheSize()).toBe(0);
  });

  test("errors found after a cache hit still name the user's row and column", () => {
    const m = lines42();
    CALL.NETBYACTOR(m, undefined, null, assumptions42());
    expect(() => CALL.NETBYACTOR(lines42(), "Ingen sådan", null, assumptions42())).toThrow();
    expect(caseCacheSize()).toBe(1);
  });

  test(`at most ${CASE_CACHE_SIZE} cases are kept, the least recently used leaves first`, () => {
    const ranges = Array.from({ length: CASE_CACHE_SIZE + 3 }, (_, i) => {
      const m = lines42();
      m[1][amountCol(m)] = 1000 + i;
      return m;
    });
    const cases = ranges.map((m) => caseFromRanges(m, assumptions42()).case);
    expect(caseCacheSize()).toBe(CASE_CACHE_SIZE);
    // The last CASE_CACHE_SIZE are kept; the first was dropped and is built anew.
    const last = ranges.length - 1;
    expect(caseFromRanges(ranges[last], assumptions42()).case).toBe(cases[last]);
    expect(caseFromRanges(ranges[0], assumptions42()).case).not.toBe(cases[0]);
    expect(caseCacheSize()).toBe(CASE_CACHE_SIZE);
    // Reading an entry makes it the most recent: it survives the next new range.
    const keep = ranges.length - CASE_CACHE_SIZE + 1;
    expect(caseFromRanges(ranges[keep], assumptions42()).case).toBe(cases[keep]);
    caseFromRanges(ranges[1], assumptions42());
    expect(caseFromRanges(ranges[keep], assumptions42()).case).toBe(cases[keep]);
  });

  test("cachedCase builds once per content and returns the stored result", () => {
    let builds = 0;
    const built = { case: c42 } as unknown as BuiltCase;
    const build = () => {
      builds++;
      return built;
    };
    expect(cachedCase([[1, "a"]], undefined, build)).toBe(built);
    expect(cachedCase([[1, "a"]], undefined, build)).toBe(built);
    expect(builds).toBe(1);
    cachedCase([[1, "b"]], undefined, build);
    cachedCase([[1, "a"]], [[0]], build);
    expect(builds).toBe(3);
  });

  test("sameRange compares shape and every cell", () => {
    expect(sameRange([[1, "a"]], [[1, "a"]])).toBe(true);
    expect(sameRange([[1, "a"]], [[1, "a", ""]])).toBe(false);
    expect(sameRange([[1], [2]], [[1]])).toBe(false);
    expect(sameRange([[0]], [[-0]])).toBe(false);
    expect(sameRange([[NaN]], [[NaN]])).toBe(true);
    expect(sameRange([[null]], [[undefined]])).toBe(false);
    expect(sameRange(undefined, undefined)).toBe(true);
    expect(sameRange(undefined, null)).toBe(false);
    expect(sameRange(5, [[5]])).toBe(false);
  });

  test("eight NETBYACTOR calls over one range give what eight separate ranges give", () => {
    const shared = lines42();
    const names = [...new Set(shared.slice(1).map((r) => r[0] as string))];
    expect(names.length).toBeGreaterThan(5);
    const a = assumptions42();
    const viaCache = names.map((n) => CALL.NETBYACTOR(shared, n, null, a));
    const cold = names.map((n) => {
      clearCaseCache();
      return CALL.NETBYACTOR(lines42(), n, null, assumptions42());
    });
    expect(viaCache).toEqual(cold);
  });
});
