/**
 * Messages from ribbon commands to the user. Commands run in the shared runtime, that is in the
 * taskpane page itself, so a message is a banner at the top of that page (above the wizard) and
 * the taskpane is shown (Office.addin.showAsTaskpane, SharedRuntime 1.1). Never only the console.
 */

export interface CommandMessage {
  kind: "error" | "info";
  text: string;
}

export const BANNER_ID = "socinv-command-message";

/** Writes (or replaces) the banner in `doc`; the user closes it with its button. */
export function showBanner(doc: Document, message: CommandMessage): HTMLElement {
  doc.getElementById(BANNER_ID)?.remove();
  const banner = doc.createElement("div");
  banner.id = BANNER_ID;
  banner.setAttribute("role", message.kind === "error" ? "alert" : "status");
  Object.assign(banner.style, {
    display: "flex",
    gap: "8px",
    alignItems: "flex-start",
    padding: "8px 12px",
    margin: "8px",
    borderRadius: "4px",
    fontFamily: "'Segoe UI', system-ui, sans-serif",
    fontSize: "14px",
    background: message.kind === "error" ? "#FDE7E9" : "#EBF3FC",
    color: "#242424",
    border: `1px solid ${message.kind === "error" ? "#EEACB2" : "#B4D6FA"}`,
  });
  const text = doc.createElement("span");
  text.style.flex = "1";
  text.textContent = message.text;
  const close = doc.createElement("button");
  close.type = "button";
  close.textContent = "Stäng";
  close.setAttribute("aria-label", "Stäng meddelandet");
  close.addEventListener("click", () => banner.remove());
  banner.append(text, close);
  doc.body.insertBefore(banner, doc.body.firstChild);
  return banner;
}

/** The message in the taskpane, which is shown if it was hidden. */
export async function showInTaskpane(message: CommandMessage): Promise<void> {
  showBanner(document, message);
  try {
    await Office.addin.showAsTaskpane();
  } catch (e) {
    // the banner is there the next time the user opens the taskpane
    console.error("socinv: kunde inte visa aktivitetsfönstret", e);
  }
}
