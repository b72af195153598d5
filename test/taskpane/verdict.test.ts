/**
 * The wizard and the command line give the same verdict on every invalid case of the
 * validation tests, and on the examples: the CLI (`socinv validate`, in-process) exits 1 and
 * names the path; the wizard, opening the same case file with the loader it uses for a
 * workbook's Revision sheet, either refuses it with the engine's message or opens it with an
 * error at the step and field the engine's path names.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { CaseError, placeOf, validateCase } from "../../src/engine";
import { STEPS, caseOf, fieldOf, openCase, stepErrors, wizardErrors, type WizardState } from "../../src/taskpane/state";
import { INVALID_CASES } from "../helpers/invalid-cases";
import { ROOT } from "../helpers/cases";

const tmp = mkdtempSync(join(tmpdir(), "socinv-verdict-"));

async function cli(name: string, json: string): Promise<{ code: number; out: string; err: string }> {
  const file = join(tmp, `${name.replace(/[^A-Za-z0-9]+/g, "-")}.json`);
  writeFileSync(file, json);
  let out = "";
  let err = "";
  const code = await run(["validate", file], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** The step and field key a path names, worked out here independently of the wizard's mapping. */
function fieldNamed(path: string, s: WizardState): { step: number; key: string } {
  let m = /^lines\[(\d+)\]\.(\w+)$/.exec(path);
  if (m) return { step: 3, key: `line.${s.lines[Number(m[1])].key}.${m[2]}` };
  if (path === "assumptions.successes") return { step: 1, key: "successes" };
  m = /^assumptions\.(\w+)$/.exec(path);
  if (m) return { step: 4, key: m[1] };
  if (["title", "priceYear", "participants"].includes(path)) return { step: 1, key: path };
  throw new Error(`the wizard opened a case with an error at ${path}, which has no field`);
}

/** Every engine issue of the case shows as an error at the field its path names. */
function expectErrorsAtTheirFields(state: WizardState, paths: string[]): void {
  for (const path of paths) {
    const at = fieldNamed(path, state);
    expect({ path, at: fieldOf(path, state) }).toEqual({ path, at });
    expect({ path, message: stepErrors(state, at.step)[at.key] }).toEqual({ path, message: expect.any(String) });
  }
}

describe("the wizard and the CLI agree on every invalid case of the validation tests", () => {
  const opened: string[] = [];
  afterAll(() => {
    // both ways of agreeing are exercised: some cases open with errors at their fields
    expect(opened.length).toBeGreaterThanOrEqual(15);
    expect(opened.length).toBeLessThan(INVALID_CASES.length);
  });

  test.each(INVALID_CASES.map((c) => [c.name, c] as const))("%s", async (_, c) => {
    const raw: unknown = JSON.parse(c.json);
    const engine = validateCase(raw);
    expect(engine.ok).toBe(false);
    if (engine.ok) return;
    expect(engine.errors.map((e) => e.path)).toContain(c.path);

    const r = await cli(c.name, c.json);
    expect(r.code).toBe(1);
    // the CLI's one form: "Post 4, Till år (lines[3].toYear): …"; a path that is its own place once
    const shown = (path: string) => (placeOf(path) === path ? path : `${placeOf(path)} (${path})`);
    for (const e of engine.errors) expect(r.err).toContain(`${shown(e.path)}: ${e.message}`);

    const w = openCase(raw);
    if (!w.ok) {
      expect(w.message).toBe(new CaseError(engine.errors).message);
      return;
    }
    opened.push(c.name);
    expectErrorsAtTheirFields(
      w.state,
      engine.errors.map((e) => e.path),
    );
    const at = fieldNamed(c.path, w.state);
    expect(Object.keys(stepErrors(w.state, at.step))).toContain(at.key);
    expect(w.state.step).toBeLessThanOrEqual(at.step);
    expect(Object.keys(stepErrors(w.state, w.state.step)).length).toBeGreaterThan(0);
    expect(caseOf(w.state).ok).toBe(false);
  });
});

test("the issue's own example opens at Poster with the error on line 4's Till år", () => {
  const c = INVALID_CASES.find((x) => x.name === "toYear beyond the horizon")!;
  const w = openCase(JSON.parse(c.json));
  if (!w.ok) throw new Error(w.message);
  expect(w.state.step).toBe(3);
  expect(stepErrors(w.state, 3)).toEqual({
    [`line.${w.state.lines[3].key}.toYear`]: "Post 4, Till år: 25 är större än horisonten 20",
  });
});

test.each(["arbetsmarknadskontoret.json", "unga-utanfor-investering.json"])("%s is valid in both", async (name) => {
  const json = readFileSync(join(ROOT, "examples", name), "utf8");
  const r = await cli(name, json);
  expect(r.code).toBe(0);
  expect(r.err).toBe("");
  const w = openCase(JSON.parse(json));
  if (!w.ok) throw new Error(w.message);
  expect(w.issues).toEqual([]);
  expect(wizardErrors(w.state)).toEqual(STEPS.map(() => ({})));
  expect(caseOf(w.state).ok).toBe(true);
});
