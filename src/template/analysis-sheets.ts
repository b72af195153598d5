import { SV, compute, descendantsAndSelf, num, perspective, runMonteCarlo, scenarioList, type Case } from "../engine";
import { FMT, Grid, addr, colName, xref, type CellSpec, type NameSpec, type SheetModel } from "./model";

/**
 * The sheets of the sensitivity and money-between-actors analyses, as native formulas over the
 * Prognos sheet and the named assumptions: Känslighet (scenarios; Monte Carlo as values with
 * their seed), Återföring (when the case has a fund) and Omfördelning.
 */

export interface ProjectionLayout {
  sheet: string;
  H: number;
  /** Column of year t. */
  yc: (t: number) => number;
  /** First and last line row. */
  r0: number;
  rL: number;
  /** Row of each actor's accumulated series. */
  actorAcc: Map<string, number>;
  /** Rows of each perspective's annual series and summary. */
  pAnnual: Map<string, number>;
  summaryRow: Map<string, number>;
  /** A defined name with the version suffix. */
  nm: (n: string) => string;
}

const T = (v: string, style?: CellSpec["style"]): CellSpec => (style ? { v, style } : { v });
const N = (v: number, fmt?: string, style?: CellSpec["style"]): CellSpec => ({ v, fmt, style });
const Fx = (f: string, fmt?: string, style?: CellSpec["style"]): CellSpec => ({ f, fmt, style });
const PLABEL = { total: "Totalt (Summa)", public: "Offentlig sektor", economic: "Samhällsekonomiskt" } as const;
const P = ["total", "public", "economic"] as const;
const powT = (base: string, tc: string) => `IF(${tc}=1,1,(${base})^(${tc}-1))`;

export function analysisSheets(
  c: Case,
  L: ProjectionLayout,
  names: { sensitivity: string; repayment: string; compensation: string },
) {
  const sheets: SheetModel[] = [];
  const defined: NameSpec[] = [];
  const H = L.H;
  const X = (ref: string) => xref(L.sheet, ref);
  const col = (cn: number) => X(`$${colName(cn)}$${L.r0}:$${colName(cn)}$${L.rL}`);
  const yearRange = (t: number) => col(L.yc(t));
  const Y0 = 3; // year 1 in column C on the analysis sheets
  const yc = (t: number) => Y0 + t - 1;
  const an = (n: string) => L.nm(n);

  // ---------------------------------------------------------------- Känslighet
  {
    const g = new Grid();
    g.set(1, 1, T("Känslighetsanalys", "title"));
    g.set(
      2,
      1,
      T(
        `Nuvärden i kronor över ${H} år. Scenarier som bara ändrar antal med utfall räknas med formler över bladet ${L.sheet}; andra visas som värden från när boken skapades.`,
        "subtitle",
      ),
    );
    const scen = scenarioList(c);
    g.row(
      4,
      1,
      [
        "Scenario",
        "Antal med utfall",
        "Nuvärde totalt",
        "Nuvärde offentlig",
        "Nuvärde samhällsek.",
        "Kvot totalt",
        "Break-even totalt",
      ].map((h) => T(h, "header")),
    );
    const detailStart = 6 + scen.length + 2;
    let row = detailStart;
    g.set(row, 1, T("Per år och perspektiv (diskonterat)", "header"));
    for (let t = 1; t <= H; t++) g.set(row, yc(t), N(t, FMT.int, "header"));
    const yearHdr = row;
    row++;
    scen.forEach((s, i) => {
      const r = 5 + i;
      const onlySuccesses = Object.keys(s.assumptions).every(
        (k) =>
          (s.assumptions as unknown as Record<string, number>)[k] ===
            (c.assumptions as unknown as Record<string, number>)[k] || k === "successes",
      );
      const live = onlySuccesses && (c.assumptions.successes > 0 || s.assumptions.successes === 0);
      g.set(r, 1, T(s.name, "label"));
      g.set(
        r,
        2,
        live && c.scenarios === undefined
          ? Fx(`=${an("AntalMedUtfall")}*${[1, 0.5, 0.25, 0][i]}`, "#,##0.##")
          : N(s.assumptions.successes, "#,##0.##", "input"),
      );
      if (!live) {
        const comp = scenarioNumbers(c, i);
        P.forEach((p, j) => g.set(r, 3 + j, N(comp[p].npv, FMT.kr)));
        g.set(r, 6, comp.total.roi === null ? T("") : N(comp.total.roi, FMT.ratio));
        g.set(r, 7, comp.total.breakEvenYear === null ? T("Ingen") : N(comp.total.breakEvenYear, FMT.int));
        g.set(r, 8, T("värde vid skapandet", "note"));
        return;
      }
      const factor = `IF(${an("AntalMedUtfall")}=0,0,$B$${r}/${an("AntalMedUtfall")}-1)`;
      const perspRows: Record<string, { acc: number; neg: number }> = {};
      for (const p of P) {
        const crit = p === "total" ? "" : p === "public" ? `,${col(10)},1` : `,${col(4)},"<>${SV.category.financial}"`;
        const annual = row;
        g.set(row, 1, T(`${s.name} – årligt, ${PLABEL[p].toLowerCase()}`, "label"));
        for (let t = 1; t <= H; t++) {
          const pa = X(`${colName(L.yc(t))}$${L.pAnnual.get(p)}`);
          const perPerson = `SUMIFS(${yearRange(t)},${col(6)},"${SV.basis.perSuccess}",${col(5)},"<>${SV.role.investment}"${crit})`;
          g.set(row, yc(t), Fx(`=${pa}+${factor}*${perPerson}`, FMT.kr));
        }
        row++;
        const acc = row;
        g.set(row, 1, T(`${s.name} – ackumulerat, ${PLABEL[p].toLowerCase()}`, "label"));
        for (let t = 1; t <= H; t++)
          g.set(
            row,
            yc(t),
            Fx(
              t === 1 ? `=${colName(yc(1))}${annual}` : `=${colName(yc(t - 1))}${row}+${colName(yc(t))}${annual}`,
              FMT.kr,
            ),
          );
        row++;
        const neg = row;
        g.set(row, 1, T(`${s.name} – år med negativt ackumulerat, ${PLABEL[p].toLowerCase()}`, "note"));
        for (let t = 1; t <= H; t++)
          g.set(row, yc(t), Fx(`=IF(${colName(yc(t))}${acc}<0,${colName(yc(t))}$${yearHdr},0)`, FMT.int));
        row++;
        perspRows[p] = { acc, neg };
      }
      row++;
      const last = colName(yc(H));
      P.forEach((p, j) => {
        g.set(r, 3 + j, Fx(`=${last}${perspRows[p].acc}`, FMT.kr));
        defined.push({
          name: an(`Scenario${i + 1}_NPV_${p}`),
          sheet: "sensitivity",
          ref: addr(r, 3 + j, true),
          comment: `${s.name}: nettonuvärde, ${PLABEL[p]}`,
        });
      });
      const inv = X(`$C$${L.summaryRow.get("total")}`);
      g.set(r, 6, Fx(`=IF(${inv}=0,"",(C${r}+${inv})/${inv})`, FMT.ratio));
      g.set(
        r,
        7,
        Fx(
          `=IF(${last}${perspRows.total.acc}<0,"Ingen",MAX(${colName(yc(1))}${perspRows.total.neg}:${last}${perspRows.total.neg})+1)`,
          FMT.int,
        ),
      );
      defined.push({ name: an(`Scenario${i + 1}_BreakEven_total`), sheet: "sensitivity", ref: addr(r, 7, true) });
    });
    // Monte Carlo: values, with what is needed to reproduce them
    if (c.monteCarlo) {
      const m = runMonteCarlo(c, c.monteCarlo);
      row += 1;
      g.set(
        row++,
        1,
        T(
          `Monte Carlo (värden): ${m.iterations} dragningar, frö ${m.seed}. Återskapa med socinv calc kalkyl.json --json (kalkylen finns på bladet Revision).`,
          "header",
        ),
      );
      for (const d of m.distributions) {
        const what = "line" in d ? `Post ${d.line + 1} (belopp)` : d.assumption;
        const params =
          d.type === "uniform"
            ? `min ${d.min}, max ${d.max}`
            : d.type === "triangular"
              ? `min ${d.min}, typvärde ${d.mode}, max ${d.max}`
              : `medel ${d.mean}, std.avv. ${d.sd}`;
        g.set(
          row++,
          1,
          T(
            `${what}: ${d.type === "uniform" ? "likformig" : d.type === "triangular" ? "triangel" : "normal (avskuren)"}, ${params}`,
            "note",
          ),
        );
      }
      g.row(
        row++,
        1,
        ["Perspektiv", "Medel", "P10", "P50", "P90", "P(NNV ≥ 0)", `P(break-even ≤ år ${m.breakEvenBy})`].map((h) =>
          T(h, "header"),
        ),
      );
      for (const p of P) {
        const x = m.perspectives[p];
        g.row(row++, 1, [
          T(PLABEL[p], "label"),
          N(x.mean, FMT.kr),
          N(x.p10, FMT.kr),
          N(x.p50, FMT.kr),
          N(x.p90, FMT.kr),
          N(x.probNpvNonNegative, FMT.percent),
          N(x.probBreakEvenBy, FMT.percent),
        ]);
      }
    }
    sheets.push({
      key: "sensitivity",
      name: names.sensitivity,
      cells: g.dense(),
      columnWidths: [46, 16, 18, 18, 19, 14, 16, ...Array<number>(Math.max(0, H - 5)).fill(14)],
      tables: [],
      charts: [],
      freeze: { rows: 0, cols: 1 },
      print: { landscape: true, fitToWidth: false },
    });
  }

  // ---------------------------------------------------------------- Återföring
  if (c.repayment) {
    const rp = c.repayment;
    const g = new Grid();
    g.set(1, 1, T("Återföring till den sociala investeringsfonden", "title"));
    g.set(
      2,
      1,
      T(
        rp.model === "gainShare"
          ? "Varje enhet betalar varje år en andel av sina odiskonterade effektvinster tills fonden är återbetald; sista betalningen kapas."
          : "Fonden betalas i lika årliga delar, fördelade mellan enheterna efter deras budgetramar.",
        "subtitle",
      ),
    );
    g.row(4, 1, [T("Fond (kr)", "label"), N(rp.fund, FMT.kr, "input")]);
    defined.push({ name: an("Fond"), sheet: "repayment", ref: "$B$4" });
    g.row(5, 1, [T("Första år", "label"), N(rp.startYear ?? 1, FMT.int, "input")]);
    const start = "$B$5";
    let row = 8;
    g.set(row, 1, T("År", "header"));
    for (let t = 1; t <= H; t++) g.set(row, yc(t), N(t, FMT.int, "header"));
    const hdr = row;
    row++;
    const units =
      rp.model === "gainShare"
        ? (rp.units ??
          c.actors
            .filter((a) => a.kind === "public" && !c.actors.some((p) => p.id === a.parent && p.kind === "public"))
            .map((a) => a.id))
        : Object.keys(rp.frames);
    const name = (id: string) => c.actors.find((a) => a.id === id)!.name;
    const payRows: number[] = [];
    let paidRow: number;
    if (rp.model === "gainShare") {
      g.row(6, 1, [T("Andel av vinsten", "label"), N(rp.share, FMT.percent, "input")]);
      const gainRows = units.map((u) => {
        const r = row++;
        g.set(r, 1, T(`Odiskonterad vinst – ${name(u)}`, "label"));
        const members = descendantsAndSelf(c.actors, u).map(name);
        for (let t = 1; t <= H; t++) {
          const tc = `${colName(yc(t))}$${hdr}`;
          const sum = members
            .map(
              (m) => `SUMIFS(${yearRange(t)},${col(2)},"${m.replace(/"/g, '""')}",${col(5)},"<>${SV.role.investment}")`,
            )
            .join("+");
          g.set(r, yc(t), Fx(`=MAX(0,(${sum})*${powT(`1+${an("Diskonteringsranta")}`, tc)})`, FMT.kr));
        }
        return r;
      });
      const due = row++;
      g.set(due, 1, T("Att betala före tak", "label"));
      for (let t = 1; t <= H; t++) {
        const cl = colName(yc(t));
        g.set(
          due,
          yc(t),
          Fx(`=IF(${cl}$${hdr}>=${start},$B$6*(${gainRows.map((r) => `${cl}${r}`).join("+")}),0)`, FMT.kr),
        );
      }
      paidRow = row++;
      g.set(paidRow, 1, T("Betalt totalt", "total"));
      for (let t = 1; t <= H; t++) {
        const cl = colName(yc(t));
        const before = t === 1 ? "0" : `SUM($${colName(yc(1))}${paidRow}:${colName(yc(t - 1))}${paidRow})`;
        g.set(paidRow, yc(t), Fx(`=MAX(0,MIN(${cl}${due},$B$4-${before}))`, FMT.kr, "total"));
      }
      units.forEach((u, i) => {
        const r = row++;
        payRows.push(r);
        g.set(r, 1, T(`Betalning – ${name(u)}`, "label"));
        for (let t = 1; t <= H; t++) {
          const cl = colName(yc(t));
          g.set(r, yc(t), Fx(`=IF(${cl}${due}=0,0,${cl}${paidRow}*$B$6*${cl}${gainRows[i]}/${cl}${due})`, FMT.kr));
        }
      });
    } else {
      g.row(6, 1, [T("Antal år", "label"), N(rp.years, FMT.int, "input")]);
      const frameStart = row;
      units.forEach((u, i) =>
        g.row(frameStart + i, 1, [T(`Budgetram – ${name(u)}`, "label"), N(rp.frames[u], FMT.kr, "input")]),
      );
      row = frameStart + units.length + 1;
      const frames = `$B$${frameStart}:$B$${frameStart + units.length - 1}`;
      units.forEach((u, i) => {
        const r = row++;
        payRows.push(r);
        g.set(r, 1, T(`Betalning – ${name(u)}`, "label"));
        for (let t = 1; t <= H; t++) {
          const tc = `${colName(yc(t))}$${hdr}`;
          g.set(
            r,
            yc(t),
            Fx(`=IF(AND(${tc}>=${start},${tc}<${start}+$B$6),$B$4/$B$6*$B$${frameStart + i}/SUM(${frames}),0)`, FMT.kr),
          );
        }
      });
      paidRow = row++;
      g.set(paidRow, 1, T("Betalt totalt", "total"));
      for (let t = 1; t <= H; t++)
        g.set(paidRow, yc(t), Fx(`=${payRows.map((r) => `${colName(yc(t))}${r}`).join("+")}`, FMT.kr, "total"));
    }
    const bal = row++;
    g.set(bal, 1, T("Kvar att betala", "total"));
    for (let t = 1; t <= H; t++)
      g.set(bal, yc(t), Fx(`=$B$4-SUM($${colName(yc(1))}${paidRow}:${colName(yc(t))}${paidRow})`, FMT.kr, "total"));
    const helper = row++;
    g.set(helper, 1, T("Hjälprad: år då fonden är återbetald", "note"));
    for (let t = 1; t <= H; t++)
      g.set(helper, yc(t), Fx(`=IF(${colName(yc(t))}${bal}<=0.005,${colName(yc(t))}$${hdr},999)`, FMT.int));
    row++;
    g.row(row, 1, [
      T("Återbetald år", "total"),
      Fx(
        `=IF(MIN(${colName(yc(1))}${helper}:${colName(yc(H))}${helper})=999,"Ej inom horisonten",MIN(${colName(yc(1))}${helper}:${colName(yc(H))}${helper}))`,
        FMT.int,
        "check",
      ),
    ]);
    defined.push({ name: an("Repayment_Year"), sheet: "repayment", ref: addr(row, 2, true) });
    defined.push({ name: an("Repayment_Balance_End"), sheet: "repayment", ref: addr(bal, yc(H), true) });
    sheets.push({
      key: "repayment",
      name: names.repayment,
      cells: g.dense(),
      columnWidths: [40, 16, ...Array<number>(H).fill(14)],
      tables: [],
      charts: [],
      freeze: { rows: 0, cols: 1 },
      print: { landscape: true, fitToWidth: false },
    });
  }

  // ---------------------------------------------------------------- Omfördelning
  {
    const pub = c.actors.filter((a) => a.kind === "public");
    const g = new Grid();
    g.set(1, 1, T("Omfördelning mellan aktörer", "title"));
    if (pub.length === 0) {
      g.set(
        2,
        1,
        T("Kalkylen har inga offentliga aktörer; det finns inga budgetar att föra över pengar mellan.", "subtitle"),
      );
      g.row(4, 1, [T("Status", "label"), T("Ingen förlorar", "check")]);
      g.row(5, 1, [T("Summa förluster", "label"), N(0, FMT.kr)]);
      defined.push({ name: an("Compensation_Status"), sheet: "compensation", ref: "$B$4" });
      defined.push({ name: an("Compensation_Total"), sheet: "compensation", ref: "$B$5" });
      sheets.push({
        key: "compensation",
        name: names.compensation,
        cells: g.dense(),
        columnWidths: [34, 18],
        tables: [],
        charts: [],
      });
      return { sheets, names: defined };
    }
    g.set(
      2,
      1,
      T(
        `Offentliga aktörer med negativt nuvärde över ${H} år görs skadeslösa av dem med positivt, i proportion till vinsterna: överföring = förlust × vinst / summan av vinsterna.`,
        "subtitle",
      ),
    );
    g.row(
      4,
      1,
      ["Aktör", "Nuvärde (egna poster)", "Vinst", "Förlust"].map((h) => T(h, "header")),
    );
    const last = colName(L.yc(H));
    pub.forEach((a, i) => {
      const r = 5 + i;
      g.row(r, 1, [
        T(a.name, "label"),
        Fx(`=${X(`$${last}$${L.actorAcc.get(a.id)}`)}`, FMT.kr),
        Fx(`=MAX(0,B${r})`, FMT.kr),
        Fx(`=MAX(0,-B${r})`, FMT.kr),
      ]);
    });
    const sr = 5 + pub.length;
    const lastRow = sr - 1;
    g.row(sr, 1, [
      T("Summa", "total"),
      Fx(`=SUM(B5:B${lastRow})`, FMT.kr, "total"),
      Fx(`=SUM(C5:C${lastRow})`, FMT.kr, "total"),
      Fx(`=SUM(D5:D${lastRow})`, FMT.kr, "total"),
    ]);
    g.row(sr + 1, 1, [
      T("Status", "label"),
      Fx(`=IF(B${sr}<0,"Inte möjlig: summan är negativ",IF(D${sr}=0,"Ingen förlorar","Möjlig"))`, undefined, "check"),
    ]);
    defined.push({ name: an("Compensation_Status"), sheet: "compensation", ref: addr(sr + 1, 2, true) });
    const mr = sr + 3;
    g.set(mr, 1, T("Överföring från (rad) till (kolumn), kr", "header"));
    pub.forEach((a, j) => g.set(mr, 2 + j, T(a.name, "header")));
    pub.forEach((w, i) => {
      const r = mr + 1 + i;
      g.set(r, 1, T(w.name, "label"));
      pub.forEach((_l, j) => {
        g.set(r, 2 + j, Fx(`=IF(OR($B$${sr}<0,$C$${sr}=0),0,$D$${5 + j}*$C$${5 + i}/$C$${sr})`, FMT.kr));
      });
    });
    const tr = mr + 1 + pub.length;
    g.set(tr, 1, T("Summa överfört", "total"));
    pub.forEach((_a, j) =>
      g.set(tr, 2 + j, Fx(`=SUM(${colName(2 + j)}${mr + 1}:${colName(2 + j)}${tr - 1})`, FMT.kr, "total")),
    );
    g.set(tr + 1, 1, T(`Funktionen SOCINV.COMPENSATION och socinv calc visar samma överföringar som lista.`, "note"));
    defined.push({ name: an("Compensation_Total"), sheet: "compensation", ref: addr(sr, 4, true) });
    sheets.push({
      key: "compensation",
      name: names.compensation,
      cells: g.dense(),
      columnWidths: [34, ...Array<number>(Math.max(3, pub.length)).fill(18)],
      tables: [],
      charts: [],
      print: { landscape: true, fitToWidth: true },
    });
  }
  return { sheets, names: defined };
}

/** A scenario's figures from the engine (for scenarios that change more than the successes). */
function scenarioNumbers(c: Case, i: number) {
  const s = scenarioList(c)[i];
  const comp = compute({ ...c, assumptions: s.assumptions });
  const out = {} as Record<(typeof P)[number], { npv: number; roi: number | null; breakEvenYear: number | null }>;
  for (const p of P) {
    const r = perspective(comp, p);
    out[p] = { npv: num(r.npv), roi: r.roi === null ? null : num(r.roi), breakEvenYear: r.breakEvenYear };
  }
  return out;
}

export interface FollowUpLayout extends ProjectionLayout {
  /** Poster-sheet-independent line columns on Prognos: C direction, E role, F basis, G amount, H from, I to. */
  lineCount: number;
}

/**
 * Uppföljning: actual persons in outcome per year and actual investment amounts are entered
 * here (blank = the plan); every line's value is recomputed with native formulas, against the
 * plan on Prognos, with the updated forecast for the years after.
 */
export function followUpSheet(c: Case, L: FollowUpLayout, sheetName: string): { sheet: SheetModel; names: NameSpec[] } {
  const g = new Grid();
  const names: NameSpec[] = [];
  const H = L.H;
  const X = (ref: string) => xref(L.sheet, ref);
  const Y0 = 3;
  const yc = (t: number) => Y0 + t - 1;
  const an = (n: string) => L.nm(n);
  const cl = (t: number) => colName(yc(t));
  g.set(1, 1, T("Uppföljning: plan mot utfall", "title"));
  g.set(
    2,
    1,
    T(
      "Skriv faktiskt antal med utfall och faktiska insatsbelopp för år som har passerat; tomt betyder planen. Senare år räknas ned från det senaste faktiska antalet med återfallet.",
      "subtitle",
    ),
  );
  const hdr = 4;
  g.set(hdr, 1, T("År", "header"));
  for (let t = 1; t <= H; t++) g.set(hdr, yc(t), N(t, FMT.int, "header"));
  const byYear = new Map((c.followUp?.years ?? []).map((y) => [y.year, y]));
  // inputs: actual persons per year
  const inp = 5;
  g.set(inp, 1, T("Faktiskt antal med utfall", "label"));
  for (let t = 1; t <= H; t++) {
    const v = byYear.get(t)?.successes;
    g.set(inp, yc(t), v === undefined ? { v: "", style: "input" } : N(v, "#,##0.##", "input"));
  }
  // inputs: actual amounts of investment lines
  const invLines = c.lines.map((l, i) => ({ l, i })).filter((x) => x.l.role === "investment");
  const invRow = new Map<number, number>();
  let row = inp + 1;
  for (const { l, i } of invLines) {
    invRow.set(i, row);
    g.set(row, 1, T(`Faktiskt belopp, post ${i + 1}${l.label ? `: ${l.label}` : ""}`, "label"));
    for (let t = 1; t <= H; t++) {
      const v = byYear.get(t)?.investment?.find((x) => x.line === i)?.amount;
      g.set(row, yc(t), v === undefined ? { v: "", style: "input" } : N(v, FMT.kr, "input"));
    }
    row++;
  }
  row++;
  // helpers: the latest year with an actual count, and that count, running over the years
  const hYear = row++;
  const hVal = row++;
  g.set(hYear, 1, T("Hjälprad: senaste år med faktiskt antal", "note"));
  g.set(hVal, 1, T("Hjälprad: senaste faktiska antal", "note"));
  for (let t = 1; t <= H; t++) {
    const has = `ISNUMBER(${cl(t)}${inp})`;
    g.set(
      hYear,
      yc(t),
      Fx(t === 1 ? `=IF(${has},1,0)` : `=IF(${has},${cl(t)}$${hdr},${cl(t - 1)}${hYear})`, FMT.int, "note"),
    );
    g.set(
      hVal,
      yc(t),
      Fx(
        t === 1 ? `=IF(${has},${cl(t)}${inp},0)` : `=IF(${has},${cl(t)}${inp},${cl(t - 1)}${hVal})`,
        "#,##0.##",
        "note",
      ),
    );
  }
  const qRow = row++;
  g.set(qRow, 1, T("Personer i utfall (faktiskt, annars prognos)", "label"));
  for (let t = 1; t <= H; t++) {
    const tc = `${cl(t)}$${hdr}`;
    const plan = `${an("AntalMedUtfall")}*IF(${tc}=1,1,(1-${an("Aterfall")})^(${tc}-1))`;
    const decline =
      t === 1
        ? plan
        : `IF(${cl(t - 1)}${hYear}>0,${cl(t - 1)}${hVal}*(1-${an("Aterfall")})^(${tc}-${cl(t - 1)}${hYear}),${plan})`;
    g.set(qRow, yc(t), Fx(`=IF(ISNUMBER(${cl(t)}${inp}),${cl(t)}${inp},${decline})`, "#,##0.##"));
  }
  row++;
  g.set(row, 1, T("Per post: utfall och prognos (diskonterat)", "header"));
  row++;
  const first = row;
  for (let i = 0; i < L.lineCount; i++) {
    const pr = L.r0 + i;
    const P = (c2: string) => X(`$${c2}$${pr}`);
    g.set(row, 1, Fx(`="Post ${i + 1}: "&${P("B")}`, undefined, "label"));
    for (let t = 1; t <= H; t++) {
      const tc = `${cl(t)}$${hdr}`;
      const planValue = X(`${colName(L.yc(t))}${pr}`);
      const inWindow = `AND(${tc}>=${P("H")},${tc}<=${P("I")},${tc}<=${an("Horisont")})`;
      const s = `IF(${P("C")}="${SV.direction.revenue}",1,-1)`;
      const disc = `IF(${tc}=1,1,(1+${an("Diskonteringsranta")})^(${tc}-1))`;
      const eff = `IF(${tc}=1,1,((1-${an("Avklingning")})*(1+${an("RealTillvaxt")}))^(${tc}-1))`;
      const ir = invRow.get(i);
      const inv =
        ir === undefined
          ? planValue
          : `IF(ISNUMBER(${cl(t)}${ir}),IF(${inWindow},${s}*${cl(t)}${ir}/${disc},0),${planValue})`;
      const perPerson = `IF(${inWindow},${s}*${P("G")}*${cl(t)}$${qRow}*${an("Utfallsjustering")}*${eff}/${disc},0)`;
      g.set(
        row,
        yc(t),
        Fx(
          `=IF(${P("E")}="${SV.role.investment}",${inv},IF(${P("F")}="${SV.basis.perSuccess}",${perPerson},${planValue}))`,
          FMT.kr,
        ),
      );
    }
    row++;
  }
  const lastLine = row - 1;
  row++;
  const planRow = row++;
  const actRow = row++;
  const varRow = row++;
  g.set(planRow, 1, T("Plan (bladet Prognos)", "total"));
  g.set(actRow, 1, T("Utfall och uppdaterad prognos", "total"));
  g.set(varRow, 1, T("Avvikelse (utfall − plan)", "total"));
  for (let t = 1; t <= H; t++) {
    g.set(planRow, yc(t), Fx(`=${X(`${colName(L.yc(t))}$${L.pAnnual.get("total")}`)}`, FMT.kr, "total"));
    g.set(actRow, yc(t), Fx(`=SUM(${cl(t)}${first}:${cl(t)}${lastLine})`, FMT.kr, "total"));
    g.set(varRow, yc(t), Fx(`=${cl(t)}${actRow}-${cl(t)}${planRow}`, FMT.kr, "total"));
  }
  g.set(planRow, 2, Fx(`=SUM(${cl(1)}${planRow}:${cl(H)}${planRow})`, FMT.kr, "total"));
  g.set(actRow, 2, Fx(`=SUM(${cl(1)}${actRow}:${cl(H)}${actRow})`, FMT.kr, "total"));
  g.set(varRow, 2, Fx(`=B${actRow}-B${planRow}`, FMT.kr, "total"));
  g.set(planRow - 1, 2, T("Nuvärde", "header"));
  names.push({ name: an("FollowUp_NPV_Plan"), sheet: "followup", ref: addr(planRow, 2, true) });
  names.push({ name: an("FollowUp_NPV_Updated"), sheet: "followup", ref: addr(actRow, 2, true) });
  for (let t = 1; t <= H; t++)
    names.push({ name: an(`FollowUp_Actual_${t}`), sheet: "followup", ref: addr(actRow, yc(t), true) });
  return {
    sheet: {
      key: "followup",
      name: sheetName,
      cells: g.dense(),
      columnWidths: [46, 16, ...Array<number>(H).fill(14)],
      tables: [],
      charts: [],
      freeze: { rows: 0, cols: 1 },
      print: { landscape: true, fitToWidth: false },
    },
    names,
  };
}
