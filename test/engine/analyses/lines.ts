/** Lines for the analyses tests: an effect (revenue) and an investment (cost), both real. */
export const eff = (actor: string, amount: number, extra: Record<string, unknown> = {}) => ({
  actor,
  direction: "revenue",
  category: "real",
  amount,
  ...extra,
});
export const inv = (actor: string, amount: number, extra: Record<string, unknown> = {}) => ({
  actor,
  direction: "cost",
  category: "real",
  role: "investment",
  amount,
  ...extra,
});
