import { CaseError, SocinvError, isSocinvError, messageForForms } from "../../src/engine";

describe("SocinvError, the one error type of every layer", () => {
  test("a code, the issues with their paths, the path of the first, a message of every issue", () => {
    const e = new SocinvError("invalid-case", [
      { path: "lines[3].toYear", message: "25 är större än horisonten 20" },
      { path: "title", message: "saknas; ange en text" },
    ]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("SocinvError");
    expect(e.code).toBe("invalid-case");
    expect(e.path).toBe("lines[3].toYear");
    expect(e.issues).toHaveLength(2);
    expect(e.message).toBe("lines[3].toYear: 25 är större än horisonten 20\ntitle: saknas; ange en text");
    expect(isSocinvError(e)).toBe(true);
  });

  test("a plain message is one issue with no path", () => {
    const e = new SocinvError("usage", "ange ett kommando");
    expect(e.issues).toEqual([{ path: "", message: "ange ett kommando" }]);
    expect(e.path).toBe("");
    expect(e.message).toBe("ange ett kommando");
  });

  test("other errors are not SocinvErrors", () => {
    expect(isSocinvError(new Error("x"))).toBe(false);
    expect(isSocinvError({ code: "usage", issues: [] })).toBe(false);
  });
});

describe("CaseError", () => {
  test("is a SocinvError with code invalid-case, its issues and every path in the message", () => {
    const issues = [
      { path: "repayment.fund", message: "för stor" },
      { path: "", message: "utan fält" },
    ];
    const e = new CaseError(issues);
    expect(e).toBeInstanceOf(SocinvError);
    expect(e).toBeInstanceOf(CaseError);
    expect(e.name).toBe("CaseError");
    expect(e.code).toBe("invalid-case");
    expect(e.issues).toEqual(issues);
    expect(e.path).toBe("repayment.fund");
    expect(e.message).toBe("repayment.fund: för stor\n: utan fält");
  });
});

describe("messageForForms: a validation message where the user never sees the case file", () => {
  test.each([
    [
      "'komun' finns inte bland kalkylens aktörer; menade du Kommunen ('kommun')?",
      "'komun' finns inte bland kalkylens aktörer; menade du Kommunen?",
    ],
    [
      "saknas; krävs när någon post räknas per person med utfall (Bas Per person, 'perSuccess')",
      "saknas; krävs när någon post räknas per person med utfall (Bas Per person)",
    ],
    [
      "'x' är inget tillåtet värde; menade du 'revenue' (Intäkt)? tillåtna värden är 'revenue' (Intäkt), 'cost' (Kostnad)",
      "'x' är inget tillåtet värde; menade du Intäkt? tillåtna värden är Intäkt, Kostnad",
    ],
    [
      "150 % är utanför det tillåtna: 0–100 % (en andel anges som bråk, t.ex. 0,25 för 25 %)",
      "150 % är utanför det tillåtna: 0–100 %",
    ],
    [
      'anges bara tillsammans med ett kalkylvärde ("unitCost"); ange annars ett belopp ("amount")',
      "anges bara tillsammans med ett kalkylvärde; ange annars ett belopp",
    ],
  ])("%s", (message, shown) => expect(messageForForms(message)).toBe(shown));
});
