import type { Browser } from "playwright-core";
import { catalogueEntry, formatKr, COST_UNIT } from "../../src/engine";
import { horizontalOverflow, launch, openTaskpane, screenshot } from "./browser";
import { expectHeading, next } from "./walk";

/** Poster › Hämta från kalkylvärden at the taskpane's width: search, choose, a quantity, the line after. */
jest.setTimeout(300_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test("the catalogue dialog at 350 px", async () => {
  const { page, errors, close } = await openTaskpane(browser);
  try {
    await page.getByRole("radio", { name: /Social investeringskalkyl/ }).check();
    await next(page);
    const basics = { Rubrik: "Kalkylvärden", Prisår: "2023", "Antal deltagare": "40", "Antal med utfall": "15" };
    for (const [label, value] of Object.entries(basics)) await page.getByRole("textbox", { name: label }).fill(value);
    await next(page);
    await expectHeading(page, "Steg 3 av 8: Aktörer");
    await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    const post = page.getByRole("group", { name: "Post 1", exact: true });
    await post.getByRole("button", { name: "Hämta från kalkylvärden" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: /Sök/ }).fill("kriminalvård anstalt");
    const entry = catalogueEntry("kriminalvard-anstalt-dygn-2019")!;
    await dialog.getByRole("radio", { name: new RegExp(`^Kriminalvården: kostnad per dygn på anstalt`) }).check();
    await dialog.getByRole("textbox", { name: /Antal/ }).fill("2");
    const facts = dialog.getByTestId(`unitcost-${entry.id}`);
    await facts.waitFor();
    expect(await facts.textContent()).toContain(`${formatKr(entry.amount)} kr ${COST_UNIT.labels[entry.unit]}`);
    await dialog.getByTestId("indexed-amount").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "katalog-1-dialog-350");
    await dialog.getByRole("button", { name: "Hämta" }).click();
    await post.getByTestId("indexed-amount").waitFor();
    expect(await post.getByTestId("indexed-amount").textContent()).toMatch(/kr\/år$/);
    await screenshot(page, "katalog-2-post-350");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
