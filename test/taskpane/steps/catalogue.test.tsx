/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useHistory } from "../../../src/taskpane/components/useHistory";
import {
  BUILTIN_INDEXES,
  COST_UNIT,
  catalogueEntry,
  formatKr,
  lineAmountNumber,
  missingYearText,
  searchCatalogue,
  validateCase,
} from "../../../src/engine";
import { LinesStep } from "../../../src/taskpane/steps/LinesStep";
import { STEP, caseOf, stateFromCase, wizardErrors, type WizardState } from "../../../src/taskpane/state";
import { loadExample } from "../../helpers/cases";

jest.setTimeout(90_000);

function Harness({ initial, onState }: { initial: WizardState; onState: (s: WizardState) => void }) {
  // the wizard's history over the whole case, with its Ångra button
  const { state, update, undo } = useHistory(() => initial);
  React.useEffect(() => {
    onState(state);
  }, [state, onState]);
  const errors = wizardErrors(state)[STEP.lines];
  return (
    <FluentProvider theme={webLightTheme}>
      <Button onClick={undo}>Ångra</Button>
      <LinesStep state={state} update={update} errors={errors} readSelection={async () => []} />
    </FluentProvider>
  );
}

/** The example with its price year set (and only a few lines, so each is open for editing). */
function setup(priceYear: number) {
  const c = loadExample("arbetsmarknadskontoret.json");
  const s0 = stateFromCase({ ...c, lines: c.lines.slice(0, 3) });
  const initial = { ...s0, basics: { ...s0.basics, priceYear: String(priceYear) } };
  const latest: { state?: WizardState } = {};
  const user = userEvent.setup();
  render(<Harness initial={initial} onState={(s) => (latest.state = s)} />);
  return { user, latest };
}

async function fetchFor(user: ReturnType<typeof userEvent.setup>, query: string, id: string, quantity: string) {
  const post = screen.getByRole("group", { name: "Post 1" });
  await user.click(within(post).getByRole("button", { name: "Hämta från kalkylvärden" }));
  // jsdom: tabster leaves the open surface aria-hidden (focus does not move in jsdom), so the queries include hidden nodes
  const dialog = await screen.findByRole("dialog", { hidden: true });
  const search = within(dialog).getByRole("textbox", { name: /Sök/, hidden: true });
  await user.type(search, query);
  const hits = searchCatalogue(query);
  expect(within(dialog).getAllByRole("radio", { hidden: true })).toHaveLength(hits.length);
  const entry = catalogueEntry(id)!;
  await user.click(
    within(dialog).getByRole("radio", {
      name: new RegExp(`^${entry.label.replace(/[()[\]\\.*+?^$|{}]/g, "\\$&")}`),
      hidden: true,
    }),
  );
  const qty = within(dialog).getByRole("textbox", { name: /Antal/, hidden: true });
  await user.clear(qty);
  await user.type(qty, quantity);
  return { dialog, entry };
}

describe("Poster: Hämta från kalkylvärden", () => {
  test("search, see amount, unit, price year and source, choose a quantity; the line keeps the reference; Ångra", async () => {
    const { user, latest } = setup(2023);
    const id = "kriminalvard-anstalt-dygn-2019";
    const { dialog, entry } = await fetchFor(user, "kriminalvård anstalt", id, "2");
    const facts = within(dialog).getByTestId(`unitcost-${id}`);
    expect(facts.textContent).toContain(`${formatKr(entry.amount)} kr ${COST_UNIT.labels[entry.unit]}`);
    expect(facts.textContent).toContain(`prisår ${entry.priceYear}`);
    expect(facts.textContent).toContain(entry.source.citation);
    await user.click(within(dialog).getByRole("button", { name: "Hämta", hidden: true }));

    const line = latest.state!.lines[0];
    expect(line.unitCost).toBe(id);
    expect(line.quantity).toBe("2");
    expect(latest.state!.priceIndex).toBe("KPI");
    const r = caseOf(latest.state!);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.case.lines[0].unitCost).toBe(id);
    expect(r.case.lines[0].quantity).toBe(2);
    const indexed = lineAmountNumber(r.case, r.case.lines[0]);
    const post = screen.getByRole("group", { name: "Post 1", hidden: true });
    expect(within(post).getByTestId("indexed-amount").textContent).toContain(`${formatKr(indexed)} kr/år`);

    await user.click(screen.getByRole("button", { name: "Ångra", hidden: true }));
    expect(latest.state!.lines[0].unitCost).toBeUndefined();
  });

  test("an entry without a price year: the engine's message at the line", async () => {
    const { user, latest } = setup(2023);
    const id = "forsenat-intrade-arbetslivet";
    const { dialog } = await fetchFor(user, "försenat inträde", id, "1");
    await user.click(within(dialog).getByRole("button", { name: "Hämta", hidden: true }));
    const r = caseOf(latest.state!);
    if (r.ok) throw new Error("the engine accepted a unit cost without a price year");
    const issue = r.errors.find((e) => e.path.startsWith("lines[0]"))!;
    expect(issue.path).toBe("lines[0].priceYear");
    const post = screen.getByRole("group", { name: "Post 1", hidden: true });
    expect(
      within(post).getByText((_, el) => el?.tagName === "SPAN" && (el.textContent ?? "").endsWith(issue.message)),
    ).toBeTruthy();
  });

  test("a price year KPI lacks: the engine's message instead of an amount", async () => {
    const kpiYears = Object.keys(BUILTIN_INDEXES.KPI.values).map(Number);
    const year = Math.max(...kpiYears) + 1;
    const { user } = setup(year);
    const { dialog } = await fetchFor(user, "kriminalvård anstalt", "kriminalvard-anstalt-dygn-2019", "1");
    expect(within(dialog).getByTestId("indexed-amount").textContent).toContain(
      missingYearText(BUILTIN_INDEXES.KPI, year),
    );
  });

  test("a case with a unit-cost line opens with the reference", () => {
    const raw = JSON.parse(JSON.stringify(loadExample("arbetsmarknadskontoret.json")));
    raw.priceYear = 2023;
    raw.priceIndex = "KPI";
    raw.lines[0] = { ...raw.lines[0], unitCost: "kriminalvard-anstalt-dygn-2019", quantity: 0.5 };
    delete raw.lines[0].amount;
    const v = validateCase(raw);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const back = caseOf(stateFromCase(v.case));
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.case.lines[0]).toEqual(v.case.lines[0]);
    expect(back.case.priceIndex).toBe("KPI");
  });
});
