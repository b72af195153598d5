import {
  ASSUMPTIONS,
  SV,
  compareCases,
  runCompensation,
  runFollowUp,
  runMonteCarlo,
  runRepayment,
  runScenarios,
  suggest,
  validateCase,
  CaseError,
  MAX_ITERATIONS,
  type AssumptionKey,
  type Case,
  type Distribution,
} from "../engine";
import { asMatrix, cellText, isBlank, isBlankOrZero, key, parseNumber, showCell } from "./cells";
import { invalid, notAvailable } from "./errors";
import { caseFromRanges } from "./ranges";
import type { OutMatrix } from "./impl";

/** Adapters for the sensitivity and money-between-actors functions. */

const P = ["total", "public", "economic"] as const;
const PLABEL = { total: "Totalt", public: "Offentlig sektor", economic: "Samhällsekonomiskt" } as const;

const ASSUMPTION_BY_KEY: Record<string, AssumptionKey> = (() => {
  const m: Record<string, AssumptionKey> = {};
  for (const a of ASSUMPTIONS) {
    m[key(a.label)] = a.key;
    m[key(a.key)] = a.key;
  }
  return m;
})();

function finite(x: number, what: string): number {
  if (!Number.isFinite(x)) throw invalid(`${what}: resultatet blev för stort för Excel`);
  return x;
}

/** Re-validates a case with analyses added (so every analysis goes through the same rules). */
function withAnalyses(c: Case, extra: Record<string, unknown>, where: (path: string) => string): Case {
  const raw = { ...c, ...extra };
  const v = validateCase(raw);
  if (!v.ok) throw invalid(`${where(v.errors[0].path)}: ${v.errors[0].message}`);
  return v.case;
}

/** The non-empty rows of a range, each with its row number in the range (1-based). */
function nonEmptyRows(range: unknown): { rows: unknown[][]; rowNo: number[] } {
  const rows: unknown[][] = [];
  const rowNo: number[] = [];
  asMatrix(range).forEach((r, i) => {
    if (r.every(isBlankOrZero)) return;
    rows.push(r);
    rowNo.push(i + 1);
  });
  return { rows, rowNo };
}

const FIELD_SV: Record<string, string> = {
  min: "Min",
  max: "Max",
  mode: "Typvärde",
  mean: "Medel",
  sd: "Std.avv.",
  type: "Fördelning",
  assumption: "Parameter",
  line: "Parameter",
  year: "År",
  successes: "Antal med utfall",
  amount: "belopp",
  iterations: "Iterationer",
  seed: "Frö",
  breakEvenBy: "Break-even senast år",
  fund: "Fond",
  share: "Andel",
  years: "År",
  frames: "Ramar",
  units: "Enheter",
  name: "Scenario",
};

/**
 * A path of the case format (e.g. monteCarlo.distributions[1].max) as the range's row and
 * column (Fördelningar rad 3, Max); rowNo[i] is the range row of item i.
 */
function swedishPath(path: string, range: string, rowNo: number[]): string {
  const frame = /^repayment\.frames\.(\w+)$/.exec(path);
  if (frame) return `Ramar, ${frame[1]}`;
  const unit = /^repayment\.units\[(\d+)\]$/.exec(path);
  if (unit) return `Enheter, cell ${Number(unit[1]) + 1}`;
  const idx = /^\w+\.(?:distributions|years)?\[?(\d+)\]/.exec(path) ?? /^scenarios\[(\d+)\]/.exec(path);
  const assumption = /assumptions\.(\w+)$/.exec(path);
  const last = path
    .split(".")
    .pop()!
    .replace(/\[\d+\]$/, "");
  const field = /investment\[\d+\]/.test(path)
    ? "faktiskt insatsbelopp"
    : assumption
      ? (ASSUMPTIONS.find((a) => a.key === assumption[1])?.label ?? assumption[1])
      : (FIELD_SV[last] ?? last);
  if (!idx) return field;
  return `${range} rad ${rowNo[Number(idx[1])] ?? Number(idx[1]) + 2}, ${field}`;
}

function headerIndex(row: unknown[], names: string[][]): number[] {
  return names.map((alts) => row.findIndex((c) => alts.some((a) => key(cellText(c)) === key(a))));
}

// ------------------------------------------------------------------ SCENARIOS
export function scenarios(lines: unknown, assumptions: unknown, scenarioRange?: unknown): OutMatrix {
  let c = caseFromRanges(lines, assumptions).case;
  if (scenarioRange !== null && scenarioRange !== undefined) {
    const { rows: m, rowNo } = nonEmptyRows(scenarioRange);
    if (m.length < 2) throw invalid("Scenarier: ange en rubrikrad (Scenario, antagandenas namn) och minst en rad");
    const head = m[0];
    const keys = head.map((h, j) => {
      if (j === 0) return null;
      const k = ASSUMPTION_BY_KEY[key(cellText(h))];
      if (!k) {
        const hint = suggest(
          cellText(h),
          ASSUMPTIONS.map((a) => a.label),
        );
        throw invalid(
          `Scenarier, kolumn ${j + 1}: '${cellText(h)}' är inget antagande` + (hint ? `; menade du '${hint}'?` : ""),
        );
      }
      return k;
    });
    const list = m.slice(1).map((row, i) => {
      const name = cellText(row[0]).trim();
      if (!name) throw invalid(`Scenarier rad ${rowNo[i + 1]}: namnet saknas i första kolumnen`);
      const over: Record<string, number> = {};
      keys.forEach((k, j) => {
        if (!k || isBlank(row[j])) return;
        const v = parseNumber(row[j]);
        if (v === undefined)
          throw invalid(`Scenarier rad ${i + 2}, ${cellText(head[j])}: ${showCell(row[j])} är inget tal`);
        over[k] = v;
      });
      return { name, assumptions: over };
    });
    c = withAnalyses(c, { scenarios: list }, (p) => swedishPath(p, "Scenarier", rowNo.slice(1)));
  }
  const out: OutMatrix = [
    ["Scenario", "Antal med utfall", ...P.map((p) => `Nettonuvärde ${PLABEL[p].toLowerCase()}`), "Break-even år"],
  ];
  for (const s of runScenarios(c)) {
    out.push([
      s.name,
      s.assumptions.successes,
      ...P.map((p) => finite(s.perspectives[p].npv, s.name)),
      s.perspectives.total.breakEvenYear ?? "Ingen",
    ]);
  }
  return out;
}

// ------------------------------------------------------------------ MONTECARLO
const DIST_HEADERS = [
  ["Parameter", "Antagande", "Post"],
  ["Fördelning", "Distribution", "Typ"],
  ["Min"],
  ["Typvärde", "Mode"],
  ["Max"],
  ["Medel", "Mean", "Medelvärde"],
  ["Std.avv.", "Standardavvikelse", "Sd", "Stdavv"],
];
const TYPES: Record<string, Distribution["type"]> = {
  likformig: "uniform",
  uniform: "uniform",
  triangel: "triangular",
  triangular: "triangular",
  triangulär: "triangular",
  normal: "normal",
  normalfordelning: "normal",
};

export function monteCarlo(
  lines: unknown,
  assumptions: unknown,
  distributions: unknown,
  iterations: unknown,
  seed: unknown,
  breakEvenBy?: unknown,
): OutMatrix {
  const c = caseFromRanges(lines, assumptions).case;
  const { rows: m, rowNo: distRow } = nonEmptyRows(distributions);
  if (m.length < 2)
    throw invalid(
      "Fördelningar: ange en rubrikrad (Parameter, Fördelning, Min, Typvärde, Max, Medel, Std.avv.) och minst en rad",
    );
  const [pi, ti, mini, modei, maxi, meani, sdi] = headerIndex(m[0], DIST_HEADERS);
  if (pi < 0 || ti < 0) throw invalid("Fördelningar: rubrikraden saknar kolumnerna Parameter och Fördelning");
  const get = (row: unknown[], j: number, what: string, r: number) => {
    if (j < 0 || isBlank(row[j])) return undefined;
    const v = parseNumber(row[j]);
    if (v === undefined) throw invalid(`Fördelningar rad ${r}, ${what}: ${showCell(row[j])} är inget tal`);
    return v;
  };
  const ds = m.slice(1).map((row, i) => {
    const r = distRow[i + 1];
    const param = cellText(row[pi]).trim();
    const type = TYPES[key(cellText(row[ti]))];
    if (!type)
      throw invalid(
        `Fördelningar rad ${r}, Fördelning: ${showCell(row[ti])} är ingen fördelning; ange Likformig, Triangel eller Normal`,
      );
    const post = /^post\s*(\d+)$/i.exec(param);
    const target: Record<string, unknown> = {};
    if (post) target.line = Number(post[1]) - 1;
    else {
      const k = ASSUMPTION_BY_KEY[key(param)];
      if (!k)
        throw invalid(
          `Fördelningar rad ${r}, Parameter: '${param}' är inget antagande; ange t.ex. Återfall eller Post 3 (tredje posten)`,
        );
      target.assumption = k;
    }
    const d: Record<string, unknown> = { ...target, type };
    const fields: [string, number, string][] = [
      ["min", mini, "Min"],
      ["mode", modei, "Typvärde"],
      ["max", maxi, "Max"],
      ["mean", meani, "Medel"],
      ["sd", sdi, "Std.avv."],
    ];
    for (const [f, j, label] of fields) {
      const v = get(row, j, label, r);
      const wanted =
        type === "uniform"
          ? ["min", "max"]
          : type === "triangular"
            ? ["min", "mode", "max"]
            : ["mean", "sd", "min", "max"];
      if (v !== undefined && wanted.includes(f)) d[f] = v;
    }
    return d;
  });
  const spec: Record<string, unknown> = {
    iterations: parseNumber(iterations) ?? iterations,
    seed: parseNumber(seed) ?? seed,
    distributions: ds,
  };
  const be = breakEvenBy === null || breakEvenBy === undefined ? undefined : parseNumber(breakEvenBy);
  if (be !== undefined) spec.breakEvenBy = be;
  if (typeof spec.iterations === "number" && spec.iterations > MAX_ITERATIONS)
    throw invalid(`Iterationer: högst ${MAX_ITERATIONS}`);
  const full = withAnalyses(c, { monteCarlo: spec }, (p) => swedishPath(p, "Fördelningar", distRow.slice(1)));
  const res = runMonteCarlo(full, full.monteCarlo!);
  const out: OutMatrix = [
    [
      "Perspektiv",
      "Medel",
      "P10",
      "P50",
      "P90",
      "Sannolikhet nettonuvärde ≥ 0",
      `Sannolikhet break-even senast år ${res.breakEvenBy}`,
    ],
  ];
  for (const p of P) {
    const x = res.perspectives[p];
    out.push([
      PLABEL[p],
      finite(x.mean, p),
      finite(x.p10, p),
      finite(x.p50, p),
      finite(x.p90, p),
      x.probNpvNonNegative,
      x.probBreakEvenBy,
    ]);
  }
  return out;
}

// ------------------------------------------------------------------ REPAYMENT
export function repayment(
  lines: unknown,
  assumptions: unknown,
  fund: unknown,
  model: unknown,
  shareOrYears: unknown,
  unitsOrFrames?: unknown,
): OutMatrix {
  const c = caseFromRanges(lines, assumptions).case;
  const m = key(cellText(model));
  const isGain = ["gainshare", "andel", "andelavvinst", "vinstandel"].includes(m);
  const isFrame = ["frameshare", "ram", "ramar", "budgetram"].includes(m);
  if (!isGain && !isFrame)
    throw invalid(
      `Modell: ${showCell(model)} är ingen återföringsmodell; ange Andel (av vinsten) eller Ram (lika delar efter budgetram)`,
    );
  const byName = (name: string, where: string) => {
    const a = c.actors.find((x) => key(x.name) === key(name) || key(x.id) === key(name));
    if (!a) throw invalid(`${where}: '${name}' finns inte bland posternas aktörer`);
    return a.id;
  };
  const spec: Record<string, unknown> = { model: isGain ? "gainShare" : "frameShare", fund: parseNumber(fund) ?? fund };
  if (isGain) {
    spec.share = parseNumber(shareOrYears) ?? shareOrYears;
    if (unitsOrFrames !== null && unitsOrFrames !== undefined) {
      spec.units = asMatrix(unitsOrFrames)
        .flat()
        .filter((x) => !isBlankOrZero(x))
        .map((x, i) => byName(cellText(x), `Enheter, cell ${i + 1}`));
    }
  } else {
    spec.years = parseNumber(shareOrYears) ?? shareOrYears;
    if (unitsOrFrames === null || unitsOrFrames === undefined)
      throw invalid("Ramar: ange ett område med enhet och budgetram per rad");
    const frames: Record<string, number> = {};
    asMatrix(unitsOrFrames)
      .filter((r) => !r.every(isBlankOrZero))
      .forEach((row, i) => {
        const v = parseNumber(row[1]);
        if (v === undefined) {
          if (i === 0) return; // a header row
          throw invalid(`Ramar rad ${i + 1}: ${showCell(row[1])} är ingen budgetram`);
        }
        frames[byName(cellText(row[0]), `Ramar rad ${i + 1}`)] = v;
      });
    spec.frames = frames;
  }
  const full = withAnalyses(c, { repayment: spec }, (p) => swedishPath(p, "Återföring", []));
  let r;
  try {
    r = runRepayment(full, full.repayment!);
  } catch (e) {
    if (e instanceof CaseError) throw invalid(`Fond: ${e.issues[0].message}`);
    throw e;
  }
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  const out: OutMatrix = [["År", ...r.units.map(name), "Kvar att betala"]];
  r.schedule.forEach((row, i) => out.push([i + 1, ...row, r.balance[i]]));
  out.push([r.repaidYear === null ? "Ej återbetald" : `Återbetald år ${r.repaidYear}`, ...r.units.map(() => ""), ""]);
  return out;
}

// ------------------------------------------------------------------ COMPENSATION
export function compensation(lines: unknown, assumptions: unknown): OutMatrix {
  const c = caseFromRanges(lines, assumptions).case;
  const r = runCompensation(c);
  if (!r.possible) throw notAvailable(r.message);
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  const out: OutMatrix = [["Från", "Till", "Belopp"]];
  for (const t of r.transfers) out.push([name(t.from), name(t.to), t.amount]);
  if (r.transfers.length === 0) out.push([r.message, "", ""]);
  return out;
}

// ------------------------------------------------------------------ FOLLOWUP
export function followUp(lines: unknown, assumptions: unknown, actuals: unknown): OutMatrix {
  const c = caseFromRanges(lines, assumptions).case;
  const { rows: m, rowNo: actRow } = nonEmptyRows(actuals);
  if (m.length < 2)
    throw invalid(
      "Utfall: ange en rubrikrad (År, Antal med utfall, och gärna Post N för insatsers faktiska belopp) och minst en rad",
    );
  const head = m[0];
  const yi = head.findIndex((h) => ["ar", "year"].includes(key(cellText(h))));
  const si = head.findIndex((h) => ["antalmedutfall", "utfall", "successes"].includes(key(cellText(h))));
  if (yi < 0) throw invalid("Utfall: rubrikraden saknar kolumnen År");
  const postCols = head.map((h, j) => [j, /^post\s*(\d+)$/i.exec(cellText(h).trim())] as const).filter(([, mm]) => mm);
  const years = m.slice(1).map((row, i) => {
    const r = actRow[i + 1];
    const y: Record<string, unknown> = { year: parseNumber(row[yi]) ?? row[yi] };
    if (si >= 0 && !isBlank(row[si])) {
      const v = parseNumber(row[si]);
      if (v === undefined) throw invalid(`Utfall rad ${r}, Antal med utfall: ${showCell(row[si])} är inget tal`);
      y.successes = v;
    }
    const inv = postCols
      .filter(([j]) => !isBlank(row[j]))
      .map(([j, mm]) => {
        const v = parseNumber(row[j]);
        if (v === undefined)
          throw invalid(`Utfall rad ${r}, ${cellText(head[j])}: ${showCell(row[j])} är inget belopp`);
        return { line: Number(mm![1]) - 1, amount: v };
      });
    if (inv.length) y.investment = inv;
    return y;
  });
  const full = withAnalyses(c, { followUp: { years } }, (p) => swedishPath(p, "Utfall", actRow.slice(1)));
  const f = runFollowUp(full)!;
  const out: OutMatrix = [["År", "Plan", "Utfall och prognos", "Avvikelse"]];
  f.total.plan.forEach((p, i) => out.push([i + 1, p, f.total.actual[i], f.total.variance[i]]));
  out.push(["Nuvärde", f.npvPlan, f.npvUpdated, f.npvUpdated - f.npvPlan]);
  return out;
}

// ------------------------------------------------------------------ COMPARE
export function compare(linesA: unknown, linesB: unknown, assumptions: unknown, assumptionsB?: unknown): OutMatrix {
  let a: Case;
  let b: Case;
  try {
    a = caseFromRanges(linesA, assumptions).case;
  } catch (e) {
    throw invalid(`Alternativ A: ${(e as Error).message}`);
  }
  try {
    b = caseFromRanges(linesB, assumptionsB ?? assumptions).case;
  } catch (e) {
    throw invalid(`Alternativ B: ${(e as Error).message}`);
  }
  const r = compareCases(a, b);
  const out: OutMatrix = [["Aktör", "Nettonuvärde A", "Nettonuvärde B", "A − B", "Föredrar"]];
  for (const x of r.actors) out.push([x.name, x.npvA, x.npvB, x.npvA - x.npvB, x.prefers]);
  for (const p of P)
    out.push([
      SV.perspective[p],
      r.perspectives[p].npvA,
      r.perspectives[p].npvB,
      r.perspectives[p].difference,
      r.perspectives[p].difference > 0 ? "A" : r.perspectives[p].difference < 0 ? "B" : "lika",
    ]);
  return out;
}
