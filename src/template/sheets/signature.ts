import { FMT, Fx, T, cell, line, type Block } from "../cells";
import type { CellSpec } from "../model";
import type { SheetInput } from "./input";

/**
 * The first page's block for signing: the key assumptions (H, r, N, ρ) as references to their
 * cells on Antaganden, beside who prepared the case, when and which version (from the case), and
 * lines for the reviewer's name, date and signature.
 */

const BLANK = "……………………………………";

export function signatureBlocks({ c, layout: L, generatedAt, addinVersion }: SheetInput): Block[] {
  const S = L.statement.signature;
  const a = L.assumption;
  // A discount schedule (method v2) has a rate per year on Antaganden; r alone does not say it.
  const schedule = c.assumptions.discountSchedule !== undefined;
  const rate: CellSpec = schedule
    ? T(`enligt diskonteringsschemat på bladet ${L.sheets.assumptions}`, "note")
    : Fx(`=${a("discountRate")}`, FMT.percent);
  const left: [string, CellSpec][] = [
    ["Horisont (H), år", Fx(`=${a("horizon")}`, FMT.int)],
    ["Diskonteringsränta (r)", rate],
    ["Antal med utfall (N)", Fx(`=${a("successes")}`, FMT.persons)],
    ["Återfall per år (ρ)", Fx(`=${a("relapse")}`, FMT.percent)],
  ];
  const right: [string, CellSpec][] = [
    ["Upprättad av", T(c.preparedBy ?? BLANK)],
    ["Skapad", T(`${generatedAt.toISOString().slice(0, 10)} (socinv ${addinVersion})`)],
    ["Version", T(c.version ?? BLANK)],
    ["Granskad av", T(BLANK)],
    ["Datum", T(BLANK)],
    ["Underskrift", T(BLANK)],
  ];
  return [
    cell(S.titleRow, 1, T(`Nyckelantaganden (bladet ${L.sheets.assumptions})`, "header")),
    cell(S.titleRow, 4, T("Upprättad och granskad", "header")),
    ...left.map(([label, v], i) => line(S.firstRow + i, 1, [T(label, "label"), v])),
    ...right.map(([label, v], i) => line(S.firstRow + i, 4, [T(label, "label"), v])),
  ];
}
