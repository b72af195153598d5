import { ASSUMPTIONS } from "../assumptions";
import { MAX_ITERATIONS } from "../analyses/montecarlo";
import { DISTRIBUTION, REPAYMENT_MODEL } from "../vocabulary";
import {
  FORBIDDEN,
  allowedList,
  checkFields,
  describe,
  formatPlain,
  isObject,
  suggest,
  type Add,
  type Obj,
} from "./checks";
import type {
  Actor,
  AssumptionKey,
  Assumptions,
  CaseAnalyses,
  Distribution,
  FollowUpSpec,
  Line,
  MonteCarloSpec,
  RepaymentSpec,
  Scenario,
} from "../types";

/** Validation of the optional analyses of a case: scenarios, Monte Carlo, repayment, follow-up. */

interface Ctx {
  assumptions: Assumptions;
  actors: Actor[];
  lines: Line[];
  add: Add;
}

function fields(ctx: Ctx, o: Obj, allowed: readonly string[], path: string): void {
  checkFields(ctx.add, o, allowed, path);
}

function num(
  ctx: Ctx,
  v: unknown,
  path: string,
  opts: { min?: number; max?: number; minExclusive?: boolean; integer?: boolean; required?: boolean } = {},
): number | undefined {
  if (v === undefined) {
    if (opts.required !== false) ctx.add(path, "saknas; ange ett tal");
    return undefined;
  }
  if (typeof v !== "number" || !Number.isFinite(v)) {
    ctx.add(path, `${describe(v)} är inget tal`);
    return undefined;
  }
  if (opts.integer && !Number.isInteger(v)) {
    ctx.add(path, `${describe(v)} är inget heltal`);
    return undefined;
  }
  if (opts.min !== undefined && (opts.minExclusive ? v <= opts.min : v < opts.min)) {
    ctx.add(path, `${describe(v)} måste vara ${opts.minExclusive ? "större än" : "minst"} ${formatPlain(opts.min)}`);
    return undefined;
  }
  if (opts.max !== undefined && v > opts.max) {
    ctx.add(path, `${describe(v)} får vara högst ${formatPlain(opts.max)}`);
    return undefined;
  }
  return v;
}

function info(key: string) {
  return ASSUMPTIONS.find((a) => a.key === key);
}

function validRange(key: string): [number, number, boolean] {
  const i = info(key)!;
  return [i.min, i.max, Boolean(i.minExclusive)];
}

function scenarios(ctx: Ctx, raw: unknown): Scenario[] | undefined {
  if (!Array.isArray(raw)) {
    ctx.add(
      "scenarios",
      `${describe(raw)} är ingen lista; ange t.ex. [{ "name": "halvbra", "assumptions": { "successes": 100 } }]`,
    );
    return undefined;
  }
  const out: Scenario[] = [];
  const names = new Set<string>();
  raw.forEach((s: unknown, i) => {
    const path = `scenarios[${i}]`;
    if (!isObject(s)) return ctx.add(path, `${describe(s)} är inget scenario`);
    fields(ctx, s, ["name", "assumptions"], path);
    const name = typeof s.name === "string" && s.name.trim() ? s.name.trim() : undefined;
    if (!name) ctx.add(`${path}.name`, "saknas; ange scenariots namn");
    else if (names.has(name.toLowerCase()))
      ctx.add(`${path}.name`, `'${name}' finns redan; varje scenario behöver ett eget namn`);
    else names.add(name.toLowerCase());
    const a = s.assumptions;
    if (!isObject(a))
      return ctx.add(`${path}.assumptions`, `${describe(a)} är inget objekt; ange de antaganden som ändras`);
    const over: Record<string, number> = {};
    for (const [k, v] of Object.entries(a)) {
      const p = `${path}.assumptions.${k}`;
      if (k === "horizon") {
        ctx.add(p, "horisonten kan inte ändras i ett scenario (posternas år gäller kalkylens horisont)");
        continue;
      }
      const inf = info(k);
      if (!inf || FORBIDDEN.has(k)) {
        const hint = suggest(
          k,
          ASSUMPTIONS.map((x) => x.key),
        );
        ctx.add(p, `okänt antagande '${k}'` + (hint ? `; menade du '${hint}'?` : ""));
        continue;
      }
      const x = num(ctx, v, p, { min: inf.min, max: inf.max, minExclusive: inf.minExclusive });
      if (x !== undefined) over[k] = x;
    }
    if (name) out.push({ name, assumptions: over });
  });
  return out;
}

type Target = { assumption: Exclude<AssumptionKey, "horizon"> } | { line: number };
type InRange = (v: unknown, path: string, required?: boolean) => number | undefined;

/** What a distribution varies (an assumption or a line's amount) and a check of its values' range. */
function distributionTarget(ctx: Ctx, d: Obj, path: string): { target: Target; inRange: InRange } | undefined {
  let lo: number;
  let hi: number;
  let loExcl = false;
  let target: Target;
  if (d.assumption !== undefined && d.line !== undefined) {
    ctx.add(path, "ange antingen assumption eller line, inte båda");
    return undefined;
  }
  if (d.assumption !== undefined) {
    const k = d.assumption;
    if (typeof k !== "string" || !info(k) || FORBIDDEN.has(k)) {
      const hint =
        typeof k === "string"
          ? suggest(
              k,
              ASSUMPTIONS.map((x) => x.key),
            )
          : undefined;
      ctx.add(`${path}.assumption`, `${describe(k)} är inget antagande` + (hint ? `; menade du '${hint}'?` : ""));
      return undefined;
    }
    if (k === "horizon") {
      ctx.add(`${path}.assumption`, "horisonten kan inte varieras i Monte Carlo");
      return undefined;
    }
    [lo, hi, loExcl] = validRange(k);
    target = { assumption: k as Exclude<AssumptionKey, "horizon"> };
  } else if (d.line !== undefined) {
    const i = num(ctx, d.line, `${path}.line`, { integer: true, min: 0, max: ctx.lines.length - 1 });
    if (i === undefined) return undefined;
    if (ctx.lines[i]?.yearlyAmounts !== undefined) {
      ctx.add(
        `${path}.line`,
        `lines[${i}] har belopp per år; ett belopp att variera finns inte — variera i stället ett antagande (t.ex. antal med utfall)`,
      );
      return undefined;
    }
    lo = 0;
    hi = 1e15;
    target = { line: i };
  } else {
    ctx.add(path, "ange vad som varieras: assumption (ett antagande) eller line (en posts belopp, index från 0)");
    return undefined;
  }
  const what =
    "assumption" in target
      ? `${info(target.assumption)!.label} (${target.assumption})`
      : `beloppet i lines[${target.line}]`;
  const inRange = (v: unknown, p: string, required = true) => {
    const x = num(ctx, v, p, { required });
    if (x === undefined) return undefined;
    if ((loExcl ? x <= lo : x < lo) || x > hi) {
      ctx.add(
        p,
        `${formatPlain(x)} ligger utanför det tillåtna för ${what}: ${loExcl ? "över" : "från"} ${formatPlain(lo)} till ${formatPlain(hi)}`,
      );
      return undefined;
    }
    return x;
  };
  return { target, inRange };
}

const SHAPE: Record<Distribution["type"], string[]> = {
  uniform: ["min", "max"],
  triangular: ["min", "mode", "max"],
  normal: ["mean", "sd", "min", "max"],
};

function distribution(ctx: Ctx, d: unknown, path: string): Distribution | undefined {
  if (!isObject(d)) {
    ctx.add(path, `${describe(d)} är ingen fördelning`);
    return undefined;
  }
  const type = d.type;
  if (typeof type !== "string" || !(DISTRIBUTION.values as readonly string[]).includes(type)) {
    ctx.add(`${path}.type`, `${describe(type)} är ingen fördelning; tillåtna är ${allowedList(DISTRIBUTION.values)}`);
    return undefined;
  }
  fields(ctx, d, ["type", "assumption", "line", ...SHAPE[type as Distribution["type"]]], path);
  const t = distributionTarget(ctx, d, path);
  if (!t) return undefined;
  const { target, inRange } = t;
  if (type === "uniform" || type === "triangular") {
    const min = inRange(d.min, `${path}.min`);
    const max = inRange(d.max, `${path}.max`);
    const mode = type === "triangular" ? inRange(d.mode, `${path}.mode`) : undefined;
    if (min === undefined || max === undefined || (type === "triangular" && mode === undefined)) return undefined;
    if (min > max) {
      ctx.add(`${path}.min`, `min ${formatPlain(min)} är större än max ${formatPlain(max)}`);
      return undefined;
    }
    if (mode !== undefined && (mode < min || mode > max)) {
      ctx.add(`${path}.mode`, `${formatPlain(mode)} ligger utanför min–max`);
      return undefined;
    }
    return type === "uniform"
      ? ({ ...target, type, min, max } as Distribution)
      : ({ ...target, type, min, mode: mode!, max } as Distribution);
  }
  const mean = inRange(d.mean, `${path}.mean`);
  const sd = num(ctx, d.sd, `${path}.sd`, { min: 0 });
  const min = d.min === undefined ? undefined : inRange(d.min, `${path}.min`, false);
  const max = d.max === undefined ? undefined : inRange(d.max, `${path}.max`, false);
  if (mean === undefined || sd === undefined) return undefined;
  if (min !== undefined && max !== undefined && min > max) {
    ctx.add(`${path}.min`, `min ${formatPlain(min)} är större än max ${formatPlain(max)}`);
    return undefined;
  }
  const out: Distribution = { ...target, type: "normal", mean, sd } as Distribution;
  if (min !== undefined) (out as { min?: number }).min = min;
  if (max !== undefined) (out as { max?: number }).max = max;
  return out;
}

function monteCarlo(ctx: Ctx, raw: unknown): MonteCarloSpec | undefined {
  if (!isObject(raw)) {
    ctx.add(
      "monteCarlo",
      `${describe(raw)} är inget objekt; ange { "iterations": 10000, "seed": 1, "distributions": [...] }`,
    );
    return undefined;
  }
  fields(ctx, raw, ["iterations", "seed", "breakEvenBy", "distributions"], "monteCarlo");
  const iterations = num(ctx, raw.iterations, "monteCarlo.iterations", { integer: true, min: 1, max: MAX_ITERATIONS });
  const seed = num(ctx, raw.seed, "monteCarlo.seed", { integer: true, min: 0, max: 4294967295 });
  const breakEvenBy =
    raw.breakEvenBy === undefined
      ? undefined
      : num(ctx, raw.breakEvenBy, "monteCarlo.breakEvenBy", { integer: true, min: 1, max: ctx.assumptions.horizon });
  if (!Array.isArray(raw.distributions)) {
    ctx.add("monteCarlo.distributions", `${describe(raw.distributions)} är ingen lista av fördelningar`);
    return undefined;
  }
  const ds = raw.distributions.map((d, i) => distribution(ctx, d, `monteCarlo.distributions[${i}]`));
  const seen = new Set<string>();
  ds.forEach((d, i) => {
    if (!d) return;
    const k = "assumption" in d ? `a:${d.assumption}` : `l:${d.line}`;
    if (seen.has(k)) ctx.add(`monteCarlo.distributions[${i}]`, "samma antagande eller post har redan en fördelning");
    seen.add(k);
  });
  if (iterations === undefined || seed === undefined || ds.some((d) => !d)) return undefined;
  const out: MonteCarloSpec = { iterations, seed, distributions: ds as Distribution[] };
  if (breakEvenBy !== undefined) out.breakEvenBy = breakEvenBy;
  return out;
}

/** The fields both repayment models share: the fund and the first year of repayment. */
interface RepaymentBase {
  fund: number | undefined;
  startYear: number | undefined;
}

function gainShareSpec(ctx: Ctx, raw: Obj, base: RepaymentBase): RepaymentSpec | undefined {
  const ids = ctx.actors.map((a) => a.id);
  fields(ctx, raw, ["model", "fund", "share", "units", "startYear"], "repayment");
  const share = num(ctx, raw.share, "repayment.share", { min: 0, minExclusive: true, max: 1 });
  let units: string[] | undefined;
  if (raw.units !== undefined) {
    if (!Array.isArray(raw.units) || raw.units.length === 0)
      ctx.add("repayment.units", `${describe(raw.units)} är ingen lista av aktörs-id`);
    else {
      const list: string[] = [];
      raw.units.forEach((u: unknown, i) => {
        if (typeof u !== "string" || !ids.includes(u)) {
          const hint = typeof u === "string" ? suggest(u, ids) : undefined;
          ctx.add(
            `repayment.units[${i}]`,
            `${describe(u)} är ingen aktör i kalkylen` + (hint ? `; menade du '${hint}'?` : ""),
          );
        } else list.push(u);
      });
      units = list;
    }
  }
  if (base.fund === undefined || share === undefined) return undefined;
  const out: RepaymentSpec = { model: "gainShare", fund: base.fund, share };
  if (units) out.units = units;
  if (base.startYear !== undefined) out.startYear = base.startYear;
  return out;
}

function frameShareSpec(ctx: Ctx, raw: Obj, base: RepaymentBase): RepaymentSpec | undefined {
  const ids = ctx.actors.map((a) => a.id);
  fields(ctx, raw, ["model", "fund", "years", "frames", "startYear"], "repayment");
  const years = num(ctx, raw.years, "repayment.years", { integer: true, min: 1, max: 100 });
  if (!isObject(raw.frames) || Object.keys(raw.frames).length === 0) {
    ctx.add("repayment.frames", 'saknas; ange budgetramarna per enhet, t.ex. { "socialforvaltningen": 400000000 }');
    return undefined;
  }
  const frames: Record<string, number> = {};
  for (const [k, v] of Object.entries(raw.frames)) {
    const p = `repayment.frames.${k}`;
    if (FORBIDDEN.has(k) || !ids.includes(k)) {
      const hint = suggest(k, ids);
      ctx.add(p, `'${k}' är ingen aktör i kalkylen` + (hint ? `; menade du '${hint}'?` : ""));
      continue;
    }
    const x = num(ctx, v, p, { min: 0, minExclusive: true, max: 1e15 });
    if (x !== undefined) frames[k] = x;
  }
  if (base.fund === undefined || years === undefined || Object.keys(frames).length !== Object.keys(raw.frames).length)
    return undefined;
  const out: RepaymentSpec = { model: "frameShare", fund: base.fund, years, frames };
  if (base.startYear !== undefined) out.startYear = base.startYear;
  return out;
}

function repayment(ctx: Ctx, raw: unknown): RepaymentSpec | undefined {
  if (!isObject(raw)) {
    ctx.add("repayment", `${describe(raw)} är inget objekt`);
    return undefined;
  }
  const model = raw.model;
  if (model !== "gainShare" && model !== "frameShare") {
    const hint = typeof model === "string" ? suggest(model, REPAYMENT_MODEL.values, REPAYMENT_MODEL) : undefined;
    ctx.add(
      "repayment.model",
      `${describe(model)} är ingen återföringsmodell; ` +
        (hint ? `menade du '${hint}'? ` : "") +
        `tillåtna är ${REPAYMENT_MODEL.values.map((m) => `'${m}'`).join(" och ")}`,
    );
    return undefined;
  }
  const base: RepaymentBase = {
    fund: num(ctx, raw.fund, "repayment.fund", { min: 0, minExclusive: true, max: 1e15 }),
    startYear:
      raw.startYear === undefined
        ? undefined
        : num(ctx, raw.startYear, "repayment.startYear", { integer: true, min: 1, max: ctx.assumptions.horizon }),
  };
  return model === "gainShare" ? gainShareSpec(ctx, raw, base) : frameShareSpec(ctx, raw, base);
}

function followUp(ctx: Ctx, raw: unknown): FollowUpSpec | undefined {
  if (!isObject(raw) || !Array.isArray(raw.years)) {
    ctx.add("followUp", `${describe(raw)} är ingen uppföljning; ange { "years": [{ "year": 1, "successes": 200 }] }`);
    return undefined;
  }
  fields(ctx, raw, ["years"], "followUp");
  const H = ctx.assumptions.horizon;
  const seen = new Set<number>();
  const years: FollowUpSpec["years"] = [];
  let ok = true;
  raw.years.forEach((y: unknown, i) => {
    const path = `followUp.years[${i}]`;
    if (!isObject(y)) {
      ok = false;
      return ctx.add(path, `${describe(y)} är inget uppföljningsår`);
    }
    fields(ctx, y, ["year", "successes", "investment"], path);
    const year = num(ctx, y.year, `${path}.year`, { integer: true, min: 1, max: H });
    if (year !== undefined && seen.has(year)) ctx.add(`${path}.year`, `år ${year} finns redan i uppföljningen`);
    if (year !== undefined) seen.add(year);
    const successes =
      y.successes === undefined ? undefined : num(ctx, y.successes, `${path}.successes`, { min: 0, max: 1e9 });
    const investment: { line: number; amount: number }[] = [];
    if (y.investment !== undefined) {
      if (!Array.isArray(y.investment))
        ctx.add(
          `${path}.investment`,
          `${describe(y.investment)} är ingen lista; ange [{ "line": 0, "amount": 2400000 }]`,
        );
      else
        y.investment.forEach((inv: unknown, j) => {
          const p = `${path}.investment[${j}]`;
          if (!isObject(inv)) return ctx.add(p, `${describe(inv)} är inget belopp för en post`);
          fields(ctx, inv, ["line", "amount"], p);
          const line = num(ctx, inv.line, `${p}.line`, { integer: true, min: 0, max: ctx.lines.length - 1 });
          if (line !== undefined && ctx.lines[line].role !== "investment")
            ctx.add(`${p}.line`, `lines[${line}] är ingen insats; bara insatsers belopp följs upp här`);
          const amount = num(ctx, inv.amount, `${p}.amount`, { min: 0, max: 1e15 });
          if (line !== undefined && amount !== undefined) investment.push({ line, amount });
        });
    }
    if (year === undefined) {
      ok = false;
      return;
    }
    const fy: FollowUpSpec["years"][number] = { year };
    if (successes !== undefined) fy.successes = successes;
    if (investment.length) fy.investment = investment;
    years.push(fy);
  });
  return ok ? { years: years.sort((a, b) => a.year - b.year) } : undefined;
}

export function validateAnalyses(raw: Obj, ctx: Ctx): CaseAnalyses {
  const out: CaseAnalyses = {};
  if (raw.scenarios !== undefined) out.scenarios = scenarios(ctx, raw.scenarios);
  if (raw.monteCarlo !== undefined) out.monteCarlo = monteCarlo(ctx, raw.monteCarlo);
  if (raw.repayment !== undefined) out.repayment = repayment(ctx, raw.repayment);
  if (raw.followUp !== undefined) out.followUp = followUp(ctx, raw.followUp);
  for (const k of Object.keys(out) as (keyof CaseAnalyses)[]) if (out[k] === undefined) delete out[k];
  return out;
}
