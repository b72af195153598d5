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
  /** CPU time of the process (all threads) over the three parts, less sensitive to a busy machine. */
  cpu: number;
}

/** One build of the workbook for a case of n lines, timed in parts (ms). */
export async function workbookParts(n: number, horizon = 20): Promise<WorkbookParts> {
  const c = syntheticCase(n, horizon);
  const cpu0 = process.cpuUsage();
  let t0 = performance.now();
  const model = buildWorkbook(c);
  const build = performance.now() - t0;
  t0 = performance.now();
  cacheValues(model);
  const evaluate = performance.now() - t0;
  t0 = performance.now();
  const buf = await xlsxBuffer(model);
  const write = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { build, evaluate, write, bytes: buf.length, cpu: (cpu.user + cpu.system) / 1000 };
}

if (require.main === module) {
  void (async () => {
    const sizes = process.argv.slice(2).map(Number);
    for (const n of sizes.length ? sizes : [1000]) {
      if (n <= 1000) await workbookParts(n); // warm-up, as the bench's timing has
      const p = await workbookParts(n);
      const mem = process.memoryUsage();
      console.log(
        `${n} lines: build ${p.build.toFixed(0)} ms (evaluate alone ${p.evaluate.toFixed(0)} ms), write ${p.write.toFixed(0)} ms, cpu ${p.cpu.toFixed(0)} ms, ` +
          `${p.bytes} bytes, rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`,
      );
    }
  })();
}
