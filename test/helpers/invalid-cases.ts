/**
 * The invalid cases of the validation tests (test/engine/validate.test.ts), copied as a list of
 * named case files, so that other layers (the wizard, the command line) can be checked to give
 * the same verdict. `json` is the file's text; `path` is the issue the engine test expects.
 * Keep in step with test/engine/validate.test.ts when a rule is added there.
 */
import { rawCase } from "./cases";

export interface InvalidCase {
  name: string;
  /** The case file's text (JSON). */
  json: string;
  /** The path of the issue the validation test expects. */
  path: string;
}

type Raw = Record<string, unknown>;

const line = (extra: Raw = {}): Raw => ({
  actor: "kommun",
  direction: "revenue",
  category: "real",
  amount: 100,
  ...extra,
});

const cases: [string, unknown, string][] = [
  [
    "toYear beyond the horizon",
    rawCase([line(), line(), line(), line({ toYear: 25 })], { horizon: 20 }),
    "lines[3].toYear",
  ],
  ["fromYear beyond the horizon", rawCase([line({ fromYear: 30, toYear: 30 })], { horizon: 20 }), "lines[0].fromYear"],
  ["fromYear below 1", rawCase([line({ fromYear: 0 })]), "lines[0].fromYear"],
  ["toYear not an integer", rawCase([line({ toYear: 2.5 })]), "lines[0].toYear"],
  ["fromYear after toYear", rawCase([line({ fromYear: 5, toYear: 3 })]), "lines[0].fromYear"],
  ["unknown actor id, with a hint", rawCase([line({ actor: "komun" })]), "lines[0].actor"],
  ["unknown actor id", rawCase([line({ actor: "xyzzy" })]), "lines[0].actor"],
  ["duplicate actor ids", rawCase([line()], {}, [{ id: "kommun" }, { id: "kommun" }]), "actors[1].id"],
  [
    "duplicate actor names",
    rawCase([line({ actor: "a" })], {}, [
      { id: "a", name: "Kommunen" },
      { id: "b", name: "kommunen" },
    ]),
    "actors[1].name",
  ],
  [
    "a parent cycle",
    rawCase([line({ actor: "a" })], {}, [
      { id: "a", parent: "b" },
      { id: "b", parent: "a" },
    ]),
    "actors[0].parent",
  ],
  ["a self-parent", rawCase([line({ actor: "a" })], {}, [{ id: "a", parent: "a" }]), "actors[0].parent"],
  ["an unknown parent", rawCase([line({ actor: "a" })], {}, [{ id: "a", parent: "kommun" }]), "actors[0].parent"],
  ["an invalid actor id", rawCase([line()], {}, [{ id: "1x" }]), "actors[0].id"],
  ["an invalid actor kind", rawCase([line()], {}, [{ id: "x", kind: "publik" }]), "actors[0].kind"],
  ["a negative amount", rawCase([line({ amount: -5 })]), "lines[0].amount"],
  ["a word as amount", rawCase([line({ amount: "tolv" })]), "lines[0].amount"],
  ["an amount as text", rawCase([line({ amount: "1 000" })]), "lines[0].amount"],
  ["a null amount", rawCase([line({ amount: null })]), "lines[0].amount"],
  ["a missing amount", rawCase([{ actor: "kommun", direction: "cost", category: "real" }]), "lines[0].amount"],
  ["direction in Swedish", rawCase([line({ direction: "intäkt" })]), "lines[0].direction"],
  ["a misspelt category", rawCase([line({ category: "finacial" })]), "lines[0].category"],
  ["role in Swedish", rawCase([line({ role: "insats" })]), "lines[0].role"],
  ["an unknown basis", rawCase([line({ basis: "perPerson" })]), "lines[0].basis"],
  ["a missing direction", rawCase([{ actor: "kommun", category: "real", amount: 1 }]), "lines[0].direction"],
  [
    "an investment per person",
    rawCase([line({ role: "investment", basis: "perSuccess" })], { successes: 3 }),
    "lines[0].basis",
  ],
  ["horizon 0", rawCase([], { horizon: 0 }), "assumptions.horizon"],
  ["horizon 101", rawCase([], { horizon: 101 }), "assumptions.horizon"],
  ["horizon not an integer", rawCase([], { horizon: 5.5 }), "assumptions.horizon"],
  ["discountRate −1", rawCase([], { discountRate: -1 }), "assumptions.discountRate"],
  ...["relapse", "decay", "deadweight", "attribution", "displacement"].flatMap((key): [string, unknown, string][] => [
    [`${key} 1.5`, rawCase([], { [key]: 1.5 }), `assumptions.${key}`],
    [`${key} −0.1`, rawCase([], { [key]: -0.1 }), `assumptions.${key}`],
    [`${key} '10%'`, rawCase([], { [key]: "10%" }), `assumptions.${key}`],
  ]),
  ["negative successes", rawCase([], { successes: -1 }), "assumptions.successes"],
  [
    "successes missing with a line per person",
    { title: "T", priceYear: 2024, lines: [line({ basis: "perSuccess" })] },
    "assumptions.successes",
  ],
  [
    "more successes than participants",
    { ...rawCase([], { successes: 20 }), participants: 10 },
    "assumptions.successes",
  ],
  ["a misspelt line field", rawCase([line({ amout: 5 })]), "lines[0].amout"],
  ["a misspelt case field", { ...rawCase([line()]), titel: "x" }, "titel"],
  ["a misspelt assumption", rawCase([], { horison: 10 }), "assumptions.horison"],
  ["an unknown line field", rawCase([line({ zzzzzzzz: 1 })]), "lines[0].zzzzzzzz"],
  ["a missing title", { priceYear: 2024, lines: [] }, "title"],
  ["an empty title", { title: " ", priceYear: 2024, lines: [] }, "title"],
  ["a missing price year", { title: "T", lines: [] }, "priceYear"],
  ["price year 24", { title: "T", priceYear: 24, lines: [] }, "priceYear"],
  ["not an object", [], "(kalkyl)"],
  ["missing lines", { title: "T", priceYear: 2024 }, "lines"],
  ["lines not a list", { title: "T", priceYear: 2024, lines: {} }, "lines"],
  ["a line that is no object", rawCase([42 as unknown as Raw]), "lines[0]"],
  ["an empty list of actors", { ...rawCase([]), actors: [] }, "actors"],
  [
    "all errors at once",
    {
      title: "",
      priceYear: "2024",
      assumptions: { horizon: 10, relapse: 2 },
      lines: [line({ amount: -1 }), line({ actor: "nobody", toYear: 11 }), line({ category: "x" })],
    },
    "lines[1].actor",
  ],
  [
    "two bad amounts",
    { title: "T", priceYear: 2024, lines: [line({ amount: -1 }), line({ amount: "x" })] },
    "lines[0].amount",
  ],
];

export const INVALID_CASES: InvalidCase[] = [
  ...cases.map(([name, raw, path]) => ({ name, json: JSON.stringify(raw), path })),
  // written as text: an object literal cannot carry an own __proto__ key
  {
    name: "prototype-polluting keys",
    json: '{"title":"T","priceYear":2024,"lines":[],"__proto__":{"polluted":true},"assumptions":{"constructor":1}}',
    path: "__proto__",
  },
];
