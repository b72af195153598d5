import { type Case, type LineColumn } from "../../engine";
import { BASE_PERSPECTIVES, CATEGORY, type Category } from "../../engine/vocabulary";
import { Years } from "../cells";
import { usesMethodV3 } from "./continuing.layout";
import { SPARE_LINES } from "./lines.layout";
import { investmentRows, perspectiveMilestonesLayout, type PerspectiveMilestonesLayout } from "./milestones.layout";
import { perPerspective, rowsFrom, type P } from "./rows";

/** Where everything goes on Prognos: the summary, the milestones, the chart, the yearly factors and the year grid. */

export type ProjectionColumn = Exclude<LineColumn, "parent" | "source"> | "row" | "isPublic" | "presentValue";
/** Perspective rows of the year grid: annual value, accumulated value, and the helper of break-even. */
export interface PerspectiveRows {
  annual: number;
  acc: number;
  neg: number;
}

export interface ProjectionLayout {
  summary: {
    titleRow: number;
    headerRow: number;
    row: Record<P, number>;
    col: { label: number; investment: number; benefit: number; npv: number; roi: number; breakEven: number };
    /** Method v2: B₀, b₁, the successes needed N* and the rate N* / n beside the summary. */
    v2col?: { base: number; perSuccess: number; successes: number; rate: number };
  };
  milestones: { titleRow: number; yearRow: number; row: Record<Category, number>; totalRow: number; years: number[] };
  /** Method v3: the perspectives at the milestone years, under the milestones per category. */
  perspectiveMilestones?: PerspectiveMilestonesLayout;
  /** Top row of the chart (under the milestones). */
  chartRow: number;
  /**
   * The yearly factors every line's value uses, above the year grid: a title row with the years,
   * then the effect per person in outcome N·(1−ρ)^(t−1)·k·((1−λ)(1+g))^(t−1), the effect of a
   * line in total k·((1−λ)(1+g))^(t−1) and the discount factor δ(t); with method v3 also the
   * intake sum S(t) = (1−ρ)(1−λ)·S(t−1) + [t ≤ K].
   */
  factors: { titleRow: number; row: { perSuccess: number; total: number; discount: number; intake?: number } };
  /** Header of the year grid; one row per line below it. */
  headerRow: number;
  firstLine: number;
  lastLine: number;
  col: Record<ProjectionColumn, number>;
  /** The input checks of each line row: its Poster row's problem, and the first problem so far. */
  checkCol: { problem: number; first: number };
  years: Years;
  actorAnnual: { header: number; row: Record<string, number> };
  actorAcc: { header: number; row: Record<string, number> };
  categoryAnnual: { header: number; row: Record<Category, number> };
  categoryAcc: { header: number; row: Record<Category, number> };
  perspectives: { header: number; row: Record<P, PerspectiveRows> };
  /** Break-even per actor (with its units): each actor's accumulated value, and the years it is negative. */
  actorHelper: ActorHelperRows;
}

/** Rows of the helper table on Prognos: accumulated with units, and the years it is negative, per actor. */
export interface ActorHelperRows {
  titleRow: number;
  acc: Record<string, number>;
  neg: Record<string, number>;
}

function milestoneYears(H: number): number[] {
  const m = [1, 2, 3, 4, 5, 10, 20, 30, 50, 100].filter((y) => y <= H);
  if (!m.includes(H)) m.push(H);
  return m;
}

/** The line columns of the year grid (line number, Benämning, then as on Poster without Överordnad), then the years and the present value. */
function projectionColumns(yearsFirst: number, H: number): Record<ProjectionColumn, number> {
  const cols: ProjectionColumn[] = [
    "row",
    "label",
    "actor",
    "direction",
    "category",
    "role",
    "basis",
    "amount",
    "fromYear",
    "toYear",
    "isPublic",
  ];
  return {
    ...(Object.fromEntries(cols.map((k, i) => [k, i + 1])) as Record<ProjectionColumn, number>),
    presentValue: yearsFirst + H,
  };
}

export function projectionLayout(c: Case, v2: boolean): ProjectionLayout {
  const H = c.assumptions.horizon;
  // Rows 4–15: the summary and the milestone table (what a reader wants first); then the
  // header of the year grid, one row per line and the aggregate sections.
  let r = 4;
  const sTitle = r++;
  const sHeader = r++;
  const summaryRow = rowsFrom(BASE_PERSPECTIVES, () => r++);
  r++;
  const mTitle = r++;
  const mYears = r++;
  const milestoneRow = rowsFrom(CATEGORY.values, () => r++);
  const mTotal = r++;
  const v3 = usesMethodV3(c);
  const perspectiveMilestones = v3 ? perspectiveMilestonesLayout(r + 1) : undefined;
  if (perspectiveMilestones) r = perspectiveMilestones.lastRow + 1;
  // the chart of the accumulated perspectives under the milestones, on the first page
  const chartRow = r + 1;
  // the yearly factors under the chart, then the year grid
  const factorTitle = chartRow + 20;
  const factors = {
    titleRow: factorTitle,
    row: {
      perSuccess: factorTitle + 1,
      total: factorTitle + 2,
      discount: factorTitle + 3,
      ...(v3 ? { intake: factorTitle + 4 } : {}),
    },
  };
  const headerRow = factorTitle + (v3 ? 6 : 5);
  const firstLine = headerRow + 1;
  const lastLine = headerRow + c.lines.length + SPARE_LINES;
  const yearsFirst = 12; // column L = year 1
  r = lastLine + 2;
  const section = <K extends string>(keys: readonly K[]) => {
    const header = r++;
    const row = rowsFrom(keys, () => r++);
    r++;
    return { header, row };
  };
  const actorIds = c.actors.map((a) => a.id);
  const actorAnnual = section(actorIds);
  const actorAcc = section(actorIds);
  const categoryAnnual = section(CATEGORY.values);
  const categoryAcc = section(CATEGORY.values);
  const pHeader = r++;
  const pRows = perPerspective(() => ({ annual: r++, acc: r++, neg: r++ }));
  if (perspectiveMilestones) investmentRows(perspectiveMilestones, () => r++);
  r++;
  const helperTitle = r++;
  const acc: Record<string, number> = {};
  const neg: Record<string, number> = {};
  for (const id of actorIds) [acc[id], neg[id]] = [r++, r++];
  return {
    summary: {
      titleRow: sTitle,
      headerRow: sHeader,
      row: summaryRow,
      col: { label: 2, investment: 3, benefit: 4, npv: 5, roi: 6, breakEven: 7 },
      ...(v2 ? { v2col: { base: 8, perSuccess: 9, successes: 10, rate: 11 } } : {}),
    },
    milestones: { titleRow: mTitle, yearRow: mYears, row: milestoneRow, totalRow: mTotal, years: milestoneYears(H) },
    ...(perspectiveMilestones ? { perspectiveMilestones } : {}),
    chartRow,
    factors,
    headerRow,
    firstLine,
    lastLine,
    col: projectionColumns(yearsFirst, H),
    checkCol: { problem: yearsFirst + H + 1, first: yearsFirst + H + 2 },
    years: new Years(yearsFirst, H),
    actorAnnual,
    actorAcc,
    categoryAnnual,
    categoryAcc,
    perspectives: { header: pHeader, row: pRows },
    actorHelper: { titleRow: helperTitle, acc, neg },
  };
}
