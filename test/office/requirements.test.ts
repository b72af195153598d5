import { XMLParser } from "fast-xml-parser";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DECLARED, OPTIONAL, missingRequirement, supports } from "../../src/excel/requirements";
import { ROOT } from "../helpers/cases";
import { apiUses, createProgram, sourceFiles, versionAbove, type Use } from "./excelApi";

/**
 * Every Office API member the add-in calls, with the requirement set Microsoft's reference gives
 * it (the "[ API set: … ]" remark of the member's page under
 * https://learn.microsoft.com/javascript/api/excel/ and the lists of
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 * The test fails when the code uses a member missing here, when this table disagrees with the
 * type definitions, or when a member needs a newer set than manifest.xml declares and is not
 * under a check of an OPTIONAL feature (src/excel/requirements.ts).
 */
const TABLE: Record<string, string> = {
  // ExcelApi 1.1 (Excel 2016 and later)
  "Excel.Chart.series": "ExcelApi 1.1",
  "Excel.Chart.setPosition": "ExcelApi 1.1",
  "Excel.Chart.title": "ExcelApi 1.1",
  "Excel.ChartCollection.add": "ExcelApi 1.1",
  "Excel.ChartSeries.name": "ExcelApi 1.1",
  "Excel.ChartSeriesCollection.getItemAt": "ExcelApi 1.1",
  "Excel.ChartTitle.text": "ExcelApi 1.1",
  "Excel.NamedItem.name": "ExcelApi 1.1",
  "Excel.Range.address": "ExcelApi 1.1",
  "Excel.Range.format": "ExcelApi 1.1",
  "Excel.Range.formulas": "ExcelApi 1.1",
  "Excel.Range.getCell": "ExcelApi 1.1",
  "Excel.Range.getColumn": "ExcelApi 1.1",
  "Excel.Range.numberFormat": "ExcelApi 1.1",
  "Excel.Range.values": "ExcelApi 1.1",
  "Excel.RangeFill.color": "ExcelApi 1.1",
  "Excel.RangeFont.bold": "ExcelApi 1.1",
  "Excel.RangeFont.color": "ExcelApi 1.1",
  "Excel.RangeFont.italic": "ExcelApi 1.1",
  "Excel.RangeFont.size": "ExcelApi 1.1",
  "Excel.RangeFormat.fill": "ExcelApi 1.1",
  "Excel.RangeFormat.font": "ExcelApi 1.1",
  "Excel.RangeFormat.wrapText": "ExcelApi 1.1",
  "Excel.RangeFormat.verticalAlignment": "ExcelApi 1.1",
  "Excel.Table.name": "ExcelApi 1.1",
  "Excel.Table.style": "ExcelApi 1.1",
  "Excel.TableCollection.add": "ExcelApi 1.1",
  "Excel.Workbook.getSelectedRange": "ExcelApi 1.1",
  "Excel.Workbook.names": "ExcelApi 1.1",
  "Excel.Workbook.tables": "ExcelApi 1.1",
  "Excel.Workbook.worksheets": "ExcelApi 1.1",
  "Excel.Worksheet.activate": "ExcelApi 1.1",
  "Excel.Worksheet.charts": "ExcelApi 1.1",
  "Excel.Worksheet.delete": "ExcelApi 1.1",
  "Excel.Worksheet.getRange": "ExcelApi 1.1",
  "Excel.Worksheet.getUsedRange": "ExcelApi 1.1",
  "Excel.Worksheet.name": "ExcelApi 1.1",
  "Excel.Worksheet.tables": "ExcelApi 1.1",
  "Excel.WorksheetCollection.add": "ExcelApi 1.1",
  "Excel.WorksheetCollection.getItem": "ExcelApi 1.1",
  // ExcelApi 1.2
  "Excel.RangeFormat.columnWidth": "ExcelApi 1.2",
  "Excel.RangeFormat.rowHeight": "ExcelApi 1.2",
  "Excel.Range.merge": "ExcelApi 1.2",
  "Excel.Range.rowHidden": "ExcelApi 1.2",
  // ExcelApi 1.2: sheet protection (result and control sheets, no password) and unlocked input cells
  "Excel.Worksheet.protection": "ExcelApi 1.2",
  "Excel.WorksheetProtection.protect": "ExcelApi 1.2",
  "Excel.RangeFormat.protection": "ExcelApi 1.2",
  "Excel.FormatProtection.locked": "ExcelApi 1.2",
  // ExcelApi 1.4: named items, *OrNullObject
  "Excel.NamedItem.delete": "ExcelApi 1.4",
  "Excel.NamedItemCollection.add": "ExcelApi 1.4",
  "Excel.NamedItemCollection.getItemOrNullObject": "ExcelApi 1.4",
  "Excel.WorksheetCollection.getItemOrNullObject": "ExcelApi 1.4",
  // ExcelApi 1.6
  "Excel.Application.suspendApiCalculationUntilNextSync": "ExcelApi 1.6",
  // ExcelApi 1.6: conditional formats (the input checks' red cells)
  "Excel.Range.conditionalFormats": "ExcelApi 1.6",
  "Excel.ConditionalFormatCollection.add": "ExcelApi 1.6",
  "Excel.ConditionalFormat.custom": "ExcelApi 1.6",
  "Excel.CustomConditionalFormat.rule": "ExcelApi 1.6",
  "Excel.CustomConditionalFormat.format": "ExcelApi 1.6",
  "Excel.ConditionalFormatRule.formula": "ExcelApi 1.6",
  "Excel.ConditionalRangeFormat.fill": "ExcelApi 1.6",
  "Excel.ConditionalRangeFormat.font": "ExcelApi 1.6",
  "Excel.ConditionalRangeFill.color": "ExcelApi 1.6",
  "Excel.ConditionalRangeFont.color": "ExcelApi 1.6",
  "Excel.ConditionalRangeFont.bold": "ExcelApi 1.6",
  // ExcelApi 1.7: chart series, freeze panes, getRangeByIndexes
  "Excel.ChartSeries.setValues": "ExcelApi 1.7",
  "Excel.ChartSeries.setXAxisValues": "ExcelApi 1.7",
  "Excel.ChartSeriesCollection.add": "ExcelApi 1.7",
  "Excel.Worksheet.freezePanes": "ExcelApi 1.7",
  "Excel.Worksheet.getRangeByIndexes": "ExcelApi 1.7",
  "Excel.WorksheetFreezePanes.freezeAt": "ExcelApi 1.7",
  "Excel.WorksheetFreezePanes.freezeColumns": "ExcelApi 1.7",
  "Excel.WorksheetFreezePanes.freezeRows": "ExcelApi 1.7",
  // ExcelApi 1.8: data validation
  "Excel.DataValidation.rule": "ExcelApi 1.8",
  "Excel.Range.dataValidation": "ExcelApi 1.8",
  "Excel.DataValidation.errorAlert": "ExcelApi 1.8",
  // ExcelApi 1.9: page layout
  "Excel.PageLayout.orientation": "ExcelApi 1.9",
  "Excel.PageLayout.zoom": "ExcelApi 1.9",
  "Excel.Worksheet.pageLayout": "ExcelApi 1.9",
  "Excel.PageLayout.setPrintArea": "ExcelApi 1.9",
  "Excel.PageLayout.setPrintTitleRows": "ExcelApi 1.9",
  "Excel.PageLayout.setPrintTitleColumns": "ExcelApi 1.9",
  "Excel.PageLayout.headersFooters": "ExcelApi 1.9",
  "Excel.PageLayout.printOrder": "ExcelApi 1.9",
  "Excel.Worksheet.horizontalPageBreaks": "ExcelApi 1.9",
  "Excel.Worksheet.verticalPageBreaks": "ExcelApi 1.9",
  "Excel.PageBreakCollection.add": "ExcelApi 1.9",
  "Excel.HeaderFooterGroup.defaultForAllPages": "ExcelApi 1.9",
  "Excel.HeaderFooter.leftHeader": "ExcelApi 1.9",
  "Excel.HeaderFooter.centerHeader": "ExcelApi 1.9",
  "Excel.HeaderFooter.rightHeader": "ExcelApi 1.9",
  "Excel.HeaderFooter.leftFooter": "ExcelApi 1.9",
  "Excel.HeaderFooter.centerFooter": "ExcelApi 1.9",
  "Excel.HeaderFooter.rightFooter": "ExcelApi 1.9",
  // ExcelApi 1.10: comments
  "Excel.CommentCollection.add": "ExcelApi 1.10",
  "Excel.Workbook.comments": "ExcelApi 1.10",
  "Excel.Range.group": "ExcelApi 1.10",
  // ExcelApi 1.12: dynamic arrays
  "Excel.Range.getSpillingToRangeOrNullObject": "ExcelApi 1.12",
  // ExcelApi 1.18: notes (OPTIONAL.notes)
  "Excel.Note.content": "ExcelApi 1.18",
  "Excel.NoteCollection.add": "ExcelApi 1.18",
  "Excel.NoteCollection.getItemOrNullObject": "ExcelApi 1.18",
  "Excel.Workbook.notes": "ExcelApi 1.18",
  // Custom functions: https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error
  "CustomFunctions.Error": "CustomFunctionsRuntime 1.2",
  "CustomFunctions.ErrorCode": "CustomFunctionsRuntime 1.2",
  "CustomFunctions.ErrorCode.invalidValue": "CustomFunctionsRuntime 1.3",
  "CustomFunctions.ErrorCode.notAvailable": "CustomFunctionsRuntime 1.3",
  // Shared runtime: https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
  "Office.Addin.showAsTaskpane": "SharedRuntime 1.1",
  "Office.Actions.associate": "SharedRuntime 1.1",
  "Office.actions": "SharedRuntime 1.1",
  "Office.addin": "SharedRuntime 1.1",
  // Add-in commands (ExecuteFunction): part of every Excel that has the shared runtime
  "Office.AddinCommands.Event.completed": "AddinCommands 1.1",
  // The request context, loading and the common API: every Excel that runs add-ins
  "Excel.run": "common",
  "Excel.RequestContext.application": "common",
  "Excel.RequestContext.workbook": "common",
  "Excel.NamedItem.load": "common",
  "Excel.NamedItemCollection.items": "common",
  "Excel.NamedItemCollection.load": "common",
  "Excel.Note.load": "common",
  "Excel.Range.load": "common",
  "Excel.TableCollection.items": "common",
  "Excel.TableCollection.load": "common",
  "Excel.Worksheet.load": "common",
  "Excel.WorksheetCollection.items": "common",
  "Excel.WorksheetCollection.load": "common",
  "OfficeExtension.ClientObject.isNullObject": "common",
  "OfficeExtension.ClientRequestContext.sync": "common",
  "Office.onReady": "common",
  "Office.context": "common",
  "Office.Context.document": "common",
  "Office.Context.officeTheme": "common",
  "Office.Context.requirements": "common",
  "Office.OfficeTheme.bodyBackgroundColor": "common",
  "Office.RequirementSetSupport.isSetSupported": "common",
  "Office.Document.settings": "common",
  "Office.Settings.get": "common",
  "Office.Settings.remove": "common",
  "Office.Settings.saveAsync": "common",
  "Office.Settings.set": "common",
};

/** Where the type definitions say something else, and why the table is right for Excel. */
const TYPES_DIFFER: Record<string, string> = {
  // the remark lists Outlook's set only; in Excel, event.completed comes with add-in commands
  "Office.AddinCommands.Event.completed": "Mailbox 1.3",
  // the pages of Office.actions / Office.addin state SharedRuntime 1.1 on their members only
  "Office.actions": "",
  "Office.addin": "",
  "Office.Actions.associate": "",
  // the enum itself carries no remark; it came with CustomFunctions.Error (its members: 1.3 above)
  "CustomFunctions.ErrorCode": "",
};

/** Sets that need no declaration: add-in commands are in every Excel with SharedRuntime 1.1. */
const IMPLIED: Record<string, string> = { AddinCommands: "1.1" };

/** The flag in the code that stands for each optional feature's isSetSupported check. */
const FLAGS: Record<string, keyof typeof OPTIONAL> = { useNotes: "notes" };

const DIRS = ["src/excel", "src/commands", "src/taskpane", "src/functions"];

function declaredIn(xml: string): { set: string; version: string }[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => n === "Set" }).parse(
    xml,
  );
  return (doc.OfficeApp.Requirements.Sets.Set as Record<string, string>[]).map((s) => ({
    set: s["@Name"],
    version: s["@MinVersion"],
  }));
}

/** What is wrong with the uses, given the declared sets: one line per problem. */
function problems(uses: Use[], declared: readonly { set: string; version: string }[]): string[] {
  const out: string[] = [];
  const have = new Map([...Object.entries(IMPLIED), ...declared.map((d) => [d.set, d.version] as [string, string])]);
  for (const u of uses) {
    const at = `${u.file}:${u.line} ${u.member}`;
    const set = TABLE[u.member];
    if (!set) {
      out.push(`${at}: not in the table (look up its requirement set and add it)`);
      continue;
    }
    const typed = u.member in TYPES_DIFFER ? TYPES_DIFFER[u.member] || null : set === "common" ? null : set;
    if ((u.dts ?? null) !== typed) out.push(`${at}: the table says ${set}, the type definitions ${u.dts ?? "nothing"}`);
    if (set === "common") continue;
    const [name, version] = set.split(" ");
    const declaredVersion = have.get(name);
    if (declaredVersion !== undefined && !versionAbove(version, declaredVersion)) continue;
    const guarded = u.guards.some((flag) => {
      const f = OPTIONAL[FLAGS[flag]];
      return f && f.set === name && !versionAbove(version, f.version);
    });
    if (!guarded)
      out.push(`${at}: needs ${set}, manifest declares ${name} ${declaredVersion ?? "—"} and no check guards it`);
  }
  return out;
}

const files = sourceFiles(DIRS);
const fixtureDir = mkdtempSync(join(tmpdir(), "socinv-api-"));
const fixture = join(fixtureDir, "fixture.ts");
writeFileSync(
  fixture,
  `export async function f(context: Excel.RequestContext, useNotes: boolean): Promise<void> {
  const spill = context.workbook.getSelectedRange().getSpillingToRangeOrNullObject();
  spill.load("address");
  context.workbook.notes.add("A1", "unguarded");
  if (useNotes) context.workbook.notes.add("A1", "guarded");
  await context.sync();
}
`,
);
const program = createProgram([...files, fixture]);
const uses = apiUses(program, files, Object.keys(FLAGS));
afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

describe("requirement sets", () => {
  test("manifest.xml declares exactly DECLARED of src/excel/requirements.ts", () => {
    expect(declaredIn(readFileSync(join(ROOT, "manifest.xml"), "utf8"))).toEqual(DECLARED);
  });

  test("the scan finds the members the issue names", () => {
    const members = new Set(uses.map((u) => u.member));
    expect(uses.length).toBeGreaterThan(80);
    for (const m of [
      "Excel.Application.suspendApiCalculationUntilNextSync",
      "Excel.Worksheet.getRangeByIndexes",
      "Excel.Range.dataValidation",
      "Excel.Worksheet.pageLayout",
      "Excel.CommentCollection.add",
      "Excel.Workbook.notes",
      "Excel.Range.getSpillingToRangeOrNullObject",
      "CustomFunctions.Error",
    ])
      expect(members.has(m) ? m : `not found: ${m}`).toBe(m);
  });

  test("every Office API member the code calls is declared in the manifest or guarded by a check", () => {
    expect(problems(uses, DECLARED)).toEqual([]);
  });

  test("the table has no entry the code does not use", () => {
    const members = new Set(uses.map((u) => u.member));
    expect(Object.keys(TABLE).filter((m) => !members.has(m))).toEqual([]);
  });

  test("the check fails on a member newer than declared, and on an unguarded optional one (it can fail)", () => {
    const fx = apiUses(program, [fixture], Object.keys(FLAGS));
    const lowered = DECLARED.map((d) => (d.set === "ExcelApi" ? { ...d, version: "1.9" } : d));
    const found = problems(fx, lowered)
      .map((p) => p.replace(/^.*fixture\.ts:/, ""))
      .sort();
    expect(found).toEqual([
      "2 Excel.Range.getSpillingToRangeOrNullObject: needs ExcelApi 1.12, manifest declares ExcelApi 1.9 and no check guards it",
      "4 Excel.NoteCollection.add: needs ExcelApi 1.18, manifest declares ExcelApi 1.9 and no check guards it",
      "4 Excel.Workbook.notes: needs ExcelApi 1.18, manifest declares ExcelApi 1.9 and no check guards it",
    ]);
    expect(
      problems(fx, DECLARED)
        .map((p) => p.replace(/^.*fixture\.ts:/, ""))
        .sort(),
    ).toEqual([
      "4 Excel.NoteCollection.add: needs ExcelApi 1.18, manifest declares ExcelApi 1.12 and no check guards it",
      "4 Excel.Workbook.notes: needs ExcelApi 1.18, manifest declares ExcelApi 1.12 and no check guards it",
    ]);
  });

  test("the taskpane names the first declared set this Excel lacks, in Swedish", () => {
    const upTo = (excel: string) => (set: string, v: string) => set !== "ExcelApi" || !versionAbove(v, excel);
    expect(missingRequirement(upTo("1.18"))).toBeNull();
    expect(missingRequirement(upTo("1.11"))).toBe(
      "Den här Excel-versionen saknar funktioner som socinv behöver (ExcelApi 1.12). Använd Excel för Microsoft 365, Excel 2021 eller senare, eller Excel på webben.",
    );
    expect(missingRequirement((set) => set !== "SharedRuntime")).toMatch(/\(SharedRuntime 1\.1\)/);
  });

  test("an optional feature is used only where Office says it is there", () => {
    expect(supports((set, v) => set === "ExcelApi" && v === "1.18", "notes")).toBe(true);
    expect(supports(() => false, "notes")).toBe(false);
    expect(supports(undefined, "notes")).toBe(false);
    expect(
      supports(() => {
        throw new Error("Office is not ready");
      }, "notes"),
    ).toBe(false);
  });
});
