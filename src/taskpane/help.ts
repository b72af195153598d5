/**
 * Help for every term of the method, one click away in the wizard. An assumption's explanation
 * and source are the engine's (ASSUMPTIONS, as on the Antaganden sheet); how the method uses it is
 * said in plain Swedish, without formulas (docs/method.md has them).
 */
import { ASSUMPTIONS, type AssumptionKey } from "../engine";

export interface HelpEntry {
  term: string;
  /** What the term means, in one or two sentences. */
  text: string;
  /** How the method uses it, in plain Swedish (the formulas are in docs/method.md). */
  method: string;
  source?: string;
}

const EFFECT =
  "Effekten ett år är beloppet gånger antalet i utfall (för poster per person), justerat för dödvikt, tillskrivning och undanträngning, minskat med avklingningen och ökat med tillväxten för varje år som gått, och diskonterat.";
const ADJUSTMENT =
  "Effekterna justeras: den del som hade hänt ändå (dödvikt) och den del som bara flyttats från andra (undanträngning) räknas bort, och bara den del som insatsen står för (tillskrivning) räknas med.";

/** How each assumption is used, in plain Swedish. */
const ASSUMPTION_METHOD: Record<AssumptionKey, string> = {
  horizon: "Kalkylen räknar år 1 till horisonten; tabell 4.3 i Nilsson 2017 visar 20 år.",
  discountRate:
    "Ett belopp ett visst år räknas om till dagens värde genom att delas med (1 + räntan) en gång för varje år efter år 1; år 1 räknas inte om.",
  successes: "Poster per person räknas gånger antalet med utfall, minskat med återfallet för varje år som gått.",
  relapse: "Antalet med utfall minskar med återfallet varje år efter år 1.",
  decay: EFFECT,
  deadweight: ADJUSTMENT,
  attribution: ADJUSTMENT,
  displacement: ADJUSTMENT,
  growth: EFFECT,
};

const fromAssumptions: Record<string, HelpEntry> = Object.fromEntries(
  ASSUMPTIONS.map((a) => [
    a.key,
    { term: `${a.label} (${a.symbol})`, text: a.explanation, method: ASSUMPTION_METHOD[a.key], source: a.source },
  ]),
);

export const HELP: Record<string, HelpEntry> = {
  ...fromAssumptions,
  npv: {
    term: "Nettonuvärde och avkastningskvot",
    text: "Nyttan minus investeringen, båda diskonterade över horisonten; kvoten är nyttan delad med investeringen.",
    method:
      "Nettonuvärdet är nyttan minus investeringen, båda räknade till dagens värde. Avkastningskvoten är nyttan delad med investeringen; utan investering finns ingen kvot.",
  },
  breakEven: {
    term: "Break-even-år",
    text: "Året från vilket det ackumulerade nettot aldrig mer är negativt.",
    method:
      "Break-even-året är det första år från vilket det sammanlagda nettot är noll eller mer varje år till horisonten. Är det negativt vid horisonten finns inget break-even-år.",
  },
  scenarios: {
    term: "Scenarier",
    text: "Samma kalkyl med andra antaganden, för att se hur känsligt resultatet är.",
    method: "Ett scenario ändrar ett eller flera antaganden (inte horisonten) och räknas i övrigt precis som kalkylen.",
  },
  monteCarlo: {
    term: "Monte Carlo",
    text: "Osäkra antaganden dras slumpvis många gånger; percentilerna visar spridningen i nettonuvärdet.",
    method:
      "Antaganden och belopp dras slumpvis ur de fördelningar du anger (likformig, triangel eller normal), många gånger. Samma frö ger samma dragningar, så resultatet går att upprepa. Percentilerna räknas som i Excel: P10 är värdet som 10 % av dragningarna ligger under.",
  },
  repayment: {
    term: "Återföring",
    text: "Hur enheterna som vinner på insatsen betalar tillbaka fonden som finansierade den.",
    method:
      "Varje betalande enhet (med sina underenheter) betalar varje år en andel av årets vinst av insatsen tills fonden är återbetald; sista betalningen blir bara det som återstår.",
  },
  compensation: {
    term: "Omfördelning",
    text: "Offentliga aktörer som vinner kompenserar dem som förlorar.",
    method:
      "Varje offentlig aktör som förlorar får tillbaka sin förlust från dem som vinner, var och en i proportion till sin vinst. Går den offentliga sektorn back sammantaget räcker vinsterna inte, och ingen omfördelning föreslås.",
  },
  followUp: {
    term: "Uppföljning",
    text: "Årets faktiska utfall i stället för planen; åren efter räknas fram från det senaste faktiska antalet.",
    method:
      "Det faktiska antalet med utfall och de faktiska insatsbeloppen ersätter planens för de år du fyller i. Åren efter räknas från det senaste faktiska antalet, minskat med återfallet.",
  },
  intakeYears: {
    term: "Intagsår (kohorter)",
    text: "Hur många år i följd verksamheten tar emot en ny grupp: antal med utfall gäller då varje sådant år, inte bara år 1.",
    method:
      "Ett nytt intag med lika många med utfall kommer varje år från år 1 till och med sista intagsåret. Varje års grupp följer sitt eget återfall och sin egen avklingning från det år den börjar. Ett intagsår är en grupp som i metod v1. Uppföljning med faktiska personer går inte ihop med flera intagsår, eftersom de faktiska personerna inte säger vilket års intag de kom från.",
  },
  discountTiming: {
    term: "Diskontering i början eller slutet av året",
    text: "När under året beloppen räknas falla: i början av året (år 1 räknas inte om) eller i slutet av året (även år 1 räknas om, som rapportens tabell 4.3).",
    method:
      "I början av året är standard: år 1 står i dagens värde och varje år efter räknas om med räntan en gång till. I slutet av året räknas varje år, även år 1, om till början av år 1. Resultaträkningen för år 1 är ett årsbokslut och räknas aldrig om.",
  },
  keyFigures: {
    term: "Nyckeltal för enheten (tabell 4.1)",
    text: "Den enhet bokslutet gäller: dess intäkter, kostnader och resultat år 1, och kostnaden per deltagare och per person med utfall.",
    method:
      "Talen kommer ur enhetens egen rad i resultaträkningen för år 1, som inte diskonteras. Resultatet är intäkterna minus kostnaderna; ett negativt resultat är överskridandet av budgeten, också som andel av intäkterna. Kostnaden delas med antal deltagare och med antal med utfall; andelen med utfall är antal med utfall delat med antal deltagare.",
  },
  milestones: {
    term: "Talen vid milstolpsåren",
    text: "Investering, nytta och nettonuvärde räknade över åren 1 till och med ett visst år, t.ex. år 4 för en mandatperiod.",
    method:
      "För år 1, 2, 3, 4, 5, 10, 20 och horisonten summeras de diskonterade beloppen till och med det året. Avkastningskvoten är nyttan per investerad krona och nettonuvärdeskvoten nettonuvärdet per investerad krona; utan investering finns ingen kvot.",
  },
};
