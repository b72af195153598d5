/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The SOCINV custom functions. This file is read by custom-functions-metadata-plugin at
 * build time (functions.json is generated from these JSDoc tags; ids never change because
 * they are stored in users' workbooks). Each function hands Excel's arguments to its
 * definition in registry.ts through adapt(): parameters parsed by kind, the engine called,
 * every failure turned into a CustomFunctions.Error.
 * Parameter types are written inline (the metadata generator refuses type aliases).
 */
import { CALL as run } from "./callable";

/**
 * Nettot år 1 för en aktör inklusive dess underenheter; utan aktör en tabell med netto per aktör och Summa.
 * @customfunction NETBYACTOR NETBYACTOR
 * @param lines Poster med rubrikrad: Aktör och Belopp krävs; Riktning, Kostnadslag, Roll, Bas, Från år, Till år, Överordnad valfria.
 * @param [actor] Aktörens namn. Utelämnad: en tabell Aktör | Netto med Summa.
 * @param [perspective] Totalt (standard), Offentlig sektor eller Samhällsekonomiskt (bara reala poster och produktionsvärde).
 * @param [assumptions] Antaganden (namn | värde); behövs för poster per person (Antal med utfall) och justeringar.
 * @returns Nettot i kronor, eller en tabell.
 */
export function netByActor(lines: any[][], actor?: string, perspective?: string, assumptions?: any[][]): any[][] {
  return run.NETBYACTOR(lines, actor, perspective, assumptions);
}

/**
 * Socioekonomisk resultaträkning för år 1: Aktör | Intäkt | Kostnad | Netto, och Summa.
 * @customfunction STATEMENT STATEMENT
 * @param lines Poster med rubrikrad (Aktör, Riktning, Kostnadslag, Roll, Bas, Belopp, Från år, Till år; belopp per år i kolumner År 1, År 2, …).
 * @param [assumptions] Antaganden (namn | värde); behövs för poster per person.
 * @returns Resultaträkningen som tabell.
 */
export function statement(lines: any[][], assumptions?: any[][]): any[][] {
  return run.STATEMENT(lines, assumptions);
}

/**
 * Prognos per år: År | en kolumn per aktör eller kostnadslag | Summa.
 * @customfunction PROJECTION PROJECTION
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde): Horisont, Diskonteringsränta, Antal med utfall, Återfall, Avklingning, Dödvikt, Tillskrivning, Undanträngning, Real tillväxt, Intagsår, Diskontering (Början av året eller Slutet av året).
 * @param [view] Ackumulerat (standard) eller årligt; aktör (standard) eller kostnadslag; diskonterat (standard) eller odiskonterat. T.ex. "årligt kostnadslag".
 * @param [years] År att visa, t.ex. {1;2;3;4;5;10;20}. Utelämnad: alla år till horisonten.
 * @returns Prognostabellen.
 */
export function projection(lines: any[][], assumptions: any[][], view?: string, years?: any[][]): any[][] {
  return run.PROJECTION(lines, assumptions, view, years);
}

/**
 * Break-even-år: första året från vilket det ackumulerade nettot är minst 0 ända till horisonten (eller till år T).
 * @customfunction BREAKEVEN BREAKEVEN
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param [perspective] Totalt (standard), Offentlig sektor, Samhällsekonomiskt eller en aktör.
 * @param [year] År T: talen över år 1–T (t.ex. 4 för en mandatperiod). Utelämnat: hela horisonten.
 * @returns Året, eller #SAKNAS! (#N/A) när det inte finns något inom horisonten.
 */
export function breakEven(lines: any[][], assumptions: any[][], perspective?: string, year?: number): number {
  return run.BREAKEVEN(lines, assumptions, perspective, year);
}

/**
 * Nettonuvärde över horisonten eller över år 1–T: nytta minus investering, diskonterat.
 * @customfunction NPV NPV
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param [perspective] Totalt (standard), Offentlig sektor, Samhällsekonomiskt eller en aktör.
 * @param [year] År T: talen över år 1–T (t.ex. 4 för en mandatperiod). Utelämnat: hela horisonten.
 * @returns Nettonuvärdet i kronor.
 */
export function npv(lines: any[][], assumptions: any[][], perspective?: string, year?: number): number {
  return run.NPV(lines, assumptions, perspective, year);
}

/**
 * Avkastningskvot (B/I): diskonterad nytta delad med diskonterad investering, över horisonten eller år 1–T.
 * @customfunction ROI ROI
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param [perspective] Totalt (standard), Offentlig sektor, Samhällsekonomiskt eller en aktör.
 * @param [year] År T: talen över år 1–T (t.ex. 4 för en mandatperiod). Utelämnat: hela horisonten.
 * @returns Kvoten, eller #SAKNAS! (#N/A) när perspektivet saknar investering.
 */
export function roi(lines: any[][], assumptions: any[][], perspective?: string, year?: number): number {
  return run.ROI(lines, assumptions, perspective, year);
}

/**
 * Investering: summan av diskonterade insatsposter (som positivt belopp), över horisonten eller år 1–T.
 * @customfunction INVESTMENT INVESTMENT
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param [perspective] Totalt (standard), Offentlig sektor, Samhällsekonomiskt eller en aktör.
 * @param [year] År T: talen över år 1–T (t.ex. 4 för en mandatperiod). Utelämnat: hela horisonten.
 * @returns Investeringen i kronor, nuvärde.
 */
export function investment(lines: any[][], assumptions: any[][], perspective?: string, year?: number): number {
  return run.INVESTMENT(lines, assumptions, perspective, year);
}

/**
 * Nytta: summan av diskonterade effektposter över horisonten eller över år 1–T.
 * @customfunction BENEFITS BENEFITS
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param [perspective] Totalt (standard), Offentlig sektor, Samhällsekonomiskt eller en aktör.
 * @param [year] År T: talen över år 1–T (t.ex. 4 för en mandatperiod). Utelämnat: hela horisonten.
 * @returns Nyttan i kronor, nuvärde.
 */
export function benefits(lines: any[][], assumptions: any[][], perspective?: string, year?: number): number {
  return run.BENEFITS(lines, assumptions, perspective, year);
}

/**
 * Nettonuvärdeskvot (NPV/I): nettonuvärdet delat med den diskonterade investeringen, över horisonten eller år 1–T.
 * @customfunction NPVRATIO NPVRATIO
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param [perspective] Totalt (standard), Offentlig sektor, Samhällsekonomiskt eller en aktör.
 * @param [year] År T: talen över år 1–T (t.ex. 4 för en mandatperiod). Utelämnat: hela horisonten.
 * @returns Kvoten, eller #SAKNAS! (#N/A) när perspektivet saknar investering.
 */
export function npvRatio(lines: any[][], assumptions: any[][], perspective?: string, year?: number): number {
  return run.NPVRATIO(lines, assumptions, perspective, year);
}

/**
 * Nyckeltal för en enhet som i tabell 4.1: intäkter, kostnader, resultat och andel över budget år 1, antal personer, kostnad per person, antal med utfall, kostnad per person med utfall och andel med utfall.
 * @customfunction KEYFIGURES KEYFIGURES
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde), även Enhet och Antal deltagare.
 * @param [actor] Enheten (aktören) vars bokslut det är. Utelämnad: raden Enhet i antagandena.
 * @param [participants] Antal deltagare (personer i verksamheten). Utelämnat: raden Antal deltagare i antagandena.
 * @returns Tabellen Nyckeltal | Värde; ett tal som saknar nämnare lämnas tomt.
 */
export function keyFigures(lines: any[][], assumptions: any[][], actor?: string, participants?: number): any[][] {
  return run.KEYFIGURES(lines, assumptions, actor, participants);
}

/**
 * Sammanfattning per perspektiv: investering, nytta, nettonuvärde, avkastningskvot och break-even-år, över horisonten eller år 1–T.
 * @customfunction SUMMARY SUMMARY
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param [year] År T: talen över år 1–T (t.ex. 4 för en mandatperiod). Utelämnat: hela horisonten.
 * @returns Tabellen med en rad per perspektiv och aktör.
 */
export function summary(lines: any[][], assumptions: any[][], year?: number): any[][] {
  return run.SUMMARY(lines, assumptions, year);
}

/**
 * Diskonteringsfaktor (1 + r)^-(år - 1); år 1 diskonteras inte.
 * @customfunction DISCOUNTFACTOR DISCOUNTFACTOR
 * @param rate Real diskonteringsränta per år, t.ex. 3,5 %.
 * @param year Året, från 1.
 * @returns Faktorn.
 */
export function discountFactor(rate: number, year: number): number {
  return run.DISCOUNTFACTOR(rate, year);
}

/**
 * Känslighetsanalys: nettonuvärde per scenario och perspektiv. Utan scenarier: Planerat utfall, Halva utfallet, En fjärdedel av utfallet, Inget utfall (100, 50, 25, 0 % av antal med utfall).
 * @customfunction SCENARIOS SCENARIOS
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param [scenarios] Egna scenarier: rubrikrad med Scenario och antagandenas namn, en rad per scenario med de värden som ändras.
 * @returns Tabellen med ett scenario per rad.
 */
export function scenarios(lines: any[][], assumptions: any[][], scenarios?: any[][]): any[][] {
  return run.SCENARIOS(lines, assumptions, scenarios);
}

/**
 * Monte Carlo-simulering: medel, P10, P50, P90 av nettonuvärdet och sannolikheter per perspektiv. Samma frö ger samma resultat.
 * @customfunction MONTECARLO MONTECARLO
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param distributions Fördelningar: rubrikrad Parameter | Fördelning | Min | Typvärde | Max | Medel | Std.avv.; Parameter är ett antagande eller Post N.
 * @param iterations Antal dragningar, högst 100 000.
 * @param seed Frö för slumptalen (heltal).
 * @param [breakEvenBy] År för sannolikheten för break-even (standard: horisonten).
 * @returns Tabellen med ett perspektiv per rad.
 */
export function monteCarlo(
  lines: any[][],
  assumptions: any[][],
  distributions: any[][],
  iterations: number,
  seed: number,
  breakEvenBy?: number,
): any[][] {
  return run.MONTECARLO(lines, assumptions, distributions, iterations, seed, breakEvenBy);
}

/**
 * Återföring till en social investeringsfond: betalning per år och enhet, kvar att betala och året fonden är återbetald.
 * @customfunction REPAYMENT REPAYMENT
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param fund Fondens insats i kronor.
 * @param model Andel (av varje enhets vinst varje år) eller Ram (lika årliga delar efter budgetramar).
 * @param shareOrYears Andel: andel av vinsten, t.ex. 50 %. Ram: antal år.
 * @param [unitsOrFrames] Andel: enheterna som återbetalar. Ram: enhet | budgetram per rad.
 * @returns Återföringsplanen.
 */
export function repayment(
  lines: any[][],
  assumptions: any[][],
  fund: number,
  model: string,
  shareOrYears: number,
  unitsOrFrames?: any[][],
): any[][] {
  return run.REPAYMENT(lines, assumptions, fund, model, shareOrYears, unitsOrFrames);
}

/**
 * Omfördelning: överföringar från vinnande till förlorande offentliga aktörer i proportion till vinsterna.
 * @customfunction COMPENSATION COMPENSATION
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @returns Från | Till | Belopp, eller #SAKNAS! när summan är negativ.
 */
export function compensation(lines: any[][], assumptions: any[][]): any[][] {
  return run.COMPENSATION(lines, assumptions);
}

/**
 * Uppföljning: plan mot utfall per år och uppdaterad prognos för återstående år.
 * @customfunction FOLLOWUP FOLLOWUP
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde).
 * @param actuals Utfall: rubrikrad År | Antal med utfall | Post N (insatsers faktiska belopp).
 * @returns År | Plan | Utfall och prognos | Avvikelse.
 */
export function followUp(lines: any[][], assumptions: any[][], actuals: any[][]): any[][] {
  return run.FOLLOWUP(lines, assumptions, actuals);
}

/**
 * Jämför två alternativ för samma målgrupp: nettonuvärde per aktör och vilket alternativ aktören föredrar.
 * @customfunction COMPARE COMPARE
 * @param linesA Poster för alternativ A.
 * @param linesB Poster för alternativ B.
 * @param assumptions Antaganden (namn | värde) för A, och för B om inget annat anges.
 * @param [assumptionsB] Antaganden för B.
 * @returns Jämförelsetabellen.
 */
export function compare(linesA: any[][], linesB: any[][], assumptions: any[][], assumptionsB?: any[][]): any[][] {
  return run.COMPARE(linesA, linesB, assumptions, assumptionsB);
}

/**
 * Antal med utfall som behövs för break-even (N*) i ett perspektiv, och med antal deltagare även andelen med utfall som behövs.
 * @customfunction BREAKEVENSUCCESSES BREAKEVENSUCCESSES
 * @param lines Poster med rubrikrad.
 * @param assumptions Antaganden (namn | värde), även Diskonteringsschema och Ränta från år N.
 * @param [perspective] Totalt (standard), Offentlig sektor, Samhällsekonomiskt eller en aktör.
 * @param [participants] Antal deltagare. Angivet: en rad med två celler, N* och andelen N* / deltagare.
 * @returns N* (0 när kalkylen lönar sig utan utfall), eller N* | andel; #SAKNAS! (#N/A) när inget antal räcker.
 */
export function breakEvenSuccesses(
  lines: any[][],
  assumptions: any[][],
  perspective?: string,
  participants?: number,
): any[][] {
  return run.BREAKEVENSUCCESSES(lines, assumptions, perspective, participants);
}

/**
 * Kalkylvärde ur den inbyggda katalogen: beloppet per enhet (dygn, månad, år) som källan anger, omräknat med KPI till ett prisår.
 * @customfunction UNITCOST UNITCOST
 * @param id Kalkylvärdets id, t.ex. "kriminalvard-anstalt-dygn-2019" (socinv catalogue visar alla).
 * @param [priceYear] Prisår att räkna om till med KPI. Utelämnat: beloppet i källans prisår.
 * @returns Beloppet i kronor per enhet.
 */
export function unitCost(id: string, priceYear?: number): number {
  return run.UNITCOST(id, priceYear);
}

/**
 * Fasta priser: ett belopp i ett års priser omräknat till ett annat års priser med KPI eller ett eget index.
 * @customfunction REALPRICE REALPRICE
 * @param amount Beloppet i kronor.
 * @param fromYear Beloppets prisår.
 * @param toYear Prisåret att räkna om till.
 * @param [index] Eget prisindex: två kolumner, år och indextal (rubrikrad tillåten). Utelämnat: SCB:s KPI (årsmedel, 1980 = 100).
 * @returns Beloppet i till-årets priser: belopp · I(till år) / I(från år).
 */
export function realPrice(amount: number, fromYear: number, toYear: number, index?: any[][]): number {
  return run.REALPRICE(amount, fromYear, toYear, index);
}

/**
 * Social investeringsfond: fondens saldo per kalenderår ur projektens utbetalningar och återföring, och första året saldot blir negativt.
 * @customfunction FUNDBALANCE FUNDBALANCE
 * @param projects Projekt | Startår | Flöde (Utbetalt eller Återfört) | År 1 | År 2 | …: en rad per projekt och flöde, t.ex. ur SOCINV.REPAYMENT.
 * @param openingCapital Fondens startkapital i kronor vid början av första året.
 * @param [contributions] Tillskott till fonden: År | Belopp per rad.
 * @returns År | Ingående saldo | Tillskott | Utbetalt | Återfört | Utgående saldo, och sist första år med negativt saldo.
 */
export function fundBalance(projects: any[][], openingCapital: number, contributions?: any[][]): any[][] {
  return run.FUNDBALANCE(projects, openingCapital, contributions);
}
