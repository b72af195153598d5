import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import { ROOT } from "./cases";

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
