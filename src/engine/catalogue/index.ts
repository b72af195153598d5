import { fold } from "../vocabulary";
import type { PriceIndex, UnitCost, UnitCostSource } from "../types";
import catalogueData from "./kalkylvarden.json";
import kpiData from "./kpi.json";

/**
 * The built-in catalogue of unit costs (kalkylvärden) and price index series: data in this
 * folder (kalkylvarden.json, kpi.json), each figure with its source. This module only loads
 * and searches them.
 */

export interface Catalogue {
  version: string;
  /** The date of this version (YYYY-MM-DD). */
  date: string;
  entries: readonly UnitCost[];
}

/** A built-in price index with its source as a reader would cite it. */
export interface BuiltinIndex extends PriceIndex {
  citation: UnitCostSource;
}

interface RawIndex {
  name: string;
  base?: string;
  source: { citation: string; read?: string; url?: string };
  values: Record<string, number>;
}

const CATALOGUE: Catalogue = catalogueData as unknown as Catalogue;

function builtinIndex(raw: RawIndex): BuiltinIndex {
  const url = raw.source.url ? `, ${raw.source.url}` : "";
  const read = raw.source.read ? ` (läst ${raw.source.read})` : "";
  return {
    name: raw.name,
    base: raw.base,
    source: raw.source.citation + url + read,
    citation: raw.source,
    values: raw.values,
  };
}

/** The built-in price index series by name. */
export const BUILTIN_INDEXES: Readonly<Record<"KPI", BuiltinIndex>> = {
  KPI: builtinIndex(kpiData as unknown as RawIndex),
};

export function catalogue(): Catalogue {
  return CATALOGUE;
}

/** The catalogue entry with this id, or undefined. */
export function catalogueEntry(id: string): UnitCost | undefined {
  return CATALOGUE.entries.find((e) => e.id === id);
}

/**
 * Entries whose id, label, actor, category or citation contain every word of the text,
 * matched case- and diacritics-insensitively ("placering dygn", "forsorjningsstod").
 */
export function searchCatalogue(text: string, entries: readonly UnitCost[] = CATALOGUE.entries): UnitCost[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    const hay = fold([e.id, e.label, e.actor ?? "", e.category ?? "", e.source.citation].join(" "));
    return words.every((w) => hay.includes(w));
  });
}
