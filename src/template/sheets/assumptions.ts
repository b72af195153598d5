import { ASSUMPTIONS, type AssumptionInfo } from "../../engine";
import { FMT, Fx, N, T, addr, line, numberRule, sheet, svNumber, table, titled } from "../cells";
import { v2AssumptionBlocks, v2InputChecks } from "./assumptions-v2";
import { REGENERATE } from "./checks";
import type { SheetModel } from "../model";
import type { SheetInput } from "./input";

/** Antaganden: one named input cell per assumption, and the derived outcome adjustment k. */

const HEADERS = ["Antagande", "Symbol", "Värde", "Enhet", "Standard", "Förklaring", "Källa"];

function unitFormat(unit: AssumptionInfo["unit"]): string {
  if (unit === "andel" || unit === "ränta") return FMT.percent;
  return unit === "personer" ? FMT.persons : FMT.int;
}

export function assumptionsSheet(input: SheetInput): SheetModel {
  const { c, layout: L } = input;
  const A = L.assumptions;
  const rows = ASSUMPTIONS.map((info) => {
    const fmt = unitFormat(info.unit);
    return line(A.row[info.key], 1, [
      T(info.label, "label"),
      T(info.symbol),
      N(c.assumptions[info.key], fmt, "input"),
      T(info.unit),
      info.default === null ? T("anges") : N(info.default, fmt),
      T(info.explanation),
      T(info.source, "note"),
    ]);
  });
  const k = `=(1-${L.assumption("deadweight")})*(1-${L.assumption("displacement")})*${L.assumption("attribution")}`;
  const adjustment = line(A.adjustmentRow, 1, [
    T("Utfallsjustering", "label"),
    T("k"),
    Fx(k, FMT.factor),
    T("andel"),
    N(1, FMT.factor),
    T("k = (1 − w) · (1 − u) · α; räknas fram, ändra inte."),
    T("Metoden, avsnitt Värden.", "note"),
  ]);
  const validations = ASSUMPTIONS.map((info) => {
    const ref = addr(A.row[info.key], A.valueCol);
    if (info.key === "horizon")
      return numberRule(
        ref,
        "whole",
        1,
        L.H,
        "Ogiltig horisont",
        `Ett heltal 1–${L.H}, den horisont arbetsboken skapades för. Längre: ${REGENERATE}.`,
      );
    const from = info.minExclusive ? `större än ${svNumber(info.min)}` : `från ${svNumber(info.min)}`;
    const share = info.unit === "andel" ? " (en andel: 25 % eller 0,25)" : "";
    return numberRule(
      ref,
      info.integer ? "whole" : "decimal",
      info.min,
      info.max,
      `Ogiltigt värde`,
      `${info.label}: ett tal ${from} till ${svNumber(info.max)}${share}.`,
    );
  });
  const conditionalFormats = ASSUMPTIONS.map((info) => {
    const ref = addr(A.row[info.key], A.valueCol);
    const max = info.key === "horizon" ? L.H : info.max;
    const low = info.minExclusive ? `${ref}<=${info.min}` : `${ref}<${info.min}`;
    return { ref, formula: `OR(NOT(ISNUMBER(${ref})),${low},${ref}>${max})` };
  });
  const v2 = v2InputChecks(c, L);
  return sheet(
    "assumptions",
    L.sheets.assumptions,
    [
      titled("Antaganden", "Ändra värdena i kolumn C; alla blad räknas om. Andelar anges i procent."),
      table(A.headerRow, 1, HEADERS, []),
      ...rows,
      adjustment,
      ...v2AssumptionBlocks(input),
    ],
    {
      columnWidths: [22, 8, 12, 10, 10, 70, 60],
      print: { landscape: true, fitToWidth: true },
      validations: [...validations, ...v2.validations],
      conditionalFormats: [...conditionalFormats, ...v2.conditionalFormats],
    },
  );
}
