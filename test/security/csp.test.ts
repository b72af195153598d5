import { readFileSync } from "fs";
import { join } from "path";
import { DEFAULT_KOLADA_URL, DEFAULT_SCB_URL } from "../../src/services/statistics";
import { DEFAULT_KOLADA_URL as CLI_KOLADA, DEFAULT_SCB_URL as CLI_SCB } from "../../src/cli/net/http";
import { allowedBy, connectSources, cspMessage, defaultSettings } from "../../src/taskpane/state/settings";
import { ROOT } from "../helpers/cases";

// scripts/csp.js is the build's (CommonJS, no types)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require("../../scripts/csp.js") as {
  TEST_ORIGIN: string;
  directives: (html: string) => Record<string, string[]>;
  e2ePage: (html: string) => string;
};

/**
 * The taskpane's Content-Security-Policy (src/taskpane/taskpane.html): connect-src allows exactly
 * 'self' and the hosts of the two default addresses, Kolada's and SCB's; the browser tests' page
 * adds only the local replay server; and a setting pointing elsewhere is said to be blocked.
 */
const html = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
const policy = /content="([^"]*connect-src[^"]*)"/.exec(html)![1];
const origin = (u: string) => new URL(u).origin;

describe("the taskpane's Content-Security-Policy", () => {
  test("connect-src is exactly 'self', Kolada's and SCB's API hosts, the taskpane's and the CLI's defaults", () => {
    expect(csp.directives(html)["connect-src"]).toEqual(["'self'", "https://api.kolada.se", "https://api.scb.se"]);
    expect(csp.directives(html)["connect-src"]).toEqual([
      "'self'",
      origin(DEFAULT_KOLADA_URL),
      origin(DEFAULT_SCB_URL),
    ]);
    expect([CLI_KOLADA, CLI_SCB]).toEqual([DEFAULT_KOLADA_URL, DEFAULT_SCB_URL]);
    const d = defaultSettings();
    expect([d.koladaUrl, d.scbUrl]).toEqual([DEFAULT_KOLADA_URL, DEFAULT_SCB_URL]);
    expect(connectSources(policy)).toEqual(csp.directives(html)["connect-src"]);
  });

  test("the default addresses pass; another host, another scheme or another port is said to be blocked", () => {
    expect(cspMessage(DEFAULT_KOLADA_URL + "/kpi?title=x", policy)).toBeNull();
    expect(cspMessage(DEFAULT_SCB_URL + "/PR/PR0101/PR0101A/KPItotM", policy)).toBeNull();
    for (const url of ["https://kolada.example.org/v2", "http://api.kolada.se/v2", "https://api.kolada.se:8443/v2"])
      expect(cspMessage(url, policy)).toBe(
        "Aktivitetsfönstrets säkerhetspolicy (Content-Security-Policy) tillåter bara anrop till https://api.kolada.se och " +
          `https://api.scb.se; webbläsaren stoppar anrop till ${url}. Använd standardadressen, eller bygg tillägget med adressen i taskpane.html.`,
      );
    expect(cspMessage("http://127.0.0.1:4000/kolada/x", policy)).not.toBeNull();
    expect(allowedBy(["'self'"], "http://127.0.0.1:4000/x", "http://127.0.0.1:4000")).toBe(true);
  });

  test("the browser tests' page differs only by the replay server on 127.0.0.1, and the build's scripts", () => {
    const page = csp.e2ePage(html);
    const d = csp.directives(page);
    expect(d["connect-src"]).toEqual([...csp.directives(html)["connect-src"], "http://127.0.0.1:*"]);
    for (const k of Object.keys(csp.directives(html)).filter((k) => k !== "connect-src"))
      expect(d[k]).toEqual(csp.directives(html)[k]);
    const testPolicy = /content="([^"]*connect-src[^"]*)"/.exec(page)![1];
    expect(cspMessage("http://127.0.0.1:4000/kolada/x", testPolicy)).toBeNull();
    expect(cspMessage("http://localhost:4000/kolada/x", testPolicy)).not.toBeNull();
    expect(page).toContain('<script src="/taskpane.js"></script>');
  });
});
