import { createHash } from "crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "fs";
import { homedir } from "os";
import { join } from "path";
import { SocinvError, isSocinvError } from "../../engine";
import {
  DEFAULT_KOLADA_URL,
  DEFAULT_SCB_URL,
  serviceError,
  unexpectedAnswer as unexpected,
  type Service,
} from "../../services/statistics";

export { DEFAULT_KOLADA_URL, DEFAULT_SCB_URL, serviceError, type Service };

/**
 * The command line's only way out to the network: GET or POST of JSON with Node's global fetch,
 * a timeout on the whole answer, and a cache on disk keeping each answer with its date. Only the
 * commands `kolada` and `index hamta` call it, and only when the user runs them.
 */

export interface NetSettings {
  koladaUrl: string;
  scbUrl: string;
  timeoutMs: number;
  cacheDir: string;
  /** Ask the service again even when the cache has an answer. */
  refresh: boolean;
  /** Today, for the date of a new answer. */
  today: () => string;
}

export const DEFAULT_TIMEOUT_MS = 20000;

const trimSlash = (s: string) => s.replace(/\/+$/, "");

/** Settings from the environment (SOCINV_KOLADA_URL, SOCINV_SCB_URL, SOCINV_TIMEOUT_MS, SOCINV_CACHE). */
export function netSettings(
  env: Record<string, string | undefined>,
  flags: { cacheDir?: string; refresh?: boolean } = {},
): NetSettings {
  const timeout = env.SOCINV_TIMEOUT_MS === undefined ? DEFAULT_TIMEOUT_MS : Number(env.SOCINV_TIMEOUT_MS);
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new SocinvError("invalid-input", `SOCINV_TIMEOUT_MS '${env.SOCINV_TIMEOUT_MS}' är inget antal millisekunder`);
  const xdg = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return {
    koladaUrl: trimSlash(env.SOCINV_KOLADA_URL || DEFAULT_KOLADA_URL),
    scbUrl: trimSlash(env.SOCINV_SCB_URL || DEFAULT_SCB_URL),
    timeoutMs: timeout,
    cacheDir: flags.cacheDir ?? (env.SOCINV_CACHE || join(xdg, "socinv")),
    refresh: flags.refresh ?? false,
    today: () => new Date().toISOString().slice(0, 10),
  };
}

export interface Answer<T> {
  value: T;
  /** The date the answer was given (YYYY-MM-DD), from the cache when it came from there. */
  read: string;
  cached: boolean;
}

interface CacheEntry {
  method: "GET" | "POST";
  url: string;
  body?: unknown;
  read: string;
  answer: unknown;
}

function cacheFile(settings: NetSettings, method: string, url: string, body: unknown): string {
  const key = createHash("sha256")
    .update(`${method} ${url}\n${body === undefined ? "" : JSON.stringify(body)}`)
    .digest("hex");
  return join(settings.cacheDir, `${key.slice(0, 32)}.json`);
}

function readCache(file: string): CacheEntry | undefined {
  try {
    const e = JSON.parse(readFileSync(file, "utf8")) as CacheEntry;
    return typeof e.read === "string" && "answer" in e ? e : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache entry whole (temp file, then rename); a cache that cannot be written is said, not fatal. */
function writeCache(file: string, entry: CacheEntry, settings: NetSettings, warn: (s: string) => void): void {
  try {
    mkdirSync(settings.cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry, null, 1));
    renameSync(tmp, file);
  } catch (e) {
    warn(`socinv: cachen ${settings.cacheDir} kunde inte skrivas (${(e as Error).message}); svaret används ändå\n`);
  }
}

/** Node's network failure in Swedish (fetch says only "fetch failed"; the reason is in its cause). */
function networkWhy(e: unknown): string {
  const code = (e as { cause?: { code?: string } }).cause?.code;
  const why: Record<string, string> = {
    ECONNREFUSED: "anslutningen nekades",
    ENOTFOUND: "adressen hittades inte",
    EAI_AGAIN: "adressen kunde inte slås upp (inget nät?)",
    ECONNRESET: "anslutningen bröts",
    ETIMEDOUT: "anslutningen tog för lång tid",
    ENETUNREACH: "nätet nås inte",
    EHOSTUNREACH: "datorn nås inte",
    CERT_HAS_EXPIRED: "tjänstens certifikat har gått ut",
  };
  return (code && why[code]) || "nätverksfel";
}

async function fetchText(service: Service, method: "GET" | "POST", url: string, body: unknown, timeoutMs: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, {
      method,
      headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
    const text = await res.text();
    if (!res.ok) throw serviceError(service, `svarade med HTTP ${res.status} för ${url}`);
    return text;
  } catch (e) {
    if (isSocinvError(e)) throw e;
    if (controller.signal.aborted)
      throw serviceError(service, `inget svar inom ${String(timeoutMs / 1000).replace(".", ",")} sekunder`);
    throw serviceError(service, `${networkWhy(e)}: ${new URL(url).host}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The answer to `method url [body]`, checked by `parse` (which throws on an unexpected shape):
 * from the cache when it has one (unless `refresh`), else from the service, then cached.
 * Only an answer that `parse` accepted is cached.
 */
export async function requestJson<T>(
  service: Service,
  settings: NetSettings,
  req: { method?: "GET" | "POST"; url: string; body?: unknown },
  parse: (raw: unknown) => T,
  warn: (s: string) => void,
): Promise<Answer<T>> {
  const method = req.method ?? "GET";
  const file = cacheFile(settings, method, req.url, req.body);
  const hit = settings.refresh ? undefined : readCache(file);
  if (hit) {
    try {
      return { value: parse(hit.answer), read: hit.read, cached: true };
    } catch {
      // an unreadable cache entry is asked again
    }
  }
  const text = await fetchText(service, method, req.url, req.body, settings.timeoutMs);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw unexpected(service, `svaret från ${req.url} är inte JSON`);
  }
  let value: T;
  try {
    value = parse(raw);
  } catch (e) {
    if (isSocinvError(e)) throw unexpected(service, `${e.message}, från ${req.url}`);
    throw e;
  }
  const read = settings.today();
  writeCache(
    file,
    { method, url: req.url, ...(req.body === undefined ? {} : { body: req.body }), read, answer: raw },
    settings,
    warn,
  );
  return { value, read, cached: false };
}
