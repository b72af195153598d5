/**
 * What works on every step: Ångra and Gör om over the whole case (also Ctrl+Z and Ctrl+Y),
 * Spara som JSON, Börja om, which asks first, and Inställningar (the addresses of Kolada and SCB).
 */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { caseFileOf, type WizardState } from "../state";
import { downloadText } from "./download";
import { SettingsDialog } from "./SettingsDialog";
import { useStyles } from "./ui";

export interface ToolbarProps {
  state: WizardState;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  restart: () => void;
}

/** Ctrl+Z / Cmd+Z undoes, Ctrl+Y / Ctrl+Shift+Z redoes, anywhere in the taskpane. */
export function useUndoKeys(undo: () => void, redo: () => void): void {
  React.useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === "z" && !e.shiftKey) undo();
      else if (k === "y" || (k === "z" && e.shiftKey)) redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);
}

export function Toolbar(props: ToolbarProps) {
  const s = useStyles();
  const { state, undo, redo, canUndo, canRedo, restart } = props;
  const [asking, setAsking] = React.useState(false);
  const [saved, setSaved] = React.useState<string | null>(null);
  const [settings, setSettings] = React.useState(false);
  const save = () => {
    const f = caseFileOf(state);
    downloadText(f.name, f.text);
    setSaved(
      f.complete
        ? `Sparade ${f.name}.`
        : `Sparade ${f.name}. Kalkylen är inte klar än; öppna filen igen under Mall för att fortsätta.`,
    );
  };
  return (
    <div className={s.stack} style={{ rowGap: 6 }}>
      <div role="toolbar" aria-label="Kalkylen" className={s.row} style={{ columnGap: 4 }}>
        <Button size="small" disabled={!canUndo} onClick={undo} title="Ctrl+Z">
          Ångra
        </Button>
        <Button size="small" disabled={!canRedo} onClick={redo} title="Ctrl+Y">
          Gör om
        </Button>
        <Button size="small" onClick={save}>
          Spara som JSON
        </Button>
        <Button size="small" appearance="subtle" onClick={() => setAsking(true)}>
          Börja om
        </Button>
        <Button size="small" appearance="subtle" onClick={() => setSettings(true)}>
          Inställningar
        </Button>
      </div>
      <SettingsDialog open={settings} close={() => setSettings(false)} />
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
      {asking && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Börja om?</MessageBarTitle>
            Allt du har skrivit i guiden töms (arbetsboken ändras inte). Ångra tar tillbaka det; spara kalkylen som JSON
            först om du vill ha den som fil.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() => {
                setAsking(false);
                setSaved(null);
                restart();
              }}
            >
              Töm guiden
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setAsking(false)}>
              Avbryt
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
