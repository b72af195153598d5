/**
 * Inställningar: the base addresses of Kolada and SCB the taskpane asks (defaults: the live
 * services, as the command line's), kept in the taskpane's local storage under SETTINGS_KEY with
 * the persistence module's (de)serializer. A user's choice, not the case's: nothing of it goes
 * into the workbook or the case file.
 */
import { DEFAULT_KOLADA_URL, DEFAULT_SCB_URL } from "../../services/statistics";
import { SETTINGS_KEY, deserializeSettings, serializeSettings } from "./persistence";

export interface NetSettings {
  koladaUrl: string;
  scbUrl: string;
  /** How long to wait for a whole answer, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 20000;

export function defaultSettings(): NetSettings {
  return { koladaUrl: DEFAULT_KOLADA_URL, scbUrl: DEFAULT_SCB_URL, timeoutMs: DEFAULT_TIMEOUT_MS };
}

const trimSlash = (s: string) => s.trim().replace(/\/+$/, "");

/** Stored settings over the defaults; anything unreadable gives the default. */
export function settingsFrom(text: string | null | undefined): NetSettings {
  const d = defaultSettings();
  const v = deserializeSettings(text);
  if (!v) return d;
  const url = (x: unknown, fallback: string) =>
    typeof x === "string" && checkAddress(x) === null ? trimSlash(x) : fallback;
  const t = v.timeoutMs;
  return {
    koladaUrl: url(v.koladaUrl, d.koladaUrl),
    scbUrl: url(v.scbUrl, d.scbUrl),
    timeoutMs: typeof t === "number" && Number.isFinite(t) && t > 0 && t <= 600000 ? t : d.timeoutMs,
  };
}

/** A Swedish message when `text` is no http(s) address, else null. */
export function checkAddress(text: string): string | null {
  const t = text.trim();
  if (!t) return "Ange en adress, t.ex. https://api.kolada.se/v2.";
  let u: URL;
  try {
    u = new URL(t);
  } catch {
    return `'${t}' är ingen adress; skriv den som https://api.kolada.se/v2.`;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return `'${t}' är ingen webbadress (https://…).`;
  if (u.search || u.hash) return "Ange adressen utan frågetecken eller #.";
  return null;
}

/** Where the settings live: the taskpane's local storage (absent in some hosts: then the defaults). */
export interface SettingsStore {
  load: () => NetSettings;
  save: (s: NetSettings) => void;
}

export function storageSettings(storage: () => Storage | null): SettingsStore {
  return {
    load: () => {
      try {
        return settingsFrom(storage()?.getItem(SETTINGS_KEY));
      } catch {
        return defaultSettings();
      }
    },
    save: (s) => {
      const st = storage();
      if (!st) throw new Error("Inställningarna kan inte sparas här (ingen lokal lagring).");
      st.setItem(
        SETTINGS_KEY,
        serializeSettings({ koladaUrl: trimSlash(s.koladaUrl), scbUrl: trimSlash(s.scbUrl), timeoutMs: s.timeoutMs }),
      );
    },
  };
}

/**
 * The hosts the page's Content-Security-Policy lets the taskpane connect to (connect-src), or
 * undefined when the page has no policy (tests outside a browser). `'self'` is the page's origin.
 */
export function connectSources(policy: string | null | undefined): string[] | undefined {
  if (!policy) return undefined;
  const d = policy
    .split(";")
    .map((x) => x.trim().split(/\s+/))
    .find((x) => x[0].toLowerCase() === "connect-src");
  const fallback = policy
    .split(";")
    .map((x) => x.trim().split(/\s+/))
    .find((x) => x[0].toLowerCase() === "default-src");
  return (d ?? fallback ?? ["connect-src", "*"]).slice(1);
}

/** Whether a connect-src list allows `url` (scheme, host and port; '*' as a port wildcard). */
export function allowedBy(sources: readonly string[], url: string, selfOrigin?: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return sources.some((src) => {
    if (src === "*") return true;
    if (src === "'self'") return selfOrigin !== undefined && u.origin === selfOrigin;
    const m = /^(https?):\/\/([^/:]+)(?::(\d+|\*))?(\/.*)?$/i.exec(src);
    if (!m) return false;
    const [, scheme, host, port, path] = m;
    if (u.protocol !== `${scheme.toLowerCase()}:` || u.hostname.toLowerCase() !== host.toLowerCase()) return false;
    const defaultPort = u.protocol === "https:" ? "443" : "80";
    const actual = u.port || defaultPort;
    if (port !== "*" && actual !== (port ?? defaultPort)) return false;
    return !path || path === "/" || u.pathname.startsWith(path);
  });
}

/** The message for an address the page's policy would block, or null when it is allowed (or no policy is known). */
export function cspMessage(url: string, policy: string | null | undefined, selfOrigin?: string): string | null {
  const sources = connectSources(policy);
  if (!sources || allowedBy(sources, url, selfOrigin)) return null;
  const hosts = sources.filter((x) => x !== "'self'").join(" och ") || "inga andra adresser";
  return (
    `Aktivitetsfönstrets säkerhetspolicy (Content-Security-Policy) tillåter bara anrop till ${hosts}; ` +
    `webbläsaren stoppar anrop till ${url}. Använd standardadressen, eller bygg tillägget med adressen i taskpane.html.`
  );
}
