import {
  COST_UNIT,
  PER_INHABITANT,
  breakEven,
  basisValues,
  formatDecimal,
  formatKr,
  perspectivesOf,
  pricesReport,
  successesText,
  type Catalogue,
  type Computation,
  type UnitCost,
  whoGains,
} from "../engine";
import { perspectiveName, table } from "./table";

/** Method v2 in the terminal: the schedule, index and unit costs used, N* per perspective, the catalogue. */

function kr(x: number): string {
  return Number.isInteger(x) ? formatKr(x) : formatDecimal(x, 2);
}

function sourceText(u: UnitCost): string {
  const quote = u.source.quote ? ` – ”${u.source.quote}”` : "";
  const url = u.source.url ? `, ${u.source.url}` : "";
  const read = u.source.read ? ` (läst ${u.source.read})` : "";
  return `${u.source.citation}${url}${read}${quote}`;
}

function unitCostTable(entries: readonly UnitCost[]): string {
  return table(
    ["Id", "Benämning", "Belopp (kr)", "Enhet", "Prisår"],
    entries.map((u) => [
      u.id,
      u.label,
      kr(u.amount),
      COST_UNIT.labels[u.unit],
      u.priceYear === null ? "anges ej" : String(u.priceYear),
    ]),
    [false, false, true, false, true],
  );
}

function sourceLines(entries: readonly UnitCost[]): string[] {
  return entries.map((u) => `  ${u.id}: ${sourceText(u)}`);
}

/** The discount schedule, price index and unit costs the case uses; nothing for a case without them. */
export function renderPrices(comp: Computation): string[] {
  const r = pricesReport(comp.case);
  const out: string[] = [];
  if (r.discountSchedule) out.push(`Diskonteringsschema: ${r.discountSchedule.text}`);
  if (r.priceIndex) {
    const ix = r.priceIndex;
    const values = Object.entries(ix.values).map(([y, v]) => `${y} = ${formatDecimal(v, 2)}`);
    out.push(`Prisindex: ${ix.name}${ix.base ? ` (${ix.base})` : ""}, använda år ${values.join(", ")}`);
    out.push(`  Källa: ${ix.source}`);
  }
  if (r.unitCosts) {
    out.push("Kalkylvärden som används (belopp i sitt eget prisår; posterna räknas om till kalkylens prisår)");
    out.push(unitCostTable(r.unitCosts));
    out.push("Källor:", ...sourceLines(r.unitCosts));
  }
  return out.length ? ["", ...out] : [];
}

/** N* and the success rate per perspective. */
export function renderBreakEvenSuccesses(comp: Computation): string[] {
  const c = comp.case;
  const values = basisValues(comp);
  const withLines = new Set(
    whoGains(comp)
      .filter((g) => g.hasLines)
      .map((g) => `actor:${g.id}`),
  );
  const rows = perspectivesOf(c).map((p) => {
    if (p.startsWith("actor:") && !withLines.has(p)) return [perspectiveName(comp, p), "inga poster"];
    const be = breakEven(comp, p, values);
    const n = be.successes === null ? null : be.successes.toNumber();
    const rate = be.rate === null ? null : be.rate.toNumber();
    return [perspectiveName(comp, p), `Behövs för break-even: ${successesText(n, rate, c.participants)}`];
  });
  return [
    "",
    `Antal med utfall som behövs för break-even över ${c.assumptions.horizon} år (N*)`,
    table(["Perspektiv", "Antal med utfall"], rows, [false, false]),
  ];
}

/** What the units that are not per year mean, for the entries that have them. */
function unitNotes(entries: readonly UnitCost[]): string[] {
  const out: string[] = [];
  if (entries.some((u) => u.unit === "oneOff"))
    out.push(`${COST_UNIT.labels.oneOff}: räknas en gång, i en post som gäller ett enda år; aldrig per år.`);
  if (entries.some((u) => PER_INHABITANT.includes(u.unit)))
    out.push(
      "per invånare: delat på hela befolkningen, inte per deltagare; går inte att använda per person utan en egen omräkning.",
    );
  return out.length ? ["", ...out] : [];
}

/** `socinv catalogue` as text: version, date and every entry with its source. */
export function renderCatalogue(cat: Catalogue, entries: readonly UnitCost[], search?: string): string {
  const head = `Kalkylvärden: katalog version ${cat.version}, ${cat.date}`;
  if (entries.length === 0) {
    const why = search === undefined ? "katalogen är tom" : `inga kalkylvärden matchar '${search}'`;
    return `${head}\n${why}\n`;
  }
  const count = search === undefined ? `${entries.length} värden` : `${entries.length} värden matchar '${search}'`;
  return (
    [head, count, "", unitCostTable(entries), ...unitNotes(entries), "", "Källor:", ...sourceLines(entries)].join(
      "\n",
    ) + "\n"
  );
}
