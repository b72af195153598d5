/**
 * The words of the method, defined once: every enumerated value of the case format with its
 * Swedish label (what a user reads) and the synonyms a user may type (Swedish and English,
 * matched case-, space- and diacritics-insensitively). Every layer — validation, the range
 * parser of the custom functions, the workbook template, the wizard and the command line —
 * takes its words from here.
 */

/** Lower case without diacritics: "Intäkt" → "intakt". */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
}

/** A key for matching words: folded, letters and digits only ("Per person" → "perperson"). */
export function wordKey(s: string): string {
  return fold(s).replace(/[^a-z0-9]/g, "");
}

export interface Word<V extends string> {
  readonly value: V;
  /** The Swedish label, as on the sheets and in the wizard. */
  readonly label: string;
  /** Other words users type for the value (the value and the label are always accepted). */
  readonly synonyms: readonly string[];
}

export interface Vocabulary<V extends string> {
  /** The Swedish name of the field ("Riktning"). */
  readonly name: string;
  readonly values: readonly V[];
  readonly words: readonly Word<V>[];
  /** value → Swedish label. */
  readonly labels: Readonly<Record<V, string>>;
  /** "Intäkt eller Kostnad". */
  readonly allowedText: string;
  /** The value for a word a user typed (value, label or synonym), or undefined. */
  parse(text: string): V | undefined;
}

const NONE = Symbol("none");

function vocabulary<V extends string>(name: string, words: readonly Word<V>[]): Vocabulary<V> {
  const byKey = new Map<string, V>();
  for (const w of words) {
    for (const s of [w.value, w.label, ...w.synonyms]) {
      const k = wordKey(s);
      const prev = byKey.get(k);
      if (prev !== undefined && prev !== w.value) throw new Error(`vocabulary ${name}: '${s}' is ambiguous`);
      byKey.set(k, w.value);
    }
  }
  const labels = Object.fromEntries(words.map((w) => [w.value, w.label])) as Record<V, string>;
  const ls = words.map((w) => w.label);
  const memo = new Map<string, V | typeof NONE>();
  const allowedText = ls.length > 1 ? `${ls.slice(0, -1).join(", ")} eller ${ls[ls.length - 1]}` : (ls[0] ?? "");
  return {
    name,
    values: words.map((w) => w.value),
    words,
    labels,
    allowedText,
    parse: (text: string) => {
      // Memoised by the text as typed: a range repeats the same few words on every row.
      const hit = memo.get(text);
      if (hit !== undefined) return hit === NONE ? undefined : hit;
      const v = byKey.get(wordKey(text));
      if (memo.size >= 1000) memo.clear();
      memo.set(text, v ?? NONE);
      return v;
    },
  };
}

export type Direction = "revenue" | "cost";
export type Category = "real" | "financial" | "production";
export type Role = "investment" | "effect";
export type Basis = "total" | "perSuccess";
export type ActorKind = "public" | "individual" | "society" | "other";
/** The base perspectives of the report (per-actor perspectives are `actor:<id>`). */
export type BasePerspective = "total" | "public" | "economic";
export type RepaymentModel = "gainShare" | "frameShare";
export type DistributionType = "uniform" | "triangular" | "normal";
/** The default scenarios of the känslighetsanalys (shares of the expected successes). */
export type DefaultScenario = "planned" | "half" | "quarter" | "none";
/** The unit of a unit cost (kalkylvärde). */
export type CostUnit =
  | "year"
  | "month"
  | "day"
  | "personYear"
  /** A one-off sum (e.g. a lifetime cost per person): not a yearly amount. */
  | "oneOff"
  /** Per inhabitant (the whole population), not per participant. */
  | "inhabitantYear"
  | "inhabitantMonth";
/** Method v3: year 1 undiscounted (start of year) or discounted (end of year). */
export type DiscountTiming = "startOfYear" | "endOfYear";

export const DIRECTION = vocabulary<Direction>("Riktning", [
  { value: "revenue", label: "Intäkt", synonyms: ["intäkter", "income"] },
  { value: "cost", label: "Kostnad", synonyms: ["kostnader", "expense"] },
]);

export const CATEGORY = vocabulary<Category>("Kostnadslag", [
  { value: "real", label: "Real", synonyms: ["reala", "realt", "realekonomisk"] },
  { value: "financial", label: "Finansiell", synonyms: ["finansiella", "finansiellt"] },
  { value: "production", label: "Produktion", synonyms: ["produktionsvärde"] },
]);

/** Plural labels of the categories, as in the projection's milestone table (Reala, Finansiella…). */
export const CATEGORY_PLURAL: Readonly<Record<Category, string>> = {
  real: "Reala",
  financial: "Finansiella",
  production: "Produktionsvärde",
};

export const ROLE = vocabulary<Role>("Roll", [
  { value: "investment", label: "Insats", synonyms: ["investering"] },
  { value: "effect", label: "Effekt", synonyms: [] },
]);

export const BASIS = vocabulary<Basis>("Bas", [
  { value: "total", label: "Totalt", synonyms: ["summa"] },
  {
    value: "perSuccess",
    label: "Per person",
    synonyms: ["per deltagare", "per utfall", "per person med utfall"],
  },
]);

export const ACTOR_KIND = vocabulary<ActorKind>("Aktörstyp", [
  { value: "public", label: "Offentlig sektor", synonyms: ["offentlig"] },
  { value: "individual", label: "Individ", synonyms: ["individen"] },
  { value: "society", label: "Samhälle", synonyms: ["produktionsvärde"] },
  { value: "other", label: "Övrig", synonyms: ["övriga"] },
]);

export const PERSPECTIVE = vocabulary<BasePerspective>("Perspektiv", [
  { value: "total", label: "Totalt (alla aktörer)", synonyms: ["totalt", "totalt (summa)", "summa", "alla"] },
  { value: "public", label: "Offentlig sektor", synonyms: ["offentlig", "offentligt"] },
  { value: "economic", label: "Samhällsekonomiskt", synonyms: ["samhällsekonomisk", "samhället", "samhälle"] },
]);

/** Said after a parent actor's name when its figures include its units ("Kommunen inkl. förvaltningar"). */
export const INCLUDING_UNITS = "inkl. förvaltningar";

export const REPAYMENT_MODEL = vocabulary<RepaymentModel>("Modell", [
  { value: "gainShare", label: "Andel av vinsten", synonyms: ["andel", "andel av vinst", "vinstandel"] },
  { value: "frameShare", label: "Delar efter budgetram", synonyms: ["ram", "ramar", "budgetram"] },
]);

/**
 * The default scenarios, named for a nämnd; the seed report's colloquial names (bra, halvbra,
 * dåligt, riktigt dåligt) are accepted synonyms.
 */
export const DEFAULT_SCENARIO = vocabulary<DefaultScenario>("Scenario", [
  { value: "planned", label: "Planerat utfall", synonyms: ["bra", "planerat", "hela utfallet"] },
  { value: "half", label: "Halva utfallet", synonyms: ["halvbra", "halva"] },
  { value: "quarter", label: "En fjärdedel av utfallet", synonyms: ["dåligt", "fjärdedel", "en fjärdedel"] },
  { value: "none", label: "Inget utfall", synonyms: ["riktigt dåligt", "inget"] },
]);

export const DISTRIBUTION = vocabulary<DistributionType>("Fördelning", [
  { value: "uniform", label: "Likformig", synonyms: [] },
  { value: "triangular", label: "Triangel", synonyms: ["triangulär"] },
  { value: "normal", label: "Normal", synonyms: ["normalfördelning"] },
]);

export const COST_UNIT = vocabulary<CostUnit>("Enhet", [
  { value: "year", label: "per år", synonyms: ["år", "årlig"] },
  { value: "month", label: "per månad", synonyms: ["månad", "mån"] },
  { value: "day", label: "per dygn", synonyms: ["dygn", "dag", "per dag"] },
  { value: "personYear", label: "per person och år", synonyms: ["personår", "per personår", "årsarbete"] },
  { value: "oneOff", label: "engångsbelopp", synonyms: ["engång", "livstid", "hela livet"] },
  { value: "inhabitantYear", label: "per invånare och år", synonyms: ["per invånare", "invånare och år"] },
  { value: "inhabitantMonth", label: "per invånare och månad", synonyms: ["invånare och månad"] },
]);

/** Method v3: when in a year its amounts fall, and so whether year 1 is discounted. */
export const DISCOUNT_TIMING = vocabulary<DiscountTiming>("Diskontering", [
  {
    value: "startOfYear",
    label: "Början av året",
    synonyms: ["början", "start", "årets början", "år 1 odiskonterat", "år 1 diskonteras inte", "start of year"],
  },
  {
    value: "endOfYear",
    label: "Slutet av året",
    synonyms: ["slutet", "slut", "årets slut", "år 1 diskonteras", "end of year"],
  },
]);
/** Units of unit costs that are per inhabitant (the whole population), never per participant. */
export const PER_INHABITANT: readonly CostUnit[] = ["inhabitantYear", "inhabitantMonth"];

export const DIRECTIONS = DIRECTION.values;
export const CATEGORIES = CATEGORY.values;
export const ROLES = ROLE.values;
export const BASES = BASIS.values;
export const ACTOR_KINDS = ACTOR_KIND.values;
export const BASE_PERSPECTIVES = PERSPECTIVE.values;
export const REPAYMENT_MODELS = REPAYMENT_MODEL.values;
export const DISTRIBUTIONS = DISTRIBUTION.values;
export const COST_UNITS = COST_UNIT.values;

/**
 * Method v3: the reporting unit's key figures (case.unit), in the words of Table 4.1 of the seed
 * report, as every surface shows them (the wizard's Granska; the CLI and sheets say the same).
 */
export const KEY_FIGURE_WORDS = {
  revenue: "Intäkter",
  cost: "Kostnader",
  result: "Resultat",
  overBudget: "över budget",
  participants: "Antal personer",
  costPerParticipant: "Kostnad per person",
  successes: "Antal i arbete/med utfall",
  costPerSuccess: "Kostnad per person med utfall",
  successShare: "Andel med utfall",
} as const;

/** Method v3: a mandatperiod in Sweden, four years: the year the milestone tables mark. */
export const MANDATE_PERIOD_YEARS = 4;

/** Method v3: the words of the figures at the milestone years (1, 2, 3, 4, 5, 10, 20, …, H). */
export const MILESTONE_WORDS = {
  year: "År T",
  mandate: "mandatperiod",
  horizon: "horisont",
  investment: "Investering",
  benefits: "Nytta",
  npv: "Nettonuvärde",
  roi: "Avkastningskvot (B/I)",
  npvRatio: "Nettonuvärdeskvot (NPV/I)",
} as const;
