import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { parseLines } from "../../functions/ranges";
import { isSocinvError } from "../../engine/errors";
import { blankLine, chooseUnitCost, importLines, newKey, type LineRow } from "../state";
import { fieldId, useStyles } from "../components/ui";
import { LineEditor } from "./LineEditor";
import { LineSummary } from "./LineSummary";
import type { StepProps, Update } from "./types";

type ImportMessage = { intent: "success" | "error"; text: string } | null;

/** Importera från markeringen: the selected range parsed as lines and added. */
async function importSelection(readSelection: () => Promise<unknown[][]>, update: Update): Promise<ImportMessage> {
  try {
    const parsed = parseLines(await readSelection());
    update((st) => importLines(st, parsed));
    return { intent: "success", text: `${parsed.lines.length} poster importerade från markeringen.` };
  } catch (e) {
    const text = isSocinvError(e)
      ? e.message
      : `Markeringen kunde inte läsas: ${e instanceof Error ? e.message : String(e)}`;
    return { intent: "error", text: `${text}. Markera ett område med rubrikrad (Aktör, Belopp, ...) och försök igen.` };
  }
}

/** Which lines are open for editing when the list is compact. */
function useExpanded(): [Set<string>, (key: string, open?: boolean) => void] {
  const [expanded, setExpanded] = React.useState<Set<string>>(new Set());
  const expand = React.useCallback((key: string, open = true) => {
    setExpanded((x) => {
      const n = new Set(x);
      if (open) n.add(key);
      else n.delete(key);
      return n;
    });
  }, []);
  return [expanded, expand];
}

// ------------------------------------------------------------------ 4. Poster
export function LinesStep({
  state,
  update,
  errors,
  readSelection,
}: StepProps & { readSelection: () => Promise<unknown[][]> }) {
  const s = useStyles();
  const [importMsg, setImportMsg] = React.useState<ImportMessage>(null);
  const [expanded, expand] = useExpanded();
  // with many lines, each shows as one line of text until it is opened for editing
  const compact = state.lines.length > 6;
  const actors = state.actors.filter((a) => a.selected);
  const setLine = (key: string, patch: Partial<LineRow>) => {
    update((st) => ({ ...st, lines: st.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }));
  };
  const focusLater = (key: string) => {
    expand(key);
    setTimeout(() => document.getElementById(fieldId(`line.${key}.actor`))?.focus(), 0);
  };
  const add = () => {
    const l = blankLine(actors[0]?.id ?? "kommun");
    update((st) => ({ ...st, lines: [...st.lines, l] }));
    focusLater(l.key);
  };
  const actionsFor = (l: LineRow, i: number) => ({
    remove: () => {
      update((st) => ({ ...st, lines: st.lines.filter((x) => x.key !== l.key) }));
    },
    duplicate: () => {
      const copy = { ...l, key: newKey() };
      update((st) => ({ ...st, lines: [...st.lines.slice(0, i + 1), copy, ...st.lines.slice(i + 1)] }));
      focusLater(copy.key);
    },
  });
  return (
    <div className={s.stack}>
      {errors.lines && <Text role="alert">{errors.lines}</Text>}
      <Text className={s.muted}>
        Belopp i kronor per år, skrivna som 1 234 567,50. Tomt Från år betyder år 1, tomt Till år horisonten.
      </Text>
      {state.lines.map((l, i) => {
        const hasError = Object.keys(errors).some((k) => k.startsWith(`line.${l.key}.`));
        if (compact && !expanded.has(l.key) && !hasError) {
          const actorName = state.actors.find((a) => a.id === l.actor)?.name ?? l.actor;
          const open = () => focusLater(l.key);
          return <LineSummary key={l.key} n={i + 1} line={l} actorName={actorName} open={open} {...actionsFor(l, i)} />;
        }
        return (
          <LineEditor
            key={l.key}
            n={i + 1}
            line={l}
            actors={actors}
            errors={errors}
            set={(patch) => setLine(l.key, patch)}
            state={state}
            chooseUnitCost={(entry, quantity) => {
              update((st) => chooseUnitCost(st, l.key, entry, quantity));
            }}
            close={compact ? () => expand(l.key, false) : undefined}
            {...actionsFor(l, i)}
          />
        );
      })}
      <div className={s.row}>
        <Button appearance="primary" onClick={add}>
          Lägg till post
        </Button>
        <Button
          onClick={() => {
            setImportMsg(null);
            void importSelection(readSelection, update).then(setImportMsg);
          }}
        >
          Importera från markeringen
        </Button>
      </div>
      {importMsg && (
        <MessageBar intent={importMsg.intent} role={importMsg.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{importMsg.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
