import { ASSUMPTIONS } from "./assumptions";

/**
 * Where an issue is, in the words a user reads: an engine path (`lines[1].amount`,
 * `assumptions.discountRate`, `scenarios[0].name`) as "Post 2, Belopp", "Antaganden,
 * Diskonteringsränta", "Scenario 1, Namn". Every surface outside the wizard prefixes its
 * messages with this ("Post 2, Belopp: saknas; …"); the wizard has the same words for its
 * own fields. Issue.path stays the engine path.
 */

const TOP: Record<string, string> = {
  title: "Rubrik",
  priceYear: "Prisår",
  activity: "Verksamhet eller insats",
  municipality: "Kommun eller region",
  participants: "Antal deltagare",
  unit: "Bokslutet gäller",
  actors: "Aktörer",
  assumptions: "Antaganden",
  lines: "Poster",
  scenarios: "Scenarier",
  monteCarlo: "Monte Carlo",
  repayment: "Återföring",
  followUp: "Uppföljning",
  priceIndex: "Prisindex",
  unitCosts: "Kalkylvärden",
  $schema: "Schema",
  "(kalkyl)": "Kalkylen",
};

/** The fields of the case format in the words a user reads (a line's, an actor's, an analysis's). */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  // lines
  actor: "Aktör",
  direction: "Riktning",
  category: "Kostnadslag",
  role: "Roll",
  basis: "Bas",
  amount: "Belopp",
  fromYear: "Från år",
  toYear: "Till år",
  label: "Benämning",
  priceYear: "Prisår",
  unitCost: "Kalkylvärde",
  quantity: "Antal",
  yearlyAmounts: "Belopp per år",
  // assumptions (method v3)
  intakeYears: "Intagsår",
  discountTiming: "Diskontering",
  // actors
  id: "Id",
  name: "Namn",
  kind: "Aktörstyp",
  parent: "Ingår i",
  // unit costs
  unit: "Enhet",
  source: "Källa",
  note: "Anmärkning",
  // analyses
  assumptions: "Antaganden",
  assumption: "Antagande",
  line: "Post",
  type: "Fördelning",
  min: "Min",
  mode: "Typvärde",
  max: "Max",
  mean: "Medel",
  sd: "Standardavvikelse",
  iterations: "Antal dragningar",
  seed: "Frö",
  breakEvenBy: "Break-even senast år",
  distributions: "Fördelningar",
  model: "Modell",
  fund: "Fondens belopp",
  share: "Andel av vinsten",
  units: "Betalande enheter",
  frames: "Budgetramar",
  startYear: "Första år",
  years: "År",
  year: "År",
  successes: "Antal med utfall",
  investment: "Insats",
  discountSchedule: "Diskonteringsschema",
  rate: "Ränta",
  values: "Serie",
  base: "Bas",
};

/** The singular of a list's items, as "Post 2", "Aktör 3". */
const ITEM: Record<string, string> = {
  lines: "Post",
  actors: "Aktör",
  scenarios: "Scenario",
  unitCosts: "Kalkylvärde",
  distributions: "Fördelning",
  years: "Uppföljningsår",
  investment: "Insats",
  units: "Enhet",
  discountSchedule: "Band",
};

/** A table's own entry for a word (never an inherited property such as "constructor"). */
function own(table: Record<string, string>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function fieldWord(name: string): string {
  return ASSUMPTIONS.find((a) => a.key === name)?.label ?? own(FIELD_WORDS, name) ?? name;
}

/** "Post 2, Belopp" for `lines[1].amount`; the path itself when it is not an engine path. */
export function placeOf(path: string): string {
  const parts = path.match(/[^.[\]]+|\[\d+\]/g);
  if (!parts) return path;
  const words: string[] = [];
  let prev = "";
  for (const part of parts) {
    const index = /^\[(\d+)\]$/.exec(part);
    if (index) {
      const item = own(ITEM, prev) ?? "Rad";
      // the list's own word is replaced by its item's ("Poster" → "Post 2")
      if (
        words.length > 0 &&
        (own(TOP, prev) === words[words.length - 1] || fieldWord(prev) === words[words.length - 1])
      )
        words.pop();
      words.push(`${item} ${Number(index[1]) + 1}`);
    } else if (words.length === 0 && own(TOP, part) !== undefined) words.push(own(TOP, part)!);
    else if (prev === "frames" || prev === "values") words.push(part);
    else words.push(fieldWord(part));
    prev = part;
  }
  return words.join(", ");
}
