import { mkdirSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { ROOT } from "../helpers/cases";
import { horizontalOverflow, launch, openTaskpane } from "./browser";
import { expectHeading, next } from "./walk";

/**
 * Every step at 320, 350 and 800 px with nothing past the right edge: each input, button,
 * dropdown, switch, table and chart is measured. An investment case with every part of
 * Känslighet och fördelning switched on; screenshots of each step in docs/pictures/wizard/.
 */
jest.setTimeout(600_000);

const PICTURES = join(ROOT, "docs", "pictures", "wizard");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(PICTURES, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Controls whose box reaches past the pane's right (or left) edge, described for the failure message. */
async function pastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const selector = 'input, button, textarea, select, table, svg, [role="combobox"], [role="switch"], label';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.opacity === "0") continue;
      // Fluent's hidden native radio/checkbox inputs sit under their visible indicator
      if (el.closest("[data-tabster-dummy]")) continue;
      if (r.right > width + 0.5 || r.left < -0.5) {
        const name = el.getAttribute("aria-label") ?? el.id ?? "";
        out.push(
          `${el.tagName.toLowerCase()} ${name} "${(el.textContent ?? "").slice(0, 30)}" ${r.left}–${r.right} > ${width}`,
        );
      }
    }
    return out;
  });
}

const STEP_SLUGS = ["mall", "grunddata", "aktorer", "poster", "antaganden", "kanslighet", "granska", "skapa"];

async function check(page: Page, width: number, step: number): Promise<void> {
  expect(await pastTheEdge(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({
    path: join(PICTURES, `${step + 1}-${STEP_SLUGS[step]}-${width}.png`),
    fullPage: true,
  });
}

test.each([320, 350, 800])("every step at %i px: no control past the right edge", async (width) => {
  const { page, errors, close } = await openTaskpane(browser, { width });
  try {
    await page.getByRole("radio", { name: /Social investeringskalkyl/ }).check();
    await check(page, width, 0);
    await next(page);
    await page.getByRole("textbox", { name: "Verksamhet eller insats" }).fill("Ungdomsjobb");
    await page.getByRole("textbox", { name: "Antal deltagare" }).fill("60");
    await page.getByRole("textbox", { name: "Antal deltagare" }).press("Tab");
    await page.getByRole("textbox", { name: "Antal med utfall" }).fill("20");
    await page.getByRole("textbox", { name: "Antal med utfall" }).press("Tab");
    await check(page, width, 1);
    await next(page);
    await check(page, width, 2);
    await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    const amounts = page.getByRole("textbox", { name: /Belopp/ });
    const values = ["1,5 mnkr", "98.000", "12 000 kr", "280000"];
    for (let i = 0; i < values.length; i++) {
      await amounts.nth(i).fill(values[i]);
      await amounts.nth(i).press("Tab");
    }
    await check(page, width, 3);
    await next(page);
    const rate = page.getByRole("textbox", { name: /Diskonteringsränta/ });
    await rate.fill("0,035");
    await rate.press("Tab");
    await check(page, width, 4);
    await rate.fill("3,5");
    await next(page);
    await expectHeading(page, "Steg 6 av 8: Känslighet och fördelning");
    for (const part of ["Scenarier", "Monte Carlo", "Återföring till fonden", "Omfördelning", "Uppföljning mot plan"])
      await page.getByRole("region", { name: part }).getByRole("switch").click();
    // every part open (a repayment waits for its fund, so the previews wait for the case to be complete)
    await page.getByRole("textbox", { name: "Frö" }).waitFor();
    await check(page, width, 5);
    // the parts switched off again (a repayment needs its fund typed): Granska with Monte Carlo only
    for (const part of ["Scenarier", "Återföring till fonden", "Omfördelning", "Uppföljning mot plan"])
      await page.getByRole("region", { name: part }).getByRole("switch").click();
    await next(page);
    await expectHeading(page, "Steg 7 av 8: Granska");
    await page.getByTestId("chart").locator("svg").first().waitFor();
    await check(page, width, 6);
    await next(page);
    await expectHeading(page, "Steg 8 av 8: Skapa");
    await check(page, width, 7);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
