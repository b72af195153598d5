/**
 * The taskpane page of the shared runtime. It hosts the custom functions (functions.js is loaded
 * by the same page), registers the ribbon commands, and renders the wizard.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { registerCommands } from "../commands/commands";
import { App } from "./components/App";
import { excelHost } from "./host";

declare const SOCINV_VERSION: string;

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
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>,
    );
  }
});
