/** Timing helpers: the median of repeated runs with its spread, and a metrics document. */
import { cpus, hostname, totalmem } from "os";

export interface Metric {
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  target?: number;
  /** A target for the ratio to the baseline (value ≤ ratioTarget × baseline). */
  ratioTarget?: number;
  spread?: [number, number];
  note?: string;
}

export type Metrics = Record<string, Metric>;

export interface Timing {
  median: number;
  p10: number;
  p90: number;
  runs: number;
}

/** Runs f repeatedly (after warm-up) until minRuns and minMs are both reached; times in ms. */
export function time(f: () => unknown, opts: { minRuns?: number; minMs?: number; maxRuns?: number } = {}): Timing {
  const minRuns = opts.minRuns ?? 7;
  const minMs = opts.minMs ?? 300;
  const maxRuns = opts.maxRuns ?? 200;
  f();
  f();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - start < minMs)) {
    const t0 = performance.now();
    f();
    samples.push(performance.now() - t0);
  }
  return timing(samples);
}

/**
 * A figure and its baseline timed in alternation (a run of one, then of the other, after warm-up),
 * until both have minRuns runs and together minMs: both see the same load, so their ratio holds on
 * a busy machine even when the times themselves do not.
 */
export function timeAgainst(
  baseline: () => unknown,
  f: () => unknown,
  opts: { minRuns?: number; minMs?: number; maxRuns?: number } = {},
): { baseline: Timing; value: Timing } {
  const minRuns = opts.minRuns ?? 7;
  const minMs = opts.minMs ?? 600;
  const maxRuns = opts.maxRuns ?? 200;
  for (let i = 0; i < 2; i++) {
    baseline();
    f();
  }
  const b: number[] = [];
  const v: number[] = [];
  const start = performance.now();
  while (v.length < maxRuns && (v.length < minRuns || performance.now() - start < minMs)) {
    let t0 = performance.now();
    baseline();
    b.push(performance.now() - t0);
    t0 = performance.now();
    f();
    v.push(performance.now() - t0);
  }
  return { baseline: timing(b), value: timing(v) };
}

function timing(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * (samples.length - 1)))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), runs: samples.length };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function timed(t: Timing, extra: Partial<Metric> = {}): Metric {
  const m: Metric = { value: round(t.median), unit: "ms", spread: [round(t.p10), round(t.p90)], ...extra };
  if (m.baseline !== undefined && m.baseline > 0) {
    const r = m.value / m.baseline;
    m.ratio = round(r, r < 1 ? 3 : 1);
  }
  return m;
}

export function machine(): Record<string, unknown> {
  const c = cpus();
  return {
    host: hostname(),
    cpu: c[0]?.model ?? "unknown",
    cores: c.length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
  };
}

/** "ok (mål 15)", "ÖVER (mål ×20)": each target of a metric and whether it is met. */
function targets(m: Metric): string {
  const out: string[] = [];
  if (m.target !== undefined) out.push(`${m.value <= m.target ? "ok" : "ÖVER"} (mål ${m.target})`);
  if (m.ratioTarget !== undefined && m.ratio !== undefined)
    out.push(`${m.ratio <= m.ratioTarget ? "ok" : "ÖVER"} (mål ×${m.ratioTarget})`);
  return out.join(", ");
}

export function table(metrics: Metrics): string {
  const rows = Object.entries(metrics).map(([k, m]) => [
    k,
    `${m.value} ${m.unit}`,
    m.spread ? `${m.spread[0]}–${m.spread[1]}` : "",
    m.baseline !== undefined ? String(m.baseline) : "",
    m.ratio !== undefined ? `×${m.ratio}` : "",
    targets(m),
  ]);
  const head = ["mått", "värde", "p10–p90", "baslinje", "kvot", "mål"];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((x, i) => x.padEnd(w[i]))
      .join("  ")
      .trimEnd();
  return [line(head), line(w.map((n) => "-".repeat(n))), ...rows.map(line)].join("\n");
}
