/**
 * The wizard asks the engine: the state becomes a raw case, the engine validates it, and each
 * issue's path (`lines[3].toYear`, `assumptions.discountRate`, `actors[2].name`) is mapped to
 * the step and field key the components show it at, its path prefix turned into the wizard's
 * words ("Post 4, till år: …"). The wizard adds only its own text-parsing messages and rules
 * about its own flow (a template must be chosen, an actor with lines cannot be deselected, a
 * list needs a line, successes are asked for on Grunddata before the lines are complete).
 */
import { ASSUMPTIONS, FIELD_WORDS, messageForForms, placeOf, type Issue } from "../../engine";
import { BASIS, CATEGORY, DIRECTION, ROLE } from "../../engine/vocabulary";
import { EDITABLE_ASSUMPTIONS, STEP, STEPS, type Errors, type WizardState } from "./model";
import { checkCase, readCase } from "./convert";
import { analysesFieldKey } from "./analyses";
import { scheduleFieldKey, scheduleWords } from "./schedule";
import { firstYear, yearlyRules } from "./yearly";

export interface FieldRef {
  step: number;
  key: string;
}

const BASICS = ["title", "priceYear", "participants", "activity", "municipality", "unit"] as const;
const BASICS_WORDS: Record<string, string> = {
  title: "Rubrik",
  priceYear: "Prisår",
  participants: "Antal deltagare",
  activity: "Verksamhet eller insats",
  municipality: "Kommun eller region",
  unit: placeOf("unit"),
};
/** Method v3 assumptions the wizard shows apart from the engine's table of assumptions. */
const V3_ASSUMPTIONS = ["intakeYears", "discountTiming"] as const;
/** A line's fields by the labels of the form: "Post 2, Belopp: …". */
export const LINE_WORDS: Record<string, string> = Object.fromEntries(
  (
    [
      "actor",
      "direction",
      "category",
      "role",
      "basis",
      "amount",
      "fromYear",
      "toYear",
      "label",
      "unitCost",
      "quantity",
      "priceYear",
      "yearlyAmounts",
    ] as const
  ).map((k) => [k, FIELD_WORDS[k]]),
);

/** The case format's enumerated words in the engine's messages, as the form shows them. */
const FORMAT_WORDS: [RegExp, string][] = [
  [/\bdirection\b/g, DIRECTION.name.toLowerCase()],
  [/\bcategory\b/g, CATEGORY.name.toLowerCase()],
  [/\brole\b/g, ROLE.name.toLowerCase()],
  [/\bbasis\b/g, BASIS.name.toLowerCase()],
  ...[DIRECTION, CATEGORY, ROLE, BASIS].flatMap((v) =>
    v.values.map((value) => [new RegExp(`'${value}'`, "g"), v.labels[value as never]] as [RegExp, string]),
  ),
];

/** Paths of values the wizard has typed in percent (shares and rates), whose engine message gives fractions. */
function percentPath(path: string, s: WizardState): boolean {
  const isPct = (k: string | undefined) => {
    const unit = ASSUMPTIONS.find((a) => a.key === k)?.unit;
    return unit === "andel" || unit === "ränta";
  };
  let m = /^(?:scenarios\[\d+\]\.)?assumptions\.(\w+)$/.exec(path);
  if (m) return isPct(m[1]);
  m = /^monteCarlo\.distributions\[(\d+)\]\.(min|mode|max|mean|sd)$/.exec(path);
  if (m) {
    const target = s.analyses.monteCarlo.rows[Number(m[1])]?.target ?? "";
    return target.startsWith("a:") && isPct(target.slice(2));
  }
  return path === "repayment.share";
}

/** Numbers of a message in percent: "1,5 får vara högst 1" → "150 % får vara högst 100 %". */
function inPercent(message: string): string {
  return message
    .replace(/(^|[\s(–:])(-?\d+(?:,\d+)?)(?=$|[\s).;–])/g, (_, pre: string, n: string) => {
      const v = Math.round(Number(n.replace(",", ".")) * 1e8) / 1e6;
      return `${pre}${String(v).replace(".", ",")} %`;
    })
    .replace(/(\d) %–/g, "$1–")
    .replace(/är utanför större än/g, "ska vara större än");
}

/**
 * An engine message in the wizard's words: actors by name (never their ids), the format's words
 * as the form's, no case-format key in brackets ("(participants)"), percent where the user typed percent.
 */
export function swedishMessage(message: string, path: string, s: WizardState): string {
  // The engine's own form words first ("Kostnad ('cost')" → "Kostnad"), then the wizard's.
  let m = messageForForms(message).replace(FRACTION_HINT, "");
  for (const a of s.actors) m = m.split(`'${a.id}'`).join(a.name);
  for (const [re, word] of FORMAT_WORDS) m = m.replace(re, word);
  m = m.replace(/ \([a-z][A-Za-z]*\)/g, "");
  // The engine states shares in percent already; only a message in fractions is converted.
  return percentPath(path, s) && !m.includes("%") ? inPercent(m) : m;
}
/** A hint about the file format that does not hold in the wizard, where shares are typed in percent. */
const FRACTION_HINT = " (en andel anges som bråk, t.ex. 0,25 för 25 %)";

function parsePath(path: string): { head: string; index?: number; field?: string } | undefined {
  const m = /^([A-Za-z$()]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path);
  return m ? { head: m[1], index: m[2] === undefined ? undefined : Number(m[2]), field: m[3] } : undefined;
}

/** The step and field key of an engine path; undefined for paths the wizard has no field for. */
export function fieldOf(path: string, s: WizardState): FieldRef | undefined {
  const p = parsePath(path);
  if (!p) return undefined;
  if ((BASICS as readonly string[]).includes(path)) return { step: STEP.basics, key: path };
  const band = scheduleFieldKey(path, s.schedule);
  if (band) return { step: STEP.assumptions, key: band };
  if (p.head === "assumptions" && p.field === "successes") return { step: STEP.basics, key: "successes" };
  if (p.head === "assumptions" && EDITABLE_ASSUMPTIONS.some((a) => a.key === p.field))
    return { step: STEP.assumptions, key: p.field! };
  if (p.head === "assumptions" && (V3_ASSUMPTIONS as readonly string[]).includes(p.field ?? ""))
    return { step: STEP.assumptions, key: p.field! };
  if (p.head === "actors") {
    const actor = p.index === undefined ? undefined : s.actors.filter((a) => a.selected)[p.index];
    if (!actor) return { step: STEP.actors, key: "actors" };
    return { step: STEP.actors, key: `actor.${actor.id}.${p.field === "parent" ? "parent" : "name"}` };
  }
  if (p.head === "lines") {
    const line = p.index === undefined ? undefined : s.lines[p.index];
    if (!line) return { step: STEP.lines, key: "lines" };
    const cell = /^yearlyAmounts\[(\d+)\]$/.exec(p.field ?? "");
    if (cell) return { step: STEP.lines, key: `line.${line.key}.yearlyAmounts.${cell[1]}` };
    return { step: STEP.lines, key: `line.${line.key}.${p.field && p.field in LINE_WORDS ? p.field : "amount"}` };
  }
  const key = analysesFieldKey(path, s.analyses, s.lines);
  return key ? { step: STEP.analyses, key } : undefined;
}

const ANALYSES_WORDS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^scenarios\[(\d+)\]\.assumptions\.(\w+)/, (m) => `Scenario ${+m[1] + 1}, ${assumptionLabel(m[2])}`],
  [/^scenarios\[(\d+)\]/, (m) => `Scenario ${+m[1] + 1}`],
  [/^scenarios/, () => "Scenarier"],
  [
    /^monteCarlo\.distributions\[(\d+)\]\.(min|mode|max|mean|sd)$/,
    (m) => `Fördelning ${+m[1] + 1}, ${PARAMETER_WORDS[m[2]]}`,
  ],
  [/^monteCarlo\.distributions\[(\d+)\]/, (m) => `Fördelning ${+m[1] + 1}`],
  [/^monteCarlo\.iterations/, () => "Antal dragningar"],
  [/^monteCarlo\.seed/, () => "Frö"],
  [/^monteCarlo\.breakEvenBy/, () => "Break-even senast år"],
  [/^monteCarlo/, () => "Monte Carlo"],
  [/^repayment\.fund/, () => "Fondens belopp"],
  [/^repayment\.share/, () => "Andel av vinsten"],
  [/^repayment\.units/, () => "Betalande enheter"],
  [/^repayment\.startYear/, () => "Första år"],
  [/^repayment\.years/, () => "Antal år"],
  [/^repayment\.frames\.(\w+)/, (m) => `Budgetram för ${m[1]}`],
  [/^repayment/, () => "Återföring"],
  [/^followUp\.years\[(\d+)\]\.successes/, (m) => `Uppföljning rad ${+m[1] + 1}, antal med utfall`],
  [/^followUp\.years\[(\d+)\]\.investment/, (m) => `Uppföljning rad ${+m[1] + 1}, insats`],
  [/^followUp\.years\[(\d+)\]/, (m) => `Uppföljning rad ${+m[1] + 1}`],
  [/^followUp/, () => "Uppföljning"],
];
const PARAMETER_WORDS: Record<string, string> = {
  min: "min",
  mode: "typvärde",
  max: "max",
  mean: "medel",
  sd: "standardavvikelse",
};
const assumptionLabel = (k: string) => ASSUMPTIONS.find((a) => a.key === k)?.label ?? k;

/** The wizard's words for an engine path: "Post 4, till år", "Diskonteringsränta", "Rubrik". */
export function wizardWords(path: string, s: WizardState): string {
  const p = parsePath(path);
  if (BASICS_WORDS[path]) return BASICS_WORDS[path];
  const schedule = scheduleWords(path);
  if (schedule) return schedule;
  if (p?.head === "assumptions" && p.field)
    return ASSUMPTIONS.find((a) => a.key === p.field)?.label ?? FIELD_WORDS[p.field] ?? path;
  const cell = p?.head === "lines" && p.index !== undefined && /^yearlyAmounts\[(\d+)\]$/.exec(p.field ?? "");
  if (cell && p?.index !== undefined) {
    const l = s.lines[p.index];
    const from = l ? (firstYear(l) ?? 1) : 1;
    return `Post ${p.index + 1}, År ${from + Number(cell[1])}`;
  }
  if (p?.head === "lines" && p.index !== undefined)
    return `Post ${p.index + 1}, ${p.field && LINE_WORDS[p.field] ? LINE_WORDS[p.field] : LINE_WORDS.amount}`;
  if (p?.head === "lines") return "Poster";
  if (p?.head === "actors" && p.index !== undefined) {
    const name = s.actors.filter((a) => a.selected)[p.index]?.name || `Aktör ${p.index + 1}`;
    return p.field === "parent" ? `${name}, ingår i` : name;
  }
  if (p?.head === "actors") return "Aktörer";
  for (const [re, words] of ANALYSES_WORDS) {
    const m = re.exec(path);
    if (m) return words(m);
  }
  return path;
}

/** An engine issue as the wizard shows it next to its field. */
export function wizardMessage(issue: Issue, s: WizardState): string {
  return `${wizardWords(issue.path, s)}: ${swedishMessage(issue.message, issue.path, s)}`;
}

/** Rules of the wizard itself, by step and field key; they go before the engine's messages. */
function wizardRules(s: WizardState): [number, string, string][] {
  const out: [number, string, string][] = [];
  if (!s.template) out.push([STEP.template, "template", "Välj en mall eller ett exempel."]);
  if (!s.actors.some((a) => a.selected)) out.push([STEP.actors, "actors", "Välj minst en aktör."]);
  for (const a of s.actors)
    if (!a.selected && s.lines.some((l) => l.actor === a.id))
      out.push([
        STEP.actors,
        `actor.${a.id}.selected`,
        `${a.name} har poster; ta bort dem först eller behåll aktören.`,
      ]);
  const unit = s.unit === undefined ? undefined : s.actors.find((a) => a.id === s.unit);
  if (unit && !unit.selected) {
    out.push([
      STEP.basics,
      "unit",
      `${BASICS_WORDS.unit}: ${unit.name} är inte vald bland aktörerna; välj den under Aktörer eller välj en annan enhet här.`,
    ]);
    out.push([
      STEP.actors,
      `actor.${unit.id}.selected`,
      `${unit.name} är den enhet bokslutet gäller (Grunddata); välj en annan där först eller behåll aktören.`,
    ]);
  }
  if (s.lines.length === 0) out.push([STEP.lines, "lines", "Lägg till minst en post."]);
  // The engine asks for successes only once the lines are valid; the wizard asks on Grunddata, before the lines.
  if (!s.basics.successes.trim() && s.lines.some((l) => l.basis === "perSuccess"))
    out.push([STEP.basics, "successes", "Ange antal med utfall: några poster räknas per person."]);
  for (const r of yearlyRules(s)) out.push([STEP.lines, r.key, r.message]);
  return out;
}

/** Every error of the state, per step (index = step); analyses' issues, which have no field, are left out. */
export function wizardErrors(s: WizardState): Errors[] {
  const byStep: Errors[] = STEPS.map(() => ({}));
  const put = (step: number, key: string, message: string) => {
    if (byStep[step][key] === undefined) byStep[step][key] = message;
  };
  for (const [step, key, message] of wizardRules(s)) put(step, key, message);
  const { raw, textErrors } = readCase(s);
  const r = checkCase(raw);
  const issues: Issue[] = r.ok ? [] : r.errors;
  const paths = new Set(issues.map((i) => i.path));
  // the engine's message for a line's amounts per year the wizard has said at a year's cell
  const replaced = new Set(yearlyRules(s).map((r) => r.replaces));
  for (const [path, message] of textErrors) if (!paths.has(path)) issues.push({ path, message });
  for (const issue of issues) {
    const at = fieldOf(issue.path, s);
    if (at && !replaced.has(at.key)) put(at.step, at.key, textErrors.get(issue.path) ?? wizardMessage(issue, s));
  }
  return byStep;
}

/** Errors of one step (empty when it may be left). */
export function stepErrors(s: WizardState, step: number): Errors {
  return step < STEP.review ? (wizardErrors(s)[step] ?? {}) : {};
}

/** The first step with an error, or undefined when every step may be left. */
export function firstStepWithErrors(s: WizardState): number | undefined {
  const all = wizardErrors(s);
  const i = all.findIndex((e, step) => step < STEP.review && Object.keys(e).length > 0);
  return i < 0 ? undefined : i;
}
