import { ASSUMPTIONS, formatPercent } from "../engine";

/** The Metod sheet: the method in Swedish, short, with the formulas the workbook uses. */
export function methodLines(): { text: string; style?: "title" | "subtitle" | "header" | "note" }[] {
  const L: { text: string; style?: "title" | "subtitle" | "header" | "note" }[] = [];
  const h = (text: string) => L.push({ text, style: "header" });
  const p = (text: string) => L.push({ text });
  L.push({ text: "Metod (version 1)", style: "title" });
  L.push({
    text: "Det socioekonomiska bokslutet (Nilsson & Wadeskog) med internationell praxis för social kostnads–nyttoanalys.",
    style: "subtitle",
  });
  h("Begrepp");
  p(
    "Aktör: den som betalar eller vinner (kommun och förvaltningar, region, Försäkringskassan, Arbetsförmedlingen, rättsväsende, individ, övriga, produktionsvärde).",
  );
  p("Kostnadslag: real (resurser), finansiell (transfereringar) eller produktion (värdet av arbete).");
  p("Riktning: intäkt (även minskad kostnad) eller kostnad. Roll: insats (insatsens egen kostnad) eller effekt.");
  p("Bas: totalt (kronor per år för hela gruppen) eller per person (kronor per år och person med utfall).");
  h("Värde per post och år t = 1..H (bladet Prognos)");
  p("s = +1 för intäkt, −1 för kostnad");
  p("δ(t) = (1 + r)^−(t−1)   år 1 diskonteras inte");
  p("k = (1 − w) · (1 − u) · α   utfallsjustering (Antaganden: Utfallsjustering)");
  p("q(t) = N · (1 − ρ)^(t−1) för poster per person, 1 för totalbelopp");
  p("insats: v(t) = s · A · δ(t)");
  p("effekt: v(t) = s · A · q(t) · k · (1 − λ)^(t−1) · (1 + g)^(t−1) · δ(t)");
  p("En post utanför sitt fönster Från år–Till år är 0 det året.");
  p(
    "Årsfaktorerna står en gång per år över postraderna på Prognos: q(t) · k · (1 − λ)^(t−1) · (1 + g)^(t−1) för poster per person, k · (1 − λ)^(t−1) · (1 + g)^(t−1) för totalbelopp, och δ(t).",
  );
  h("Resultat");
  p("Resultaträkning: år 1 av prognosen per aktör (aktörens egna poster): intäkter, kostnader, netto och summa.");
  p(
    "Perspektiv: totalt (alla aktörer), offentlig sektor (offentliga aktörer), samhällsekonomiskt (real och produktion; finansiella transfereringar tar ut varandra).",
  );
  p("Investering I = −(summan av diskonterade insatsposter); nytta B = summan av diskonterade effektposter.");
  p("Nettonuvärde = B − I; avkastningskvot = B / I (saknas när I = 0).");
  p(
    "Break-even-år: första år T då det ackumulerade värdet är ≥ 0 varje år från T till H; inget när värdet vid H är negativt.",
  );
  h("Antaganden och standardvärden");
  for (const a of ASSUMPTIONS) {
    const d =
      a.default === null
        ? "anges"
        : a.unit === "andel" || a.unit === "ränta"
          ? formatPercent(a.default)
          : String(a.default);
    // the horizon: the workbook reckons the years it was made for (Antaganden checks 1–H)
    const source =
      a.key === "horizon"
        ? "Tabell 4.3 i Nilsson 2017 visar år 1–20; metoden tillåter upp till 100 år, arbetsboken räknar de år den skapades för (bladet Antaganden)."
        : a.source;
    p(`${a.label} (${a.symbol}): standard ${d}. ${a.explanation} Källa: ${source}`);
  }
  h("Räkning och granskning");
  p(
    "Alla tal på bladen räknas om med Excels egna formler; inga tillägg behövs för att öppna, läsa eller ändra arbetsboken.",
  );
  p("Ändra belopp på bladet Poster och antaganden på bladet Antaganden; allt annat följer med.");
  p(
    "Bladet Revision räknar varje resultat en gång till och håller indata som de var när boken skapades: Revision_Status säger OK, vilka resultat som inte följer av indata och vilka indata som ändrats; Inputs_Status pekar ut det första felet i indata, steg för steg.",
  );
  p("Motorn räknar exakt med decimaltal; arbetsboken med Excels flyttal. Skillnaden är långt under en krona.");
  return L;
}

/** Method v2 on the Metod sheet (only for a case that uses it): the schedule, fasta priser, unit costs, N*. */
export function methodV2Lines(assumptions: string): { text: string; style?: "header" }[] {
  return [
    { text: "Metod v2 (denna kalkyl)", style: "header" },
    {
      text: `Diskonteringsschema: δ(1) = 1, δ(t) = δ(t−1) / (1 + r(t)) med räntan r(t) för varje år på bladet ${assumptions}; Prognos diskonterar med δ(t). En och samma ränta ger δ(t) = (1 + r)^−(t−1).`,
    },
    {
      text: `Fasta priser: ett belopp i prisår p räknas om till kalkylens prisår P med A = A_p · I(P) / I(p), prisindexet på bladet ${assumptions}.`,
    },
    {
      text: "Kalkylvärde: A_p = antal · belopp per enhet · 12 (per månad), 365 (per dygn) eller 1, sedan omräknat som ovan.",
    },
    {
      text: "Antal med utfall som behövs för break-even (jfr WSIPP:s break-even success rate): NPV(N) = B₀ + N · b₁ − I, där B₀ är nuvärdet av effektposter för hela gruppen och b₁ nuvärdet av effektposter per person för en person med utfall.",
    },
    {
      text: "N* = 0 när I − B₀ ≤ 0; N* = (I − B₀) / b₁ när b₁ > 0; annars Ingen. Andelen av deltagarna är N* / n.",
    },
  ];
}
