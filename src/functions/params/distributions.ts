/** The Fördelningar range of MONTECARLO: Parameter | Fördelning | Min | Typvärde | Max | Medel | Std.avv. */
import { type DistributionType, DISTRIBUTION } from "../../engine/vocabulary";
import { cellText, isBlank, key, parseNumber, showCell } from "../cells";
import { invalid } from "../errors";
import { analysisLocator, headerIndex, nonEmptyRows } from "./analysis";
import { ASSUMPTION_BY_KEY } from "./assumptions";
import type { Param } from "./types";

const DIST_HEADERS = [
  ["Parameter", "Antagande", "Post"],
  ["Fördelning", "Distribution", "Typ"],
  ["Min"],
  ["Typvärde", "Mode"],
  ["Max"],
  ["Medel", "Mean", "Medelvärde"],
  ["Std.avv.", "Standardavvikelse", "Sd", "Stdavv"],
];

/** The fields each distribution takes. */
const WANTED: Record<DistributionType, readonly string[]> = {
  uniform: ["min", "max"],
  triangular: ["min", "mode", "max"],
  normal: ["mean", "sd", "min", "max"],
};

const FIELDS = [
  ["min", "Min"],
  ["mode", "Typvärde"],
  ["max", "Max"],
  ["mean", "Medel"],
  ["sd", "Std.avv."],
] as const;

/** The assumption or line (Post N) a distribution varies. */
function targetOf(param: string, r: number): Record<string, unknown> {
  const post = /^post\s*(\d+)$/i.exec(param);
  if (post) return { line: Number(post[1]) - 1 };
  const k = ASSUMPTION_BY_KEY[key(param)];
  if (!k)
    throw invalid(
      `Fördelningar rad ${r}, Parameter: '${param}' är inget antagande; ange t.ex. Återfall eller Post 3 (tredje posten)`,
    );
  return { assumption: k };
}

function distributionOf(row: unknown[], r: number, cols: number[]): Record<string, unknown> {
  const [pi, ti] = cols;
  const param = cellText(row[pi]).trim();
  const type = DISTRIBUTION.parse(cellText(row[ti]));
  if (!type)
    throw invalid(
      `Fördelningar rad ${r}, Fördelning: ${showCell(row[ti])} är ingen fördelning; ange ${DISTRIBUTION.allowedText}`,
    );
  const d: Record<string, unknown> = { ...targetOf(param, r), type };
  FIELDS.forEach(([f, label], i) => {
    const j = cols[i + 2];
    if (j < 0 || isBlank(row[j])) return;
    const v = parseNumber(row[j]);
    if (v === undefined) throw invalid(`Fördelningar rad ${r}, ${label}: ${showCell(row[j])} är inget tal`);
    if (WANTED[type].includes(f)) d[f] = v;
  });
  return d;
}

/** The distributions (kind "distributions"), as the case format's monteCarlo.distributions. */
export const distributionsParam: Param<Record<string, unknown>[]> = {
  kind: "distributions",
  type: "any",
  dimensionality: "matrix",
  optional: false,
  parse(raw, ctx) {
    const { rows: m, rowNo } = nonEmptyRows(raw);
    if (m.length < 2)
      throw invalid(
        "Fördelningar: ange en rubrikrad (Parameter, Fördelning, Min, Typvärde, Max, Medel, Std.avv.) och minst en rad",
      );
    const cols = headerIndex(m[0], DIST_HEADERS);
    if (cols[0] < 0 || cols[1] < 0)
      throw invalid("Fördelningar: rubrikraden saknar kolumnerna Parameter och Fördelning");
    ctx.locators.push(analysisLocator("monteCarlo", "Fördelningar", rowNo.slice(1)));
    return m.slice(1).map((row, i) => distributionOf(row, rowNo[i + 1], cols));
  },
};
