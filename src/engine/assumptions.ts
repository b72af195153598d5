import type { AssumptionKey, Assumptions } from "./types";

/** Documentation of each assumption, shared by the CLI, the workbook and the taskpane. */
export interface AssumptionInfo {
  key: AssumptionKey;
  /** Swedish label as shown to users. */
  label: string;
  /** Symbol used in the method's formulas. */
  symbol: string;
  unit: "år" | "andel" | "personer" | "ränta";
  /** The default value, or null when the case must give it. */
  default: number | null;
  explanation: string;
  source: string;
  /** Valid range, inclusive unless stated. */
  min: number;
  minExclusive?: boolean;
  max: number;
  integer?: boolean;
}

export const ASSUMPTIONS: readonly AssumptionInfo[] = [
  {
    key: "horizon",
    label: "Horisont",
    symbol: "H",
    unit: "år",
    default: 20,
    explanation: "Antal hela år som kalkylen räknar fram effekterna.",
    source: "Tabell 4.3 i Nilsson 2017 visar år 1–20; metoden tillåter 1–100 år.",
    min: 1,
    max: 100,
    integer: true,
  },
  {
    key: "discountRate",
    label: "Diskonteringsränta",
    symbol: "r",
    unit: "ränta",
    default: 0.035,
    explanation: "Real ränta per år som framtida belopp diskonteras med; år 1 diskonteras inte.",
    source:
      "ASEK (Trafikverkets kalkylvärden för samhällsekonomisk analys) anger 3,5 % real; HM Treasury Green Book använder också 3,5 % för år 0–30.",
    min: -1,
    minExclusive: true,
    max: 1,
  },
  {
    key: "successes",
    label: "Antal med utfall",
    symbol: "N",
    unit: "personer",
    default: 0,
    explanation: "Personer som når utfallet (t.ex. i arbete); multipliceras med poster per person.",
    source: "Anges av användaren för varje kalkyl.",
    min: 0,
    max: 1e9,
  },
  {
    key: "relapse",
    label: "Återfall",
    symbol: "ρ",
    unit: "andel",
    default: 0,
    explanation: "Andel av dem som är kvar i utfallet som faller tillbaka varje år.",
    source: "Metodens standardvärde 0; sätt ett försiktigt värde ur uppföljning.",
    min: 0,
    max: 1,
  },
  {
    key: "decay",
    label: "Avklingning",
    symbol: "λ",
    unit: "andel",
    default: 0,
    explanation: "Årlig relativ minskning av en effekt (drop-off).",
    source: "Metodens standardvärde 0 (internationell SROI-praxis: drop-off).",
    min: 0,
    max: 1,
  },
  {
    key: "deadweight",
    label: "Dödvikt",
    symbol: "w",
    unit: "andel",
    default: 0,
    explanation: "Andel av utfallet som skulle ha inträffat ändå.",
    source: "Metodens standardvärde 0 (SROI-praxis: deadweight).",
    min: 0,
    max: 1,
  },
  {
    key: "attribution",
    label: "Tillskrivning",
    symbol: "α",
    unit: "andel",
    default: 1,
    explanation: "Andel av utfallet som just denna insats, inte andra, orsakade.",
    source: "Metodens standardvärde 1 (hela utfallet tillskrivs insatsen).",
    min: 0,
    max: 1,
  },
  {
    key: "displacement",
    label: "Undanträngning",
    symbol: "u",
    unit: "andel",
    default: 0,
    explanation: "Andel av utfallet som bara flyttade problemet någon annanstans.",
    source: "Metodens standardvärde 0 (SROI-praxis: displacement).",
    min: 0,
    max: 1,
  },
  {
    key: "growth",
    label: "Real tillväxt",
    symbol: "g",
    unit: "ränta",
    default: 0,
    explanation: "Årlig real ökning av effekternas belopp (t.ex. löner).",
    source: "Metodens standardvärde 0 (fasta priser).",
    min: -1,
    minExclusive: true,
    max: 1,
  },
];

export const ASSUMPTION_KEYS: readonly AssumptionKey[] = ASSUMPTIONS.map((a) => a.key);

export function assumptionInfo(key: AssumptionKey): AssumptionInfo {
  const info = ASSUMPTIONS.find((a) => a.key === key);
  if (!info) throw new Error(`unknown assumption ${key}`);
  return info;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  horizon: 20,
  discountRate: 0.035,
  successes: 0,
  relapse: 0,
  decay: 0,
  deadweight: 0,
  attribution: 1,
  displacement: 0,
  growth: 0,
};
