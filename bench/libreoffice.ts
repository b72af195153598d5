/**
 * libreoffice.recalc.1000.ms: LibreOffice's load-and-recalculate time of the 1 000-line
 * workbook minus its time for an empty workbook (start-up, load and save of nothing), so the
 * figure is the workbook's own formula weight. Headless soffice converts each file to .xlsx
 * with a throw-away profile that sets OOXMLRecalcMode=0 (always recalculate on load); one
 * warm-up conversion creates the profile.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Metrics } from "./harness";
import { round } from "./harness";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function soffice(): string | undefined {
  const r = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** One headless conversion (load, recalculate, save); its wall time in ms. */
function convert(bin: string, profile: string, file: string, out: string): number {
  const t0 = performance.now();
  const r = spawnSync(
    bin,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      file,
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`soffice failed on ${file}: ${r.stderr}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function libreOfficeMetrics(workbook1000: Buffer, metrics: Metrics, runs = 3): Promise<void> {
  const bin = soffice();
  if (!bin) {
    metrics["libreoffice.recalc.1000.ms"] = { value: -1, unit: "ms", note: "soffice not found (libreoffice-calc)" };
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "socinv-lo-"));
  try {
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const empty = join(dir, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1");
    await wb.xlsx.writeFile(empty);
    const full = join(dir, "1000.xlsx");
    writeFileSync(full, workbook1000);
    const out = join(dir, "out");
    convert(bin, profile, empty, out); // creates the profile
    const base: number[] = [];
    const load: number[] = [];
    for (let i = 0; i < runs; i++) {
      base.push(convert(bin, profile, empty, out));
      load.push(convert(bin, profile, full, out));
    }
    const startup = median(base);
    const total = median(load);
    metrics["libreoffice.recalc.1000.ms"] = {
      value: round(total - startup, 0),
      unit: "ms",
      baseline: round(startup, 0),
      spread: [round(Math.min(...load) - startup, 0), round(Math.max(...load) - startup, 0)],
      note: `median of ${runs}: load, recalculate and save of the 1 000-line workbook (${round(total, 0)} ms) minus the same for an empty workbook (the baseline)`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
