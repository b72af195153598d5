/**
 * Office.js errors as a Swedish message that says what to do. `otherwise` words the message for
 * an error without a known code (by default: writing the workbook failed, nothing overwritten).
 */
export function swedishOfficeError(e: unknown, otherwise?: (codeOrMessage: string) => string): string {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "AccessDenied":
      return "Arbetsboken går inte att ändra (den kan vara skrivskyddad eller öppen för läsning). Spara en egen kopia eller välj Redigera arbetsbok och försök igen.";
    case "InvalidOperation":
    case "InvalidOperationInCellEditMode":
      return "Excel är upptaget (kanske redigeras en cell). Tryck Enter eller Esc i cellen och försök igen.";
    case "ApiNotFound":
    case "NotImplemented":
      return "Den här Excel-versionen saknar funktioner som socinv behöver (ExcelApi 1.12 eller senare). Använd Excel för Microsoft 365, Excel 2021 eller senare, eller Excel på webben.";
    case "RequestPayloadSizeLimitExceeded":
      return "Kalkylen är för stor för att skrivas i ett svep i Excel på webben. Minska antalet poster eller använd Excel för skrivbordet.";
    case "ItemAlreadyExists":
      return "Ett blad eller namn med samma namn finns redan. Inget har skrivits över; försök igen.";
    case "WorkbookProtected":
    case "SheetProtected":
      return "Arbetsboken eller bladet är skyddat. Ta bort skyddet under Granska › Skydda och försök igen.";
    default:
      if (otherwise) return otherwise(code || message);
      return `Excel kunde inte skriva arbetsboken (${code || message}). Inget har skrivits över; försök igen.`;
  }
}
