import { readFileSync } from "fs";
import { join } from "path";
import { builtFile, metadata } from "../helpers/built";
import { ROOT } from "../helpers/cases";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helpers
const build = require("../../scripts/addin-build.js") as {
  DEV_URL: string;
  HELP_PAGE: string;
  productionUrl(env: Record<string, string | undefined>, pkg: { config?: { prod_url?: string } }): string;
  manifestFor(xml: string, base: string): string;
  helpUrl(base: string, id: string): string;
};

/**
 * `npm run build` (webpack --mode production, which npm test runs first) writes the manifest for
 * the production URL, a helpUrl for every function and help.html with a section per function.
 */
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  config: { prod_url: string };
};
const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const built = builtFile("manifest.xml");
const base = /<SupportUrl DefaultValue="([^"]+)help\.html"\/>/.exec(built)?.[1] ?? "";

describe("the production URL", () => {
  test("$SOCINV_URL, else package.json's config.prod_url, always https and ending in /", () => {
    expect(build.productionUrl({}, pkg)).toBe(pkg.config.prod_url);
    expect(build.productionUrl({ SOCINV_URL: "https://intra.kommun.example/socinv" }, pkg)).toBe(
      "https://intra.kommun.example/socinv/",
    );
    expect(() => build.productionUrl({ SOCINV_URL: "http://intra.kommun.example/" }, pkg)).toThrow(/https/);
    expect(() => build.productionUrl({ SOCINV_URL: "intra" }, pkg)).toThrow(/not a URL/);
    expect(() => build.productionUrl({ SOCINV_URL: "https://x.example/?a=1" }, pkg)).toThrow(/query/);
  });

  test("manifestFor moves every development URL and leaves the rest as it was", () => {
    const moved = build.manifestFor(source, "https://intra.kommun.example/socinv/");
    expect(moved).not.toContain("localhost");
    expect(
      moved
        .replace(/<!--[\s\S]*?-->/, "")
        .split("https://intra.kommun.example/socinv/")
        .join(build.DEV_URL),
    ).toBe(source.replace(/<!--[\s\S]*?-->/, ""));
    expect(build.manifestFor(source, build.DEV_URL)).toBe(source);
  });
});

describe("dist/web/manifest.xml (production build)", () => {
  test("is manifest.xml with the production URL instead of localhost", () => {
    expect(base).toMatch(/^https:\/\/[^/]+\//);
    expect(base).not.toBe(build.DEV_URL);
    expect(built).not.toMatch(/localhost/);
    expect(built).toBe(build.manifestFor(source, base));
  });

  test("the manifest's <Version> is package.json's version (what an update in Integrated apps compares)", () => {
    expect(source).toContain(`<Version>${pkg.version}.0</Version>`);
  });

  test("SupportUrl and LearnMoreUrl point to the help page served with the add-in", () => {
    expect(built).toContain(`<SupportUrl DefaultValue="${base}help.html"/>`);
    expect(built).toMatch(/<LearnMoreUrl resid="Help.Url"\/>/);
    expect(built).toContain(`<bt:Url id="Help.Url" DefaultValue="${base}help.html"/>`);
  });
});

describe("helpUrl and help.html", () => {
  const html = builtFile("help.html");
  test.each(["functions.json", "functions.en-US.json"])("%s: every function has a helpUrl to its section", (file) => {
    const meta = metadata(file) as unknown as { functions: { id: string; helpUrl?: string }[] };
    expect(meta.functions.length).toBeGreaterThan(10);
    for (const f of meta.functions) {
      expect(f.helpUrl).toBe(build.helpUrl(base, f.id));
      expect(html).toContain(`<section id="${f.id}">`);
    }
  });

  test("help.html documents each function in Swedish and English, and runs no script", () => {
    const meta = metadata();
    const en = metadata("functions.en-US.json");
    for (const f of meta.functions) {
      expect(html).toContain(`SOCINV.${f.name}(`);
      expect(html).toContain(f.description.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    }
    expect(html).toContain(en.functions[0].description);
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });
});
