/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  BASE_PERSPECTIVES,
  compute,
  formatDecimal,
  formatPercent,
  perspectiveReport,
  validateCase,
  type Case,
} from "../../../src/engine";
import { ReviewStep } from "../../../src/taskpane/steps/ReviewStep";
import { PERSPECTIVE_LABEL } from "../../../src/taskpane/steps/preview";
import { stateFromCase } from "../../../src/taskpane/state";
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

function show(c: Case) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewStep result={{ ok: true, case: c }} state={stateFromCase(c)} />
    </FluentProvider>,
  );
}

function valid(raw: unknown): Case {
  const r = validateCase(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.case;
}

describe("Granska: N*, the successes needed to break even", () => {
  test("each perspective shows the engine's N* in the CLI's words, with the share of participants", () => {
    const c = loadExample("arbetsmarknadskontoret.json");
    show(c);
    const comp = compute(c);
    let positive = 0;
    for (const p of BASE_PERSPECTIVES) {
      const r = perspectiveReport(comp, p);
      const item = screen.getByTestId(`nstar-${p}`);
      expect(item.textContent).toContain(`${PERSPECTIVE_LABEL[p]}: Behövs för break-even: `);
      if (r.breakEvenSuccesses !== null && r.breakEvenSuccesses > 0) {
        positive++;
        const n = r.breakEvenSuccesses;
        const count = formatDecimal(n, Number.isInteger(n) ? 0 : 1);
        expect(item.textContent).toContain(
          `${count} av ${c.participants} deltagare (${formatPercent(r.breakEvenSuccessRate!, 1)})`,
        );
      }
    }
    expect(positive).toBeGreaterThan(0);
  });

  test("'inget antal räcker' when no number of successes pays", () => {
    const raw = JSON.parse(JSON.stringify(loadExample("arbetsmarknadskontoret.json"))) as {
      lines: { basis?: string }[];
    };
    raw.lines = raw.lines.filter((l) => l.basis !== "perSuccess");
    const v = valid(raw);
    show(v);
    const comp = compute(v);
    const none = BASE_PERSPECTIVES.filter((p) => perspectiveReport(comp, p).breakEvenSuccesses === null);
    expect(none.length).toBeGreaterThan(0);
    for (const p of none)
      expect(screen.getByTestId(`nstar-${p}`).textContent).toContain(
        "Behövs för break-even: inget antal räcker (nyttan per person med utfall är inte positiv)",
      );
  });

  test("0 when the case pays without any successes", () => {
    const raw = JSON.parse(JSON.stringify(loadExample("arbetsmarknadskontoret.json"))) as {
      lines: { direction?: string }[];
    };
    raw.lines = raw.lines.filter((l) => l.direction !== "cost");
    const v = valid(raw);
    show(v);
    const comp = compute(v);
    const zero = BASE_PERSPECTIVES.filter((p) => perspectiveReport(comp, p).breakEvenSuccesses === 0);
    expect(zero.length).toBeGreaterThan(0);
    for (const p of zero)
      expect(screen.getByTestId(`nstar-${p}`).textContent).toContain(
        "Behövs för break-even: 0 (lönar sig utan någon med utfall)",
      );
  });
});
