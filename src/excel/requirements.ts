/**
 * The Office requirement sets socinv relies on. DECLARED is what manifest.xml declares: Office
 * installs the add-in only where all of them are supported, so the code may use them without a
 * check. OPTIONAL features are newer; the code asks Office (isSetSupported) before using them and
 * says in Swedish what happens instead. test/office/requirements.test.ts checks every Excel API
 * member the code calls against these two lists, and the manifest against DECLARED.
 */

export type IsSetSupported = (set: string, version: string) => boolean;

/** Declared in manifest.xml <Requirements>; order = the order a missing one is reported in. */
export const DECLARED: readonly { set: string; version: string }[] = [
  // getSpillingToRangeOrNullObject (Lås värden); 1.6–1.10 for the rest (see the test's table)
  { set: "ExcelApi", version: "1.12" },
  // CustomFunctions.Error (1.2) with ErrorCode.invalidValue / notAvailable, which the type
  // definitions mark 1.3: #VALUE! and #N/A with a Swedish message. 1.3 is in every Excel that
  // has SharedRuntime 1.1 (Office 2021 version 2108, Microsoft 365 since 2020, Mac 16.40, the web).
  { set: "CustomFunctionsRuntime", version: "1.3" },
  // the taskpane page hosts the functions and the ribbon commands; Office.addin.showAsTaskpane
  { set: "SharedRuntime", version: "1.1" },
];

export interface OptionalFeature {
  set: string;
  version: string;
  /** What the user gets where the feature is missing (Swedish). */
  without: string;
}

export const OPTIONAL = {
  /** Cell notes (Workbook.notes): Lås värden keeps the formula in a note, else in a comment. */
  notes: {
    set: "ExcelApi",
    version: "1.18",
    without:
      "Den här Excel-versionen har inte anteckningar (ExcelApi 1.18), så formeln sparas i en kommentar i stället.",
  },
} satisfies Record<string, OptionalFeature>;

export type OptionalFeatureName = keyof typeof OPTIONAL;

/** Whether an optional feature may be used in this Excel; false when Office cannot be asked. */
export function supports(isSetSupported: IsSetSupported | undefined, feature: OptionalFeatureName): boolean {
  const f = OPTIONAL[feature];
  try {
    return isSetSupported ? isSetSupported(f.set, f.version) : false;
  } catch {
    return false;
  }
}

/** A Swedish message naming the first declared set this Excel lacks, or null when it has them all. */
export function missingRequirement(isSetSupported: IsSetSupported): string | null {
  const missing = DECLARED.find((r) => !isSetSupported(r.set, r.version));
  if (!missing) return null;
  return (
    `Den här Excel-versionen saknar funktioner som socinv behöver (${missing.set} ${missing.version}). ` +
    "Använd Excel för Microsoft 365, Excel 2021 eller senare, eller Excel på webben."
  );
}
