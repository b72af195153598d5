/** Helpers of the browser walks: the fake workbook's contents, waiting assertions and a11y scans. */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "../helpers/cases";
import type { Report } from "../../src/engine";

type Socinv = {
  sheets: () => string[];
  cell: (sheet: string, address: string) => { value: unknown; formula: string | null } | null;
  rows: (sheet: string) => { addr: string; value: unknown; formula: string | null }[];
};
export const sheets = (page: Page) =>
  page.evaluate(() => (window as unknown as { __socinv: Socinv }).__socinv.sheets());
export const rows = (page: Page, sheet: string) =>
  page.evaluate((s) => (window as unknown as { __socinv: Socinv }).__socinv.rows(s), sheet);

/** The value the Revision sheet recorded for a defined name at generation time. */
export async function recorded(page: Page, sheet: string, name: string): Promise<unknown> {
  const cells = await rows(page, sheet);
  const row = cells.find((c) => c.addr.startsWith("B") && c.value === name);
  if (!row) throw new Error(`${sheet} har inget namn ${name}`);
  return cells.find((c) => c.addr === `D${row.addr.slice(1)}`)?.value;
}

/** The numbers written as values (not formulas) on a sheet. */
export async function constants(page: Page, sheet: string): Promise<number[]> {
  return (await rows(page, sheet))
    .filter((c) => !c.formula && typeof c.value === "number")
    .map((c) => c.value as number);
}

export const next = (page: Page) => page.getByRole("button", { name: "Nästa" }).click();

async function waitFor(f: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await f()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`väntade förgäves på ${what}`);
}
export async function expectHeading(page: Page, text: string): Promise<void> {
  const h = page.getByRole("heading", { level: 2 });
  await waitFor(async () => (await h.textContent()) === text, `rubriken "${text}"`);
}
export function see(loc: Locator) {
  return {
    toHaveText: (t: string) => waitFor(async () => ((await loc.textContent()) ?? "").trim() === t, `texten "${t}"`),
    toHaveValue: (t: string) => waitFor(async () => (await loc.inputValue()) === t, `värdet "${t}"`),
    toHaveCount: (n: number) => waitFor(async () => (await loc.count()) === n, `${n} st`),
  };
}

/** `socinv calc --json` on a case file, with the CLI built by `npx tsc -p tsconfig.cli.json`. */
export function cliCalc(file: string): Report {
  if (!existsSync(join(ROOT, "dist", "cli", "main.js")))
    throw new Error("dist/cli/main.js saknas: kör npx tsc -p tsconfig.cli.json");
  return JSON.parse(
    execFileSync("node", [join(ROOT, "bin", "socinv.js"), "calc", "--json", file], { encoding: "utf8" }),
  );
}

/** axe-core over the page: every serious or critical violation, as text (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  // let Fluent's colour transitions (e.g. a button just enabled) end before contrast is measured
  await page.waitForTimeout(400);
  const has = await page.evaluate(() => "axe" in window);
  // evaluated through the DevTools protocol: the taskpane's Content-Security-Policy forbids inline scripts
  if (!has) await page.evaluate(readFileSync(require.resolve("axe-core"), "utf8"));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } })
      .axe;
    // Tabster's focus guards (Fluent UI's own <i tabindex="0" aria-hidden> around focus groups) are
    // meant to be focusable and hidden; they are Fluent's, not the wizard's, and are left out
    return axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
  });
  return (result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
