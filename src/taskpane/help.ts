/**
 * Help for every term of the method, one click away in the wizard. An assumption's explanation
 * and source are the engine's (ASSUMPTIONS, as on the Antaganden sheet); the formula or rule is
 * quoted word for word from docs/method.md (test/taskpane/help.test.ts checks each quote there).
 */
import { ASSUMPTIONS, type AssumptionKey } from "../engine";

export interface HelpEntry {
  term: string;
  /** What the term means, in one or two sentences. */
  text: string;
  /** The method's own words (docs/method.md). */
  method: string;
  source?: string;
}

const EFFECT = "effekt: v(t) = s · A · q(t) · k · (1 − λ)^(t−1) · (1 + g)^(t−1) · δ(t)";
const ADJUSTMENT = "k = (1 − w) · (1 − u) · α utfallsjustering";

/** The method's words for each assumption. */
const ASSUMPTION_METHOD: Record<AssumptionKey, string> = {
  horizon: "seedrapportens tabell 4.3 visar år 1–20",
  discountRate: "δ(t) = (1 + r)^−(t−1) år 1 diskonteras inte",
  successes: "q(t) = N · (1 − ρ)^(t−1) personer i utfall, för poster per person",
  relapse: "q(t) = N · (1 − ρ)^(t−1) personer i utfall, för poster per person",
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
    method: "nettonuvärde = B − I, avkastningskvot = B / I (inget värde när I = 0).",
  },
  breakEven: {
    term: "Break-even-år",
    text: "Året från vilket det ackumulerade nettot aldrig mer är negativt.",
    method:
      "Break-even-år: första år T sådant att det ackumulerade värdet är ≥ 0 varje år från T till H; inget när värdet vid H är negativt.",
  },
  scenarios: {
    term: "Scenarier",
    text: "Samma kalkyl med andra antaganden, för att se hur känsligt resultatet är.",
    method: "Scenarier ändrar antaganden (inte horisonten) och räknas exakt som kalkylen i övrigt.",
  },
  monteCarlo: {
    term: "Monte Carlo",
    text: "Osäkra antaganden dras slumpvis många gånger; percentilerna visar spridningen i nettonuvärdet.",
    method:
      "Monte Carlo drar antaganden och postbelopp ur likformiga, triangel- eller (avskurna) normalfördelningar med ett fröat slumptal (mulberry32) och räknas med flyttal; percentiler som Excels PERCENTILE.INC.",
  },
  repayment: {
    term: "Återföring",
    text: "Hur enheterna som vinner på insatsen betalar tillbaka fonden som finansierade den.",
    method:
      "varje enhet (med underenheter) betalar andelen σ av sina odiskonterade effektvinster varje år tills fonden F är återbetald, sista betalningen kapad;",
  },
  compensation: {
    term: "Omfördelning",
    text: "Offentliga aktörer som vinner kompenserar dem som förlorar.",
    method:
      "Omfördelning sker mellan offentliga aktörer: överföring(vinnare → förlorare) = |förlust| · vinst / summan av vinsterna, med nuvärdet av aktörens egna poster; inte möjligt när summan är negativ.",
  },
  followUp: {
    term: "Uppföljning",
    text: "Årets faktiska utfall i stället för planen; åren efter räknas fram från det senaste faktiska antalet.",
    method:
      "Uppföljning: faktiskt antal i utfall ersätter q(t) och faktiska insatsbelopp ersätter A; ett år utan faktiskt antal räknas ned med återfallet från det senaste faktiska antalet före det (annars planen).",
  },
};
