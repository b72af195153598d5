/**
 * @jest-environment jsdom
 */
/**
 * Method v3 in the wizard's steps, rendered: Granska shows the unit's key figures (Table 4.1) and
 * the perspectives at the milestone years with both ratios, the engine's report to the krona;
 * Poster switches a line to amounts per year, says back what it read and asks before it drops
 * different years; Grunddata names the unit; Antaganden takes intake years and timing.
 */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  BASE_PERSPECTIVES,
  buildReport,
  compute,
  formatDecimal,
  formatKr,
  milestoneYears,
  type Case,
} from "../../../src/engine";
import { ReviewStep } from "../../../src/taskpane/steps/ReviewStep";
import { LinesStep } from "../../../src/taskpane/steps/LinesStep";
import { BasicsStep } from "../../../src/taskpane/steps/BasicsStep";
import { AssumptionsStep } from "../../../src/taskpane/steps/AssumptionsStep";
import { PERSPECTIVE_LABEL } from "../../../src/taskpane/steps/preview";
import { yearlyText } from "../../../src/taskpane/steps/LineSummary";
import { STEP, caseOf, stateFromCase, wizardErrors, type WizardState } from "../../../src/taskpane/state";
import { loadExample } from "../../helpers/cases";

jest.setTimeout(120_000);

if (!("ResizeObserver" in window))
  Object.assign(window, {
    ResizeObserver: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });

const ratio = (x: number, i: number) => (i === 0 ? "–" : formatDecimal(x / i, 2));

describe("Granska: key figures and the milestone table", () => {
  test("Table 4.3's case: Table 4.1's key figures, and every perspective at 1–5, 10, 20 as the report", async () => {
    const c = loadExample("tabell-4-3.json");
    render(
      <FluentProvider theme={webLightTheme}>
        <ReviewStep result={{ ok: true, case: c }} state={stateFromCase(c)} />
      </FluentProvider>,
    );
    // Table 4.1 of the seed report
    const kf = (f: string) => screen.getByTestId(`kf-${f}`).textContent;
    expect(kf("revenue")).toBe("18 823 000 kr");
    expect(kf("cost")).toBe("22 743 000 kr");
    expect(kf("result")).toBe("-3 920 000 kr (20,8 % över budget)");
    expect(kf("participants")).toBe("459");
    expect(kf("costPerParticipant")).toBe("49 549 kr");
    expect(kf("successes")).toBe("218");
    expect(kf("costPerSuccess")).toBe("104 326 kr");
    expect(kf("successShare")).toBe("47,5 %");
    const r = buildReport(compute(c));
    expect(r.milestones).toEqual([1, 2, 3, 4, 5, 10, 20]);
    const user = userEvent.setup();
    for (const p of BASE_PERSPECTIVES) {
      await user.click(screen.getByRole("tab", { name: PERSPECTIVE_LABEL[p] }));
      const a = r.perspectives[p].accumulated;
      for (const T of r.milestones) {
        const cell = (f: string) => screen.getByTestId(`ms-${p}-${T}-${f}`).textContent;
        expect(cell("investment")).toBe(formatKr(a.investment[T - 1]));
        expect(cell("benefits")).toBe(formatKr(a.benefits[T - 1]));
        expect(cell("npv")).toBe(formatKr(a.npv[T - 1]));
        expect(cell("roi")).toBe(ratio(a.benefits[T - 1], a.investment[T - 1]));
        expect(cell("npvRatio")).toBe(ratio(a.npv[T - 1], a.investment[T - 1]));
      }
      const H = c.assumptions.horizon;
      const atH = r.perspectives[p].npvRatio;
      expect(screen.getByTestId(`ms-${p}-${H}-npvRatio`).textContent).toBe(atH === null ? "–" : formatDecimal(atH, 2));
    }
    // the mandatperiod and the horizon are marked, and both ratios are named
    const table = screen.getByRole("table", { name: /talen vid år T/ });
    expect(within(table).getByText("mandat\u00adperiod")).toBeTruthy();
    expect(within(table).getByText("horisont")).toBeTruthy();
    expect(screen.getByText(/B\/I: avkastningskvot/).textContent).toMatch(/NPV\/I: nettonuvärdeskvot/);
  });

  test("a case without a unit has no key figures; milestones end at its horizon", () => {
    const c: Case = { ...loadExample("unga-utanfor-investering.json") };
    delete c.unit;
    render(
      <FluentProvider theme={webLightTheme}>
        <ReviewStep result={{ ok: true, case: c }} state={stateFromCase(c)} />
      </FluentProvider>,
    );
    expect(screen.queryByTestId("kf-revenue")).toBeNull();
    for (const T of milestoneYears(c.assumptions.horizon)) expect(screen.getByTestId(`ms-total-${T}-npv`)).toBeTruthy();
  });
});

function Harness({
  initial,
  step,
  onState,
}: {
  initial: WizardState;
  step: number;
  onState: (s: WizardState) => void;
}) {
  const [state, setState] = React.useState(initial);
  React.useEffect(() => {
    onState(state);
  }, [state, onState]);
  const errors = wizardErrors(state)[step];
  const props = { state, update: (f: (s: WizardState) => WizardState) => setState(f), errors };
  return (
    <FluentProvider theme={webLightTheme}>
      {step === STEP.lines && <LinesStep {...props} readSelection={async () => []} />}
      {step === STEP.basics && <BasicsStep {...props} />}
      {step === STEP.assumptions && <AssumptionsStep {...props} />}
    </FluentProvider>
  );
}

function setup(step: number, c: Case = loadExample("arbetsmarknadskontoret.json"), lines = 4) {
  const latest: { state?: WizardState } = {};
  const user = userEvent.setup();
  render(
    <Harness
      initial={stateFromCase({ ...c, lines: c.lines.slice(0, lines) })}
      step={step}
      onState={(s) => (latest.state = s)}
    />,
  );
  return { user, latest };
}

describe("Poster: amounts per year", () => {
  test("switch on, type as people type, read back; the case gets the yearly amounts", async () => {
    const { user, latest } = setup(STEP.lines);
    const post = screen.getByRole("group", { name: "Post 4" });
    await user.click(within(post).getByRole("switch", { name: "Post 4: belopp per år" }));
    const row = screen.getByRole("group", { name: "Post 4, belopp per år" });
    // the line's amount in every year to the horizon: no figure moved
    expect(within(row).getAllByRole("textbox")).toHaveLength(20);
    expect(within(post).queryByRole("textbox", { name: /^Belopp/ })).toBeNull();
    const year = (n: number) => within(row).getByRole("textbox", { name: `År ${n}` });
    await user.clear(year(1));
    await user.type(year(1), "98.000");
    await user.tab();
    expect(year(1)).toHaveProperty("value", "98 000");
    expect(within(row).getByText(/= 98 000 kr.*98\.000 lästes som 98 000/)).toBeTruthy();
    await user.clear(year(2));
    await user.type(year(2), "1,5 mnkr");
    await user.tab();
    expect(year(2)).toHaveProperty("value", "1 500 000");
    await user.clear(year(3));
    const r = caseOf(latest.state!);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.case.lines[3].yearlyAmounts!.slice(0, 3)).toEqual([98000, 1500000, 0]);
    // a row pasted from Excel fills the years from the cell
    fireEvent.paste(year(18), { clipboardData: { getData: () => "1\t2\t3\t4\t5\r\n" } });
    expect(within(row).getAllByRole("textbox")).toHaveLength(22);
    expect(within(row).getByText(/^Post 4, År 21–22: efter horisonten \(20 år\)/)).toBeTruthy();
    // the first year after the horizon has the message, the next is marked
    expect(within(row).getAllByText("efter horisonten (20 år)")).toHaveLength(1);
    await user.click(within(row).getByRole("button", { name: "Ta bort år 22" }));
    await user.click(within(row).getByRole("button", { name: "Ta bort år 21" }));
    expect(caseOf(latest.state!).ok).toBe(true);
  });

  test("switching back asks when the years differ, and keeps them unless told", async () => {
    const { user, latest } = setup(STEP.lines);
    const post = screen.getByRole("group", { name: "Post 4" });
    const toggle = within(post).getByRole("switch", { name: "Post 4: belopp per år" });
    await user.click(toggle);
    const year1 = within(post).getByRole("textbox", { name: "År 1" });
    await user.clear(year1);
    await user.type(year1, "5");
    await user.click(toggle);
    const ask = within(post).getByRole("alertdialog");
    expect(ask.textContent).toMatch(/Post 4 har olika belopp för år 1–20/);
    await user.click(within(ask).getByRole("button", { name: "Behåll beloppen per år" }));
    expect(latest.state!.lines[3].yearlyAmounts![0]).toBe("5");
    await user.click(toggle);
    await user.click(
      within(within(post).getByRole("alertdialog")).getByRole("button", { name: "Byt till ett belopp" }),
    );
    expect(latest.state!.lines[3]).toMatchObject({ amount: "5", toYear: "20", yearlyAmounts: undefined });
    expect(within(post).getByRole("textbox", { name: /^Belopp/ })).toHaveProperty("value", "5");
  });
});

test("a line with amounts per year in one line of text (the compact list)", () => {
  const c = loadExample("tabell-4-3.json");
  const st = stateFromCase(c);
  const i = c.lines.findIndex((l) => l.yearlyAmounts);
  const cells = st.lines[i].yearlyAmounts!;
  expect(yearlyText(st.lines[i])).toBe(`${cells[0]} … ${cells[19]} kr, år 1–20 (belopp per år)`);
  expect(yearlyText({ ...st.lines[i], fromYear: "3", yearlyAmounts: ["1 000", "2 000", ""] })).toBe(
    "1 000, 2 000 kr, år 3–4 (belopp per år)",
  );
});

describe("Grunddata and Antaganden", () => {
  test("the unit the bokslut is for: chosen among the actors, none for no key figures", async () => {
    const { user, latest } = setup(STEP.basics);
    const unit = screen.getByRole("combobox", { name: /Bokslutet gäller/ });
    expect(unit.textContent).toBe("Arbetsmarknadskontoret");
    await user.click(unit);
    await user.click(screen.getByRole("option", { name: "Ingen (inga nyckeltal)" }));
    expect(latest.state!.unit).toBeUndefined();
    const r = caseOf(latest.state!);
    expect(r.ok && r.case.unit).toBe(undefined);
  });

  test("intake years and timing, with the method's help", async () => {
    const { user, latest } = setup(STEP.assumptions);
    const intake = screen.getByRole("textbox", { name: /^Intagsår \(K\)/ });
    await user.type(intake, "5");
    await user.tab();
    expect(screen.getByText("= 5 intagsår")).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: /^Slutet av året/ }));
    const r = caseOf(latest.state!);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.case.assumptions).toMatchObject({ intakeYears: 5, discountTiming: "endOfYear" });
    // the Green Book's bands as the engine has them under the timing: from year 1 at the end of the year
    await user.click(screen.getByRole("radio", { name: /Green Book/ }));
    const bands = screen.getByRole("list", { name: "Green Books räntor" });
    expect(within(bands).getAllByRole("listitem")[0].textContent).toBe("3,5 % från år 1");
    expect(screen.getByRole("button", { name: "Hjälp: Intagsår (kohorter)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Hjälp: Diskontering i början eller slutet av året" })).toBeTruthy();
  });
});
