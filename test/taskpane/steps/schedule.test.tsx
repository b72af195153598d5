/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { GREEN_BOOK_BANDS, formatPercent, scheduleText, validateCase, type Case } from "../../../src/engine";
import { AssumptionsStep } from "../../../src/taskpane/steps/AssumptionsStep";
import {
  STEP,
  caseOf,
  deserialize,
  fieldOf,
  serialize,
  stateFromCase,
  wizardErrors,
  type WizardState,
} from "../../../src/taskpane/state";
import { loadExample } from "../../helpers/cases";

jest.setTimeout(60_000);

function Harness({ initial, onState }: { initial: WizardState; onState: (s: WizardState) => void }) {
  const [state, setState] = React.useState(initial);
  React.useEffect(() => {
    onState(state);
  }, [state, onState]);
  const errors = wizardErrors(state)[STEP.assumptions];
  return (
    <FluentProvider theme={webLightTheme}>
      <AssumptionsStep state={state} update={(f) => setState(f)} errors={errors} />
    </FluentProvider>
  );
}

function setup(c: Case = loadExample("arbetsmarknadskontoret.json")) {
  const latest: { state?: WizardState } = {};
  const user = userEvent.setup();
  render(<Harness initial={stateFromCase(c)} onState={(s) => (latest.state = s)} />);
  const valid = () => {
    const r = caseOf(latest.state!);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.case;
  };
  return { user, latest, valid };
}

describe("Antaganden: the discount schedule", () => {
  test("flat rate by default: no schedule in the case, the engine's words for it", () => {
    const c = loadExample("arbetsmarknadskontoret.json");
    const { valid } = setup(c);
    expect(screen.getByRole("radio", { name: /Fast ränta/ })).toBeChecked();
    expect(valid().assumptions.discountSchedule).toBeUndefined();
    expect(screen.getByTestId("schedule-text").textContent).toBe(scheduleText(c.assumptions.discountRate));
  });

  test("Green Book: the engine's bands are shown and the case gets 'greenbook'", async () => {
    const { user, valid } = setup();
    await user.click(screen.getByRole("radio", { name: /Green Book/ }));
    expect(valid().assumptions.discountSchedule).toBe("greenbook");
    const list = screen.getByRole("list", { name: "Green Books räntor" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(GREEN_BOOK_BANDS.length);
    GREEN_BOOK_BANDS.forEach((b, i) => expect(items[i].textContent).toContain(`från år ${b.fromYear}`));
    GREEN_BOOK_BANDS.forEach((b, i) => expect(items[i].textContent).toContain(`${formatPercent(b.rate, 2)} från år`));
    expect(screen.getByTestId("schedule-text").textContent).toBe(
      scheduleText(valid().assumptions.discountRate, "greenbook"),
    );
  });

  test("own bands: typed in percent, read into the case; the engine's errors at the band's field", async () => {
    const { user, latest, valid } = setup();
    await user.click(screen.getByRole("radio", { name: "Egna band" }));
    const band1 = screen.getByRole("group", { name: "Band 1" });
    expect(within(band1).getByRole("textbox", { name: /från år/ })).toHaveValue("2");
    await user.type(within(band1).getByRole("textbox", { name: /ränta/ }), "4");
    await user.click(screen.getByRole("button", { name: "Lägg till band" }));
    const band2 = screen.getByRole("group", { name: "Band 2" });
    await user.type(within(band2).getByRole("textbox", { name: /från år/ }), "11");
    await user.type(within(band2).getByRole("textbox", { name: /ränta/ }), "2,5");
    expect(valid().assumptions.discountSchedule).toEqual([
      { fromYear: 2, rate: 0.04 },
      { fromYear: 11, rate: 0.025 },
    ]);

    // a band before the one above it: the engine's message, shown at band 2's year
    const year2 = within(band2).getByRole("textbox", { name: /från år/ });
    await user.clear(year2);
    await user.type(year2, "2");
    expect(caseOf(latest.state!).ok).toBe(false);
    const raw = JSON.parse(JSON.stringify(loadExample("arbetsmarknadskontoret.json")));
    raw.assumptions.discountSchedule = [
      { fromYear: 2, rate: 0.04 },
      { fromYear: 2, rate: 0.025 },
    ];
    const engine = validateCase(raw);
    if (engine.ok) throw new Error("the engine accepted bands out of order");
    const issue = engine.errors.find((e) => e.path.startsWith("assumptions.discountSchedule"))!;
    expect(issue.path).toBe("assumptions.discountSchedule[1].fromYear");
    const key = fieldOf(issue.path, latest.state!)!;
    expect(key.step).toBe(STEP.assumptions);
    expect(key.key).toBe(`band.${latest.state!.schedule.bands[1].key}.fromYear`);
    expect(within(band2).getByText(new RegExp(`Diskonteringsschema, band 2, från år: ${issue.message}`))).toBeTruthy();

    // text that is no number: the wizard's own message
    const rate1 = within(band1).getByRole("textbox", { name: /ränta/ });
    await user.clear(rate1);
    await user.type(rate1, "fyra");
    expect(within(band1).getByText("Band 1: 'fyra' är ingen ränta; skriv t.ex. 3,5.")).toBeTruthy();
  });

  test("a case with bands opens with them, and the state survives saving", () => {
    const raw = JSON.parse(JSON.stringify(loadExample("arbetsmarknadskontoret.json")));
    raw.assumptions.discountSchedule = [{ fromYear: 5, rate: 0.02 }];
    const r = validateCase(raw);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const s = stateFromCase(r.case);
    expect(s.schedule.kind).toBe("bands");
    const back = caseOf(deserialize(serialize(s))!);
    expect(back.ok && back.case.assumptions.discountSchedule).toEqual([{ fromYear: 5, rate: 0.02 }]);
    const old = JSON.parse(serialize(s));
    delete old.schedule;
    expect(deserialize(JSON.stringify(old))!.schedule.kind).toBe("flat");
  });
});
