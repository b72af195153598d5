/**
 * Carrying a case to a new price year re-indexes every amount typed in the old price year with
 * the case's index (the built-in KPI or its own series): A · I(to) / I(from), to the öre. What
 * changed is kept beside the state (each amount before and after) so the wizard can say it and
 * undo it; where the index lacks a year nothing changes and that is said. Lines with a unit cost
 * are not touched: the engine converts them from the unit cost's own price year.
 */
import { Dec, formatDecimal, indexValue, missingYearText, priceIndexOf, type PriceIndex } from "../../engine";
import type { LineRow, WizardState } from "./model";
import { parseAmount } from "./text";
import type { AmountChange, Reindexing } from "./carried";

export type { AmountChange, Reindexing } from "./carried";

interface Slot {
  slot: string;
  where: string;
  get: (s: WizardState) => string | undefined;
  set: (s: WizardState, text: string) => WizardState;
}

const lineName = (l: LineRow, i: number) => `Post ${i + 1}${l.label.trim() ? ` (${l.label.trim()})` : ""}`;
const mapLine = (s: WizardState, key: string, f: (l: LineRow) => LineRow): WizardState => ({
  ...s,
  lines: s.lines.map((l) => (l.key === key ? f(l) : l)),
});

function lineSlots(s: WizardState): Slot[] {
  const out: Slot[] = [];
  s.lines.forEach((l, i) => {
    if (l.unitCost) return;
    if (l.yearlyAmounts) {
      l.yearlyAmounts.forEach((_, j) =>
        out.push({
          slot: `line.${l.key}.yearly.${j}`,
          where: `${lineName(l, i)}, belopp år ${(parseAmount(l.fromYear) ?? 1) + j}`,
          get: (st) => st.lines.find((x) => x.key === l.key)?.yearlyAmounts?.[j],
          set: (st, t) =>
            mapLine(st, l.key, (x) => ({ ...x, yearlyAmounts: x.yearlyAmounts?.map((a, k) => (k === j ? t : a)) })),
        }),
      );
      return;
    }
    out.push({
      slot: `line.${l.key}.amount`,
      where: `${lineName(l, i)}, Belopp`,
      get: (st) => st.lines.find((x) => x.key === l.key)?.amount,
      set: (st, t) => mapLine(st, l.key, (x) => ({ ...x, amount: t })),
    });
  });
  return out;
}

const DIST_FIELDS = ["min", "mode", "max", "mean", "sd"] as const;

function analysesSlots(s: WizardState): Slot[] {
  const out: Slot[] = [];
  const a = s.analyses;
  a.monteCarlo.rows.forEach((r, i) => {
    const line = s.lines.findIndex((l) => `l:${l.key}` === r.target);
    if (line < 0) return;
    for (const f of DIST_FIELDS)
      out.push({
        slot: `mc.${r.key}.${f}`,
        where: `Monte Carlo, fördelning ${i + 1} (${lineName(s.lines[line], line)}), ${f}`,
        get: (st) => st.analyses.monteCarlo.rows.find((x) => x.key === r.key)?.[f],
        set: (st, t) => ({
          ...st,
          analyses: {
            ...st.analyses,
            monteCarlo: {
              ...st.analyses.monteCarlo,
              rows: st.analyses.monteCarlo.rows.map((x) => (x.key === r.key ? { ...x, [f]: t } : x)),
            },
          },
        }),
      });
  });
  const repayment = (st: WizardState, p: Partial<WizardState["analyses"]["repayment"]>): WizardState => ({
    ...st,
    analyses: { ...st.analyses, repayment: { ...st.analyses.repayment, ...p } },
  });
  out.push({
    slot: "repayment.fund",
    where: "Återföring, Fondens belopp",
    get: (st) => st.analyses.repayment.fund,
    set: (st, t) => repayment(st, { fund: t }),
  });
  for (const id of Object.keys(a.repayment.frames))
    out.push({
      slot: `repayment.frames.${id}`,
      where: `Återföring, Budgetram ${s.actors.find((x) => x.id === id)?.name ?? id}`,
      get: (st) => st.analyses.repayment.frames[id],
      set: (st, t) => repayment(st, { frames: { ...st.analyses.repayment.frames, [id]: t } }),
    });
  for (const r of a.followUp.rows)
    for (const key of Object.keys(r.investment)) {
      const i = s.lines.findIndex((l) => l.key === key);
      out.push({
        slot: `followUp.${r.key}.${key}`,
        where: `Uppföljning år ${r.year}, faktisk insats ${i >= 0 ? lineName(s.lines[i], i) : key}`,
        get: (st) => st.analyses.followUp.rows.find((x) => x.key === r.key)?.investment[key],
        set: (st, t) => ({
          ...st,
          analyses: {
            ...st.analyses,
            followUp: {
              ...st.analyses.followUp,
              rows: st.analyses.followUp.rows.map((x) =>
                x.key === r.key ? { ...x, investment: { ...x.investment, [key]: t } } : x,
              ),
            },
          },
        }),
      });
    }
  return out;
}

/** Every amount of the state typed in the case's price year. */
function amountSlots(s: WizardState): Slot[] {
  return [...lineSlots(s), ...analysesSlots(s)];
}

/** The case's index: its own series, else the built-in KPI (also when it names none). */
export function caseIndex(s: WizardState): PriceIndex {
  const own = s.priceIndex;
  if (typeof own === "object" && own !== null && typeof (own as PriceIndex).values === "object")
    return own as PriceIndex;
  return priceIndexOf({ priceIndex: "KPI" })!;
}

const amountText = (d: Dec) => formatDecimal(d, d.isInteger() ? 0 : 2);

/** Every amount from `from` to `to` year's prices with `index`; or, where it lacks a year, nothing and why. */
export function reindexAmounts(
  s: WizardState,
  from: number,
  to: number,
  index: PriceIndex = caseIndex(s),
): { state: WizardState; report: Reindexing } {
  const base = { from, to, index: index.name, changes: [] as AmountChange[] };
  const iFrom = indexValue(index, from);
  const iTo = indexValue(index, to);
  if (iFrom === undefined || iTo === undefined) {
    const missing = [iFrom === undefined ? from : undefined, iTo === undefined ? to : undefined].filter(
      (y): y is number => y !== undefined,
    );
    return { state: s, report: { ...base, missing: missing.map((y) => missingYearText(index, y)).join("; ") } };
  }
  const factor = new Dec(iTo).div(iFrom);
  let state = s;
  const unreadable: string[] = [];
  for (const slot of amountSlots(s)) {
    const before = slot.get(state) ?? "";
    if (!before.trim()) continue;
    const n = parseAmount(before);
    if (n === undefined) {
      unreadable.push(slot.where);
      continue;
    }
    const after = amountText(new Dec(n).times(factor).toDecimalPlaces(2, Dec.ROUND_HALF_UP));
    if (after === before) continue;
    state = slot.set(state, after);
    base.changes.push({ slot: slot.slot, where: slot.where, before, after });
  }
  const change = factor.minus(1).toNumber();
  return { state, report: { ...base, change, ...(unreadable.length ? { unreadable } : {}) } };
}

/**
 * Ångra omräkningen: each amount back as it was typed, where it still is as the re-indexing left
 * it; an amount changed since is kept and named.
 */
export function undoReindexing(s: WizardState, r: Reindexing): { state: WizardState; kept: string[] } {
  const slots = new Map(amountSlots(s).map((x) => [x.slot, x]));
  let state = s;
  const kept: string[] = [];
  for (const c of r.changes) {
    const slot = slots.get(c.slot);
    if (!slot) continue;
    if (slot.get(state) !== c.after) {
      kept.push(c.where);
      continue;
    }
    state = slot.set(state, c.before);
  }
  return { state, kept };
}

/** "+2,8 %" for 0.028. */
export function changeText(change: number): string {
  const pct = formatDecimal(Math.abs(change) * 100, 1);
  return `${change < 0 ? "−" : "+"}${pct} %`;
}

/** "KPI 2023→2024: +2,8 %" */
export function reindexingText(r: Reindexing): string {
  const name = /^KPI\b/.test(r.index) ? "KPI" : r.index;
  return `${name} ${r.from}→${r.to}${r.change === undefined ? "" : `: ${changeText(r.change)}`}`;
}
