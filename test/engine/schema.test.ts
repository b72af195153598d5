import Ajv2020 from "ajv/dist/2020";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import {
  ACTOR_FIELDS,
  ASSUMPTION_KEYS,
  CASE_FIELDS,
  LINE_FIELDS,
  PRICE_INDEX_FIELDS,
  UNIT_COST_FIELDS,
  V3_ASSUMPTION_FIELDS,
  validateCase,
} from "../../src/engine";
import { ROOT } from "../helpers/cases";
import fc from "fast-check";
import { arbRawCase } from "../helpers/arbitraries";

const schema = JSON.parse(readFileSync(join(ROOT, "docs", "case.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(schema);

describe("docs/case.schema.json", () => {
  // Every case example (examples/fond.json is a portfolio, with its own schema: docs/portfolio.schema.json).
  const cases = readdirSync(join(ROOT, "examples")).filter(
    (f) =>
      f.endsWith(".json") &&
      JSON.parse(readFileSync(join(ROOT, "examples", f), "utf8")).$schema === "../docs/case.schema.json",
  );
  test("every example but the fund is a case", () => {
    expect(cases.length).toBe(readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".json")).length - 1);
  });
  test.each(cases)("example %s matches the schema", (f) => {
    const raw = JSON.parse(readFileSync(join(ROOT, "examples", f), "utf8"));
    expect(check(raw)).toBe(true);
    expect(validateCase(raw).ok).toBe(true);
  });

  test("names exactly the fields the validator accepts", () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...CASE_FIELDS].sort());
    expect(Object.keys(schema.$defs.actor.properties).sort()).toEqual([...ACTOR_FIELDS].sort());
    expect(Object.keys(schema.$defs.line.properties).sort()).toEqual([...LINE_FIELDS].sort());
    expect(Object.keys(schema.$defs.assumptions.properties).sort()).toEqual(
      [...ASSUMPTION_KEYS, ...V3_ASSUMPTION_FIELDS].sort(),
    );
    expect(Object.keys(schema.$defs.unitCost.properties).sort()).toEqual([...UNIT_COST_FIELDS].sort());
    expect(Object.keys(schema.properties.priceIndex.oneOf[1].properties).sort()).toEqual(
      [...PRICE_INDEX_FIELDS].sort(),
    );
  });

  test("random valid cases pass both the schema and the validator", () => {
    fc.assert(
      fc.property(arbRawCase(), (raw) => check(raw) === true && validateCase(raw).ok),
      { seed: 7, numRuns: 100 },
    );
  });
});
