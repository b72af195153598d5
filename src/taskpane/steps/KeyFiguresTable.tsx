/** Granska, method v3: the reporting unit's key figures as Table 4.1 of the seed report, from the engine. */
import { Subtitle2, Table, TableBody, TableCell, TableRow, mergeClasses } from "@fluentui/react-components";
import { KEY_FIGURE_WORDS, formatDecimal, formatKr, formatPercent, type KeyFigures } from "../../engine";
import { useStyles } from "../components/ui";
import { HelpButton } from "../components/Help";

const NONE = "–";
const kr = (x: number | null) => (x === null ? NONE : `${formatKr(x)} kr`);
const count = (x: number | null) => (x === null ? NONE : formatDecimal(x, Number.isInteger(x) ? 0 : 1));

/** "Resultat": the amount, and a negative result also as the share over budget. */
function resultText(k: KeyFigures): string {
  if (k.result >= 0 || k.overrunShare === null) return kr(k.result);
  return `${kr(k.result)} (${formatPercent(k.overrunShare, 1)} ${KEY_FIGURE_WORDS.overBudget})`;
}

/** The rows of Table 4.1: field, label and value as shown. */
export function keyFigureRows(k: KeyFigures): [keyof KeyFigures, string, string][] {
  const W = KEY_FIGURE_WORDS;
  return [
    ["revenue", W.revenue, kr(k.revenue)],
    ["cost", W.cost, kr(k.cost)],
    ["result", W.result, resultText(k)],
    ["participants", W.participants, count(k.participants)],
    ["costPerParticipant", W.costPerParticipant, kr(k.costPerParticipant)],
    ["successes", W.successes, count(k.successes)],
    ["costPerSuccess", W.costPerSuccess, kr(k.costPerSuccess)],
    ["successShare", W.successShare, k.successShare === null ? NONE : formatPercent(k.successShare, 1)],
  ];
}

export function KeyFiguresTable({ k }: { k: KeyFigures }) {
  const s = useStyles();
  return (
    <>
      <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: 4 }}>
        <Subtitle2 as="h3">Nyckeltal för {k.unitName}, år 1</Subtitle2>
        <HelpButton term="keyFigures" />
      </div>
      <Table size="small" className={s.table} aria-label={`Nyckeltal för ${k.unitName}, år 1`}>
        <TableBody>
          {keyFigureRows(k).map(([field, label, value]) => (
            <TableRow key={field}>
              <TableCell style={{ width: "52%" }}>{label}</TableCell>
              <TableCell className={mergeClasses(s.num)} data-testid={`kf-${field}`}>
                {value}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className={s.muted} style={{ margin: 0 }}>
        Som tabell 4.1: enhetens egen rad i resultaträkningen år 1 (ej diskonterad), antal deltagare och antal med
        utfall från Grunddata.
      </p>
    </>
  );
}
