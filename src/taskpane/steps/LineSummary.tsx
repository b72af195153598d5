import { Button, Text } from "@fluentui/react-components";
import { CATEGORY, DIRECTION, ROLE } from "../../engine/vocabulary";
import { firstYear, typedYears, type LineRow } from "../state";
import { useStyles } from "../components/ui";

export interface LineActions {
  duplicate: () => void;
  remove: () => void;
}

/** Duplicera and Ta bort of one line. */
export function LineButtons({ n, actions }: { n: number; actions: LineActions }) {
  return (
    <>
      <Button size="small" aria-label={`Duplicera post ${n}`} onClick={actions.duplicate}>
        Duplicera
      </Button>
      <Button size="small" appearance="subtle" aria-label={`Ta bort post ${n}`} onClick={actions.remove}>
        Ta bort
      </Button>
    </>
  );
}

/** "Post 3: Budgetanslag till verksamheten", the legend of a line's fieldset. */
export function LineLegend({ n, line }: { n: number; line: LineRow }) {
  const s = useStyles();
  return (
    <legend className={s.legend}>
      Post {n}
      {line.label ? `: ${line.label}` : ""}
    </legend>
  );
}

/** The years of a line in words: "år 1", "år 1–3", "år 2 till horisonten". */
export function yearsText(fromYear: string, toYear: string): string {
  const from = fromYear.trim() || "1";
  const to = toYear.trim();
  if (!to) return `år ${from} till horisonten`;
  return from === to ? `år ${from}` : `år ${from}–${to}`;
}

/** A line's amounts per year in one line: "1 200 000 … 900 000 kr, år 1–20 (belopp per år)". */
export function yearlyText(l: LineRow): string {
  const cells = typedYears(l.yearlyAmounts ?? []);
  const from = firstYear(l) ?? 1;
  if (cells.length === 0) return "belopp per år saknas";
  const first = cells[0].trim() || "0";
  const last = cells[cells.length - 1].trim() || "0";
  const amounts = cells.length === 1 ? first : cells.length === 2 ? `${first}, ${last}` : `${first} … ${last}`;
  const per = l.basis === "perSuccess" ? "/person" : "";
  return `${amounts} kr${per}, ${yearsText(String(from), String(from + cells.length - 1))} (belopp per år)`;
}

/** A line as one line of text, when there are many, until it is opened for editing. */
export function LineSummary(props: { n: number; line: LineRow; actorName: string; open: () => void } & LineActions) {
  const s = useStyles();
  const { n, line: l, actorName, open } = props;
  const years = !l.yearlyAmounts && (l.fromYear || l.toYear) ? `, ${yearsText(l.fromYear, l.toYear)}` : "";
  return (
    <fieldset className={s.fieldset} aria-label={`Post ${n}`}>
      <LineLegend n={n} line={l} />
      <Text>
        {actorName} · {DIRECTION.labels[l.direction]} · {CATEGORY.labels[l.category]} · {ROLE.labels[l.role]} ·{" "}
        {l.yearlyAmounts ? (
          yearlyText(l)
        ) : (
          <span className={s.nowrap}>
            {l.amount || "–"} kr{l.basis === "perSuccess" ? "/person" : ""}
          </span>
        )}
        {years}
      </Text>
      <div className={s.row}>
        <Button size="small" aria-expanded={false} aria-label={`Redigera post ${n}`} onClick={open}>
          Redigera
        </Button>
        <LineButtons n={n} actions={props} />
      </div>
    </fieldset>
  );
}
