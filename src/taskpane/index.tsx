/**
 * The taskpane page of the shared runtime. It hosts the custom functions (functions.js is loaded
 * by the same page), registers the ribbon commands, and renders the wizard.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { registerCommands } from "../commands/commands";
import { App } from "./components/App";
import { excelHost } from "./host";

declare const SOCINV_VERSION: string;

/** Follows Office's theme: a dark body background gives Fluent's dark theme. */
export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackgroundColor ?? "");
  if (!m) return webLightTheme;
  const [r, g, b] = m.slice(1).map((x) => parseInt(x, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? webDarkTheme : webLightTheme;
}

Office.onReady(() => {
  registerCommands();
  const host = excelHost((f) => Excel.run(f), {
    addinVersion: typeof SOCINV_VERSION === "string" ? SOCINV_VERSION : "0.0.0",
    settings: Office.context?.document?.settings ?? null,
    isSetSupported: (set, v) => Office.context.requirements.isSetSupported(set, v),
  });
  const root = document.getElementById("root");
  if (root) {
    createRoot(root).render(
      <FluentProvider theme={themeFor(Office.context?.officeTheme?.bodyBackgroundColor)} style={{ minHeight: "100vh" }}>
        <App host={host} />
      </FluentProvider>,
    );
  }
});
