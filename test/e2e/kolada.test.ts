import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import type { Browser, Locator, Page } from "playwright-core";
import { ROOT } from "../helpers/cases";
import { startReplay, type Replay } from "../helpers/replay-server";
import { SHOTS, horizontalOverflow, launch } from "./browser";
import { serve } from "./server";
import { axeViolations, expectHeading, next, see } from "./walk";

/**
 * Hämta från Kolada in Chromium at the taskpane's width, against the local replay server (never
 * the internet): Inställningar pointed at the replay server (the e2e page's CSP allows 127.0.0.1;
 * another host is said to be blocked), a search, Trelleborg by name (a misspelling gives the
 * closest), Ystad and Skurup beside it, a year, and the value taken into a line with its source.
 */
jest.setTimeout(300_000);

let browser: Browser;
let replay: Replay;
beforeAll(async () => {
  browser = await launch();
  replay = await startReplay();
});
afterAll(async () => {
  await browser?.close();
  await replay?.close();
});

/** The built taskpane served with the e2e page (dist/e2e/taskpane.html: the CSP also allows 127.0.0.1). */
async function openE2eTaskpane(width = 350) {
  const web = join(ROOT, "dist", "web");
  const page = join(ROOT, "dist", "e2e", "taskpane.html");
  const stub = join(ROOT, "dist", "e2e", "office-stub.js");
  for (const f of [join(web, "taskpane.js"), page, stub])
    if (!existsSync(f)) throw new Error(`${f} saknas: kör npm run build och npm run build:e2e`);
  const server = await serve({ "/taskpane.html": page, "/": web });
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "sv-SE" });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on("pageerror", (e) => errors.push(String(e)));
  p.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await p.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ path: stub, contentType: "application/javascript" }),
  );
  await p.goto(`${server.url}/taskpane.html`);
  await p.getByRole("heading", { name: "socinv – socioekonomiskt bokslut" }).waitFor();
  return { page: p, errors, close: async () => (await context.close(), await server.close()) };
}

async function shot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function settings(page: Page) {
  await page.getByRole("button", { name: "Inställningar" }).click();
  const dialog = page.getByRole("dialog", { name: "Inställningar" });
  const kolada = dialog.getByRole("textbox", { name: "Kolada (API v2)" });
  await see(kolada).toHaveValue("https://api.kolada.se/v2");
  // another host than the page's policy allows is said plainly
  await kolada.fill("https://kolada.example.org/v2");
  await dialog.getByText(/webbläsaren stoppar anrop till https:\/\/kolada\.example\.org\/v2/).waitFor();
  await shot(dialog, "kolada-0-installningar-csp");
  await kolada.fill(replay.base("kolada/trelleborg"));
  await dialog.getByRole("textbox", { name: /SCB/ }).fill(replay.base("scb/kpi"));
  expect(await dialog.getByText(/säkerhetspolicy/).count()).toBe(0);
  await dialog.getByRole("button", { name: "Spara" }).click();
  await dialog.waitFor({ state: "hidden" });
}

test("Hämta från Kolada: search, Trelleborg beside Ystad and Skurup, 2023 into the line with its source", async () => {
  const { page, errors, close } = await openE2eTaskpane();
  try {
    await settings(page);
    await page.getByRole("radio", { name: /Social investeringskalkyl/ }).check();
    await next(page);
    const basics = { Rubrik: "Kolada i kalkylen", Prisår: "2023", "Antal deltagare": "40", "Antal med utfall": "15" };
    for (const [label, value] of Object.entries(basics)) await page.getByRole("textbox", { name: label }).fill(value);
    await page.getByRole("textbox", { name: "Kommun eller region" }).fill("Trelleborg");
    await next(page);
    await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    const post = page.getByRole("group", { name: "Post 1", exact: true });
    const before = replay.requests.length;
    await post.getByRole("button", { name: "Hämta från Kolada" }).click();
    const dialog = page.getByRole("dialog", { name: "Kolada för post 1" });
    await dialog.getByRole("textbox", { name: /Sök nyckeltal/ }).fill("kostnad");
    expect(replay.requests.length).toBe(before); // nothing sent before the click
    await dialog.getByRole("button", { name: "Sök" }).click();
    await dialog.getByText("3 nyckeltal").waitFor();
    await dialog.getByRole("radio", { name: /^N90001 Kostnad för testverksamhet/ }).check();
    const kommun = dialog.getByRole("textbox", { name: /Kommun/ });
    await see(kommun).toHaveValue("Trelleborg"); // the case's kommun
    // a misspelt kommun: Kolada's closest names, one click to take one
    await kommun.fill("Trelleborgg");
    await dialog.getByRole("button", { name: "Hämta värden" }).click();
    await dialog.getByText(/'Trelleborgg' är ingen kommun i Kolada; närmast är Trelleborg \(1287\)/).waitFor();
    await shot(dialog, "kolada-1-okand-kommun");
    await dialog.getByRole("button", { name: "Trelleborg (1287)" }).click();
    await see(kommun).toHaveValue("Trelleborg");
    await dialog.getByRole("textbox", { name: /Jämför med/ }).fill("Ystad, Skurup");
    await dialog.getByRole("textbox", { name: /^År/ }).fill("2021-2024");
    await dialog.getByRole("button", { name: "Hämta värden" }).click();
    const table = dialog.getByRole("table", { name: "Värden ur Kolada" });
    await table.waitFor();
    const header = (await table.locator("th").allTextContents()).map((t) => t.trim());
    expect(header).toEqual(["År", "Trelleborg", "Ystad", "Skurup"]);
    const row2023 = (await table.locator("tr", { hasText: "2023" }).locator("td").allTextContents()).map((t) =>
      t.replace(/\u00a0/g, " "),
    );
    expect(row2023).toEqual(["2023", "10 250,5", "9 600", "saknas"]);
    const years = dialog.getByRole("radiogroup", { name: "År att ta in för Trelleborg" });
    // 2024 has no value for Trelleborg: it cannot be chosen; the latest year with a value is
    expect(await years.getByRole("radio").count()).toBe(3);
    expect(await years.getByRole("radio", { name: "2023" }).isChecked()).toBe(true);
    await dialog.getByRole("textbox", { name: /Antal hela året/ }).fill("100");
    await dialog.getByTestId("indexed-amount").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // tall enough that the whole dialog shows in the picture
    await page.setViewportSize({ width: 350, height: 1700 });
    await shot(dialog, "kolada-2-dialog-350");
    await page.setViewportSize({ width: 350, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Ta in i posten" }).click();
    await dialog.waitFor({ state: "hidden" });
    const facts = post.getByTestId("unitcost-kolada-n90001-1287-2023");
    await facts.waitFor();
    const text = ((await facts.textContent()) ?? "").replace(/\u00a0/g, " ");
    const url = `${replay.base("kolada/trelleborg")}/data/kpi/N90001/municipality/1287/year/2023`;
    expect(text).toContain("10 250,50 kr per invånare och år, prisår 2023");
    expect(text).toMatch(
      new RegExp(
        `Källa: Kolada \\(RKA\\), N90001 Kostnad för testverksamhet, kr/inv, Trelleborg 2023, ${url.replace(/[.?]/g, "\\$&")} \\(läst \\d{4}-\\d{2}-\\d{2}\\)`,
      ),
    );
    // the line keeps the name it had
    expect(await post.getByRole("textbox", { name: "Benämning" }).inputValue()).toBe("Insatsens kostnad");
    await see(post.getByTestId("indexed-amount")).toHaveText("Belopp i 2023 års priser: 1 025 050 kr/år");
    await shot(post, "kolada-3-post-350");
    // only the search word, the KPI id, kommun names or codes and years went out
    const paths = replay.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    expect(paths.every((p) => p.startsWith("GET /kolada/trelleborg/"))).toBe(true);
    expect(paths).toContain(
      "GET /kolada/trelleborg/data/kpi/N90001/municipality/1287,1286,1264/year/2021,2022,2023,2024",
    );
    expect(replay.requests.slice(before).every((r) => r.body === "")).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test("Kolada answering HTTP 500: a Swedish message in the dialog, and the case as it was", async () => {
  const { page, errors, close } = await openE2eTaskpane();
  try {
    await page.getByRole("button", { name: "Inställningar" }).click();
    const settingsDialog = page.getByRole("dialog", { name: "Inställningar" });
    await settingsDialog.getByRole("textbox", { name: "Kolada (API v2)" }).fill(replay.base("kolada/error-500"));
    await settingsDialog.getByRole("button", { name: "Spara" }).click();
    await settingsDialog.waitFor({ state: "hidden" });
    await page.getByRole("radio", { name: "Börja från ett exempel" }).check();
    for (let i = 0; i < 3; i++) await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    const saved = await page.evaluate(() => localStorage.getItem("socinv.wizard"));
    await page.getByRole("button", { name: "Redigera post 1", exact: true }).click();
    const post = page.getByRole("group", { name: "Post 1", exact: true });
    await post.getByRole("button", { name: "Hämta från Kolada" }).click();
    const dialog = page.getByRole("dialog", { name: "Kolada för post 1" });
    await dialog.getByRole("textbox", { name: /Sök nyckeltal/ }).fill("kostnad");
    await dialog.getByRole("button", { name: "Sök" }).click();
    const alert = dialog.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^Kolada kunde inte nås \(svarade med HTTP 500 för http:\/\/127\.0\.0\.1:\d+\/kolada\/error-500\/kpi\?title=kostnad\); inget har ändrats$/,
    );
    await shot(dialog, "kolada-4-fel-500");
    await dialog.getByRole("button", { name: "Stäng" }).click();
    expect(await page.evaluate(() => localStorage.getItem("socinv.wizard"))).toBe(saved);
    // the browser logs the failed request itself; nothing else went wrong
    expect(errors.filter((e) => !/status of 500/.test(e))).toEqual([]);
  } finally {
    await close();
  }
});
