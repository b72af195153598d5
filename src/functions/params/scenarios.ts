/** The Scenarier range: a header row (Scenario, assumption names), one scenario per row. */
import { ASSUMPTIONS, suggest, type AssumptionKey } from "../../engine";
import { cellText, isBlank, key, parseNumber, showCell } from "../cells";
import { invalid } from "../errors";
import { analysisLocator, nonEmptyRows } from "./analysis";
import { ASSUMPTION_BY_KEY } from "./assumptions";
import { isMissing, type Param } from "./types";

export interface ScenarioInput {
  name: string;
  assumptions: Record<string, number>;
}

/** The assumption of each column after the first (null for the first). */
function scenarioColumns(head: unknown[]): (AssumptionKey | null)[] {
  return head.map((h, j) => {
    if (j === 0) return null;
    const k = ASSUMPTION_BY_KEY[key(cellText(h))];
    if (k) return k;
    const hint = suggest(
      cellText(h),
      ASSUMPTIONS.map((a) => a.label),
    );
    throw invalid(
      `Scenarier, kolumn ${j + 1}: '${cellText(h)}' är inget antagande` + (hint ? `; menade du '${hint}'?` : ""),
    );
  });
}

function parseScenarios(range: unknown): { list: ScenarioInput[]; rowNo: number[] } {
  const { rows: m, rowNo } = nonEmptyRows(range);
  if (m.length < 2) throw invalid("Scenarier: ange en rubrikrad (Scenario, antagandenas namn) och minst en rad");
  const head = m[0];
  const keys = scenarioColumns(head);
  const list = m.slice(1).map((row, i) => {
    const name = cellText(row[0]).trim();
    if (!name) throw invalid(`Scenarier rad ${rowNo[i + 1]}: namnet saknas i första kolumnen`);
    const over: Record<string, number> = {};
    keys.forEach((k, j) => {
      if (!k || isBlank(row[j])) return;
      const v = parseNumber(row[j]);
      // The row number counts from the header (as before the registry), not the range's first row.
      if (v === undefined)
        throw invalid(`Scenarier rad ${i + 2}, ${cellText(head[j])}: ${showCell(row[j])} är inget tal`);
      over[k] = v;
    });
    return { name, assumptions: over };
  });
  return { list, rowNo: rowNo.slice(1) };
}

/** Own scenarios (kind "scenarios"); left out: the standard four. */
export const scenariosParam: Param<ScenarioInput[] | undefined> = {
  kind: "scenarios",
  type: "any",
  dimensionality: "matrix",
  optional: true,
  parse(raw, ctx) {
    if (isMissing(raw)) return undefined;
    const { list, rowNo } = parseScenarios(raw);
    ctx.locators.push(analysisLocator("scenarios", "Scenarier", rowNo));
    return list;
  },
};
