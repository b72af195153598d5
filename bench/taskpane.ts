/** Taskpane figures: JavaScript size gzipped per entry, and time to first render in headless Chromium. */
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { chromium } from "playwright-core";
import { serve } from "../test/e2e/server";
import type { Metrics } from "./harness";
import { round } from "./harness";

export async function taskpaneMetrics(root: string, metrics: Metrics): Promise<void> {
  const web = join(root, "dist", "web");
  for (const entry of ["taskpane", "functions"]) {
    const file = join(web, `${entry}.js`);
    if (!existsSync(file)) {
      metrics[`taskpane.${entry}.js.gzip.kb`] = { value: -1, unit: "KB", note: "not built: run npm run build first" };
      continue;
    }
    const kb = round(gzipSync(readFileSync(file), { level: 9 }).length / 1024, 1);
    metrics[`taskpane.${entry}.js.gzip.kb`] = { value: kb, unit: "KB", target: entry === "taskpane" ? 350 : undefined };
  }
  // the parts loaded when first needed (the chart on Granska), not at opening: their size on its own
  const later = existsSync(web)
    ? readdirSync(web).filter((f) => f.endsWith(".js") && !["taskpane.js", "functions.js"].includes(f))
    : [];
  if (later.length)
    metrics["taskpane.later.js.gzip.kb"] = {
      value: round(later.reduce((n, f) => n + gzipSync(readFileSync(join(web, f)), { level: 9 }).length, 0) / 1024, 1),
      unit: "KB",
      note: `loaded when first needed, not at opening: ${later.join(", ")}`,
    };
  const stub = join(root, "dist", "e2e", "office-stub.js");
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromiumPath) || !existsSync(stub)) {
    metrics["taskpane.firstrender.ms"] = { value: -1, unit: "ms", note: `needs ${chromiumPath} and npm run build:e2e` };
    return;
  }
  const server = await serve({ "/": web });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
      const page = await context.newPage();
      await page.route("https://appsforoffice.microsoft.com/**", (route) =>
        route.fulfill({ path: stub, contentType: "application/javascript" }),
      );
      // records, in the page, when the wizard's first heading is in the DOM (ms since navigation start)
      await page.addInitScript(() => {
        const w = window as unknown as { __firstRender?: number };
        new MutationObserver((_, obs) => {
          if (document.getElementById("app-title")) {
            w.__firstRender = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender !== undefined);
      samples.push(await page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender));
      await context.close();
    }
    samples.sort((a, b) => a - b);
    const q = (p: number) => round(samples[Math.floor(p * (samples.length - 1))]);
    metrics["taskpane.firstrender.ms"] = {
      value: q(0.5),
      unit: "ms",
      spread: [q(0.1), q(0.9)],
      target: 1000,
      note: "navigation start to the wizard's heading, 350 px, headless Chromium",
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
