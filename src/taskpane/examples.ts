import { parseCase, type Case } from "../engine";
import arbetsmarknadskontoret from "../../examples/arbetsmarknadskontoret.json";
import ungaUtanfor from "../../examples/unga-utanfor-investering.json";
import tabell43 from "../../examples/tabell-4-3.json";
import ungaLopande from "../../examples/unga-i-arbete-lopande.json";

/** The example cases offered by the wizard's first step. */
export const EXAMPLES: { id: string; name: string; description: string; load: () => Case }[] = [
  {
    id: "arbetsmarknadskontoret",
    name: "Arbetsmarknadskontoret (tabell 4.2)",
    description: "Bokslut: 459 långtidsarbetslösa, 218 i arbete. Nilsson 2017.",
    load: () => parseCase(arbetsmarknadskontoret),
  },
  {
    id: "unga-utanfor",
    name: "Unga utanför (investeringskalkyl)",
    description: "Ex ante: insats i tre år, effekter i 20 år med återfall och avklingning.",
    load: () => parseCase(ungaUtanfor),
  },
  {
    id: "tabell-4-3",
    name: "Arbetsmarknadskontoret över 20 år (tabell 4.3)",
    description: "Metod v3: belopp per år, även år 1 diskonterat, nyckeltal som tabell 4.1. Nilsson 2017.",
    load: () => parseCase(tabell43),
  },
  {
    id: "unga-i-arbete-lopande",
    name: "Unga i arbete, löpande verksamhet",
    description: "Metod v3: ett nytt intag vart och ett av fem år, kostnader och effekter per år.",
    load: () => parseCase(ungaLopande),
  },
];
