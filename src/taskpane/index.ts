/**
 * The taskpane page of the shared runtime. It hosts the custom functions (functions.js is
 * loaded by the same page) and registers the ribbon commands. The wizard UI is built in the
 * taskpane issue; until then the page offers the "Lås värden" action.
 */
import { registerCommands } from "../commands/commands";
import { freezeSelection } from "../excel/freeze";

function render(root: HTMLElement): void {
  root.innerHTML = "";
  const h = document.createElement("h1");
  h.textContent = "socinv";
  const p = document.createElement("p");
  p.textContent =
    "Funktionerna SOCINV.* finns i Excel. Markera celler med SOCINV-formler och välj Lås värden innan arbetsboken skickas till någon utan tillägget.";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Lås värden";
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  button.addEventListener("click", () => {
    status.textContent = "Låser värden …";
    Excel.run(async (context) =>
      freezeSelection(context, { useNotes: Office.context.requirements.isSetSupported("ExcelApi", "1.18") }),
    )
      .then((r) => {
        status.textContent =
          r.frozen === 0
            ? "Markeringen innehåller inga SOCINV-formler."
            : `${r.frozen} formler (${r.cells} celler) är låsta till värden.`;
      })
      .catch((e: unknown) => {
        status.textContent = `Det gick inte att låsa värdena: ${e instanceof Error ? e.message : String(e)}`;
      });
  });
  root.append(h, p, button, status);
}

Office.onReady(() => {
  registerCommands();
  const root = document.getElementById("root");
  if (root) render(root);
});
