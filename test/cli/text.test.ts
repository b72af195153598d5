import { compareCases, compute, report } from "../../src/engine";
import { perspectiveName, renderAnalyses, renderCompare, renderText } from "../../src/cli/text";
import { mk } from "../helpers/cases";

const line = (actor: string, amount: number, extra: Record<string, unknown> = {}) => ({
  actor,
  direction: "revenue",
  category: "real",
  amount,
  ...extra,
});
const actors = [
  { id: "kommun", name: "Kommunen" },
  { id: "soc", name: "Socialförvaltningen", parent: "kommun" },
  { id: "region", name: "Regionen" },
];

describe("the terminal text takes its words from the vocabulary", () => {
  test("perspective names: the base perspectives' labels, actors by name with their sub-units", () => {
    const comp = compute(mk([line("soc", 100)], { horizon: 3 }, actors));
    expect(perspectiveName(comp, "total")).toBe("Totalt (alla aktörer)");
    expect(perspectiveName(comp, "public")).toBe("Offentlig sektor");
    expect(perspectiveName(comp, "economic")).toBe("Samhällsekonomiskt");
    expect(perspectiveName(comp, "actor:kommun")).toBe("Kommunen inkl. förvaltningar");
    expect(perspectiveName(comp, "actor:region")).toBe("Regionen");
  });

  test("the statement's columns and the categories' plural names", () => {
    const text = renderText(compute(mk([line("kommun", 100)], { horizon: 3 }, actors)));
    expect(text).toMatch(/^Aktör\s+Intäkt\s+Kostnad\s+Netto$/m);
    for (const plural of ["Reala", "Finansiella", "Produktionsvärde"])
      expect(text).toMatch(new RegExp(`^${plural} `, "m"));
  });

  test.each([
    [{ model: "gainShare", fund: 100, share: 0.5, units: ["kommun"] }, "andel av vinsten"],
    [{ model: "frameShare", fund: 100, years: 2, frames: { kommun: 3, region: 1 } }, "delar efter budgetram"],
  ])("the repayment model's name in lower case: %j", (repayment, name) => {
    const c = mk([line("kommun", 100)], { horizon: 3 }, actors);
    const withRepayment = { ...c, repayment } as typeof c;
    const text = renderAnalyses(withRepayment, report(withRepayment));
    expect(text).toContain(`Återföring till fonden (${name}), 100 kr: Fonden är återbetald år `);
  });

  test("compare: one row per base perspective, by label", () => {
    const a = mk([line("kommun", 100)], { horizon: 3 }, actors);
    const b = mk([line("region", 50)], { horizon: 3 }, actors);
    const text = renderCompare(a, b, compareCases(a, b));
    for (const label of ["Totalt (alla aktörer)", "Offentlig sektor", "Samhällsekonomiskt"])
      expect(text).toMatch(new RegExp(`^${label.replace(/[()]/g, "\\$&")}\\s`, "m"));
  });
});

describe("who invests, who gains and when (socinv calc)", () => {
  const invest = (actor: string, amount: number) =>
    line(actor, amount, { direction: "cost", role: "investment", fromYear: 1, toYear: 1 });
  const c = mk(
    [
      invest("soc", 1000),
      line("soc", 300, { fromYear: 2 }),
      line("kommun", 200, { category: "financial", fromYear: 2 }),
      line("region", 100, { fromYear: 2 }),
    ],
    { horizon: 10, discountRate: 0 },
    [...actors, { id: "ovriga", name: "Övriga" }],
  );
  const comp = compute(c);
  const text = renderText(comp);
  const section = text.slice(text.indexOf("Vem investerar, vem vinner och när"));
  const row = (name: string) => section.split("\n").find((l) => l.trimStart().startsWith(name)) ?? "";

  test("one row per actor with investment, benefits, NPV and break-even year over the horizon", () => {
    expect(section).toMatch(/^Vem investerar, vem vinner och när: per aktör över 10 år \(nuvärden, kr\)$/m);
    expect(section).toMatch(/^Aktör\s+Investering\s+Nytta\s+Nettonuvärde\s+Break-even år$/m);
    // Kommunen with its unit: 1000 invested, 9 × (300 + 200) benefits, break-even in year 3
    expect(row("Kommunen inkl. förvaltningar")).toMatch(/1 000\s+4 500\s+3 500\s+3$/);
    // the unit indented under its parent, on its own lines only
    expect(row("Socialförvaltningen")).toMatch(/^ {2}Socialförvaltningen\s+1 000\s+2 700\s+1 700\s+5$/);
    expect(row("Regionen")).toMatch(/0\s+900\s+900\s+1$/);
    expect(section).toContain("Kommunen inkl. förvaltningar omfattar Kommunen och Socialförvaltningen.");
  });

  test("an actor with no lines is marked 'inga poster', never given a break-even year", () => {
    expect(row("Övriga")).toMatch(/^Övriga\s+inga poster$/);
    const nstar = text.slice(text.indexOf("(N*)"));
    expect(nstar).toMatch(/^Övriga\s+inga poster$/m);
    expect(text).not.toMatch(/Övriga.*(lönar sig|Break-even år 1)/);
  });

  test("the same figures as the report's actor perspectives", () => {
    const r = report(c);
    expect(row("Kommunen inkl. förvaltningar")).toContain(
      String(r.perspectives["actor:kommun"].npv).replace(/\B(?=(\d{3})+$)/g, " "),
    );
  });

  test("one sentence says why Totalt and Samhällsekonomiskt differ (transfers)", () => {
    expect(text).toMatch(
      /^Totalt \(alla aktörer\) är 1 800 kr högre än Samhällsekonomiskt eftersom Totalt också räknar finansiella poster \(transfereringar/m,
    );
    const same = renderText(compute(mk([line("kommun", 100)], { horizon: 3 }, actors)));
    expect(same).not.toContain("eftersom Totalt också räknar");
  });

  test("the perspective names are the vocabulary's everywhere in the text (no 'Offentlig'/'Samhällsek.' short forms)", () => {
    const all = text + renderAnalyses(c, report(c));
    expect(all).not.toMatch(/Samhällsek\.|\bOffentlig\s{2,}|inkl\. underenheter/);
  });
});

describe("socinv catalogue: units that are not per år are said so", () => {
  test("a lifetime sum is an engångsbelopp and per-invånare values are marked, with what that means", async () => {
    const { run } = await import("../../src/cli/main");
    let out = "";
    expect(await run(["catalogue"], { out: (s) => (out += s), err: () => undefined })).toBe(0);
    expect(out).toMatch(
      /livslangt-utanforskap-nedre\s+Prislapp för ett livslångt utanförskap.*10 000 000\s+engångsbelopp/,
    );
    expect(out).toMatch(/forsorjningsstod-per-invanare-boras-sep-2019\s+.*41\s+per invånare och månad/);
    expect(out).not.toMatch(/livslångt utanförskap.*per år/);
    expect(out).toContain("engångsbelopp: räknas en gång, i en post som gäller ett enda år; aldrig per år.");
    expect(out).toContain("per invånare: delat på hela befolkningen, inte per deltagare");
  });
});
