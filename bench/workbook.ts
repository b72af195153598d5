/**
 * `node dist/bench/bench/workbook.js [N ...]`: the workbook figures alone (socinv workbook without
 * the disk for N lines, 20 years), split into the model (sheets), the cached values and the .xlsx.
 * run.ts uses `workbookParts` for the split of `workbook.1000.ms`.
 */
import { buildWorkbook } from "../src/template";
import { cacheValues } from "../src/template/evaluate";
import { xlsxBuffer } from "../src/xlsx/render";
import { syntheticCase } from "./cases";

export interface WorkbookParts {
  /** buildWorkbook: report, sheets and cached values. */
  build: number;
  /** The cached values alone (cacheValues run again on the built model). */
  evaluate: number;
  /** ExcelJS, charts and document properties. */
  write: number;
  bytes: number;
  /** CPU time of the process (all threads) for the workbook (build and write), less sensitive to a busy machine. */
  cpu: number;
}

/** One build of the workbook for a case of n lines, timed in parts (ms). */
export async function workbookParts(n: number, horizon = 20): Promise<WorkbookParts> {
  const c = syntheticCase(n, horizon);
  const ms = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  let cpu0 = process.cpuUsage();
  let t0 = performance.now();
  const model = buildWorkbook(c);
  const build = performance.now() - t0;
  let cpu = ms(process.cpuUsage(cpu0));
  t0 = performance.now();
  cacheValues(model);
  const evaluate = performance.now() - t0;
  cpu0 = process.cpuUsage();
  t0 = performance.now();
  const buf = await xlsxBuffer(model);
  const write = performance.now() - t0;
  cpu += ms(process.cpuUsage(cpu0));
  return { build, evaluate, write, bytes: buf.length, cpu };
}

if (require.main === module) {
  void (async () => {
    const sizes = process.argv.slice(2).map(Number);
    for (const n of sizes.length ? sizes : [1000]) {
      // up to 1 000 lines as the bench times it: a warm-up, then the median of 5; above, one run
      const runs: WorkbookParts[] = [];
      if (n <= 1000) await workbookParts(n);
      for (let i = 0; i < (n <= 1000 ? 5 : 1); i++) runs.push(await workbookParts(n));
      const median = (f: (p: WorkbookParts) => number) => runs.map(f).sort((a, b) => a - b)[runs.length >> 1];
      const mem = process.memoryUsage();
      console.log(
        `${n} lines: workbook ${median((p) => p.build + p.write).toFixed(0)} ms ` +
          `(model ${median((p) => p.build - p.evaluate).toFixed(0)}, evaluate ${median((p) => p.evaluate).toFixed(0)}, ` +
          `write ${median((p) => p.write).toFixed(0)}), cpu ${median((p) => p.cpu).toFixed(0)} ms, ${runs[0].bytes} bytes, ` +
          `rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB (${runs.length} runs)`,
      );
    }
  })();
}
