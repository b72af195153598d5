import {
  ASSUMPTIONS,
  CATEGORIES,
  SV,
  accumulate,
  actorAnnual,
  categoryAnnual,
  formatDecimal,
  formatKr,
  formatPercent,
  perspective,
  perspectivesOf,
  type Computation,
  type Perspective,
} from "../engine";

/** Plain-text tables for the terminal, in Swedish. */

export function table(header: string[], rows: string[][], alignRight: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells: string[]) =>
    cells
      .map((cell, i) => (alignRight[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [fmt(header), rule, ...rows.map(fmt)].join("\n");
}

export function perspectiveName(comp: Computation, p: Perspective): string {
  if (p === "total" || p === "public" || p === "economic") return SV.perspective[p];
  const id = p.slice("actor:".length);
  const actor = comp.case.actors.find((a) => a.id === id);
  const hasChildren = comp.case.actors.some((a) => a.parent === id);
  return (actor?.name ?? id) + (hasChildren ? " inkl. underenheter" : "");
}

/** Milestone years as in Table 4.3 of the seed report, within the horizon. */
export function milestoneYears(horizon: number): number[] {
  const ys = [1, 2, 3, 4, 5, 10, 20, 30, 50, 100].filter((y) => y <= horizon);
  if (!ys.includes(horizon)) ys.push(horizon);
  return ys;
}

export function renderText(comp: Computation): string {
  const c = comp.case;
  const a = c.assumptions;
  const out: string[] = [];
  out.push(`${c.title} (prisår ${c.priceYear})`);
  if (c.activity || c.municipality) out.push([c.activity, c.municipality].filter(Boolean).join(", "));
  out.push("");
  out.push("Socioekonomisk resultaträkning, år 1 (kr)");
  const rows: string[][] = c.actors.map((actor) => {
    const row = comp.statement.byActor.get(actor.id);
    if (!row) throw new Error(`missing statement row for ${actor.id}`);
    return [actor.name, formatKr(row.revenue), formatKr(row.cost), formatKr(row.net)];
  });
  rows.push(["Summa", "", "", formatKr(comp.statement.total)]);
  out.push(table(["Aktör", "Intäkt", "Kostnad", "Netto"], rows, [false, true, true, true]));
  out.push("");
  out.push("Antaganden");
  out.push(
    table(
      ["Antagande", "Värde", "Standard"],
      ASSUMPTIONS.map((info) => {
        const v = a[info.key];
        const show = (x: number | null) =>
          x === null
            ? ""
            : info.unit === "andel" || info.unit === "ränta"
              ? formatPercent(x)
              : formatDecimal(x, Number.isInteger(x) ? 0 : 2);
        return [info.label + ` (${info.symbol})`, show(v), show(info.default)];
      }),
      [false, true, true],
    ),
  );
  out.push("");
  const years = milestoneYears(a.horizon);
  out.push("Prognos, ackumulerat och diskonterat (kr)");
  const projRows: string[][] = [];
  for (const actor of c.actors) {
    const acc = accumulate(actorAnnual(comp, actor.id, true));
    projRows.push([actor.name, ...years.map((y) => formatKr(acc[y - 1]))]);
  }
  for (const cat of CATEGORIES) {
    const acc = accumulate(categoryAnnual(comp, cat, true));
    projRows.push([SV.categoryPlural[cat], ...years.map((y) => formatKr(acc[y - 1]))]);
  }
  const tot = perspective(comp, "total").accumulated;
  projRows.push(["Summa", ...years.map((y) => formatKr(tot[y - 1]))]);
  out.push(table(["År", ...years.map(String)], projRows, [false, ...years.map(() => true)]));
  out.push("");
  out.push(`Sammanfattning per perspektiv över ${a.horizon} år (nuvärden, kr)`);
  const sumRows = perspectivesOf(c).map((p) => {
    const r = perspective(comp, p);
    return [
      perspectiveName(comp, p),
      formatKr(r.investment),
      formatKr(r.benefits),
      formatKr(r.npv),
      r.roi === null ? "–" : formatDecimal(r.roi, 2),
      r.breakEvenYear === null ? "ingen" : String(r.breakEvenYear),
    ];
  });
  out.push(
    table(["Perspektiv", "Investering", "Nytta", "Nettonuvärde", "Avkastningskvot", "Break-even år"], sumRows, [
      false,
      true,
      true,
      true,
      true,
      true,
    ]),
  );
  return out.join("\n") + "\n";
}
