/**
 * Ribbon commands, registered in the shared runtime (the taskpane page is the FunctionFile).
 */
import { freezeSelection } from "../excel/freeze";

function notesSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.18");
}

/** "Lås värden": the selected SOCINV.* cells become values with a note of their formula. */
export async function freezeCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Excel.run(async (context) => {
      await freezeSelection(context, { useNotes: notesSupported() });
    });
  } catch (e) {
    console.error("socinv: Lås värden misslyckades", e);
  } finally {
    event.completed();
  }
}

export function registerCommands(): void {
  Office.actions.associate("freezeSelection", freezeCommand);
}
