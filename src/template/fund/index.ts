import type { Portfolio, PortfolioResult } from "../../engine";
import { cacheValues } from "../evaluate";
import type { WorkbookModel } from "../model";
import { fundLayout } from "./layout";
import { fundSheet } from "./sheet";

/**
 * The fund's workbook (`socinv fond portfölj.json -o fond.xlsx`): the sheet Fond in native
 * formulas with its cached values, rendered by the same .xlsx writer as the bokslut workbook.
 */
export function buildFundWorkbook(
  p: Portfolio,
  r: PortfolioResult,
  opts: { addinVersion?: string } = {},
): WorkbookModel {
  const L = fundLayout(r);
  const text = (s: string) => s.slice(0, 100).replace(/&/g, "&&");
  return cacheValues({
    properties: { title: p.fund.name, author: "", application: "socinv", version: opts.addinVersion ?? "0.0.0" },
    headerFooter: {
      header: [`&"-,Bold"${text(p.fund.name)}`, "", text(p.fund.owner ?? "")],
      footer: ["&A", "Sida &P av &N", ""],
    },
    sheets: [fundSheet(L, p, r)],
    names: [
      { name: "Inputs_Status", sheet: "fund", ref: `$B$${L.status.row}` },
      { name: "Fund_FirstNegativeYear", sheet: "fund", ref: `$B$${L.firstNegative.row}` },
    ],
    activeSheet: "fund",
  });
}
