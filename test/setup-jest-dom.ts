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
