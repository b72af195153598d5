/**
 * @jest-environment jsdom
 */
import { freezeCommand, freezeErrorMessage, NOTHING_TO_FREEZE, type CommandDeps } from "../../src/commands/commands";
import { BANNER_ID, showBanner, type CommandMessage } from "../../src/commands/notify";
import { FakeWorkbook, fakeRun } from "../fake-excel/fakeExcel";

/** Lås värden over the in-memory Excel: what reaches the user, in Swedish, and never only the console. */
async function freeze(wb: FakeWorkbook, opts: { readOnly?: boolean; api?: string } = {}) {
  const shown: CommandMessage[] = [];
  const completed = jest.fn();
  const api = opts.api ?? "1.18";
  const deps: CommandDeps = {
    run: fakeRun(wb),
    isSetSupported: (set, v) => set !== "ExcelApi" || Number(v.split(".")[1]) <= Number(api.split(".")[1]),
    notify: async (m) => {
      shown.push(m);
    },
  };
  wb.readOnly = opts.readOnly ?? false;
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  await freezeCommand({ completed } as unknown as Office.AddinCommands.Event, deps);
  error.mockRestore();
  return { shown, completed };
}

async function book(formula = "=SOCINV.NPV(Poster!A1:J17;Antaganden!A1:B9)") {
  const wb = new FakeWorkbook(["Blad1"]);
  const ctx = wb.context();
  const r = ctx.workbook.worksheets.getItem("Blad1").getRange("B2");
  r.formulas = [[formula]];
  await ctx.sync();
  wb.selection = { sheet: "Blad1", address: "B2" };
  return wb;
}

describe("Lås värden (ribbon command)", () => {
  test("a read-only workbook: a Swedish error message reaches the user, and the command completes", async () => {
    const wb = await book();
    const { shown, completed } = await freeze(wb, { readOnly: true });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(shown).toHaveLength(1);
    expect(shown[0].kind).toBe("error");
    expect(shown[0].text).toMatch(/^Lås värden misslyckades\. Arbetsboken går inte att ändra/);
    expect(wb.cell("Blad1", "B2")?.formula).toMatch(/^=SOCINV\.NPV/);
  });

  test("an unknown Excel error is worded in Swedish with Excel's code", () => {
    const text = freezeErrorMessage(Object.assign(new Error("boom"), { code: "GeneralException" }));
    expect(text).toBe(
      "Lås värden misslyckades. Excel svarade: GeneralException. Formlerna kan delvis vara låsta; kontrollera markeringen och försök igen.",
    );
  });

  test("a selection without SOCINV formulas says so", async () => {
    const wb = await book("=1+1");
    const { shown, completed } = await freeze(wb);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([{ kind: "info", text: NOTHING_TO_FREEZE }]);
  });

  test("with notes (ExcelApi 1.18) the formula goes into a note, silently", async () => {
    const wb = await book();
    const { shown } = await freeze(wb, { api: "1.18" });
    expect(shown).toEqual([]);
    expect(wb.notes.get("Blad1!B2")).toMatch(/Formeln var: =SOCINV\.NPV/);
    expect(wb.comments.size).toBe(0);
    expect(wb.cell("Blad1", "B2")?.formula).toBeUndefined();
  });

  test("without notes (before ExcelApi 1.18) it uses a comment and tells the user why", async () => {
    const wb = await book();
    const { shown } = await freeze(wb, { api: "1.17" });
    expect(wb.notes.size).toBe(0);
    expect(wb.comments.get("Blad1!B2")).toMatch(/Formeln var: =SOCINV\.NPV/);
    expect(shown).toHaveLength(1);
    expect(shown[0].kind).toBe("info");
    expect(shown[0].text).toMatch(/anteckningar \(ExcelApi 1\.18\).*kommentar/);
  });
});

describe("the message banner in the taskpane page", () => {
  test("an error is an alert at the top of the page, replaced by the next message and closed by its button", () => {
    document.body.innerHTML = '<div id="root"><p>guiden</p></div>';
    showBanner(document, { kind: "error", text: "Lås värden misslyckades. X" });
    const first = document.getElementById(BANNER_ID)!;
    expect(document.body.firstChild).toBe(first);
    expect(first.getAttribute("role")).toBe("alert");
    expect(first).toHaveTextContent("Lås värden misslyckades. X");
    showBanner(document, { kind: "info", text: "Y" });
    expect(document.querySelectorAll(`#${BANNER_ID}`)).toHaveLength(1);
    const second = document.getElementById(BANNER_ID)!;
    expect(second.getAttribute("role")).toBe("status");
    second.querySelector("button")!.click();
    expect(document.getElementById(BANNER_ID)).toBeNull();
    expect(document.getElementById("root")).not.toBeNull();
  });
});

describe("in the shared runtime (Office and Excel globals)", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
    delete g.Excel;
  });

  test("a failed Lås värden shows the Swedish alert in the taskpane page and opens the taskpane", async () => {
    const wb = await book();
    wb.readOnly = true;
    const showAsTaskpane = jest.fn().mockResolvedValue(undefined);
    g.Office = {
      addin: { showAsTaskpane },
      context: { requirements: { isSetSupported: () => true } },
    };
    g.Excel = { run: fakeRun(wb) };
    document.body.innerHTML = '<div id="root"></div>';
    const completed = jest.fn();
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await freezeCommand({ completed } as unknown as Office.AddinCommands.Event);
    error.mockRestore();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    const banner = document.getElementById(BANNER_ID)!;
    expect(banner.getAttribute("role")).toBe("alert");
    expect(banner).toHaveTextContent(/Lås värden misslyckades\. Arbetsboken går inte att ändra/);
  });
});
