import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "fs";
import { join } from "path";
import { metadata } from "../helpers/built";
import { ROOT } from "../helpers/cases";
import svSE from "../../src/functions/locale/sv-SE.json";

// id → [parameter name, type, dimensionality ("matrix" or scalar), optional]
const EXPECTED: Record<
  string,
  { params: [string, string, "matrix" | "scalar", boolean][]; result: "matrix" | "number" }
> = {
  NETBYACTOR: {
    params: [
      ["lines", "any", "matrix", false],
      ["actor", "string", "scalar", true],
      ["perspective", "string", "scalar", true],
      ["assumptions", "any", "matrix", true],
    ],
    result: "matrix",
  },
  STATEMENT: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", true],
    ],
    result: "matrix",
  },
  PROJECTION: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["view", "string", "scalar", true],
      ["years", "any", "matrix", true],
    ],
    result: "matrix",
  },
  BREAKEVEN: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["perspective", "string", "scalar", true],
      ["year", "number", "scalar", true],
    ],
    result: "number",
  },
  NPV: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["perspective", "string", "scalar", true],
      ["year", "number", "scalar", true],
    ],
    result: "number",
  },
  ROI: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["perspective", "string", "scalar", true],
      ["year", "number", "scalar", true],
    ],
    result: "number",
  },
  INVESTMENT: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["perspective", "string", "scalar", true],
      ["year", "number", "scalar", true],
    ],
    result: "number",
  },
  BENEFITS: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["perspective", "string", "scalar", true],
      ["year", "number", "scalar", true],
    ],
    result: "number",
  },
  NPVRATIO: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["perspective", "string", "scalar", true],
      ["year", "number", "scalar", true],
    ],
    result: "number",
  },
  KEYFIGURES: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["actor", "string", "scalar", true],
      ["participants", "number", "scalar", true],
    ],
    result: "matrix",
  },
  SUMMARY: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["year", "number", "scalar", true],
    ],
    result: "matrix",
  },
  SCENARIOS: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["scenarios", "any", "matrix", true],
    ],
    result: "matrix",
  },
  MONTECARLO: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["distributions", "any", "matrix", false],
      ["iterations", "number", "scalar", false],
      ["seed", "number", "scalar", false],
      ["breakEvenBy", "number", "scalar", true],
    ],
    result: "matrix",
  },
  REPAYMENT: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["fund", "number", "scalar", false],
      ["model", "string", "scalar", false],
      ["shareOrYears", "number", "scalar", false],
      ["unitsOrFrames", "any", "matrix", true],
    ],
    result: "matrix",
  },
  COMPENSATION: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
    ],
    result: "matrix",
  },
  FOLLOWUP: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["actuals", "any", "matrix", false],
    ],
    result: "matrix",
  },
  COMPARE: {
    params: [
      ["linesA", "any", "matrix", false],
      ["linesB", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["assumptionsB", "any", "matrix", true],
    ],
    result: "matrix",
  },
  DISCOUNTFACTOR: {
    params: [
      ["rate", "number", "scalar", false],
      ["year", "number", "scalar", false],
    ],
    result: "number",
  },
  BREAKEVENSUCCESSES: {
    params: [
      ["lines", "any", "matrix", false],
      ["assumptions", "any", "matrix", false],
      ["perspective", "string", "scalar", true],
      ["participants", "number", "scalar", true],
    ],
    result: "matrix",
  },
  UNITCOST: {
    params: [
      ["id", "string", "scalar", false],
      ["priceYear", "number", "scalar", true],
    ],
    result: "number",
  },
  REALPRICE: {
    params: [
      ["amount", "number", "scalar", false],
      ["fromYear", "number", "scalar", false],
      ["toYear", "number", "scalar", false],
      ["index", "any", "matrix", true],
    ],
    result: "number",
  },
  FUNDBALANCE: {
    params: [
      ["projects", "any", "matrix", false],
      ["openingCapital", "number", "scalar", false],
      ["contributions", "any", "matrix", true],
    ],
    result: "matrix",
  },
};

const SWEDISH_NAMES: Record<string, string> = svSE.parameters;

describe("generated functions.json", () => {
  const meta = metadata();
  const en = metadata("functions.en-US.json");
  test("holds exactly the expected functions, ids equal to names", () => {
    expect(meta.functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of meta.functions) expect(f.name).toBe(f.id);
  });
  test.each(Object.entries(EXPECTED))(
    "%s: parameter names (English), types, dimensionality and optionality",
    (id, exp) => {
      const f = en.functions.find((x) => x.id === id)!;
      expect(
        f.parameters.map((p) => [
          p.name,
          p.type,
          p.dimensionality === "matrix" ? "matrix" : "scalar",
          p.optional === true,
        ]),
      ).toEqual(exp.params);
      if (exp.result === "matrix") expect(f.result.dimensionality).toBe("matrix");
      else expect(f.result.type).toBe("number");
    },
  );
  test.each(Object.entries(EXPECTED))(
    "%s: parameters named in Swedish in functions.json (Excel's tooltip)",
    (id, exp) => {
      const f = meta.functions.find((x) => x.id === id)!;
      expect(f.parameters.map((p) => p.name)).toEqual(exp.params.map(([name]) => SWEDISH_NAMES[name]));
      for (const p of f.parameters) {
        expect(p.name).toMatch(/^[a-zåäö][a-zåäö_]*$/);
        expect(Object.keys(SWEDISH_NAMES)).not.toContain(p.name);
      }
    },
  );
  test("the tooltip's names of the main parameters: poster, aktör, perspektiv, antaganden", () => {
    const f = meta.functions.find((x) => x.id === "NETBYACTOR")!;
    expect(f.parameters.map((p) => p.name)).toEqual(["poster", "aktör", "perspektiv", "antaganden"]);
  });
  test("descriptions are Swedish; the en-US copy is English with the same ids and parameters", () => {
    for (const f of meta.functions) {
      expect(f.description).toMatch(/(?:^|[\s(])(och|eller|för|med|år|en|ett|per|av|som|till|över)(?=[\s,.:)]|$)/i);
      const e = en.functions.find((x) => x.id === f.id)!;
      expect(e.name).toBe(f.name);
      expect(e.parameters.map((p) => [SWEDISH_NAMES[p.name], p.type, p.dimensionality, p.optional])).toEqual(
        f.parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional]),
      );
      expect(e.description).not.toBe(f.description);
      expect(e.description).not.toMatch(/[åäö]/);
      for (const p of e.parameters) expect(p.description).toBeTruthy();
    }
  });
});

describe("manifest.xml", () => {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true });
  const doc = parser.parse(xml);
  const app = doc.OfficeApp;

  test("parses, with a GUID id and the least permission needed", () => {
    expect(app).toBeDefined();
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(app.DefaultLocale).toBe("sv-SE");
  });
  test("every resid used is defined, and every URL is https", () => {
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined.has(id) ? id : `undefined resid ${id}`).toBe(id);
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });
  test("shared runtime and the CustomFunctions extension point with namespace SOCINV", () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(/<Namespace resid="Functions.Namespace"\/>/);
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SOCINV"\/>/);
    expect(xml).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/[^"]+\/functions.json">\s*<bt:Override Locale="en-US" Value="https:\/\/[^"]+\/functions.en-US.json"\/>/,
    );
  });
  test("the ribbon's ExecuteFunction names a command the taskpane registers", () => {
    const names = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    const commands = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    for (const n of names) expect(commands).toContain(`Office.actions.associate("${n}"`);
  });
});
