/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  formatDecimal,
  formatKr,
  formatPercent,
  runCompensation,
  runFollowUp,
  runMonteCarlo,
  runRepayment,
  runScenarios,
  type Case,
} from "../../../src/engine";
import { AnalysesStep } from "../../../src/taskpane/steps/AnalysesStep";
import { ReviewStep } from "../../../src/taskpane/steps/ReviewStep";
import { STEP, caseOf, stateFromCase, wizardErrors, type WizardState } from "../../../src/taskpane/state";
import { loadExample } from "../../helpers/cases";

jest.setTimeout(60_000);

if (!("ResizeObserver" in window))
  Object.assign(window, {
    ResizeObserver: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });

/** The step alone over a state held in React; errors shown as the wizard shows them after Nästa. */
function Harness({ initial, onState }: { initial: WizardState; onState: (s: WizardState) => void }) {
  const [state, setState] = React.useState(initial);
  React.useEffect(() => {
    onState(state);
  }, [state, onState]);
  const result = caseOf(state);
  const errors = wizardErrors(state)[STEP.analyses];
  return (
    <FluentProvider theme={webLightTheme}>
      <AnalysesStep state={state} update={(f) => setState(f)} errors={errors} result={result} />
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

const part = (name: string) => screen.getByRole("region", { name });
const switchOf = (name: string) => within(part(name)).getByRole("switch");

describe("Känslighet och fördelning", () => {
  test("every part is folded until switched on, with its explanation and default", () => {
    setup();
    for (const name of ["Scenarier", "Monte Carlo", "Återföring till fonden", "Omfördelning", "Uppföljning mot plan"]) {
      expect(switchOf(name)).not.toBeChecked();
      expect(within(part(name)).getByText(/^Standard/)).toBeInTheDocument();
      expect(within(part(name)).queryAllByRole("textbox")).toHaveLength(0);
    }
  });

  test("scenarios: the default four as a table, edited, in the case and the engine's NPVs shown", async () => {
    const { user, valid, latest } = setup();
    await user.click(switchOf("Scenarier"));
    const names = within(part("Scenarier")).getAllByRole("textbox", { name: /Scenario \d, namn/ });
    expect(names.map((n) => (n as HTMLInputElement).value)).toEqual([
      "Planerat utfall",
      "Halva utfallet",
      "En fjärdedel av utfallet",
      "Inget utfall",
    ]);
    const cell = screen.getByRole("textbox", { name: "Scenario 2, Antal med utfall" });
    expect(cell).toHaveValue("109");
    await user.clear(cell);
    await user.type(cell, "120");
    const c = valid();
    expect(c.scenarios?.map((s) => s.assumptions.successes)).toEqual([218, 120, 54.5, 0]);
    for (const r of runScenarios(c))
      expect(screen.getByTestId(`scenario-npv-total-${r.name}`)).toHaveAttribute(
        "title",
        `${formatKr(r.perspectives.total.npv)} kr`,
      );
    // a word in a cell: the wizard's message, by the engine's path, nothing lost
    await user.clear(cell);
    await user.type(cell, "många");
    expect(within(part("Scenarier")).getByRole("alert")).toHaveTextContent(
      "Scenario 2, Antal med utfall: 'många' är inget tal.",
    );
    expect(latest.state!.analyses.scenarios.rows[1].values.successes).toBe("många");
  });

  test("Monte Carlo: a distribution and the engine's percentiles per perspective", async () => {
    const { user, valid } = setup();
    await user.click(switchOf("Monte Carlo"));
    const mc = part("Monte Carlo");
    // switched on, it is ready to run: successes ±25 % triangular, 10 000 draws, a seed
    const n = valid().assumptions.successes;
    expect(valid().monteCarlo).toEqual({
      iterations: 10000,
      seed: 20261123,
      distributions: [{ assumption: "successes", type: "triangular", min: n * 0.75, mode: n, max: n * 1.25 }],
    });
    await user.clear(within(mc).getByRole("textbox", { name: /Antal dragningar/ }));
    await user.type(within(mc).getByRole("textbox", { name: /Antal dragningar/ }), "1 000");
    await user.clear(within(mc).getByRole("textbox", { name: "Min (personer)" }));
    await user.type(within(mc).getByRole("textbox", { name: "Min (personer)" }), "150");
    await user.clear(within(mc).getByRole("textbox", { name: "Max (personer)" }));
    await user.type(within(mc).getByRole("textbox", { name: "Max (personer)" }), "250");
    const c = valid();
    expect(c.monteCarlo).toEqual({
      iterations: 1000,
      seed: 20261123,
      distributions: [{ assumption: "successes", type: "triangular", min: 150, mode: n, max: 250 }],
    });
    const r = runMonteCarlo(c, c.monteCarlo!);
    for (const p of ["total", "public", "economic"] as const) {
      expect(screen.getByTestId(`mc-p10-${p}`)).toHaveAttribute("title", `${formatKr(r.perspectives[p].p10)} kr`);
      expect(screen.getByTestId(`mc-p90-${p}`)).toHaveTextContent(formatDecimal(r.perspectives[p].p90 / 1e6, 1));
      expect(screen.getByTestId(`mc-neg-${p}`)).toHaveTextContent(
        formatPercent(1 - r.perspectives[p].probNpvNonNegative, 1),
      );
    }
    // the limit and why, and the engine's message next to the field
    const it = within(mc).getByRole("textbox", { name: /Antal dragningar/ });
    expect(screen.getByText(/Högst 100 000/)).toBeInTheDocument();
    await user.clear(it);
    await user.type(it, "200000");
    expect(within(mc).getByText(/Antal dragningar: 200000 får vara högst 100000/)).toBeInTheDocument();
  });

  test("repayment: 10 mnkr as share of gains, the engine's repayment year; too large a fund named at its field", async () => {
    const { user, valid } = setup();
    await user.click(switchOf("Återföring till fonden"));
    const rp = part("Återföring till fonden");
    await user.type(within(rp).getByRole("textbox", { name: /Fondens belopp/ }), "10 mnkr");
    const c = valid();
    expect(c.repayment).toEqual({ model: "gainShare", fund: 10_000_000, share: 0.5 });
    expect(screen.getByTestId("repayment-message")).toHaveTextContent(runRepayment(c, c.repayment!).message);
    await user.clear(within(rp).getByRole("textbox", { name: /Fondens belopp/ }));
    await user.type(within(rp).getByRole("textbox", { name: /Fondens belopp/ }), "1 000 000 000 000");
    expect(
      within(rp).getByText(/Fondens belopp: 1 000 000 000 000 kr är mer än enheternas samlade vinster/),
    ).toBeInTheDocument();
  });

  test("compensation: who pays whom, from the engine", async () => {
    const { user, valid } = setup();
    await user.click(switchOf("Omfördelning"));
    const r = runCompensation(valid());
    expect(within(part("Omfördelning")).getByText(r.message)).toBeInTheDocument();
    for (const t of r.transfers)
      expect(screen.getByTestId(`transfer-${t.from}-${t.to}`)).toHaveTextContent(`${formatKr(t.amount)} kr`);
  });

  test("follow-up: two years of actual persons and investment next to the plan", async () => {
    const { user, valid } = setup();
    await user.click(switchOf("Uppföljning mot plan"));
    const fu = part("Uppföljning mot plan");
    await user.type(within(fu).getByRole("textbox", { name: "Faktiskt antal med utfall" }), "200");
    await user.type(within(fu).getByRole("textbox", { name: "Post 1, faktisk insats (kr)" }), "23 000 000");
    expect(within(fu).getByText("Plan 22 743 000 kr")).toBeInTheDocument();
    await user.click(within(fu).getByRole("button", { name: "Lägg till år" }));
    const year2 = within(fu).getByRole("group", { name: "Uppföljning rad 2" });
    expect(within(year2).getByRole("textbox", { name: "År" })).toHaveValue("2");
    await user.type(within(year2).getByRole("textbox", { name: "Faktiskt antal med utfall" }), "180");
    const c = valid();
    expect(c.followUp).toEqual({
      years: [
        { year: 1, successes: 200, investment: [{ line: 0, amount: 23_000_000 }] },
        { year: 2, successes: 180 },
      ],
    });
    const r = runFollowUp(c)!;
    expect(screen.getByTestId("followup-actual-2")).toHaveAttribute("title", `${formatKr(r.total.actual[1])} kr`);
    // a year beyond the horizon: the engine's message at that row's year
    await user.clear(within(year2).getByRole("textbox", { name: "År" }));
    await user.type(within(year2).getByRole("textbox", { name: "År" }), "25");
    expect(within(year2).getByText("Uppföljning rad 2: 25 får vara högst 20")).toBeInTheDocument();
  });
});

describe("Granska shows what was switched on", () => {
  test("scenario NPVs, the Monte Carlo band on the curve, the repayment year and the transfers", async () => {
    const c = loadExample("unga-utanfor-investering.json");
    let s = stateFromCase(c);
    s = { ...s, analyses: { ...s.analyses, compensation: { on: true } } };
    const result = caseOf(s);
    if (!result.ok) throw new Error("invalid");
    render(
      <FluentProvider theme={webLightTheme}>
        <ReviewStep result={result} state={s} />
      </FluentProvider>,
    );
    expect(screen.getByText(runRepayment(c, c.repayment!).message)).toBeInTheDocument();
    // the band is drawn with the chart, a part loaded when Granska first shows it
    for (const p of ["total", "public", "economic"]) expect(await screen.findByTestId(`band-${p}`)).toBeInTheDocument();
    expect(screen.getByText(/Monte Carlo \(10 000 dragningar\)/)).toBeInTheDocument();
    expect(screen.getByText(runCompensation(c).message)).toBeInTheDocument();
    // no own scenarios in this case: the part is off and its table is not shown
    expect(screen.queryByText("Scenarier")).toBeNull();
  });
});
