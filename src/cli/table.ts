import { perspectiveTitle, type Computation, type Perspective } from "../engine";

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

/** The Swedish name of a perspective ("Offentlig sektor", "Kommunen inkl. förvaltningar"). */
export function perspectiveName(comp: Computation, p: Perspective): string {
  return perspectiveTitle(comp.case, p);
}
