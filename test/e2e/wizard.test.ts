import type { Browser, Locator, Page } from "playwright-core";
import { buildReport, compute, formatKr, parseCase } from "../../src/engine";
import { horizontalOverflow, launch, openTaskpane, screenshot } from "./browser";

/**
 * The taskpane in a real browser: headless Debian Chromium (playwright-core) loads the built
 * taskpane.html with the in-memory Excel, walks both flows by clicking and typing like a user,
 * and checks the workbook afterwards. Screenshots: test-results/e2e/*.png.
 */
jest.setTimeout(180_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Socinv = {
  sheets: () => string[];
  active: () => string;
  names: () => { name: string; sheet: string; address: string }[];
  cell: (sheet: string, address: string) => { value: unknown; formula: string | null } | null;
  rows: (sheet: string) => { addr: string; value: unknown; formula: string | null }[];
  select: (sheet: string, address: string, values: unknown[][]) => void;
};
const api = (page: Page) => ({
  sheets: () => page.evaluate(() => (window as unknown as { __socinv: Socinv }).__socinv.sheets()),
  active: () => page.evaluate(() => (window as unknown as { __socinv: Socinv }).__socinv.active()),
  names: () => page.evaluate(() => (window as unknown as { __socinv: Socinv }).__socinv.names()),
  cell: (sheet: string, address: string) =>
    page.evaluate(([sh, a]) => (window as unknown as { __socinv: Socinv }).__socinv.cell(sh, a), [sheet, address]),
});

const heading = (page: Page) => page.getByRole("heading", { level: 2 });
const next = (page: Page) => page.getByRole("button", { name: "Nästa" }).click();

/** The value the Revision sheet recorded for a defined name at generation time. */
async function recorded(page: Page, sheet: string, name: string): Promise<unknown> {
  return page.evaluate(
    ([sheetName, n]) => {
      const s = (window as unknown as { __socinv: Socinv }).__socinv;
      const cells = s.rows(sheetName);
      const row = cells.find((c) => c.addr.startsWith("B") && c.value === n);
      if (!row) return undefined;
      return cells.find((c) => c.addr === `D${row.addr.slice(1)}`)?.value;
    },
    [sheet, name],
  );
}

test("Table 4.2: from the example to a workbook with the expected sheets and figures", async () => {
  const { page, errors, close } = await openTaskpane(browser);
  try {
    await screenshot(page, "tabell42-1-mall");
    await page.getByRole("radio", { name: "Börja från ett exempel" }).check();
    await next(page);
    await expectHeading(page, "Steg 2 av 8: Grunddata");
    await screenshot(page, "tabell42-2-grunddata");
    await next(page);
    await expectHeading(page, "Steg 3 av 8: Aktörer");
    await screenshot(page, "tabell42-3-aktorer");
    await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    await screenshot(page, "tabell42-4-poster");
    await next(page);
    await expectHeading(page, "Steg 5 av 8: Antaganden");
    await screenshot(page, "tabell42-5-antaganden");
    await next(page);
    await expectHeading(page, "Steg 6 av 8: Känslighet och fördelning");
    await next(page);
    await expectHeading(page, "Steg 7 av 8: Granska");
    await see(page.getByTestId("net-total")).toHaveText("34 017 064");
    await see(page.getByTestId("net-Kommunen")).toHaveText("23 438 864");
    await screenshot(page, "tabell42-6-granska");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await next(page);
    await expectHeading(page, "Steg 8 av 8: Skapa");
    await page.getByRole("button", { name: "Skapa arbetsboken" }).click();
    await page.getByText("Klart", { exact: true }).waitFor();
    await screenshot(page, "tabell42-7-skapa");
    const sheets = await api(page).sheets();
    expect(sheets).toEqual([
      "Blad1",
      "Resultaträkning",
      "Prognos",
      "Känslighet",
      "Omfördelning",
      "Uppföljning",
      "Poster",
      "Antaganden",
      "Metod",
      "Revision",
    ]);
    expect(await api(page).active()).toBe("Resultaträkning");
    expect(await recorded(page, "Revision", "Statement_Total")).toBe(34017064);
    expect(await recorded(page, "Revision", "Statement_Net_kommun")).toBe(23438864);
    const poster = await api(page).cell("Poster", "G2");
    expect(poster?.value).toBe(22743000);
    const net = await api(page).cell("Resultaträkning", "D13");
    expect(net?.formula).toBe("=SUM(D5:D12)");
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test("an investment case typed by the user, with an own unit, to a workbook", async () => {
  const { page, errors, close } = await openTaskpane(browser);
  try {
    await page.getByRole("radio", { name: /Social investeringskalkyl/ }).check();
    await next(page);
    const basics = {
      Rubrik: "Förebyggande insats för unga",
      "Verksamhet eller insats": "Ungdomsteamet",
      "Kommun eller region": "Exempelkommunen",
      Prisår: "2026",
      "Antal deltagare": "40",
      "Antal med utfall": "15",
    };
    for (const [label, value] of Object.entries(basics)) await page.getByRole("textbox", { name: label }).fill(value);
    await screenshot(page, "investering-2-grunddata");
    await next(page);
    await expectHeading(page, "Steg 3 av 8: Aktörer");
    await page.getByRole("textbox", { name: "Namn" }).fill("Socialförvaltningen");
    await page.getByRole("button", { name: "Lägg till enhet" }).click();
    await page.getByRole("checkbox", { name: /Socialförvaltningen \(under Kommunen\)/ }).waitFor();
    await screenshot(page, "investering-3-aktorer");
    await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    const post = (n: number) => page.getByRole("group", { name: `Post ${n}`, exact: true });
    // line 1: the investment, moved to the new unit by keyboard-free clicking in the dropdown
    await post(1).getByRole("combobox", { name: "Aktör" }).click();
    await page.getByRole("option", { name: "Socialförvaltningen" }).click();
    await post(1)
      .getByRole("textbox", { name: /Belopp/ })
      .fill("2 500 000");
    await post(2)
      .getByRole("textbox", { name: /Belopp/ })
      .fill("90 000");
    await post(3)
      .getByRole("textbox", { name: /Belopp/ })
      .fill("25 000,50");
    await post(4)
      .getByRole("textbox", { name: /Belopp/ })
      .fill("300000");
    await post(4)
      .getByRole("textbox", { name: /Belopp/ })
      .press("Tab");
    await see(post(4).getByRole("textbox", { name: /Belopp/ })).toHaveValue("300 000");
    // a fifth line added and typed like a user
    await page.getByRole("button", { name: "Lägg till post" }).click();
    await post(5).getByRole("textbox", { name: "Benämning" }).fill("Minskad aktivitetsersättning");
    await post(5).getByRole("combobox", { name: "Aktör" }).click();
    await page.getByRole("option", { name: "Försäkringskassan" }).click();
    await post(5).getByRole("combobox", { name: "Kostnadslag" }).click();
    await page.getByRole("option", { name: "Finansiell" }).click();
    await post(5).getByRole("combobox", { name: "Bas" }).click();
    await page.getByRole("option", { name: "Per person" }).click();
    await post(5)
      .getByRole("textbox", { name: /Belopp/ })
      .fill("58 000");
    await post(5).getByRole("textbox", { name: "Från år" }).fill("2");
    await screenshot(page, "investering-4-poster");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await next(page);
    await expectHeading(page, "Steg 5 av 8: Antaganden");
    await page.getByRole("textbox", { name: /Återfall/ }).fill("10");
    await page.getByRole("textbox", { name: /Avklingning/ }).fill("5");
    await page.getByRole("textbox", { name: /Dödvikt/ }).fill("20");
    await screenshot(page, "investering-5-antaganden");
    await next(page);
    await expectHeading(page, "Steg 6 av 8: Känslighet och fördelning");
    await next(page);
    await expectHeading(page, "Steg 7 av 8: Granska");
    await screenshot(page, "investering-6-granska");
    // the same case computed by the engine directly
    const c = parseCase({
      title: "Förebyggande insats för unga",
      priceYear: 2026,
      actors: [
        { id: "verksamheten", name: "Verksamheten", parent: "kommun" },
        { id: "kommun", name: "Kommunen" },
        { id: "region", name: "Regionen" },
        { id: "forsakringskassan", name: "Försäkringskassan" },
        { id: "arbetsformedlingen", name: "Arbetsförmedlingen" },
        { id: "rattsvasende", name: "Rättsväsendet" },
        { id: "individ", name: "Individen", kind: "individual" },
        { id: "ovriga", name: "Övriga", kind: "other" },
        { id: "produktionsvarde", name: "Produktionsvärde", kind: "society" },
        { id: "socialforvaltningen", name: "Socialförvaltningen", parent: "kommun" },
      ],
      assumptions: { horizon: 20, discountRate: 0.035, successes: 15, relapse: 0.1, decay: 0.05, deadweight: 0.2 },
      lines: [
        {
          actor: "socialforvaltningen",
          direction: "cost",
          category: "real",
          role: "investment",
          amount: 2500000,
          fromYear: 1,
          toYear: 3,
        },
        {
          actor: "kommun",
          direction: "revenue",
          category: "financial",
          basis: "perSuccess",
          amount: 90000,
          fromYear: 2,
        },
        { actor: "region", direction: "revenue", category: "real", basis: "perSuccess", amount: 25000.5, fromYear: 2 },
        {
          actor: "produktionsvarde",
          direction: "revenue",
          category: "production",
          basis: "perSuccess",
          amount: 300000,
          fromYear: 2,
        },
        {
          actor: "forsakringskassan",
          direction: "revenue",
          category: "financial",
          basis: "perSuccess",
          amount: 58000,
          fromYear: 2,
        },
      ],
    });
    const r = buildReport(compute(c));
    for (const p of ["total", "public", "economic"] as const) {
      await see(page.getByTestId(`npv-${p}`)).toHaveText(formatKr(r.perspectives[p].npv));
      await see(page.getByTestId(`be-${p}`)).toHaveText(
        r.perspectives[p].breakEvenYear === null ? "ingen" : `år ${r.perspectives[p].breakEvenYear}`,
      );
    }
    await next(page);
    await page.getByRole("button", { name: "Skapa arbetsboken" }).click();
    await page.getByText("Klart", { exact: true }).waitFor();
    await screenshot(page, "investering-7-skapa");
    expect(await api(page).sheets()).toContain("Prognos");
    expect(await recorded(page, "Revision", "NPV_total")).toBeCloseTo(r.perspectives.total.npv, 4);
    expect(await recorded(page, "Revision", "Statement_Total")).toBeCloseTo(r.statement.total, 6);
    const names = await api(page).names();
    expect(names.map((n) => n.name)).toContain("Statement_Net_socialforvaltningen");
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test("Poster: errors of the engine and of the wizard sit next to their fields", async () => {
  const { page, errors, close } = await openTaskpane(browser);
  try {
    await page.getByRole("radio", { name: /Social investeringskalkyl/ }).check();
    await next(page);
    await page.getByRole("textbox", { name: "Antal med utfall" }).fill("15");
    await next(page);
    await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    const post = (n: number) => page.getByRole("group", { name: `Post ${n}`, exact: true });
    for (const n of [1, 2, 3, 4])
      await post(n)
        .getByRole("textbox", { name: /Belopp/ })
        .fill("1000");
    await post(1)
      .getByRole("textbox", { name: /Belopp/ })
      .fill("12,x");
    await post(2).getByRole("textbox", { name: "Till år" }).fill("25");
    await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    const summary = page.locator("#step-error-summary");
    await see(summary.filter({ hasText: "Rätta 2 fel innan du går vidare" })).toHaveCount(1);
    // the wizard's own message for text that is no number, and the engine's for a year beyond the horizon
    await see(post(1).getByText("Post 1, Belopp: '12,x' är inget belopp; skriv t.ex. 1 234 567,50.")).toHaveCount(1);
    await see(post(2).getByText("Post 2, Till år: 25 är större än horisonten 20")).toHaveCount(1);
    await screenshot(page, "poster-fel");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test("import of lines from the current selection in the sheet", async () => {
  const { page, close } = await openTaskpane(browser);
  try {
    await page.evaluate(() =>
      (window as unknown as { __socinv: Socinv }).__socinv.select("Blad1", "A1", [
        ["Aktör", "Riktning", "Belopp", "Bas"],
        ["Kommunen", "Intäkt", "1 000", "Totalt"],
        ["Fritidsförvaltningen", "Kostnad", 500, "Totalt"],
      ]),
    );
    await page.getByRole("radio", { name: /Socioekonomiskt bokslut för en verksamhet/ }).check();
    await next(page);
    await page.getByRole("textbox", { name: "Antal med utfall" }).fill("12");
    await next(page);
    await next(page);
    await expectHeading(page, "Steg 4 av 8: Poster");
    const before = await page.getByRole("group", { name: /^Post \d+$/ }).count();
    await page.getByRole("button", { name: "Importera från markeringen" }).click();
    await page.getByText("2 poster importerade från markeringen.").waitFor();
    expect(await page.getByRole("group", { name: /^Post \d+$/ }).count()).toBe(before + 2);
    await screenshot(page, "import-markering");
  } finally {
    await close();
  }
});

test("a read-only workbook: a Swedish MessageBar, nothing written", async () => {
  const { page, close } = await openTaskpane(browser, { query: "readonly=1" });
  try {
    await page.getByRole("radio", { name: "Börja från ett exempel" }).check();
    for (let i = 0; i < 7; i++) await next(page);
    await page.getByRole("button", { name: "Skapa arbetsboken" }).click();
    await page.getByText("Det gick inte att skapa arbetsboken").waitFor();
    await see(page.getByRole("alert").filter({ hasText: "skrivskyddad" })).toHaveCount(1);
    await screenshot(page, "skrivskyddad");
    expect(await api(page).sheets()).toEqual(["Blad1"]);
  } finally {
    await close();
  }
});

test("an Excel without the needed API set is told so in Swedish", async () => {
  const { page, close } = await openTaskpane(browser, { query: "api=1.4" });
  try {
    await see(page.getByRole("alert").filter({ hasText: "ExcelApi 1.12" })).toHaveCount(1);
  } finally {
    await close();
  }
});

test.each([320, 350])("no horizontal scroll at %i px on any step", async (width) => {
  const { page, close } = await openTaskpane(browser, { width });
  try {
    await page.getByRole("radio", { name: "Börja från ett exempel" }).check();
    for (let i = 0; i < 8; i++) {
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (i < 7) await next(page);
    }
    await screenshot(page, `bredd-${width}`);
  } finally {
    await close();
  }
});

test("keyboard only: Tab reaches the choices and Enter goes on; focus is visible", async () => {
  const { page, close } = await openTaskpane(browser);
  try {
    await page.keyboard.press("Tab");
    let guard = 0;
    while (
      !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "radio")) &&
      guard++ < 20
    ) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const after = getComputedStyle(el.parentElement!, "::after");
      return (
        getComputedStyle(el).outlineStyle +
        "|" +
        after.borderStyle +
        "|" +
        getComputedStyle(el.parentElement!).outlineStyle
      );
    });
    expect(outline).toMatch(/solid|auto/);
    while (!(await page.evaluate(() => document.activeElement?.textContent === "Nästa")) && guard++ < 60) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await expectHeading(page, "Steg 2 av 8: Grunddata");
  } finally {
    await close();
  }
});

// Waiting assertions for locators (playwright-core ships no test runner or expect of its own).
async function waitFor(f: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await f()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`väntade förgäves på ${what}`);
}
async function expectHeading(page: Page, text: string): Promise<void> {
  await waitFor(async () => (await heading(page).textContent()) === text, `rubriken "${text}"`);
}
function see(loc: Locator) {
  return {
    toHaveText: (t: string) => waitFor(async () => ((await loc.textContent()) ?? "").trim() === t, `texten "${t}"`),
    toHaveValue: (t: string) => waitFor(async () => (await loc.inputValue()) === t, `värdet "${t}"`),
    toHaveCount: (n: number) => waitFor(async () => (await loc.count()) === n, `${n} st`),
  };
}
