import { spawnSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildReport, compute, type Case, type Report } from "../../src/engine";
import { buildWorkbook } from "../../src/template";
import { writeXlsx } from "../../src/xlsx/render";
import { ROOT } from "./cases";
import { readXlsxValues, type XlsxValues } from "./xlsxValues";

/** The project's own recalculation script (a throw-away LibreOffice profile that recalculates on load). */
export const LO_RECALC = join(ROOT, "scripts", "lo-recalc");

/** Recalculates .xlsx files with LibreOffice headless into outDir. Fails (never skips) when LibreOffice is missing. */
export function loRecalc(outDir: string, files: string[]): void {
  if (spawnSync("soffice", ["--version"]).status !== 0) {
    throw new Error(
      "LibreOffice saknas: apt-get install -y --no-install-recommends libreoffice-calc-nogui (scripts/prerequisites.js gör det före npm test)",
    );
  }
  if (!existsSync(LO_RECALC)) throw new Error(`${LO_RECALC} saknas i projektet`);
  const r = spawnSync(LO_RECALC, [outDir, ...files], { encoding: "utf8", timeout: 600_000 });
  if (r.status !== 0) throw new Error(`lo-recalc misslyckades (${r.status}): ${r.stderr}`);
}

/** A case's workbook as LibreOffice recalculated it, as written (its cached values), and the engine's report. */
export interface Recalculated {
  values: XlsxValues;
  cached: XlsxValues;
  report: Report;
  c: Case;
}

/**
 * Writes each case's workbook into a fresh folder, recalculates them all with LibreOffice in one
 * run (into `out`), and reads both sides. `out` is where the recalculated files are.
 */
export async function recalculateCases(
  cases: [string, Case][],
  generatedAt: Date,
): Promise<{ results: Map<string, Recalculated>; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), "socinv-lo-"));
  const out = join(dir, "recalc");
  const files: string[] = [];
  for (const [name, c] of cases) {
    const f = join(dir, `${name}.xlsx`);
    await writeXlsx(buildWorkbook(c, { generatedAt, addinVersion: "test" }), f);
    files.push(f);
  }
  loRecalc(out, files);
  const results = new Map<string, Recalculated>();
  for (const [name, c] of cases)
    results.set(name, {
      values: await readXlsxValues(join(out, `${name}.xlsx`)),
      cached: await readXlsxValues(join(dir, `${name}.xlsx`)),
      report: buildReport(compute(c)),
      c,
    });
  return { results, out };
}

/** The cached value written with a formula equals LibreOffice's recalculated value (1 kr; small figures 0.01). */
function sameValue(cached: unknown, recalculated: unknown): boolean {
  const blank = (v: unknown) => v === null || v === "";
  if (blank(cached) && blank(recalculated)) return true;
  if (typeof cached === "number" && typeof recalculated === "number")
    return Math.abs(cached - recalculated) <= (Math.abs(recalculated) >= 100 ? 1 : 0.01);
  return cached === recalculated;
}

/** Every formula cell without a cached value or with one LibreOffice does not recompute ("Blad!A1: cached ≠ recalculated"), and how many were read. */
export function cachedAgainstRecalculated(r: Recalculated): { wrong: string[]; formulas: number } {
  const wrong: string[] = [];
  let formulas = 0;
  for (const sheet of r.cached.sheets)
    for (const { cell, v } of r.cached.formulaCells(sheet)) {
      formulas++;
      const lo = r.values.value(sheet, cell);
      if (v === null || !sameValue(v, lo)) wrong.push(`${sheet}!${cell}: ${String(v)} ≠ ${String(lo)}`);
    }
  return { wrong, formulas };
}
