import { BASE_PERSPECTIVES, PERSPECTIVE, type BasePerspective, type Computation, type Perspective } from "../engine";

/** Plain-text tables and perspective names for the terminal, in Swedish. */

export function table(header: string[], rows: string[][], alignRight: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells: string[]) =>
    cells
      .map((cell, i) => (alignRight[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [fmt(header), rule, ...rows.map(fmt)].join("\n");
}

function isBasePerspective(p: Perspective): p is BasePerspective {
  return (BASE_PERSPECTIVES as readonly string[]).includes(p);
}

export function perspectiveName(comp: Computation, p: Perspective): string {
  if (isBasePerspective(p)) return PERSPECTIVE.labels[p];
  const id = p.slice("actor:".length);
  const actor = comp.case.actors.find((a) => a.id === id);
  const hasChildren = comp.case.actors.some((a) => a.parent === id);
  return (actor?.name ?? id) + (hasChildren ? " inkl. underenheter" : "");
}
