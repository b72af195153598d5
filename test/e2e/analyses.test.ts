import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { formatKr, type Report } from "../../src/engine";
import { BASE_PERSPECTIVES } from "../../src/engine/vocabulary";
import { horizontalOverflow, launch, openTaskpane, screenshot } from "./browser";
import { recalculated } from "./recalc";
import { axeViolations, cliCalc, constants, expectHeading, next, see, sheets } from "./walk";

/**
 * The step Känslighet och fördelning in headless Chromium: Table 4.2 with the default scenarios,
 * a Monte Carlo of 1 000 draws with a fixed seed, a repayment of 10 Mkr and two years of
 * follow-up; the workbook's figures equal `socinv calc --json` on the case the wizard saves.
 * Then the year's cycle: last year's workbook reopened, carried forward and regenerated.
 */
jest.setTimeout(300_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dir = mkdtempSync(join(tmpdir(), "socinv-e2e-"));
const region = (page: Page, name: string) => page.getByRole("region", { name });

/** A screenshot at the taskpane's narrow width and at 800 px, then back to narrow. */
async function shots(page: Page, name: string): Promise<void> {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, `${name}-350`);
  await page.setViewportSize({ width: 800, height: 900 });
  await screenshot(page, `${name}-800`);
  await page.setViewportSize({ width: 350, height: 900 });
}

/** Spara kalkylen som JSON: the downloaded case file. */
async function savedCase(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Spara kalkylen som JSON" }).click(),
  ]);
  const file = join(dir, name);
  await download.saveAs(file);
  return file;
}

const close = (a: unknown, b: number) => {
  expect(typeof a).toBe("number");
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));
};
const containsClose = (xs: number[], b: number) =>
  expect(xs.some((x) => Math.abs(x - b) <= 1e-6 * Math.max(1, Math.abs(b)))).toBe(true);

async function switchOn(page: Page, part: string): Promise<void> {
  await region(page, part).getByRole("switch").click();
}

/** Table 4.2 at Känslighet och fördelning with every part switched on and filled in like a user. */
async function fillAnalyses(page: Page): Promise<void> {
  await page.getByRole("radio", { name: "Börja från ett exempel" }).check();
  for (let i = 0; i < 5; i++) await next(page);
  await expectHeading(page, "Steg 6 av 8: Känslighet och fördelning");
  await shots(page, "kanslighet-1-av");
  await switchOn(page, "Scenarier");
  await switchOn(page, "Monte Carlo");
  const mc = region(page, "Monte Carlo");
  await mc.getByRole("textbox", { name: /Antal dragningar/ }).fill("1 000");
  await mc.getByRole("textbox", { name: "Min (personer)" }).fill("150");
  await mc.getByRole("textbox", { name: "Max (personer)" }).fill("250");
  await mc.getByRole("button", { name: "Lägg till fördelning" }).click();
  const d2 = mc.getByRole("group", { name: "Fördelning 2" });
  await d2.getByRole("combobox", { name: "Fördelning" }).click();
  await page.getByRole("option", { name: "Triangel" }).click();
  await d2.getByRole("textbox", { name: "Min (%)" }).fill("5");
  await d2.getByRole("textbox", { name: "Typvärde (%)" }).fill("10");
  await d2.getByRole("textbox", { name: "Max (%)" }).fill("20");
  await switchOn(page, "Återföring till fonden");
  await region(page, "Återföring till fonden")
    .getByRole("textbox", { name: /Fondens belopp/ })
    .fill("10 Mkr");
  await switchOn(page, "Omfördelning");
  await switchOn(page, "Uppföljning mot plan");
  const fu = region(page, "Uppföljning mot plan");
  const row = (n: number) => fu.getByRole("group", { name: `Uppföljning rad ${n}` });
  await row(1).getByRole("textbox", { name: "Faktiskt antal med utfall" }).fill("200");
  await row(1).getByRole("textbox", { name: "Post 1, faktisk insats (kr)" }).fill("23 000 000");
  await fu.getByRole("button", { name: "Lägg till år" }).click();
  await row(2).getByRole("textbox", { name: "Faktiskt antal med utfall" }).fill("180");
  await page.getByTestId("mc-p50-total").waitFor();
}

function expectPreviewEqualsCli(cli: Report) {
  return async (page: Page) => {
    for (const p of BASE_PERSPECTIVES)
      for (const k of ["p10", "p50", "p90"] as const)
        await see(
          page.locator(`[data-testid="mc-${k}-${p}"][title="${formatKr(cli.monteCarlo!.perspectives[p][k])} kr"]`),
        ).toHaveCount(1);
  };
}

test("analyses: Table 4.2 with scenarios, Monte Carlo, repayment of 10 Mkr and follow-up equals socinv calc", async () => {
  const { page, errors, close: done } = await openTaskpane(browser);
  try {
    await fillAnalyses(page);
    await shots(page, "kanslighet-2-pa");
    await next(page);
    await expectHeading(page, "Steg 7 av 8: Granska");
    for (const p of BASE_PERSPECTIVES) await page.getByTestId(`band-${p}`).waitFor();
    await shots(page, "kanslighet-3-granska");
    await next(page);
    await page.getByRole("button", { name: "Skapa arbetsboken" }).click();
    await page.getByText("Klart", { exact: true }).waitFor();
    await shots(page, "kanslighet-4-skapa");
    const cli = cliCalc(await savedCase(page, "tabell42-analyser.json"));
    expect(cli.monteCarlo?.iterations).toBe(1000);
    expect(cli.repayment?.fund).toBe(10_000_000);
    expect(cli.followUp?.lastYear).toBe(2);
    await page.getByRole("tab", { name: /Känslighet/ }).click();
    await expectPreviewEqualsCli(cli)(page);
    await page.getByRole("tab", { name: /Skapa/ }).click();

    const names = await sheets(page);
    for (const s of ["Känslighet", "Återföring", "Omfördelning", "Uppföljning"]) expect(names).toContain(s);
    const x = await recalculated(page, "tabell42-analyser");
    // Känslighet: the scenarios (native formulas) and the Monte Carlo (values)
    expect(cli.scenarios.map((s) => s.name)).toEqual([
      "Planerat utfall",
      "Halva utfallet",
      "En fjärdedel av utfallet",
      "Inget utfall",
    ]);
    cli.scenarios.forEach((s, i) => {
      for (const p of BASE_PERSPECTIVES) close(x.byName(`Scenario${i + 1}_NPV_${p}`), s.perspectives[p].npv);
    });
    const sens = await constants(page, "Känslighet");
    for (const p of BASE_PERSPECTIVES)
      for (const k of ["mean", "p10", "p50", "p90"] as const) containsClose(sens, cli.monteCarlo!.perspectives[p][k]);
    // Återföring: the fund, the year it is repaid, the balance at the horizon
    close(x.byName("Fond"), cli.repayment!.fund);
    expect(x.byName("Repayment_Year")).toBe(cli.repayment!.repaidYear);
    close(x.byName("Repayment_Balance_End"), cli.repayment!.balance[cli.repayment!.balance.length - 1]);
    // Omfördelning: the sum of the losses the winners make good
    const losses = Object.values(cli.compensation.net)
      .filter((v) => v < 0)
      .reduce((a, v) => a - v, 0);
    close(x.byName("Compensation_Total"), losses);
    // Uppföljning: plan and updated present values, and the two followed-up years
    close(x.byName("FollowUp_NPV_Plan"), cli.followUp!.npvPlan);
    close(x.byName("FollowUp_NPV_Updated"), cli.followUp!.npvUpdated);
    for (const t of [1, 2]) close(x.byName(`FollowUp_Actual_${t}`), cli.followUp!.total.actual[t - 1]);
    expect(errors).toEqual([]);

    // the year's cycle: last year's workbook opened, carried forward, a third year followed up, a new version
    await page.getByRole("tab", { name: /Mall/ }).click();
    await page.getByRole("button", { name: "Öppna föregående års bokslut" }).click();
    await page.getByText(/Den är förd till prisår/).waitFor();
    await shots(page, "arsskifte-1-oppnad");
    for (let i = 0; i < 4; i++) await next(page);
    await expectHeading(page, "Steg 6 av 8: Känslighet och fördelning");
    const row3 = region(page, "Uppföljning mot plan").getByRole("group", { name: "Uppföljning rad 3" });
    await row3.getByRole("textbox", { name: "Faktiskt antal med utfall" }).fill("170");
    await shots(page, "arsskifte-2-uppfoljning");
    await next(page);
    await next(page);
    await page.getByRole("button", { name: "Skapa arbetsboken" }).click();
    await page.getByText("Klart", { exact: true }).waitFor();
    const after = await sheets(page);
    for (const s of ["Revision", "Revision (2)", "Uppföljning", "Uppföljning (2)"]) expect(after).toContain(s);
    const cli2 = cliCalc(await savedCase(page, "tabell42-ar2.json"));
    expect(cli2.followUp?.lastYear).toBe(3);
    const y = await recalculated(page, "tabell42-ar2");
    close(y.byName("FollowUp_Actual_3_2"), cli2.followUp!.total.actual[2]);
    close(y.byName("FollowUp_NPV_Updated_2"), cli2.followUp!.npvUpdated);
    close(y.byName("NPV_total_2"), cli2.perspectives.total.npv);
    // last year's sheets are untouched
    close(y.byName("FollowUp_NPV_Updated"), cli.followUp!.npvUpdated);
    expect(errors).toEqual([]);
  } finally {
    await done();
  }
});

test("errors on Känslighet och fördelning sit next to their fields, and nothing typed is lost", async () => {
  const { page, close: done } = await openTaskpane(browser);
  try {
    await page.getByRole("radio", { name: "Börja från ett exempel" }).check();
    for (let i = 0; i < 5; i++) await next(page);
    await switchOn(page, "Återföring till fonden");
    const fund = region(page, "Återföring till fonden").getByRole("textbox", { name: /Fondens belopp/ });
    await fund.fill("tio miljoner");
    await switchOn(page, "Monte Carlo");
    await region(page, "Monte Carlo")
      .getByRole("textbox", { name: /Antal dragningar/ })
      .fill("500 000");
    await next(page);
    await expectHeading(page, "Steg 6 av 8: Känslighet och fördelning");
    await see(page.getByText("Fondens belopp: 'tio miljoner' är inget tal.").first()).toHaveCount(1);
    await see(page.getByText(/Antal dragningar: 500000 får vara högst 100000/).first()).toHaveCount(1);
    // Monte Carlo switched on is ready on its defaults: its distribution has no error
    expect(await page.getByText(/^Fördelning 1, /).count()).toBe(0);
    await shots(page, "kanslighet-5-fel");
    await page.getByRole("tab", { name: /Poster/ }).click();
    await page.getByRole("tab", { name: /Känslighet/ }).click();
    await see(fund).toHaveValue("tio miljoner");
  } finally {
    await done();
  }
});

test("accessibility: axe-core finds no serious or critical violation on any step", async () => {
  const { page, close: done } = await openTaskpane(browser);
  try {
    const found: string[] = [];
    const scan = async (where: string) => found.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));
    await scan("Mall");
    await page.getByRole("radio", { name: "Börja från ett exempel" }).check();
    for (const [n, step] of ["Grunddata", "Aktörer", "Poster", "Antaganden"].entries()) {
      await next(page);
      await expectHeading(page, `Steg ${n + 2} av 8: ${step}`);
      await scan(step);
    }
    await next(page);
    await scan("Känslighet och fördelning (av)");
    for (const part of ["Scenarier", "Monte Carlo", "Återföring till fonden", "Omfördelning", "Uppföljning mot plan"])
      await switchOn(page, part);
    await next(page);
    await scan("Känslighet och fördelning med fel");
    await region(page, "Återföring till fonden")
      .getByRole("textbox", { name: /Fondens belopp/ })
      .fill("10 Mkr");
    await region(page, "Monte Carlo").getByRole("textbox", { name: "Min (personer)" }).fill("150");
    await region(page, "Monte Carlo").getByRole("textbox", { name: "Max (personer)" }).fill("250");
    await scan("Känslighet och fördelning (på)");
    await next(page);
    await scan("Granska");
    await page.getByRole("button", { name: "Hjälp: Nuvärde" }).click();
    await scan("Granska med hjälp öppen");
    await page.keyboard.press("Escape");
    await next(page);
    await scan("Skapa");
    expect(found).toEqual([]);
  } finally {
    await done();
  }
});
