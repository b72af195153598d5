/**
 * Every message the wizard can give is Swedish and names things as the user sees them: the
 * wizard's own rules and text parsing, the engine's validation as the wizard words it, and what a
 * field says back when left. States with every kind of mistake are made, their messages collected,
 * and each is checked for English words and internal ids (actor ids, case-format paths and keys).
 */
import { STANDARD_ACTORS } from "../../../src/engine";
import {
  EDITABLE_ASSUMPTIONS,
  addOwnActor,
  amountReadBack,
  applyTemplate,
  blankDistribution,
  blankFollowUpYear,
  countReadBack,
  initialState,
  percentReadBack,
  wizardErrors,
  type EditableAssumption,
  type WizardState,
} from "../../../src/taskpane/state";

/** English words that have no place in a Swedish message (short, common ones a message would use). */
const ENGLISH =
  /\b(the|is|are|of|and|must|should|be|participants|successes|amount|actor|actors|line|lines|from|to|not|number|string|invalid|expected|missing|required|year|years|unknown|value|greater|less|than|between|integer|empty|only|per year|fund|share|seed|iterations|cost|revenue|direction|category|basis|role|relapse|decay|deadweight|attribution|displacement|growth|horizon)\b/i;
/** Ids and keys of the case format the user never sees. */
const INTERNAL = [
  ...STANDARD_ACTORS.map((a) => new RegExp(`(^|[^\\wåäö])${a.id}([^\\wåäö]|$)`)),
  /verksamheten\b/,
  /socialforvaltningen/,
  /\w\[\d+\]/,
  /\b(assumptions|monteCarlo|repayment|followUp|scenarios|distributions)\b/,
  /\b(discountRate|fromYear|toYear|perSuccess|unitCost|priceYear|breakEvenBy|startYear)\b/,
];

function base(): WizardState {
  let s = applyTemplate(initialState(), "investering");
  s = addOwnActor(s, "Socialförvaltningen", "kommun");
  return { ...s, basics: { ...s.basics, participants: "60", successes: "20" } };
}

/** States with one kind of mistake each, across every step. */
function broken(): WizardState[] {
  const out: WizardState[] = [];
  const s = base();
  const withLines = (f: (l: WizardState["lines"][number], i: number) => Partial<WizardState["lines"][number]>) => ({
    ...s,
    lines: s.lines.map((l, i) => ({ ...l, ...f(l, i) })),
  });
  out.push({ ...s, template: null, basics: { ...s.basics, title: "", priceYear: "tjugo", participants: "x" } });
  out.push({ ...s, basics: { ...s.basics, participants: "60", successes: "80" } });
  out.push({ ...s, basics: { ...s.basics, participants: "1,5", successes: "-3" } });
  out.push({ ...s, basics: { ...s.basics, successes: "" } });
  out.push(withLines(() => ({ amount: "12o 000" })));
  out.push(withLines(() => ({ amount: "" })));
  out.push(withLines(() => ({ amount: "-5" })));
  out.push(withLines(() => ({ amount: "100", fromYear: "x", toYear: "25" })));
  out.push(withLines(() => ({ amount: "100", fromYear: "5", toYear: "2" })));
  out.push(withLines(() => ({ amount: "100", fromYear: "0", toYear: "1,5" })));
  out.push({ ...withLines(() => ({ amount: "100" })), actors: s.actors.map((a) => ({ ...a, selected: false })) });
  out.push({
    ...withLines(() => ({ amount: "100" })),
    actors: s.actors.map((a) => (a.id === "kommun" ? { ...a, selected: false } : a)),
  });
  out.push({ ...s, lines: [] });
  for (const bad of ["-1", "150", "x", "0,0001", "1000"]) {
    const assumptions = { ...s.assumptions };
    for (const a of EDITABLE_ASSUMPTIONS) assumptions[a.key as EditableAssumption] = bad;
    out.push({ ...withLines(() => ({ amount: "100" })), assumptions });
  }
  const ok = withLines(() => ({ amount: "100 000" }));
  const a = ok.analyses;
  out.push({
    ...ok,
    analyses: {
      ...a,
      scenarios: {
        on: true,
        columns: ["successes", "relapse"],
        rows: [{ key: "s1", name: "", values: { successes: "x", relapse: "200" } }],
      },
      monteCarlo: {
        on: true,
        iterations: "0",
        seed: "-1",
        breakEvenBy: "99",
        rows: [
          { ...blankDistribution(), min: "5", max: "1" },
          { ...blankDistribution("a:relapse"), type: "triangular", min: "x", mode: "", max: "300" },
          { ...blankDistribution("l:nope"), type: "normal", mean: "", sd: "-1" },
        ],
      },
      repayment: { ...a.repayment, on: true, fund: "999 999 999 999", share: "150", startYear: "0" },
      followUp: {
        on: true,
        rows: [
          { ...blankFollowUpYear(1), successes: "x" },
          { ...blankFollowUpYear(30), successes: "500" },
        ],
      },
    },
  });
  out.push({
    ...ok,
    analyses: {
      ...a,
      repayment: { ...a.repayment, on: true, model: "frameShare", fund: "", years: "0", frames: { kommun: "x" } },
    },
  });
  return out;
}

function collect(): string[] {
  const messages = new Set<string>();
  for (const s of broken()) for (const step of wizardErrors(s)) for (const m of Object.values(step)) messages.add(m);
  for (const t of ["98.000", "1.234", "1,5 mnkr", "12 000 kr", "2 000 000 000"]) {
    const r = amountReadBack(t);
    if (r) messages.add(`${r.text}. ${r.warning ?? ""}`);
  }
  for (const a of EDITABLE_ASSUMPTIONS)
    for (const t of ["0,035", "95", "-10", "60", "3,5"]) {
      const r = percentReadBack(a.key as EditableAssumption, t);
      if (r) messages.add(`${r.text}. ${r.warning ?? ""}`);
    }
  messages.add(countReadBack("1.500", "deltagare")?.warning ?? "");
  return [...messages].filter(Boolean);
}

describe("every message of the wizard", () => {
  const messages = collect();

  test("many messages are collected (the states do reach every step)", () => {
    expect(messages.length).toBeGreaterThan(40);
  });

  test.each(messages.map((m) => [m]))("%s", (m) => {
    expect(m).not.toMatch(ENGLISH);
    for (const re of INTERNAL) expect(m).not.toMatch(re);
    // shares are typed in percent in the wizard: no range given as a fraction
    expect(m).not.toMatch(/från 0 till 1\b(?![\d,])/);
  });

  test("one form: a line's message is 'Post N, Field: …' with the field as its label", () => {
    const line = messages.filter((m) => m.startsWith("Post "));
    expect(line.length).toBeGreaterThan(3);
    for (const m of line)
      expect(m).toMatch(
        /^Post \d+, (Aktör|Riktning|Kostnadslag|Roll|Bas|Belopp|Från år|Till år|Benämning|Kalkylvärde|Antal|Prisår): /,
      );
  });
});
