/**
 * Ribbon commands, registered in the shared runtime (the taskpane page is the FunctionFile).
 * What goes wrong reaches the user as a Swedish message in the taskpane (./notify).
 */
import { swedishOfficeError } from "../excel/errors";
import { freezeSelection } from "../excel/freeze";
import { OPTIONAL, supports, type IsSetSupported } from "../excel/requirements";
import { showInTaskpane, type CommandMessage } from "./notify";

export interface CommandDeps {
  run: <T>(f: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  isSetSupported: IsSetSupported;
  notify: (message: CommandMessage) => Promise<void>;
}

function officeDeps(): CommandDeps {
  return {
    run: (f) => Excel.run(f),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    notify: showInTaskpane,
  };
}

export const NOTHING_TO_FREEZE =
  "Lås värden: markeringen innehåller inga SOCINV-formler. Markera cellerna med SOCINV.*-formler (eller deras utspillda områden) och välj Lås värden igen.";

/** The Swedish message for a failed Lås värden. */
export function freezeErrorMessage(e: unknown): string {
  return `Lås värden misslyckades. ${swedishOfficeError(
    e,
    (what) => `Excel svarade: ${what}. Formlerna kan delvis vara låsta; kontrollera markeringen och försök igen.`,
  )}`;
}

/** "Lås värden": the selected SOCINV.* cells become values with a note (or comment) of their formula. */
export async function freezeCommand(
  event: Office.AddinCommands.Event,
  deps: CommandDeps = officeDeps(),
): Promise<void> {
  try {
    const useNotes = supports(deps.isSetSupported, "notes");
    const result = await deps.run((context) => freezeSelection(context, { useNotes }));
    if (result.frozen === 0) await deps.notify({ kind: "info", text: NOTHING_TO_FREEZE });
    else if (!useNotes) await deps.notify({ kind: "info", text: `Lås värden: ${OPTIONAL.notes.without}` });
  } catch (e) {
    console.error("socinv: Lås värden misslyckades", e);
    try {
      await deps.notify({ kind: "error", text: freezeErrorMessage(e) });
    } catch (n) {
      console.error("socinv: meddelandet kunde inte visas", n);
    }
  } finally {
    event.completed();
  }
}

export function registerCommands(): void {
  Office.actions.associate("freezeSelection", (event: Office.AddinCommands.Event) => freezeCommand(event));
}
