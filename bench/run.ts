/**
 * npm run bench: prints the figures of bench/README.md as a table and writes
 * bench/results/latest.json (and a dated copy with the machine).
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { buildReport, compute, type Case } from "../src/engine";
import { CALL } from "../src/functions/callable";
import { assumptionsToRange, linesToRange } from "../src/functions/ranges";
import { syntheticCase, plainProjection } from "./cases";
import { mulberry32, parseCase, runMonteCarlo } from "../src/engine";
import { buildWorkbook } from "../src/template";
import { xlsxBuffer } from "../src/xlsx/render";
import { renderCase } from "../src/excel/render";
import { FakeWorkbook } from "../test/fake-excel/fakeExcel";
import { taskpaneMetrics } from "./taskpane";
import { machine, round, table, time, timeAgainst, timed, type Metrics } from "./harness";
import { libreOfficeMetrics } from "./libreoffice";
import { clearCaseCache } from "../src/functions/cache";
import { maxCellIterations } from "../src/functions/limits";
import { workbookParts, type WorkbookParts } from "./workbook";

const metrics: Metrics = {};

// Engine: statement + 20-year projection + every perspective, against plain numbers. The
// analyses (scenarios, compensation, ...) are computed when read, so they are not in this figure.
for (const n of [10, 100, 1000, 10000]) {
  const c = syntheticCase(n, 20);
  const { baseline: base, value: t } = timeAgainst(
    () => plainProjection(c),
    () => buildReport(compute(c)),
  );
  metrics[`engine.report.${n}.ms`] = timed(t, {
    baseline: Number(base.median.toFixed(4)),
    note: "statement, projection and all perspectives, 20 years",
    ...(n === 10 ? { target: 2 } : {}),
  });
}
{
  const c = syntheticCase(10, 20);
  metrics["engine.report.10.analyses.ms"] = timed(
    time(() => {
      const r = buildReport(compute(c));
      return [r.scenarios, r.compensation];
    }),
    { note: "the same report with its scenarios and compensation read (as the CLI and the workbook do)" },
  );
}
{
  // Method v3: 40 intake years over 60 years against the same case with one intake.
  const one = syntheticCase(100, 60);
  const forty = parseCase({ ...one, assumptions: { ...one.assumptions, intakeYears: 40 } });
  const { baseline: base, value: t } = timeAgainst(
    () => buildReport(compute(one)),
    () => buildReport(compute(forty)),
  );
  metrics["engine.report.intake.ms"] = timed(t, {
    baseline: Number(base.median.toFixed(4)),
    ratioTarget: 3,
    note: "100 lines, 40 intake years over 60 years; baseline: the same case with one intake (target ≤ 3×)",
  });
}
for (const H of [10, 50, 100]) {
  const c = syntheticCase(1000, H);
  metrics[`engine.report.1000x${H}y.ms`] = timed(
    time(() => buildReport(compute(c))),
    { note: "growth with the horizon" },
  );
}

// Custom functions, including range parsing and validation. Every call but the x8 one starts
// from an empty cache of cases (src/functions/cache.ts), i.e. as after a change of the range.

/** A custom function's call over a case's ranges from an empty cache, timed against the case's plain-number floor. */
function coldCall(
  c: Case,
  call: (lines: ReturnType<typeof linesToRange>, a: ReturnType<typeof assumptionsToRange>) => unknown,
) {
  const lines = linesToRange(c);
  const a = assumptionsToRange(c);
  const t = timeAgainst(
    () => plainProjection(c),
    () => {
      clearCaseCache();
      return call(lines, a);
    },
  );
  return { ...t, lines, a, floor: Number(t.baseline.median.toFixed(4)) };
}
{
  const {
    value: one,
    lines,
    a,
    floor,
  } = coldCall(syntheticCase(10000, 20), (l, a) => CALL.NETBYACTOR(l, "Kommunen", null, a));
  metrics["functions.netbyactor.10000.ms"] = timed(one, { target: 15, ratioTarget: 20, baseline: floor });
  const names = [...new Set(lines.slice(1).map((r) => String(r[0])))];
  metrics["functions.netbyactor.10000x8.ms"] = timed(
    time(() => {
      clearCaseCache();
      for (const name of names) CALL.NETBYACTOR(lines, name, null, a);
    }),
    {
      baseline: Number(one.median.toFixed(4)),
      note: `${names.length} calls (one per actor) over one range after a change; baseline: one call`,
    },
  );
}
{
  const root = join(__dirname, "..", "..", "..");
  const c = parseCase(JSON.parse(readFileSync(join(root, "examples", "arbetsmarknadskontoret.json"), "utf8")));
  const { value: t, floor } = coldCall(c, (l, a) => CALL.NETBYACTOR(l, "Kommunen", null, a));
  metrics["functions.netbyactor.17.ms"] = timed(t, {
    target: 1,
    baseline: floor,
    note: "Table 4.2 (17 lines) as a range",
  });
}
{
  const { value: t, floor } = coldCall(syntheticCase(1000, 50), (l, a) => CALL.PROJECTION(l, a));
  metrics["functions.projection.1000x50.ms"] = timed(t, { ratioTarget: 20, baseline: floor });
}

async function later(): Promise<void> {
  // Office.js renderer: context.sync() calls and API calls per generated workbook.
  for (const n of [10, 100, 1000]) {
    const wb = new FakeWorkbook();
    await renderCase(wb.context(), syntheticCase(n, 20));
    metrics[`excel.syncs.${n}`] = { value: wb.syncs, unit: "sync", target: 3 };
    metrics[`excel.apicalls.${n}`] = { value: wb.apiCalls, unit: "calls", note: "method calls and property writes" };
  }
  // socinv workbook: time (model + ExcelJS + charts) and file size.
  const root = join(__dirname, "..", "..", "..");
  const examples = ["arbetsmarknadskontoret", "unga-utanfor-investering"].map((name) => ({
    name,
    c: parseCase(JSON.parse(readFileSync(join(root, "examples", `${name}.json`), "utf8"))),
  }));
  let workbook1000: Buffer = Buffer.alloc(0);
  for (const { name, c } of [...examples, { name: "1000", c: syntheticCase(1000, 20) }]) {
    let buf: Buffer = Buffer.alloc(0);
    const t = await timeAsync(async () => {
      buf = await xlsxBuffer(buildWorkbook(c));
    });
    metrics[`workbook.${name}.ms`] = timed(t, name === "1000" ? { target: 1500 } : {});
    metrics[`workbook.${name}.bytes`] = { value: buf.length, unit: "bytes" };
    if (name === "1000") workbook1000 = buf;
  }
  // The 1 000-line workbook in parts: the model (report and sheets), the cached values, the .xlsx.
  {
    const runs: WorkbookParts[] = [];
    for (let i = 0; i < 5; i++) runs.push(await workbookParts(1000));
    const median = (f: (p: WorkbookParts) => number) => {
      const xs = runs.map(f).sort((a, b) => a - b);
      return round(xs[Math.floor(xs.length / 2)]);
    };
    const part = (value: number, note: string) => ({ value, unit: "ms", note });
    metrics["workbook.1000.model.ms"] = part(
      median((p) => p.build - p.evaluate),
      "buildWorkbook without the cached values: report, layout, sheets (median of 5)",
    );
    metrics["workbook.1000.evaluate.ms"] = part(
      median((p) => p.evaluate),
      "the cached values (src/template/evaluate.ts), every formula of the workbook",
    );
    metrics["workbook.1000.write.ms"] = part(
      median((p) => p.write),
      "ExcelJS, charts, properties, zip",
    );
    metrics["workbook.1000.cpu.ms"] = part(
      median((p) => p.cpu),
      "CPU time of the process (all threads, zlib's included) for one workbook: less sensitive to other load",
    );
  }
  // 10 000 lines, 20 years: one run (it is long), with the memory it took.
  {
    const c = syntheticCase(10000, 20);
    const before = process.memoryUsage();
    let size = 0;
    const t = await timeAsync(
      async () => {
        size = (await xlsxBuffer(buildWorkbook(c))).length;
      },
      1,
      false,
    );
    const after = process.memoryUsage();
    metrics["workbook.10000.ms"] = timed(t, { note: "one run, no warm-up" });
    metrics["workbook.10000.bytes"] = { value: size, unit: "bytes" };
    metrics["workbook.10000.rss.mib"] = {
      value: round(after.rss / 2 ** 20, 0),
      unit: "MiB",
      note: `resident memory of the bench process after the build (before: ${round(before.rss / 2 ** 20, 0)} MiB)`,
    };
    metrics["workbook.10000.heap.mib"] = {
      value: round(after.heapUsed / 2 ** 20, 0),
      unit: "MiB",
      note: `JavaScript heap in use after the build (before: ${round(before.heapUsed / 2 ** 20, 0)} MiB)`,
    };
  }
  await libreOfficeMetrics(workbook1000, metrics);
  await taskpaneMetrics(root, metrics);
  // Monte Carlo: 10 000 iterations on a 20-year case of 50 lines, against the same loop written
  // naively in plain numbers (every line, every year, Math.pow), as a ratio.
  {
    const c = syntheticCase(50, 20);
    const spec = {
      iterations: 10000,
      seed: 1,
      distributions: [
        { assumption: "successes" as const, type: "triangular" as const, min: 20, mode: 40, max: 50 },
        { assumption: "relapse" as const, type: "uniform" as const, min: 0.02, max: 0.15 },
        { assumption: "discountRate" as const, type: "normal" as const, mean: 0.035, sd: 0.01 },
        { line: 3, type: "uniform" as const, min: 1000, max: 900000 },
      ],
    };
    const naive = () => {
      const rnd = mulberry32(1);
      let sum = 0;
      for (let it = 0; it < spec.iterations; it++) {
        const a = {
          ...c.assumptions,
          successes: 20 + 30 * rnd(),
          relapse: 0.02 + 0.13 * rnd(),
          discountRate: 0.035 + 0.01 * (rnd() - 0.5),
        };
        rnd();
        const k = (1 - a.deadweight) * (1 - a.displacement) * a.attribution;
        for (const l of c.lines) {
          const s = l.direction === "revenue" ? 1 : -1;
          for (let t = l.fromYear; t <= l.toYear; t++) {
            const d = Math.pow(1 + a.discountRate, -(t - 1));
            sum +=
              l.role === "investment"
                ? s * l.amount * d
                : s *
                  l.amount *
                  (l.basis === "perSuccess" ? a.successes * Math.pow(1 - a.relapse, t - 1) : 1) *
                  k *
                  Math.pow((1 - a.decay) * (1 + a.growth), t - 1) *
                  d;
          }
        }
      }
      return sum;
    };
    const base = time(naive, { minRuns: 3, minMs: 0 });
    metrics["montecarlo.10000x50x20.ms"] = timed(
      time(() => runMonteCarlo(c, spec), { minRuns: 5, minMs: 0 }),
      {
        target: 1000,
        baseline: Number(base.median.toFixed(3)),
        note: "3 perspectives, percentiles, break-even probability; baseline: naive per-line loop in plain numbers",
      },
    );
  }
}

// SOCINV.MONTECARLO at the most a cell may ask for (src/functions/limits.ts): how long one cell
// holds the shared runtime (Excel's functions and the taskpane wait meanwhile).
{
  const c = parseCase(
    JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "examples", "arbetsmarknadskontoret.json"), "utf8")),
  );
  const lines = linesToRange(c);
  const a = assumptionsToRange(c);
  const dist = [
    ["Parameter", "Fördelning", "Min", "Typvärde", "Max", "Medel", "Std.avv."],
    ["Återfall", "Likformig", 0.05, "", 0.2, "", ""],
    ["Antal med utfall", "Triangel", 150, 218, 260, "", ""],
    ["Post 4", "Normal", "", "", "", 120000, 20000],
  ];
  const max = maxCellIterations(c);
  metrics["functions.montecarlo.cap.ms"] = timed(
    time(() => CALL.MONTECARLO(lines, a, dist, max, 1), { minRuns: 3, minMs: 0 }),
    {
      target: 250,
      note: `the longest a cell may block the shared runtime: Table 4.2 (${c.lines.length} lines, ${c.assumptions.horizon} years) at the cell limit of ${max} iterations`,
    },
  );
}

async function timeAsync(
  f: () => Promise<void>,
  runs = 5,
  warmUp = true,
): Promise<{ median: number; p10: number; p90: number; runs: number }> {
  if (warmUp) await f();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    xs.push(performance.now() - t0);
  }
  xs.sort((a, b) => a - b);
  return { median: xs[Math.floor(xs.length / 2)], p10: xs[0], p90: xs[xs.length - 1], runs };
}

void later().then(() => {
  const doc = { generated: new Date().toISOString(), machine: machine(), metrics };
  const dir = join(__dirname, "..", "..", "..", "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "latest.json"), JSON.stringify(doc, null, 2) + "\n");
  if (process.env.SOCINV_BENCH_KEEP)
    writeFileSync(
      join(dir, `${doc.generated.slice(0, 10)}-${String(doc.machine.host)}.json`),
      JSON.stringify(doc, null, 2) + "\n",
    );
  process.stdout.write(table(metrics) + "\n\n" + JSON.stringify(doc, null, 2) + "\n");
});
