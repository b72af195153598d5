import { FMT, Fx, T, addr, cell, line, table, type Block } from "../cells";
import type { SheetInput } from "./input";
import type { KeyFigure } from "./keyfigures.layout";

/**
 * The reporting unit's key figures on Resultaträkning (method v3, Table 4.1 of the seed report;
 * only for a case that names its unit): formulas over the unit's own row of the statement (year 1,
 * never discounted), the participants n and the successes N on Antaganden. A ratio whose divisor
 * is 0 or missing is empty, as the engine's null.
 */

export function keyFiguresBlock({ c, layout: L }: SheetInput): Block[] {
  const S = L.statement;
  const K = S.keyFigures;
  if (!K || c.unit === undefined) return [];
  const unit = c.actors.find((a) => a.id === c.unit)!;
  const u = S.actorRow[unit.id];
  const at = (k: KeyFigure) => addr(K.row[k], K.col.value);
  const rev = addr(u, S.col.revenue);
  const cost = addr(u, S.col.cost);
  const n = L.participants ? `N(${L.participants})` : "0";
  const N = L.assumption("successes");
  const perN = (c.assumptions.intakeYears ?? 1) > 1 ? " (per intagsår)" : "";
  const figures: [KeyFigure, string, string, string, string][] = [
    ["revenue", "Intäkter", `=${rev}`, FMT.kr, "enhetens intäkter år 1 (budgetramen)"],
    ["cost", "Kostnader", `=${cost}`, FMT.kr, "enhetens kostnader år 1"],
    ["result", "Resultat", `=${at("revenue")}-${at("cost")}`, FMT.kr, "intäkter − kostnader"],
    [
      "overrunShare",
      "Över budget (andel av intäkterna)",
      `=IF(${at("revenue")}=0,"",IF(${at("result")}<0,-${at("result")}/${at("revenue")},0))`,
      FMT.percent,
      "−resultat / intäkter när resultatet är negativt",
    ],
    ["participants", "Antal deltagare", L.participants ? `=${L.participants}` : `=""`, FMT.persons, "n, Antaganden"],
    ["costPerParticipant", "Kostnad per deltagare", `=IF(${n}=0,"",${at("cost")}/${n})`, FMT.kr, "kostnader / n"],
    ["successes", `Antal med utfall${perN}`, `=${N}`, FMT.persons, "N, Antaganden"],
    ["costPerSuccess", "Kostnad per person med utfall", `=IF(${N}=0,"",${at("cost")}/${N})`, FMT.kr, "kostnader / N"],
    ["successShare", "Andel med utfall", `=IF(${n}=0,"",${N}/${n})`, FMT.percent, "N / n"],
  ];
  const title = `Nyckeltal för ${unit.name} (jfr tabell 4.1 i Nilsson 2017), år 1, odiskonterat`;
  return [
    cell(K.titleRow, K.col.label, T(title, "header")),
    table(K.headerRow, K.col.label, ["Nyckeltal", "Värde", "Så räknas det"], []),
    ...figures.map(([k, label, f, fmt, how]) =>
      line(K.row[k], K.col.label, [
        T(label, "label"),
        Fx(f, fmt, k === "result" ? "total" : undefined),
        T(how, "note"),
      ]),
    ),
  ];
}
