import type { Actor, Category, Direction, Role, Basis, ActorKind } from "./types";

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

/** Swedish names of the enumerations, for every place a user reads them. */
export const SV = {
  direction: { revenue: "Intäkt", cost: "Kostnad" } as Record<Direction, string>,
  category: { real: "Real", financial: "Finansiell", production: "Produktion" } as Record<Category, string>,
  categoryPlural: { real: "Reala", financial: "Finansiella", production: "Produktionsvärde" } as Record<
    Category,
    string
  >,
  role: { investment: "Insats", effect: "Effekt" } as Record<Role, string>,
  basis: { total: "Totalt", perSuccess: "Per person" } as Record<Basis, string>,
  kind: { public: "Offentlig", individual: "Individ", society: "Samhälle", other: "Övrig" } as Record<
    ActorKind,
    string
  >,
  perspective: { total: "Totalt (Summa)", public: "Offentlig sektor", economic: "Samhällsekonomiskt" } as Record<
    "total" | "public" | "economic",
    string
  >,
};

/** The Swedish column headers of a lines range and of the Poster sheet, in order. */
export const LINE_HEADERS = [
  "Aktör",
  "Överordnad",
  "Riktning",
  "Kostnadslag",
  "Roll",
  "Bas",
  "Belopp",
  "Från år",
  "Till år",
  "Benämning",
] as const;

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
