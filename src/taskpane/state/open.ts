/**
 * Opening a case file in the wizard (a workbook's Revision JSON): a valid case opens as it is;
 * it opens at Grunddata. An invalid one opens too when every problem is in a field the wizard lets the user correct
 * (a title, a year, an amount, an assumption …), at the first step with an error; otherwise it
 * is refused with the engine's message.
 */
import { ASSUMPTIONS, BASES, CaseError, ROLES, validateCase, type Issue } from "../../engine";
import type { TemplateKind, WizardState } from "./model";
import { stateFromCase, stateFromRaw } from "./convert";
import { firstStepWithErrors } from "./validation";

export type Opened =
  { ok: true; state: WizardState; issues: Issue[] } | { ok: false; message: string; issues: Issue[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const numberOrNone = (v: unknown) => v === undefined || typeof v === "number";

/** Whether the wizard shows the value at this path in a field where the user can correct it. */
function correctable(path: string, raw: Obj): boolean {
  const lines = raw.lines as Obj[];
  if (/^(title|activity|municipality)$/.test(path)) return raw[path] === undefined || typeof raw[path] === "string";
  if (/^(priceYear|participants)$/.test(path)) return numberOrNone(raw[path]);
  let m = /^assumptions\.(\w+)$/.exec(path);
  if (m) {
    const given = raw.assumptions as Obj | undefined;
    return ASSUMPTIONS.some((a) => a.key === m![1]) && numberOrNone(given?.[m[1]]);
  }
  m = /^lines\[(\d+)\]\.(\w+)$/.exec(path);
  const line = m ? lines[Number(m[1])] : undefined;
  if (!m || !line) return false;
  if (m[2] === "actor") return typeof line.actor === "string";
  if (m[2] === "basis")
    return (BASES as readonly unknown[]).includes(line.basis) && (ROLES as readonly unknown[]).includes(line.role);
  // method v3: amounts per year the wizard shows year by year (e.g. years after the horizon)
  if (m[2] === "yearlyAmounts")
    return Array.isArray(line.yearlyAmounts) && line.yearlyAmounts.every((a) => typeof a === "number");
  return ["amount", "fromYear", "toYear"].includes(m[2]) && numberOrNone(line[m[2]]);
}

export function openCase(raw: unknown, template: TemplateKind = "exempel"): Opened {
  const r = validateCase(raw);
  if (r.ok) return { ok: true, state: { ...stateFromCase(r.case, template), step: 1 }, issues: [] };
  const shaped = isObj(raw) && Array.isArray(raw.lines) && raw.lines.every(isObj);
  if (!shaped || !r.errors.every((e) => correctable(e.path, raw)))
    return { ok: false, message: new CaseError(r.errors).message, issues: r.errors };
  const state = stateFromRaw(raw, template);
  return { ok: true, state: { ...state, step: firstStepWithErrors(state) ?? 1 }, issues: r.errors };
}
