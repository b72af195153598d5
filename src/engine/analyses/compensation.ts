import { actorAnnual, compute, sumSeries } from "../compute";
import { ZERO, num } from "../decimal";
import { formatKr } from "../format";
import type { Case } from "../types";

export interface CompensationResult {
  possible: boolean;
  message: string;
  /** Accumulated (discounted) net of each public actor's own lines over the horizon. */
  net: Record<string, number>;
  transfers: { from: string; to: string; amount: number }[];
}

/**
 * Compensation between public actors (their budgets can transfer money; the individual and the
 * economy's production value cannot): each loser is made whole pro rata to the winners' gains.
 */
export function runCompensation(c: Case): CompensationResult {
  const comp = compute(c);
  const nets = new Map(
    c.actors.filter((a) => a.kind === "public").map((a) => [a.id, sumSeries(actorAnnual(comp, a.id, true))]),
  );
  const winners = [...nets].filter(([, v]) => v.gt(0));
  const losers = [...nets].filter(([, v]) => v.lt(0));
  const total = [...nets.values()].reduce((s, v) => s.plus(v), ZERO);
  const sumWin = winners.reduce((s, [, v]) => s.plus(v), ZERO);
  const net: Record<string, number> = {};
  for (const [k, v] of nets) net[k] = num(v);
  if (losers.length === 0)
    return { possible: true, message: "Ingen aktör förlorar; ingen omfördelning behövs.", net, transfers: [] };
  if (total.lt(0)) {
    return {
      possible: false,
      message: `Summan över de offentliga aktörerna är negativ (${formatKr(total)} kr): vinnarna kan inte kompensera förlorarna.`,
      net,
      transfers: [],
    };
  }
  const transfers: CompensationResult["transfers"] = [];
  for (const [l, lv] of losers)
    for (const [w, wv] of winners) transfers.push({ from: w, to: l, amount: num(lv.abs().times(wv).div(sumWin)) });
  return {
    possible: true,
    message: `${losers.length} förlorare kompenseras av ${winners.length} vinnare i proportion till deras vinster.`,
    net,
    transfers,
  };
}
