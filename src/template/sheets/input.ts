import type { Case, Report } from "../../engine";
import type { Layout } from "../layout";
import type { SheetModel } from "../model";

/** What every sheet is built from: the case, the engine's report of it, and the layout. */
export interface SheetInput {
  c: Case;
  report: Report;
  layout: Layout;
  /** When the workbook was generated and by which socinv version (on the Revision sheet). */
  generatedAt: Date;
  addinVersion: string;
}

/** A sheet module: its sheet model, or undefined when the case has nothing for it. */
export type SheetBuilder = (input: SheetInput) => SheetModel | undefined;
