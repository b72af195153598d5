import { metadata } from "../helpers/built";
import { REGISTRY } from "../../src/functions/registry";
import * as F from "../../src/functions/functions";

describe("the registry against the generated metadata (English parameter names, as in functions.en-US.json)", () => {
  const meta = metadata("functions.en-US.json");

  test("registers exactly the functions of the metadata, each under its id", () => {
    expect(Object.keys(REGISTRY).sort()).toEqual(meta.functions.map((f) => f.id).sort());
    for (const [id, def] of Object.entries(REGISTRY)) expect(def.id).toBe(id);
  });

  test.each(meta.functions.map((f) => [f.id, f] as const))(
    "%s declares the metadata's parameters: names, order, type, shape and optionality",
    (id, f) => {
      const declared = Object.entries(REGISTRY[id as keyof typeof REGISTRY].params).map(([name, p]) => ({
        name,
        type: p.type,
        dimensionality: p.dimensionality,
        optional: p.optional,
      }));
      const generated = f.parameters.map((p) => ({
        name: p.name,
        type: p.type,
        dimensionality: p.dimensionality ?? "scalar",
        optional: p.optional ?? false,
      }));
      expect(declared).toEqual(generated);
    },
  );

  test("every function of functions.ts takes as many arguments as its definition declares", () => {
    const exported = Object.entries(F).filter(([, v]) => typeof v === "function");
    expect(exported).toHaveLength(meta.functions.length);
    for (const [name, fn] of exported) {
      // The metadata plugin names each function by its @customfunction id (NETBYACTOR for netByActor).
      const id = meta.functions.map((f) => f.id).find((x) => x.toLowerCase() === name.toLowerCase());
      expect(id).toBeDefined();
      expect((fn as (...a: unknown[]) => unknown).length).toBe(
        Object.keys(REGISTRY[id as keyof typeof REGISTRY].params).length,
      );
    }
  });
});
