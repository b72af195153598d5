import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "../helpers/cases";
import { serve } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SHOTS = join(ROOT, "test-results", "e2e");

/** Launches Debian's Chromium headless; fails (never skips) with what to install when it is missing. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} saknas: apt-get install -y --no-install-recommends chromium (.ci/run gör det)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The built taskpane page with office.js replaced by the in-memory stand-in. */
export async function openTaskpane(browser: Browser, opts: { width?: number; query?: string } = {}) {
  const web = join(ROOT, "dist", "web");
  const stub = join(ROOT, "dist", "e2e", "office-stub.js");
  for (const f of [join(web, "taskpane.html"), stub])
    if (!existsSync(f)) throw new Error(`${f} saknas: kör npm run build och npm run build:e2e`);
  const server = await serve({ "/": web });
  const context = await browser.newContext({ viewport: { width: opts.width ?? 350, height: 900 }, locale: "sv-SE" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ path: stub, contentType: "application/javascript" }),
  );
  await page.goto(`${server.url}/taskpane.html${opts.query ? `?${opts.query}` : ""}`);
  await page.getByRole("heading", { name: "socinv – socioekonomiskt bokslut" }).waitFor();
  return { page, errors, close: async () => (await context.close(), await server.close()) };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** No horizontal scroll: the page is no wider than the taskpane. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
