/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/components/App";
import { excelHost, type Host } from "../../../src/taskpane/host";
import { FakeWorkbook, fakeRun } from "../../fake-excel/fakeExcel";
import { compareCases, formatDecimal, parseCase } from "../../../src/engine";
import { renderCase } from "../../../src/excel/render";
import { loadExample, rawExample } from "../../helpers/cases";
import { HELP } from "../../../src/taskpane/help";

jest.setTimeout(150_000); // jsdom walks of the whole wizard: 6–30 s each alone in a slow hour, twice that beside another suite

if (!("ResizeObserver" in window))
  Object.assign(window, {
    ResizeObserver: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });

function setup(wb = new FakeWorkbook(["Blad1"])) {
  localStorage.clear();
  const host: Host = excelHost(fakeRun(wb), { addinVersion: "test", settings: null });
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
  return { wb, user };
}
const next = () => screen.getByRole("button", { name: "Nästa" });
const heading = () => screen.getByRole("heading", { level: 2 }).textContent;

test("a JSON case file opens at Grunddata with everything in it, its analyses included", async () => {
  const { user } = setup();
  const raw = rawExample("unga-utanfor-investering.json");
  const file = new File([JSON.stringify(raw)], "unga.json", { type: "application/json" });
  await user.upload(screen.getByLabelText(/Öppna kalkylfil/), file);
  await screen.findByText(/Du redigerar kalkylen från unga.json/);
  expect(heading()).toBe("Steg 2 av 8: Grunddata");
  for (let i = 0; i < 4; i++) await user.click(next());
  expect(heading()).toBe("Steg 6 av 8: Känslighet och fördelning");
  expect(within(screen.getByRole("region", { name: "Monte Carlo" })).getByRole("switch")).toBeChecked();
  expect(screen.getByRole("textbox", { name: /Fondens belopp/ })).toHaveValue("13 200 000");
});

test("a file that is no case is refused with a Swedish message", async () => {
  const { user } = setup();
  await user.upload(screen.getByLabelText(/Öppna kalkylfil/), new File(["{inte json"], "fel.json"));
  expect(await screen.findByText(/Kalkylen i fel.json kunde inte läsas/)).toBeInTheDocument();
  expect(heading()).toBe("Steg 1 av 8: Mall");
});

test("Öppna föregående års bokslut: the Revision case carried to the next price year; Skapa adds version (2)", async () => {
  const wb = new FakeWorkbook(["Blad1"]);
  const c = loadExample("unga-utanfor-investering.json");
  await renderCase(wb.context(), c);
  const { user } = setup(wb);
  await user.click(screen.getByRole("button", { name: "Öppna föregående års bokslut" }));
  await screen.findByText(/Den är förd till prisår/);
  expect(screen.getByRole("textbox", { name: /Prisår/ })).toHaveValue(String(c.priceYear + 1));
  for (let i = 0; i < 4; i++) await user.click(next());
  const year3 = screen.getByRole("group", { name: "Uppföljning rad 3" });
  await user.type(within(year3).getByRole("textbox", { name: "Faktiskt antal med utfall" }), "17");
  await user.click(next());
  await user.click(next());
  expect(heading()).toBe("Steg 8 av 8: Skapa");
  await user.click(screen.getByRole("button", { name: "Skapa arbetsboken" }));
  expect(await screen.findByText(/Skapade Resultaträkning \(2\)/)).toBeInTheDocument();
  expect(wb.sheets.map((s) => s.name)).toContain("Uppföljning (2)");
});

test("Ångra over the whole case undoes the last change: typing in one field, then a removal", async () => {
  const { user } = setup();
  expect(screen.getByRole("button", { name: "Ångra" })).toBeDisabled();
  await user.click(screen.getByRole("radio", { name: "Börja från ett exempel" }));
  for (let i = 0; i < 3; i++) await user.click(next());
  const undo = screen.getByRole("button", { name: "Ångra" });
  // choosing the example is a change too
  expect(undo).toBeEnabled();
  const post1 = () => screen.getByRole("group", { name: "Post 1" });
  await user.click(screen.getByRole("button", { name: "Redigera post 1" }));
  const amount = within(post1()).getByRole("textbox", { name: /Belopp/ });
  await user.clear(amount);
  await user.type(amount, "5");
  await user.click(screen.getByRole("button", { name: "Ta bort post 2" }));
  expect(screen.getAllByRole("group", { name: /^Post \d+$/ })).toHaveLength(16);
  await user.click(undo);
  expect(screen.getAllByRole("group", { name: /^Post \d+$/ })).toHaveLength(17);
  expect(within(post1()).getByRole("textbox", { name: /Belopp/ })).toHaveValue("5");
  await user.click(undo);
  expect(within(post1()).getByRole("textbox", { name: /Belopp/ })).toHaveValue("22 743 000");
});

test("help: an info button beside Dödvikt opens the method's explanation", async () => {
  const { user } = setup();
  await user.click(screen.getByRole("radio", { name: "Börja från ett exempel" }));
  for (let i = 0; i < 4; i++) await user.click(next());
  await user.click(screen.getByRole("button", { name: "Hjälp: Dödvikt (w)" }));
  expect(await screen.findByText(HELP.deadweight.text)).toBeInTheDocument();
  expect(screen.getByText(HELP.deadweight.method)).toBeInTheDocument();
});

test("Jämför med ett alternativ: B edited, the engine's comparison per actor shown, the comparison written", async () => {
  const { user, wb } = setup();
  await user.click(screen.getByRole("radio", { name: "Börja från ett exempel" }));
  for (let i = 0; i < 7; i++) await user.click(next());
  await user.click(screen.getByRole("button", { name: "Jämför med ett alternativ" }));
  expect(heading()).toBe("Steg 2 av 8: Grunddata");
  expect(screen.getByText(/Du ändrar alternativ B/)).toBeInTheDocument();
  await user.clear(screen.getByRole("textbox", { name: "Antal med utfall" }));
  await user.type(screen.getByRole("textbox", { name: "Antal med utfall" }), "100");
  for (let i = 0; i < 5; i++) await user.click(next());
  expect(heading()).toBe("Steg 7 av 8: Granska");
  const a = loadExample("arbetsmarknadskontoret.json");
  const b = parseCase({ ...a, title: `${a.title} – alternativ B`, assumptions: { ...a.assumptions, successes: 100 } });
  const cmp = compareCases(a, b);
  for (const x of cmp.actors) expect(screen.getByTestId(`prefers-${x.id}`)).toHaveTextContent(x.prefers);
  expect(screen.getByTestId("compare-diff-total")).toHaveTextContent(
    formatDecimal(cmp.perspectives.total.difference / 1e6, 1),
  );
  // Skapa writes A's workbook with B's sheets and the Jämförelse sheet (native formulas).
  await user.click(next());
  await user.click(screen.getByRole("button", { name: "Skapa arbetsboken med jämförelsen" }));
  expect(await screen.findByText("Klart")).toBeInTheDocument();
  const names = wb.sheets.map((x) => x.name);
  expect(names).toEqual(expect.arrayContaining(["Resultaträkning", "Jämförelse", "Poster B", "Prognos B"]));
  expect(wb.names.map((n) => n.name)).toEqual(expect.arrayContaining(["NPV_total", "NPV_total_B"]));
  // two whole workbooks through the fake Excel in jsdom: 55 s alone in a slow hour of this VM, over
  // 90 s beside another suite in CI; a budget, not a speed test
}, 240_000);
