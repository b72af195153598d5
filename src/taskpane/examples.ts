import { parseCase, type Case } from "../engine";
import arbetsmarknadskontoret from "../../examples/arbetsmarknadskontoret.json";
import ungaUtanfor from "../../examples/unga-utanfor-investering.json";

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
];
