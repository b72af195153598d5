import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { WEB, builtFile } from "../helpers/built";
import { ROOT } from "../helpers/cases";

/**
 * The add-in sends nothing on its own and runs no generated code: the built bundles (what
 * Excel loads) contain no eval, no new Function, no network API but the taskpane's one fetch
 * (src/taskpane/net/client.ts: Kolada and SCB on the user's click), and name no host other
 * than Office's own, Kolada's and SCB's API hosts (the default addresses; the page's CSP allows
 * exactly those), XML namespaces, documentation links and the addresses the catalogue cites as
 * sources, which are never fetched.
 */
/** The entries and the parts the taskpane loads when first needed (chart.js). */
const BUNDLES = ["taskpane.js", "functions.js", "chart.js"];
/** The kalkylvärden catalogue and the KPI series cite their sources by address: data shown, never fetched. */
function citedHosts(): string[] {
  const dir = join(ROOT, "src", "engine", "catalogue");
  const text = ["kalkylvarden.json", "kpi.json"].map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
  return [...text.matchAll(/"url":\s*"https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1].toLowerCase());
}
const ALLOWED_HOSTS = new Set([
  "appsforoffice.microsoft.com",
  "api.kolada.se",
  "api.scb.se",
  "www.w3.org",
  "reactjs.org",
  "react.dev",
  ...citedHosts(),
]);

test("every script the build makes is one of those checked here", () => {
  expect(
    readdirSync(WEB)
      .filter((f) => f.endsWith(".js"))
      .sort(),
  ).toEqual([...BUNDLES].sort());
});

describe.each(BUNDLES)("dist/web/%s", (name) => {
  const code = builtFile(name);
  test("no eval and no new Function", () => {
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/new\s+Function\s*\(/);
    expect(code).not.toMatch(/[^.\w]Function\s*\(\s*["'`]/);
  });
  test("no network calls but the taskpane's one fetch: no XMLHttpRequest, WebSocket, sendBeacon, EventSource, importScripts", () => {
    expect(code).not.toMatch(/XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
    expect(code.match(/\bfetch\s*\(/g) ?? []).toHaveLength(name === "taskpane.js" ? 1 : 0);
  });
  test("every host named is Office's own, a namespace/documentation link or a cited source", () => {
    const hosts = [...code.matchAll(/\b(?:https?|wss?):\/\/([a-z0-9.-]+)/gi)].map((m) => m[1].toLowerCase());
    for (const h of hosts) expect(ALLOWED_HOSTS.has(h) ? h : `unexpected host ${h}`).toBe(h);
  });
});

describe("taskpane.html", () => {
  const html = builtFile("taskpane.html");
  const csp = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? "";
  test("carries a Content-Security-Policy: own scripts and Office's only, no eval, connections only to Kolada and SCB", () => {
    expect(csp).not.toBe("");
    const d = Object.fromEntries(
      csp
        .split(";")
        .map((p) => p.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(d["default-src"]).toEqual(["'self'"]);
    expect(d["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(d["connect-src"]).toEqual(["'self'", "https://api.kolada.se", "https://api.scb.se"]);
    expect(csp).not.toContain("unsafe-eval");
  });
  test("loads scripts only from itself and Office's CDN", () => {
    const srcs = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(srcs.length).toBeGreaterThanOrEqual(3);
    for (const s of srcs) expect(s).toMatch(/^(https:\/\/appsforoffice\.microsoft\.com\/|[a-z]+\.js$)/);
  });
});

describe("manifest.xml", () => {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  test("asks for the least permission the add-in needs and lists no AppDomains", () => {
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).not.toMatch(/<AppDomains>\s*<AppDomain/);
  });
});
