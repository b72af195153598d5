/** REPAYMENT's model and its units (Andel) or budget frames (Ram). */
import type { Case } from "../../engine";
import { REPAYMENT_MODEL, type RepaymentModel } from "../../engine/vocabulary";
import { asMatrix, cellText, isBlankOrZero, key, parseNumber, showCell } from "../cells";
import { invalid } from "../errors";
import { analysisLocator } from "./analysis";
import { caseOf, isMissing, type Context, type Param } from "./types";

/** The repayment model (kind "repaymentModel"): Andel (gainShare) or Ram (frameShare). */
export const repaymentModelParam: Param<RepaymentModel> = {
  kind: "repaymentModel",
  type: "string",
  dimensionality: "scalar",
  optional: false,
  parse(raw, ctx) {
    const model = REPAYMENT_MODEL.parse(cellText(raw));
    if (!model)
      throw invalid(
        `Modell: ${showCell(raw)} är ingen återföringsmodell; ange Andel (av vinsten) eller Ram (lika delar efter budgetram)`,
      );
    ctx.locators.push(analysisLocator("repayment", "Återföring", []));
    return model;
  },
};

/** An actor of the case by name or id. */
function actorByName(c: Case, name: string, where: string): string {
  const a = c.actors.find((x) => key(x.name) === key(name) || key(x.id) === key(name));
  if (!a) throw invalid(`${where}: '${name}' finns inte bland posternas aktörer`);
  return a.id;
}

function parseUnits(c: Case, range: unknown): string[] {
  return asMatrix(range)
    .flat()
    .filter((x) => !isBlankOrZero(x))
    .map((x, i) => actorByName(c, cellText(x), `Enheter, cell ${i + 1}`));
}

/** Enhet | budgetram per row; a first row without a number is a header. */
function parseFrames(c: Case, range: unknown): Record<string, number> {
  if (isMissing(range)) throw invalid("Ramar: ange ett område med enhet och budgetram per rad");
  const frames: Record<string, number> = {};
  asMatrix(range)
    .filter((r) => !r.every(isBlankOrZero))
    .forEach((row, i) => {
      const v = parseNumber(row[1]);
      if (v === undefined) {
        if (i === 0) return;
        throw invalid(`Ramar rad ${i + 1}: ${showCell(row[1])} är ingen budgetram`);
      }
      frames[actorByName(c, cellText(row[0]), `Ramar rad ${i + 1}`)] = v;
    });
  return frames;
}

/** The units or frames of the model given in the parameter `model` (kind "repaymentUnits"). */
export function repaymentUnitsParam(model: string): Param<{ units?: string[]; frames?: Record<string, number> }> {
  return {
    kind: "repaymentUnits",
    type: "any",
    dimensionality: "matrix",
    optional: true,
    parse(raw, ctx: Context) {
      const c = caseOf(ctx);
      if (ctx.values[model] === "frameShare") return { frames: parseFrames(c, raw) };
      return isMissing(raw) ? {} : { units: parseUnits(c, raw) };
    },
  };
}
