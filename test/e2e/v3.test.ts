import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { formatDecimal, formatKr, formatPercent } from "../../src/engine";
import { BASE_PERSPECTIVES } from "../../src/engine/vocabulary";
import { horizontalOverflow, launch, openTaskpane, screenshot } from "./browser";
import { axeViolations, cliCalc, expectHeading, next, see } from "./walk";

/**
 * Method v3 typed in headless Chromium the way a kommun economist types it: a unit that keeps
 * working (Arbetsmarknadsenheten, the bokslut's unit), its costs per year pasted as a row from
 * Excel, an effect rising year by year typed with dots and mnkr, a year past the horizon named
 * and taken back, five intake years, year 1 discounted. Granska's key figures and milestone table
 * equal `socinv calc --json` on the case the wizard saves. Screenshots at 350 and 800 px.
 */
jest.setTimeout(300_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dir = mkdtempSync(join(tmpdir(), "socinv-e2e-v3-"));

/** A screenshot at the taskpane's narrow width and at 800 px, then back to narrow. */
async function shots(page: Page, name: string): Promise<void> {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, `${name}-350`);
  await page.setViewportSize({ width: 800, height: 900 });
  await screenshot(page, `${name}-800`);
  await page.setViewportSize({ width: 350, height: 900 });
}

async function savedCase(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Spara som JSON" }).click(),
  ]);
  const file = join(dir, name);
  await download.saveAs(file);
  return file;
}

/** Pastes text into a field as Excel's copy of a row gives it (tab-separated, a line break at the end). */
async function paste(page: Page, selector: ReturnType<Page["getByRole"]>, text: string): Promise<void> {
  await selector.focus();
  await selector.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test("a continuing activity typed like a kommun economist: figures equal socinv calc --json", async () => {
  const { page, errors, close } = await openTaskpane(browser);
  try {
    await page.getByRole("radio", { name: /Socioekonomiskt bokslut för en verksamhet/ }).check();
    await next(page);
    await expectHeading(page, "Steg 2 av 8: Grunddata");
    const basics = {
      Rubrik: "Arbetsmarknadsenheten 2026",
      "Verksamhet eller insats": "Arbetsmarknadsenheten",
      "Kommun eller region": "Exempelkommunen",
      Prisår: "2026",
      "Antal deltagare": "60",
      "Antal med utfall": "25",
    };
    for (const [label, value] of Object.entries(basics)) await page.getByRole("textbox", { name: label }).fill(value);
    await page.getByRole("combobox", { name: /Bokslutet gäller/ }).click();
    await page.getByRole("option", { name: "Arbetsmarknadsenheten" }).click();
    await shots(page, "v3-2-grunddata");
    await next(page);
    await expectHeading(page, "Steg 3 av 8: Aktörer");
    await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    const post = (n: number) => page.getByRole("group", { name: `Post ${n}`, exact: true });
    const years = (n: number) => page.getByRole("group", { name: `Post ${n}, belopp per år` });
    // the unit's costs: a start-up year, then full activity, pasted as a row from Excel
    await post(1).getByRole("switch", { name: "Post 1: belopp per år" }).click();
    await years(1).getByRole("button", { name: "Lägg till år 2" }).click();
    await paste(
      page,
      years(1).getByRole("textbox", { name: "År 1" }),
      "3 200 000\t4 500 000\t4 500 000\t4 500 000\t4 500 000\r\n",
    );
    await see(years(1).getByRole("textbox", { name: "År 5" })).toHaveValue("4 500 000");
    await post(2)
      .getByRole("textbox", { name: /Belopp/ })
      .fill("4,5 mnkr");
    await post(2).getByRole("textbox", { name: "Till år" }).fill("");
    await post(3)
      .getByRole("textbox", { name: /Belopp/ })
      .fill("4 500 000");
    await post(3).getByRole("textbox", { name: "Till år" }).fill("");
    await post(4)
      .getByRole("textbox", { name: /Belopp/ })
      .fill("98.000");
    await post(4)
      .getByRole("textbox", { name: /Belopp/ })
      .press("Tab");
    await see(post(4).getByRole("textbox", { name: /Belopp/ })).toHaveValue("98 000");
    // production value rising as people get established: typed year by year, a blank is 0 kr
    await post(5).getByRole("switch", { name: "Post 5: belopp per år" }).click();
    const typed = ["150.000", "", "0,25 mnkr", "250 tkr", "250 000"];
    for (const [i, t] of typed.entries()) {
      const cell = years(5).getByRole("textbox", { name: `År ${i + 1}` });
      await cell.fill(t);
      await cell.press("Tab");
    }
    await see(years(5).getByRole("textbox", { name: "År 1" })).toHaveValue("150 000");
    await see(years(5).getByRole("textbox", { name: "År 3" })).toHaveValue("250 000");
    // one year too many: named by line and year, then taken back
    await years(5).getByRole("button", { name: "Lägg till år 6" }).click();
    await years(5).getByRole("textbox", { name: "År 6" }).fill("250 000");
    await years(5).getByRole("textbox", { name: "År 6" }).press("Tab");
    await page
      .getByText(
        "Post 5, År 6: efter horisonten (5 år). Ta bort beloppen för år 6 eller öka horisonten under Antaganden.",
      )
      .first()
      .waitFor();
    await shots(page, "v3-4-poster-fel");
    await years(5).getByRole("button", { name: "Ta bort år 6" }).click();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await years(1).scrollIntoViewIfNeeded();
    await shots(page, "v3-4-poster");
    await next(page);
    await expectHeading(page, "Steg 5 av 8: Antaganden");
    await page.getByRole("textbox", { name: /^Horisont/ }).fill("15");
    await page.getByRole("textbox", { name: /Återfall/ }).fill("10");
    await page.getByRole("textbox", { name: /^Intagsår/ }).fill("5");
    await page.getByRole("radio", { name: /^Slutet av året/ }).check();
    await page.getByRole("textbox", { name: /^Intagsår/ }).press("Tab");
    await page.getByText("= 5 intagsår").waitFor();
    await page.getByRole("radio", { name: /^Slutet av året/ }).scrollIntoViewIfNeeded();
    await shots(page, "v3-5-antaganden");
    await next(page);
    await expectHeading(page, "Steg 6 av 8: Känslighet och fördelning");
    await next(page);
    await expectHeading(page, "Steg 7 av 8: Granska");
    const file = await savedCase(page, "arbetsmarknadsenheten.json");
    const r = cliCalc(file);
    const k = r.keyFigures!;
    expect(k.unitName).toBe("Arbetsmarknadsenheten");
    await see(page.getByTestId("kf-cost")).toHaveText(`${formatKr(k.cost)} kr`);
    await see(page.getByTestId("kf-revenue")).toHaveText(`${formatKr(k.revenue)} kr`);
    await see(page.getByTestId("kf-costPerSuccess")).toHaveText(`${formatKr(k.costPerSuccess!)} kr`);
    await see(page.getByTestId("kf-successShare")).toHaveText(formatPercent(k.successShare!, 1));
    expect(k.cost).toBe(3200000);
    expect(r.milestones).toEqual([1, 2, 3, 4, 5, 10, 15]);
    const ratio = (x: number, i: number) => (i === 0 ? "–" : formatDecimal(x / i, 2));
    for (const p of BASE_PERSPECTIVES) {
      await page
        .getByRole("tab", {
          name: new RegExp(`^${p === "total" ? "Totalt" : p === "public" ? "Offentlig" : "Samhälls"}`),
        })
        .click();
      const a = r.perspectives[p].accumulated;
      for (const T of r.milestones) {
        await see(page.getByTestId(`ms-${p}-${T}-npv`)).toHaveText(formatKr(a.npv[T - 1]));
        await see(page.getByTestId(`ms-${p}-${T}-roi`)).toHaveText(ratio(a.benefits[T - 1], a.investment[T - 1]));
        await see(page.getByTestId(`ms-${p}-${T}-npvRatio`)).toHaveText(ratio(a.npv[T - 1], a.investment[T - 1]));
      }
    }
    await page.getByRole("tab", { name: /^Totalt/ }).click();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await shots(page, "v3-7-granska");
    await page.getByRole("table", { name: /talen vid år T/ }).scrollIntoViewIfNeeded();
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test("Table 4.3 opened as an example: Table 4.1 and the figures at years 1–5, 10, 20 as socinv calc --json", async () => {
  const { page, errors, close } = await openTaskpane(browser);
  try {
    await page.getByRole("radio", { name: "Börja från ett exempel" }).check();
    await page.getByRole("combobox", { name: "Exempel" }).click();
    await page.getByRole("option", { name: "Arbetsmarknadskontoret över 20 år (tabell 4.3)" }).click();
    await next(page);
    await expectHeading(page, "Steg 2 av 8: Grunddata");
    await see(page.getByRole("combobox", { name: /Bokslutet gäller/ })).toHaveText("Arbetsmarknadskontoret");
    await next(page);
    await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    // many lines: each in one line of text, the yearly ones said as such
    await page
      .getByText(/kr, år 1–20 \(belopp per år\)/)
      .first()
      .waitFor();
    await shots(page, "v3-tabell43-4-poster");
    for (let i = 0; i < 3; i++) await next(page);
    await expectHeading(page, "Steg 7 av 8: Granska");
    const r = cliCalc(join(__dirname, "..", "..", "examples", "tabell-4-3.json"));
    await see(page.getByTestId("kf-revenue")).toHaveText("18 823 000 kr");
    await see(page.getByTestId("kf-result")).toHaveText("-3 920 000 kr (20,8 % över budget)");
    await see(page.getByTestId("kf-costPerSuccess")).toHaveText("104 326 kr");
    const a = r.perspectives.total.accumulated;
    for (const T of r.milestones) await see(page.getByTestId(`ms-total-${T}-npv`)).toHaveText(formatKr(a.npv[T - 1]));
    await see(page.getByTestId("ms-total-4-roi")).toHaveText(formatDecimal(a.benefits[3] / a.investment[3], 2));
    await shots(page, "v3-tabell43-7-granska");
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
