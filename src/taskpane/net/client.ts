/**
 * The taskpane's only way out to the network: the browser's fetch of JSON with a timeout on the
 * whole answer, for Kolada's and SCB's questions (services/statistics.ts, the same as the
 * command line's). Called only from a button the user clicks. Nothing is cached here: every
 * value taken into the case is stored there with the date it was read.
 */
import { isSocinvError } from "../../engine";
import {
  KoladaQueries,
  fetchKpiSeries,
  serviceError,
  unexpectedAnswer,
  type KpiSeries,
  type Request,
  type Service,
  type Transport,
} from "../../services/statistics";
import { cspMessage, type NetSettings } from "../state/settings";

export interface ClientOptions {
  /** The browser's fetch (a stand-in in tests). */
  fetch?: typeof fetch;
  /** Today, for the date an answer was read (YYYY-MM-DD). */
  today?: () => string;
  /** The page's Content-Security-Policy and origin, to say plainly when the policy would block an address. */
  policy?: () => { policy: string | null; origin?: string } | undefined;
}

const seconds = (ms: number) => String(ms / 1000).replace(".", ",");
const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** The policy of the page the taskpane runs in (its meta tag), if any. */
export function pagePolicy(): { policy: string | null; origin?: string } | undefined {
  if (typeof document === "undefined") return undefined;
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  return { policy: meta?.getAttribute("content") ?? null, origin: window.location.origin };
}

async function fetchText(f: typeof fetch, service: Service, req: Request, timeoutMs: number): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await f(req.url, {
      method: req.method ?? "GET",
      headers:
        req.body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: controller.signal,
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
    });
    const text = await res.text();
    if (!res.ok) throw serviceError(service, `svarade med HTTP ${res.status} för ${req.url}`);
    return text;
  } catch (e) {
    if (isSocinvError(e)) throw e;
    if (controller.signal.aborted) throw serviceError(service, `inget svar inom ${seconds(timeoutMs)} sekunder`);
    throw serviceError(service, `nätverksfel eller stoppat av webbläsaren: ${hostOf(req.url)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The transport over the browser's fetch: the answer parsed and checked, with today's date. */
export function browserTransport(settings: NetSettings, o: ClientOptions = {}): Transport {
  const f = o.fetch ?? ((input, init) => fetch(input, init));
  const today = o.today ?? (() => new Date().toISOString().slice(0, 10));
  return async (service, req, parse) => {
    const p = (o.policy ?? pagePolicy)();
    const blocked = p && cspMessage(req.url, p.policy, p.origin);
    if (blocked) throw serviceError(service, blocked);
    const text = await fetchText(f, service, req, settings.timeoutMs);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw unexpectedAnswer(service, `svaret från ${req.url} är inte JSON`);
    }
    try {
      return { value: parse(raw), read: today() };
    } catch (e) {
      if (isSocinvError(e)) throw unexpectedAnswer(service, `${e.message}, från ${req.url}`);
      throw e;
    }
  };
}

/** Kolada's questions at the settings' address. */
export function koladaClient(settings: NetSettings, o: ClientOptions = {}): KoladaQueries {
  return new KoladaQueries(settings.koladaUrl, browserTransport(settings, o));
}

/** SCB's KPI at the settings' address, exactly as `socinv index hamta` fetches it. */
export function fetchKpi(settings: NetSettings, o: ClientOptions = {}): Promise<KpiSeries> {
  return fetchKpiSeries(settings.scbUrl, browserTransport(settings, o));
}
