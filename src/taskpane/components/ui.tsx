import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Errors } from "../state";

export const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "100%",
    padding: "12px",
    display: "flex",
    flexDirection: "column",
    rowGap: "12px",
    overflowX: "hidden",
  },
  stack: { display: "flex", flexDirection: "column", rowGap: "10px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "8px", alignItems: "flex-end" },
  grid2: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    columnGap: "8px",
    rowGap: "8px",
    minWidth: 0,
    // a field beside one with an error message keeps its height
    alignItems: "start",
  },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    margin: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "8px",
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: "0 4px" },
  nav: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: "8px",
    position: "sticky",
    bottom: 0,
    background: tokens.colorNeutralBackground1,
    paddingTop: "8px",
    paddingBottom: "4px",
  },
  table: { width: "100%", tableLayout: "fixed" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  muted: { color: tokens.colorNeutralForeground3 },
  full: { width: "100%", minWidth: 0 },
  /** Fluent's Dropdown keeps a 250 px minimum width; in the narrow taskpane it must shrink. */
  control: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
  nowrap: { whiteSpace: "nowrap" },
});

/** Every error of a step at the top, announced to screen readers, each a link to its field. */
export function ErrorSummary({ errors, id }: { errors: Errors; id: string }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <MessageBar intent="error" id={id} role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {entries.length === 1
            ? "Rätta ett fel innan du går vidare"
            : `Rätta ${entries.length} fel innan du går vidare`}
        </MessageBarTitle>
        <ul style={{ margin: "4px 0 0", paddingLeft: "18px" }}>
          {entries.map(([k, msg]) => (
            <li key={k}>
              <a
                href={`#${fieldId(k)}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(fieldId(k))?.focus();
                }}
              >
                {msg}
              </a>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A DOM id for an error key such as "line.l1.amount". */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
