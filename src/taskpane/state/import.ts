/** Lines read from a range in the sheet (Importera från markeringen) added to the wizard's state. */
import { formatDecimal, type ActorKind } from "../../engine";
import { addOwnActor, newKey, type LineRow, type WizardState } from "./model";

/** What the range parser gives: the actors it found and the lines in the case format. */
export interface ImportedLines {
  actors: { id: string; name: string; kind: ActorKind; parent?: string }[];
  lines: Record<string, unknown>[];
}

/** Known actors are matched by name or id (and selected); new ones become own units. */
function mergeActors(s: WizardState, parsed: ImportedLines): { state: WizardState; idFor: Map<string, string> } {
  let next = s;
  const idFor = new Map<string, string>();
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  for (const a of parsed.actors) {
    const existing = next.actors.find((x) => same(x.name, a.name) || x.id === a.id);
    if (existing) {
      idFor.set(a.id, existing.id);
      if (!existing.selected)
        next = { ...next, actors: next.actors.map((x) => (x.id === existing.id ? { ...x, selected: true } : x)) };
      continue;
    }
    const parentRow = a.parent ? parsed.actors.find((p) => p.id === a.parent) : undefined;
    const parentId = parentRow ? (next.actors.find((x) => same(x.name, parentRow.name))?.id ?? "") : "";
    next = addOwnActor(next, a.name, parentId);
    const last = next.actors.length - 1;
    next = { ...next, actors: next.actors.map((x, i) => (i === last ? { ...x, kind: a.kind } : x)) };
    idFor.set(a.id, next.actors[last].id);
  }
  return { state: next, idFor };
}

export function importLines(s: WizardState, parsed: ImportedLines): WizardState {
  const { state, idFor } = mergeActors(s, parsed);
  const lines: LineRow[] = parsed.lines.map((l) => ({
    key: newKey(),
    actor: idFor.get(String(l.actor)) ?? String(l.actor),
    direction: l.direction as LineRow["direction"],
    category: l.category as LineRow["category"],
    role: l.role as LineRow["role"],
    basis: l.basis as LineRow["basis"],
    amount: formatDecimal(Number(l.amount), Number.isInteger(Number(l.amount)) ? 0 : 2),
    fromYear: l.fromYear === undefined ? "" : String(l.fromYear),
    toYear: l.toYear === undefined ? "" : String(l.toYear),
    label: typeof l.label === "string" ? l.label : "",
    // method v3: a row with amounts in År columns (the range parser gives yearlyAmounts, no amount)
    ...(Array.isArray(l.yearlyAmounts)
      ? {
          yearlyAmounts: (l.yearlyAmounts as number[]).map((a) => formatDecimal(a, Number.isInteger(a) ? 0 : 2)),
          amount: "",
          toYear: "",
        }
      : {}),
  }));
  return { ...state, lines: [...state.lines, ...lines] };
}
