import "@testing-library/jest-dom";

// jsdom lays out nothing: the SVG text measurements Fluent UI's charts (d3) ask for get a plain
// estimate (7 px per character, 14 px high), and canvas text measuring gets none.
if (typeof window !== "undefined" && typeof SVGElement !== "undefined") {
  const proto = SVGElement.prototype as unknown as Record<string, unknown>;
  if (!("getComputedTextLength" in proto))
    proto.getComputedTextLength = function (this: SVGElement) {
      return (this.textContent ?? "").length * 7;
    };
  if (!("getBBox" in proto))
    proto.getBBox = function (this: SVGElement) {
      return { x: 0, y: 0, width: (this.textContent ?? "").length * 7, height: 14 };
    };
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement["getContext"];
}

// jsdom has no TextEncoder/TextDecoder (browsers and Excel's runtimes do); the workbook's SHA-256
// (@noble/hashes) encodes the case text with it. Node's own are the same standard classes.
if (typeof globalThis.TextEncoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require("util") as typeof import("util");
  Object.assign(globalThis, { TextEncoder: util.TextEncoder, TextDecoder: util.TextDecoder });
}

// Testing Library's find* queries wait 1 s by default. The taskpane loads its chart as a separate
// part on first showing, and under jest that first import transforms Fluent UI's charts and d3:
// 1–3 s alone, more beside other suites on CI's two cores (analyses.test's band, CI of 93734fd).
// The wait ends as soon as the element is there; only a failure waits the whole 20 s.
if (typeof window !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: 20_000 });
}
