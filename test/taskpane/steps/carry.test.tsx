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
import { renderCase } from "../../../src/excel/render";
import { loadExample } from "../../helpers/cases";
import { startReplay, type Replay } from "../../helpers/replay-server";

// jsdom has no fetch: node-fetch stands in for the browser's (the request goes to the local replay server)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFetch = require("node-fetch") as typeof fetch;

/** Öppna föregående års bokslut re-indexes the amounts, says by how much, and Ångra omräkningen takes it back. */
jest.setTimeout(90_000);

if (!("ResizeObserver" in window))
  Object.assign(window, {
    ResizeObserver: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });

let replay: Replay;
beforeAll(async () => {
  replay = await startReplay();
  Object.assign(window, { fetch: nodeFetch });
});
afterAll(async () => {
  await replay.close();
});

async function openPrevious(example: string) {
  const wb = new FakeWorkbook(["Blad1"]);
  await renderCase(wb.context(), loadExample(example));
  localStorage.clear();
  localStorage.setItem("socinv.settings", JSON.stringify({ scbUrl: replay.base("scb/kpi"), timeoutMs: 5000 }));
  const host: Host = excelHost(fakeRun(wb), { addinVersion: "test", settings: null });
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
  await user.click(screen.getByRole("button", { name: "Öppna föregående års bokslut" }));
  await screen.findByText(/Den är förd till prisår/);
  return user;
}

const amountOfPost1 = async (user: ReturnType<typeof userEvent.setup>) => {
  for (let i = 0; i < 2; i++) await user.click(screen.getByRole("button", { name: "Nästa" }));
  const edit = screen.queryByRole("button", { name: "Redigera post 1" });
  if (edit) await user.click(edit);
  return within(screen.getByRole("group", { name: "Post 1" })).getByRole("textbox", { name: /Belopp/ });
};

test("KPI 2017→2018: the amounts re-indexed and said; Ångra omräkningen and Ångra take it back", async () => {
  const user = await openPrevious("arbetsmarknadskontoret.json");
  expect(screen.getByText("Beloppen räknades om med KPI 2017→2018: +2,0 %")).toBeInTheDocument();
  expect(screen.getByTestId("reindexed-amounts")).toHaveTextContent(
    "Post 1 (Verksamhetens kostnader), Belopp: 22 743 000 → 23 187 113,72 kr",
  );
  expect(await amountOfPost1(user)).toHaveValue("23 187 113,72");
  await user.click(screen.getByRole("button", { name: "Ångra omräkningen" }));
  expect(screen.getByText("Omräkningen är ångrad")).toBeInTheDocument();
  expect(within(screen.getByRole("group", { name: "Post 1" })).getByRole("textbox", { name: /Belopp/ })).toHaveValue(
    "22 743 000",
  );
  // Ångra in the toolbar undoes the undoing: the re-indexed amounts again
  await user.click(screen.getByRole("button", { name: "Ångra" }));
  expect(within(screen.getByRole("group", { name: "Post 1" })).getByRole("textbox", { name: /Belopp/ })).toHaveValue(
    "23 187 113,72",
  );
  expect(screen.getByText("Beloppen räknades om med KPI 2017→2018: +2,0 %")).toBeInTheDocument();
});

test("an index without the new year: nothing re-indexed, said, with KPI from SCB offered on a click", async () => {
  const user = await openPrevious("unga-utanfor-investering.json");
  expect(screen.getByText("Beloppen är inte omräknade")).toBeInTheDocument();
  expect(
    screen.getByText(/Kalkylens prisår är nu 2027, men året 2026 saknas i prisindexet KPI; året 2027 saknas/),
  ).toBeInTheDocument();
  const n = replay.requests.length;
  await user.click(screen.getByRole("button", { name: "Hämta KPI från SCB och räkna om" }));
  // SCB's series ends with 2023 too: said, and nothing changed
  expect(
    await screen.findByText(
      /^SCB:s KPI \(svar från \d{4}-\d{2}-\d{2}\) har årsmedel 2006–2023, inte 2026 och 2027 \(2024 har inte alla tolv månader än\); inget har ändrats\.$/,
    ),
  ).toBeInTheDocument();
  expect(replay.requests.slice(n).map((r) => `${r.method} ${r.path}`)).toEqual([
    "GET /scb/kpi/PR/PR0101/PR0101A/KPItotM",
    "POST /scb/kpi/PR/PR0101/PR0101A/KPItotM",
  ]);
  expect(screen.getByText("Beloppen är inte omräknade")).toBeInTheDocument();
  expect(await amountOfPost1(user)).toHaveValue(
    loadExample("unga-utanfor-investering.json")
      .lines[0].amount.toLocaleString("sv-SE")
      .replace(/\u00a0/g, " "),
  );
});
