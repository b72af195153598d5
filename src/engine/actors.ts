import type { Actor } from "./types";
import { ACTOR_KIND, BASIS, CATEGORY, CATEGORY_PLURAL, DIRECTION, PERSPECTIVE, ROLE } from "./vocabulary";

/** The standard Swedish actors used when a case does not list its own. */
export const STANDARD_ACTORS: readonly Actor[] = [
  { id: "kommun", name: "Kommunen", kind: "public" },
  { id: "region", name: "Regionen", kind: "public" },
  { id: "forsakringskassan", name: "Försäkringskassan", kind: "public" },
  { id: "arbetsformedlingen", name: "Arbetsförmedlingen", kind: "public" },
  { id: "rattsvasende", name: "Rättsväsendet", kind: "public" },
  { id: "individ", name: "Individen", kind: "individual" },
  { id: "ovriga", name: "Övriga", kind: "other" },
  { id: "produktionsvarde", name: "Produktionsvärde", kind: "society" },
];

/** Swedish names of the enumerations, for every place a user reads them (from the vocabulary). */
export const SV = {
  direction: DIRECTION.labels,
  category: CATEGORY.labels,
  categoryPlural: CATEGORY_PLURAL,
  role: ROLE.labels,
  basis: BASIS.labels,
  kind: ACTOR_KIND.labels,
  perspective: PERSPECTIVE.labels,
};

/** A column of a lines range and of the Poster sheet: the case field (or the actor's parent). */
export type LineColumn =
  | "actor"
  | "parent"
  | "direction"
  | "category"
  | "role"
  | "basis"
  | "amount"
  | "fromYear"
  | "toYear"
  | "label"
  | "source";

/** The columns of a lines range and of the Poster sheet, in order, with their Swedish headers. */
const LINE_COLUMN_HEADERS: readonly (readonly [LineColumn, string])[] = [
  ["actor", "Aktör"],
  ["parent", "Överordnad"],
  ["direction", "Riktning"],
  ["category", "Kostnadslag"],
  ["role", "Roll"],
  ["basis", "Bas"],
  ["amount", "Belopp"],
  ["fromYear", "Från år"],
  ["toYear", "Till år"],
  ["label", "Benämning"],
  ["source", "Källa"],
];
export const LINE_COLUMNS: readonly LineColumn[] = LINE_COLUMN_HEADERS.map(([k]) => k);
export const LINE_HEADERS: readonly string[] = LINE_COLUMN_HEADERS.map(([, h]) => h);

/** Ids of the actor and all its descendants (sub-units), in declaration order. */
export function descendantsAndSelf(actors: readonly Actor[], id: string): string[] {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of actors) {
      if (a.parent !== undefined && result.has(a.parent) && !result.has(a.id)) {
        result.add(a.id);
        grew = true;
      }
    }
  }
  return actors.filter((a) => result.has(a.id)).map((a) => a.id);
}
