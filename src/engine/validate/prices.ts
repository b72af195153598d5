import { catalogue } from "../catalogue/index";
import { num } from "../decimal";
import { BAND_YEARS } from "../discount";
import { indexValue, priceIndexOf, unitCostAmount, unitCostOf } from "../prices";
import type { Case, DiscountBand, DiscountScheduleSpec, PriceIndex, UnitCost, UnitCostSource } from "../types";
import { COST_UNIT, PER_INHABITANT } from "../vocabulary";
import {
  Collector,
  allowedList,
  checkEnum,
  checkNumber,
  checkString,
  describe,
  formatPlain,
  isObject,
  percentRangeText,
  percentText,
  suggest,
  type Obj,
} from "./checks";

/**
 * Validation of method v2's fields: the discount schedule, the price index, the case's unit
 * costs, and a line's price year, unit cost and quantity. Every message names its field and
 * says what is allowed; a year the index lacks is an error, never a guess.
 */

/** Years a price index or a price year may name. */
export const INDEX_YEARS = { integer: true, min: 1800, max: 2200 } as const;
export const UNIT_COST_FIELDS = [
  "id",
  "label",
  "amount",
  "unit",
  "priceYear",
  "actor",
  "category",
  "note",
  "source",
] as const;
export const PRICE_INDEX_FIELDS = ["name", "source", "base", "values"] as const;
export const UNIT_COST_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const RATE = { min: -1, minExclusive: true, max: 1 } as const;

/** A rate (a fraction), its range said in percent. */
function checkRate(c: Collector, v: unknown, path: string): number | undefined {
  if (typeof v === "number" && Number.isFinite(v) && (v <= RATE.min || v > RATE.max)) {
    c.add(
      path,
      `${percentText(v)} är utanför det tillåtna: ${percentRangeText(RATE)} (en andel anges som bråk, t.ex. 0,25 för 25 %)`,
    );
    return undefined;
  }
  return checkNumber(c, v, path, RATE);
}

/** `assumptions.discountSchedule`: "greenbook" or sorted bands { fromYear 2..100, rate }. */
export function validateSchedule(c: Collector, raw: unknown): DiscountScheduleSpec | undefined {
  const path = "assumptions.discountSchedule";
  if (raw === "greenbook") return "greenbook";
  if (!Array.isArray(raw)) {
    const hint = typeof raw === "string" && suggest(raw, ["greenbook"]) ? "menade du 'greenbook'? " : "";
    c.add(path, `${describe(raw)} är inget diskonteringsschema; ${hint}ange "greenbook" eller en lista av band`);
    return undefined;
  }
  if (raw.length === 0) {
    c.add(path, 'listan är tom; ange minst ett band { "fromYear": 2, "rate": 0.035 } eller utelämna fältet');
    return undefined;
  }
  const before = c.errors.length;
  const bands: DiscountBand[] = [];
  raw.forEach((b: unknown, i: number) => {
    const p = `${path}[${i}]`;
    if (!isObject(b)) return c.add(p, `${describe(b)} är inget band; ange { "fromYear": 2, "rate": 0.035 }`);
    c.fields(b, ["fromYear", "rate"], p);
    const fromYear = checkNumber(c, b.fromYear, `${p}.fromYear`, { integer: true, ...BAND_YEARS });
    const rate = checkRate(c, b.rate, `${p}.rate`);
    const prev = bands[bands.length - 1];
    if (fromYear !== undefined && prev && fromYear <= prev.fromYear) {
      c.add(
        `${p}.fromYear`,
        `${fromYear} kommer inte efter föregående bands år ${prev.fromYear}; ordna banden efter år`,
      );
    }
    if (fromYear !== undefined && rate !== undefined) bands.push({ fromYear, rate });
  });
  return c.errors.length > before ? undefined : bands;
}

function checkIndexValues(c: Collector, raw: unknown, path: string): Record<string, number> | undefined {
  if (!isObject(raw) || Object.keys(raw).length === 0) {
    c.add(path, `${describe(raw)} är ingen serie; ange { "2015": 313.49, "2016": 316.43, … } (år → indextal)`);
    return undefined;
  }
  const before = c.errors.length;
  const values: Record<string, number> = {};
  for (const [year, v] of Object.entries(raw)) {
    const y = Number(year);
    if (!/^\d{4}$/.test(year) || y < INDEX_YEARS.min || y > INDEX_YEARS.max) {
      c.add(`${path}.${year}`, `'${year}' är inget årtal ${INDEX_YEARS.min}–${INDEX_YEARS.max}`);
      continue;
    }
    const n = checkNumber(c, v, `${path}.${year}`, { min: 0, minExclusive: true, max: 1e12 });
    if (n !== undefined) values[year] = n;
  }
  return c.errors.length > before ? undefined : values;
}

/** `priceIndex`: "KPI" (the built-in series) or { name, source, base?, values }. */
export function validatePriceIndex(c: Collector, raw: unknown): Case["priceIndex"] | undefined {
  if (raw === "KPI") return "KPI";
  if (!isObject(raw)) {
    c.add(
      "priceIndex",
      `${describe(raw)} är inget prisindex; ange "KPI" (inbyggd serie) eller { "name", "source", "values" }`,
    );
    return undefined;
  }
  const before = c.errors.length;
  c.fields(raw, PRICE_INDEX_FIELDS, "priceIndex");
  const name = checkString(c, raw.name, "priceIndex.name", true);
  const source = checkString(c, raw.source, "priceIndex.source", true);
  const base = raw.base === undefined ? undefined : checkString(c, raw.base, "priceIndex.base", true);
  const values = checkIndexValues(c, raw.values, "priceIndex.values");
  if (c.errors.length > before || !name || !source || !values) return undefined;
  const out: PriceIndex = { name, source, values };
  if (base !== undefined) out.base = base;
  return out;
}

function checkSource(c: Collector, raw: unknown, path: string): UnitCostSource | undefined {
  if (typeof raw === "string") {
    const s = checkString(c, raw, path, true);
    return s === undefined ? undefined : { citation: s };
  }
  if (!isObject(raw)) {
    c.add(
      path,
      `${raw === undefined ? "saknas" : describe(raw) + " är ingen källa"}; ange en källa som text eller { "citation", "quote" }`,
    );
    return undefined;
  }
  c.fields(raw, ["citation", "quote", "read", "url"], path);
  const citation = checkString(c, raw.citation, `${path}.citation`, true);
  const quote = raw.quote === undefined ? undefined : checkString(c, raw.quote, `${path}.quote`, true);
  const read = raw.read === undefined ? undefined : checkString(c, raw.read, `${path}.read`, true);
  const url = raw.url === undefined ? undefined : checkString(c, raw.url, `${path}.url`, true);
  if (citation === undefined) return undefined;
  const out: UnitCostSource = { citation };
  if (quote !== undefined) out.quote = quote;
  if (read !== undefined) out.read = read;
  if (url !== undefined) out.url = url;
  return out;
}

function checkUnitCostYear(c: Collector, raw: unknown, path: string): number | null | undefined {
  if (raw === null) return null;
  if (raw === undefined) {
    c.add(path, "saknas; ange prisåret som källan anger, eller null om källan inte anger något");
    return undefined;
  }
  return checkNumber(c, raw, path, INDEX_YEARS);
}

function validateUnitCost(c: Collector, u: Obj, path: string): UnitCost | undefined {
  const before = c.errors.length;
  c.fields(u, UNIT_COST_FIELDS, path);
  const id = checkString(c, u.id, `${path}.id`, true);
  if (id !== undefined && !UNIT_COST_ID_PATTERN.test(id)) {
    c.add(`${path}.id`, `'${id}' är inget giltigt id; använd bokstäver, siffror, _ . och - (högst 80 tecken)`);
  }
  const label = checkString(c, u.label, `${path}.label`, true);
  const amount = checkNumber(c, u.amount, `${path}.amount`, { min: 0, max: 1e15 });
  const unit = checkEnum(c, u.unit, `${path}.unit`, COST_UNIT, undefined);
  const priceYear = checkUnitCostYear(c, u.priceYear, `${path}.priceYear`);
  const actor = u.actor === undefined ? undefined : checkString(c, u.actor, `${path}.actor`, true);
  const category = u.category === undefined ? undefined : checkString(c, u.category, `${path}.category`, true);
  const note = u.note === undefined ? undefined : checkString(c, u.note, `${path}.note`, true);
  const source = checkSource(c, u.source, `${path}.source`);
  if (c.errors.length > before) return undefined;
  const out = { id, label, amount, unit, priceYear, source } as UnitCost;
  if (actor !== undefined) out.actor = actor;
  if (category !== undefined) out.category = category;
  if (note !== undefined) out.note = note;
  return out;
}

/** `unitCosts`: the case's own unit costs, each id once. */
export function validateUnitCosts(c: Collector, raw: unknown): UnitCost[] | undefined {
  if (!Array.isArray(raw)) {
    c.add("unitCosts", `${describe(raw)} är ingen lista; ange en lista av kalkylvärden eller utelämna fältet`);
    return undefined;
  }
  const before = c.errors.length;
  const out: UnitCost[] = [];
  const seen = new Map<string, number>();
  raw.forEach((u: unknown, i: number) => {
    const path = `unitCosts[${i}]`;
    if (!isObject(u))
      return c.add(
        path,
        `${describe(u)} är inget kalkylvärde; ange { "id", "label", "amount", "unit", "priceYear", "source" }`,
      );
    const v = validateUnitCost(c, u, path);
    if (!v) return;
    const first = seen.get(v.id);
    if (first !== undefined) {
      c.add(`${path}.id`, `'${v.id}' finns redan i unitCosts[${first}]; varje kalkylvärde måste ha ett eget id`);
    } else {
      seen.set(v.id, i);
      out.push(v);
    }
  });
  return c.errors.length > before ? undefined : out;
}

/** What a line's price fields are checked against; `invalid` when the case's own index or unit costs are wrong. */
export interface PriceContext {
  priceYear: number | undefined;
  priceIndex: Case["priceIndex"];
  unitCosts: UnitCost[] | undefined;
  invalid: boolean;
}

/** A price year p of a line must be the case's, or both p and the case's year must be in the index. */
function checkIndexed(c: Collector, path: string, p: number, ctx: PriceContext): void {
  const P = ctx.priceYear;
  if (P === undefined || p === P || ctx.invalid) return;
  const index = priceIndexOf(ctx);
  if (!index) {
    c.add(
      path,
      `${p} är inte kalkylens prisår ${P}, och kalkylen har inget prisindex; ange priceIndex (t.ex. "KPI") så att beloppet räknas om till ${P} års priser`,
    );
    return;
  }
  if (indexValue(index, p) === undefined) c.add(path, `året ${p} saknas i prisindexet ${index.name}`);
  if (indexValue(index, P) === undefined) c.add(path, `kalkylens prisår ${P} saknas i prisindexet ${index.name}`);
}

function findUnitCost(c: Collector, id: string, ctx: PriceContext): UnitCost | undefined {
  const u = unitCostOf(ctx, id);
  if (u || ctx.invalid) return u;
  const ids = [...(ctx.unitCosts ?? []).map((x) => x.id), ...catalogue().entries.map((x) => x.id)];
  const hint = suggest(id, ids);
  c.add(
    "unitCost",
    `'${id}' är inget kalkylvärde i kalkylens unitCosts eller i den inbyggda katalogen` +
      (hint ? `; menade du '${hint}'?` : ids.length && ids.length <= 8 ? `; kända är ${allowedList(ids)}` : ""),
  );
  return undefined;
}

export interface LinePriceFields {
  amount: number;
  priceYear?: number;
  unitCost?: string;
  quantity?: number;
}

/** A line's amount in kronor, and a quantity of a unit cost. */
const AMOUNT = { min: 0, max: 1e15 };
const QUANTITY = { min: 0, max: 1e9 };

/** A line given as an amount (optionally in its own price year). */
function amountLine(c: Collector, l: Obj, priceYear: number | undefined, ctx: PriceContext) {
  let amount: number | undefined;
  if (l.quantity !== undefined)
    c.add("quantity", 'anges bara tillsammans med ett kalkylvärde ("unitCost"); ange annars ett belopp ("amount")');
  if (l.amount === undefined) c.add("amount", "saknas; ange ett belopp i kronor per år");
  else if (typeof l.amount === "number" && Number.isFinite(l.amount) && l.amount < 0) {
    c.add(
      "amount",
      `${describe(l.amount)} är negativt; ange beloppet positivt och välj riktningen Kostnad ('cost') eller Intäkt ('revenue')`,
    );
  } else amount = checkNumber(c, l.amount, "amount", AMOUNT);
  if (priceYear !== undefined) checkIndexed(c, "priceYear", priceYear, ctx);
  return amount;
}

/**
 * A unit cost's unit fits its line: an engångsbelopp (a lifetime or one-off sum) only on a line
 * of a single year, never spread as a yearly amount; a value per invånare (the whole population)
 * never on a line per person with utfall. Either is refused with a way out, never converted silently.
 */
function unitFits(c: Collector, l: Obj, u: UnitCost): boolean {
  const amount = `${formatPlain(u.amount)} kr ${COST_UNIT.labels[u.unit]}`;
  if (u.unit === "oneOff") {
    const from = l.fromYear ?? 1;
    if (l.toYear === undefined || l.toYear !== from) {
      c.add(
        "toYear",
        `kalkylvärdet ${u.label} är ett engångsbelopp (${amount}), inte ett belopp per år; ` +
          "låt posten gälla ett enda år (samma Från år och Till år), eller räkna om beloppet till ett årsbelopp " +
          "i kalkylens egna kalkylvärden och skriv i anteckningen över hur många år",
      );
      return false;
    }
  }
  if (PER_INHABITANT.includes(u.unit) && l.basis === "perSuccess") {
    c.add(
      "unitCost",
      `kalkylvärdet ${u.label} gäller per invånare (hela befolkningen, ${amount}), inte per person med utfall; ` +
        "räkna om det till ett belopp per person i kalkylens egna kalkylvärden (skriv i anteckningen hur), " +
        "eller använd det i en post för hela kommunen med antal = antal invånare",
    );
    return false;
  }
  return true;
}

/** A line given as quantity × a unit cost; its amount is filled in, in the unit cost's price year. */
function unitCostLine(c: Collector, l: Obj, f: Partial<LinePriceFields>, ctx: PriceContext) {
  if (l.quantity === undefined)
    c.add(
      "quantity",
      "saknas; ange antalet (platser, hushåll, personer) som kalkylvärdet gäller hela året, t.ex. 2 eller 0,5 för ett halvår",
    );
  const u = f.unitCost === undefined ? undefined : findUnitCost(c, f.unitCost, ctx);
  if (!u || f.quantity === undefined || !unitFits(c, l, u)) return undefined;
  if (u.priceYear === null && f.priceYear === undefined) {
    c.add(
      "priceYear",
      `saknas; kalkylvärdet ${u.label} har inget prisår i sin källa, så ange det år beloppet avser (metoden gissar aldrig ett år)`,
    );
    return undefined;
  }
  if (u.priceYear !== null && f.priceYear !== undefined && f.priceYear !== u.priceYear) {
    c.add(
      "priceYear",
      `${f.priceYear} skiljer sig från prisåret ${u.priceYear} för kalkylvärdet ${u.label}; utelämna postens prisår ("priceYear")`,
    );
    return undefined;
  }
  const amount = num(unitCostAmount(u, f.quantity));
  if (l.amount !== undefined && l.amount !== amount) {
    c.add(
      "amount",
      `${describe(l.amount)} anges inte tillsammans med ett kalkylvärde; beloppet blir antal × kalkylvärdet = ${formatPlain(amount)} kr`,
    );
  }
  checkIndexed(c, "priceYear", (f.priceYear ?? u.priceYear) as number, ctx);
  return amount;
}

/** amount, priceYear, unitCost and quantity of one line (`c`: the line's collector, paths relative to the line); undefined when any is wrong. */
export function checkLinePrice(c: Collector, l: Obj, ctx: PriceContext): LinePriceFields | undefined {
  if (l.priceYear === undefined && l.unitCost === undefined && l.quantity === undefined) {
    // the common line, an amount in the case's prices: amountLine reports every problem of it
    const amount = amountLine(c, l, undefined, ctx);
    return amount === undefined ? undefined : { amount };
  }
  const before = c.errors.length;
  const f: Partial<LinePriceFields> = {};
  if (l.priceYear !== undefined) f.priceYear = checkNumber(c, l.priceYear, "priceYear", INDEX_YEARS);
  if (l.unitCost !== undefined) f.unitCost = checkString(c, l.unitCost, "unitCost", true);
  if (l.quantity !== undefined) f.quantity = checkNumber(c, l.quantity, "quantity", QUANTITY);
  const amount = l.unitCost === undefined ? amountLine(c, l, f.priceYear, ctx) : unitCostLine(c, l, f, ctx);
  if (c.errors.length > before || amount === undefined) return undefined;
  const out: LinePriceFields = { amount };
  if (f.priceYear !== undefined) out.priceYear = f.priceYear;
  if (f.unitCost !== undefined) out.unitCost = f.unitCost;
  if (f.quantity !== undefined) out.quantity = f.quantity;
  return out;
}
