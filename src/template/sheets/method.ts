import { T, column, sheet } from "../cells";
import { methodLines, methodV2Lines } from "../method-text";
import type { SheetModel } from "../model";
import { methodV3Lines } from "./continuing";
import type { SheetInput } from "./input";

/** Metod: the method in Swedish, one paragraph a row. */
export function methodSheet({ layout: L }: SheetInput): SheetModel {
  const v2 = L.assumptions.v2 ? methodV2Lines(L.sheets.assumptions) : [];
  const text = [...methodLines(), ...v2, ...methodV3Lines(L)].map((l) => T(l.text, l.style));
  return sheet("method", L.sheets.method, [column(1, 1, text)], {
    // one paragraph a row, wrapped at a width that prints unscaled across a landscape page
    columnWidths: [105],
    wrapColumns: [1],
    print: { landscape: true, fitToWidth: true },
  });
}
