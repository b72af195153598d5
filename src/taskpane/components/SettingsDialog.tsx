/** Inställningar: the addresses of Kolada and SCB (defaults: the live services), said plainly when the page's CSP would block one. */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
} from "@fluentui/react-components";
import { checkAddress, cspMessage, defaultSettings, storageSettings, type NetSettings } from "../state/settings";
import { pagePolicy } from "../net/client";
import { useStyles } from "./ui";

const localStore = () => {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
};

/** The taskpane's settings store (its local storage). */
export const settingsStore = storageSettings(localStore);

/** The message for a typed address: not an address, or blocked by the page's policy; null when fine. */
function addressMessage(text: string): { text: string; state: "error" | "warning" } | null {
  const wrong = checkAddress(text);
  if (wrong) return { text: wrong, state: "error" };
  const p = pagePolicy();
  const blocked = p && cspMessage(text.trim(), p.policy, p.origin);
  return blocked ? { text: blocked, state: "warning" } : null;
}

function AddressField(props: { label: string; value: string; set: (v: string) => void }) {
  const m = addressMessage(props.value);
  return (
    <Field label={props.label} validationMessage={m?.text} validationState={m?.state ?? "none"}>
      <Input value={props.value} onChange={(_, d) => props.set(d.value)} />
    </Field>
  );
}

export function SettingsDialog(props: { open: boolean; close: () => void }) {
  const s = useStyles();
  const [form, setForm] = React.useState<NetSettings>(() => settingsStore.load());
  const [seconds, setSeconds] = React.useState(() => String(settingsStore.load().timeoutMs / 1000));
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!props.open) return;
    const now = settingsStore.load();
    setForm(now);
    setSeconds(String(now.timeoutMs / 1000).replace(".", ","));
    setError(null);
  }, [props.open]);
  const t = Number(seconds.trim().replace(",", "."));
  const timeWrong = !(Number.isFinite(t) && t >= 1 && t <= 600) ? "Ange sekunder, 1–600." : undefined;
  const wrong = Boolean(checkAddress(form.koladaUrl) || checkAddress(form.scbUrl) || timeWrong);
  const save = () => {
    try {
      settingsStore.save({ ...form, timeoutMs: Math.round(t * 1000) });
      props.close();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.close()}>
      <DialogSurface aria-label="Inställningar" style={{ maxWidth: "96vw" }}>
        <DialogBody>
          <DialogTitle>Inställningar</DialogTitle>
          <DialogContent className={s.stack}>
            <Text className={s.muted}>
              Adresserna används bara när du själv klickar Sök eller Hämta (Hämta från Kolada, KPI från SCB). Då skickas
              bara sökord, nyckeltals-id, kommunnamn eller kommunkoder och år; aldrig kalkylen. Inställningarna sparas i
              aktivitetsfönstret på den här datorn, inte i arbetsboken.
            </Text>
            <AddressField
              label="Kolada (API v2)"
              value={form.koladaUrl}
              set={(v) => setForm((f) => ({ ...f, koladaUrl: v }))}
            />
            <AddressField
              label="SCB:s statistikdatabas (PxWeb API v1)"
              value={form.scbUrl}
              set={(v) => setForm((f) => ({ ...f, scbUrl: v }))}
            />
            <Field label="Tidsgräns för ett svar (sekunder)" validationMessage={timeWrong}>
              <Input inputMode="decimal" value={seconds} onChange={(_, d) => setSeconds(d.value)} />
            </Field>
            {error && (
              <Text role="alert" style={{ color: "#a4262c" }}>
                {error}
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={wrong} onClick={save}>
              Spara
            </Button>
            <Button
              onClick={() => {
                const d = defaultSettings();
                setForm(d);
                setSeconds(String(d.timeoutMs / 1000));
              }}
            >
              Standardadresser
            </Button>
            <Button appearance="subtle" onClick={props.close}>
              Avbryt
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
