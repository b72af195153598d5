import type { Case } from "../engine";

/**
 * The canonical form of a validated case: every default filled in, keys in a fixed order,
 * no whitespace. It is itself a valid case file, so `socinv` can reproduce the workbook
 * from it, and its SHA-256 identifies the case in the Revision sheet.
 */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as Record<string, unknown>).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

/**
 * A line with amounts per year carries, once validated, the amount of its first year as well
 * (derived from them); a case file may not give both, so the canonical text leaves the derived
 * amount out and stays a valid case file (`socinv extract` → `socinv workbook`, `socinv verify`).
 */
function asCaseFile(c: Case): Case {
  if (!c.lines.some((l) => l.yearlyAmounts !== undefined)) return c;
  const lines = c.lines.map((l) => (l.yearlyAmounts === undefined ? l : { ...l, amount: undefined }));
  return { ...c, lines } as unknown as Case;
}

export function canonicalJson(c: Case): string {
  return JSON.stringify(sortKeys(asCaseFile(c)));
}
