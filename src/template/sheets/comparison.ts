import type { Case } from "../../engine";
import { BASE_PERSPECTIVES, PERSPECTIVE } from "../../engine/vocabulary";
import { FMT, Fx, N, T, Years, addr, line, sheet, table, titled, yearHeader, yearRow, type Block } from "../cells";
import type { Layout } from "../layout";
import type { SheetModel } from "../model";

/**
 * Jämförelse: two alternatives for the same target group, as `socinv compare` shows them
 * (engine compareCases). Per actor and year the discounted value in A and in B (read from each
 * alternative's Prognos) and A − B; the net present values per actor and per perspective, the
 * difference and which alternative is preferred (A, B or lika). Native formulas only.
 */

/** The two alternatives: each case and its layout (A's sheets as usual, B's tagged "B"). */
export interface ComparisonInput {
  a: { c: Case; layout: Layout };
  b: { c: Case; layout: Layout };
}

const HEADERS = ["", "Alternativ A", "Alternativ B", "Skillnad A − B", "Föredrar"];

/** An actor of either case (A's name first), in the order of compareCases. */
interface ActorRef {
  id: string;
  name: string;
}

export interface ComparisonLayout {
  perspectiveHeader: number;
  perspectiveRow: Record<(typeof BASE_PERSPECTIVES)[number], number>;
  actorHeader: number;
  actorRow: Record<string, number>;
  yearsHeader: number;
  /** The rows of an actor's discounted values per year: A, B and A − B. */
  yearRows: Record<string, { a: number; b: number; diff: number }>;
  years: Years;
  actors: ActorRef[];
}

export function comparisonLayout({ a, b }: ComparisonInput): ComparisonLayout {
  const ids = [...new Set([...a.c.actors.map((x) => x.id), ...b.c.actors.map((x) => x.id)])];
  const actors = ids.map((id) => ({
    id,
    name: (a.c.actors.find((x) => x.id === id) ?? b.c.actors.find((x) => x.id === id))!.name,
  }));
  const H = Math.max(a.c.assumptions.horizon, b.c.assumptions.horizon);
  let r = 4;
  const perspectiveHeader = r++;
  const perspectiveRow = Object.fromEntries(
    BASE_PERSPECTIVES.map((p) => [p, r++]),
  ) as ComparisonLayout["perspectiveRow"];
  r++;
  const actorHeader = r++;
  const actorRow = Object.fromEntries(actors.map((x) => [x.id, r++]));
  r++;
  const yearsHeader = r++;
  const yearRows = Object.fromEntries(actors.map((x) => [x.id, { a: r++, b: r++, diff: r++ }]));
  return {
    perspectiveHeader,
    perspectiveRow,
    actorHeader,
    actorRow,
    yearsHeader,
    yearRows,
    years: new Years(3, H),
    actors,
  };
}

/** "A", "B" or "lika" from the difference in the cell to the left. */
const prefers = (row: number) => Fx(`=IF(${addr(row, 4)}>0,"A",IF(${addr(row, 4)}<0,"B","lika"))`, undefined, "total");

/** Year t of an actor in one alternative: its row on that alternative's Prognos, 0 when it has no such actor or year. */
function actorYear(alt: { c: Case; layout: Layout }, id: string, t: number) {
  const X = alt.layout.projection;
  const row = X.actorAnnual.row[id];
  if (row === undefined || t > alt.layout.H) return N(0, FMT.kr);
  return Fx(`=${alt.layout.ref("projection", addr(row, X.years.col(t)))}`, FMT.kr);
}

function yearSection(input: ComparisonInput, Y: ComparisonLayout): Block[] {
  const blocks: Block[] = [yearHeader(Y.years, Y.yearsHeader, T("Diskonterat per aktör och år", "header"))];
  for (const x of Y.actors) {
    const R = Y.yearRows[x.id];
    const label = (alt: string) => ({ 2: T(alt, "label") });
    blocks.push(
      yearRow(Y.years, R.a, T(x.name, "label"), (t) => actorYear(input.a, x.id, t), { between: label("A") }),
      yearRow(Y.years, R.b, T(x.name, "label"), (t) => actorYear(input.b, x.id, t), { between: label("B") }),
      yearRow(
        Y.years,
        R.diff,
        T(x.name, "total"),
        (t) => Fx(`=${Y.years.letter(t)}${R.a}-${Y.years.letter(t)}${R.b}`, FMT.kr, "total"),
        { between: { 2: T("A − B", "total") } },
      ),
    );
  }
  return blocks;
}

function summaries(input: ComparisonInput, Y: ComparisonLayout): Block[] {
  const diff = (row: number) => Fx(`=${addr(row, 2)}-${addr(row, 3)}`, FMT.kr, "total");
  const perspectives = BASE_PERSPECTIVES.map((p) => {
    const row = Y.perspectiveRow[p];
    return line(row, 1, [
      T(PERSPECTIVE.labels[p], "label"),
      Fx(`=${input.a.layout.name(`NPV_${p}`)}`, FMT.kr),
      Fx(`=${input.b.layout.name(`NPV_${p}`)}`, FMT.kr),
      diff(row),
      prefers(row),
    ]);
  });
  const actors = Y.actors.map((x) => {
    const row = Y.actorRow[x.id];
    const R = Y.yearRows[x.id];
    return line(row, 1, [
      T(x.name, "label"),
      Fx(`=SUM(${Y.years.span(R.a)})`, FMT.kr),
      Fx(`=SUM(${Y.years.span(R.b)})`, FMT.kr),
      diff(row),
      prefers(row),
    ]);
  });
  return [
    table(Y.perspectiveHeader, 1, ["Nettonuvärde per perspektiv", ...HEADERS.slice(1)], []),
    ...perspectives,
    table(Y.actorHeader, 1, ["Nettonuvärde per aktör", ...HEADERS.slice(1)], []),
    ...actors,
  ];
}

export function comparisonSheet(input: ComparisonInput): SheetModel {
  const Y = comparisonLayout(input);
  const subtitle =
    `A: ${input.a.c.title}. B: ${input.b.c.title}. Diskonterade värden i kronor över ${Y.years.H} år; ` +
    `B:s poster och prognos finns på bladen ${input.b.layout.sheets.lines} och ${input.b.layout.sheets.projection}.`;
  return sheet(
    "comparison",
    "Jämförelse",
    [titled("Jämförelse av två alternativ", subtitle), ...summaries(input, Y), ...yearSection(input, Y)],
    {
      columnWidths: [34, 16, ...Array<number>(Math.max(3, Y.years.H)).fill(18)],
      freeze: { rows: 0, cols: 2 },
      print: { landscape: true, fitToWidth: true, titleCols: "A:B" },
    },
  );
}
