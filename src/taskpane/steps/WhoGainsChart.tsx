/**
 * The accumulated net per perspective and year as Fluent UI's line chart (@fluentui/react-charts):
 * axes (år, mnkr), values on hover, each perspective's break-even year a dashed vertical line; with
 * Monte Carlo, its P10–P90 of the net present value below in words.
 */
import * as React from "react";
import { LineChart, type ChartProps } from "@fluentui/react-charts";
import { formatDecimal } from "../../engine";
import type { BasePerspective } from "../../engine/vocabulary";
import { PERSPECTIVE_LABEL, type Preview } from "./preview";
import { Fallback } from "../components/Fallback";

const COLORS: Record<BasePerspective, string> = { total: "#105E7A", public: "#C2502E", economic: "#4E8A2E" };

/** P10 and P90 of each perspective's net present value (the accumulated net at the horizon). */
export type Band = Partial<Record<BasePerspective, { p10: number; p90: number }>>;

const mkr = (v: number) => formatDecimal(v / 1e6, 1);

/** The width of an element, followed as the taskpane is resized. */
function useWidth(ref: React.RefObject<HTMLElement>, fallback: number): number {
  const [w, setW] = React.useState(fallback);
  React.useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setW(Math.max(200, Math.floor(el.getBoundingClientRect().width) || fallback));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return w;
}

export function WhoGainsChart({ p, band }: { p: Preview["perspectives"]; band?: Band }) {
  const ref = React.useRef<HTMLDivElement>(null);
  const width = useWidth(ref, 300);
  const all = p.flatMap((s) => s.accumulated.map((v) => Math.round(v / 1e4) / 100));
  const [lo, hi] = [Math.min(0, ...all), Math.max(0, ...all)];
  const data: ChartProps = {
    chartTitle: "Ackumulerat netto per perspektiv och år, miljoner kronor",
    lineChartData: [
      ...p.map((s) => ({
        legend: PERSPECTIVE_LABEL[s.key],
        color: COLORS[s.key],
        data: s.accumulated.map((v, i) => ({
          x: i + 1,
          y: Math.round(v / 1e4) / 100,
          xAxisCalloutData: `År ${i + 1}`,
          yAxisCalloutData: `${mkr(v)} mnkr`,
        })),
      })),
      // each break-even year a dashed vertical line in its perspective's colour
      ...p
        .filter((s) => s.breakEven !== null)
        .map((s) => ({
          legend: `Break-even ${PERSPECTIVE_LABEL[s.key]}: år ${s.breakEven}`,
          color: COLORS[s.key],
          lineOptions: { strokeDasharray: "4 3", strokeWidth: 1.5 },
          hideNonActiveDots: true,
          data: [lo, hi].map((y) => ({
            x: s.breakEven!,
            y,
            xAxisCalloutData: `Break-even ${PERSPECTIVE_LABEL[s.key]}`,
            yAxisCalloutData: `år ${s.breakEven}`,
          })),
        })),
    ],
  };
  const n = p[0].accumulated.length;
  return (
    <figure style={{ margin: 0, minWidth: 0 }} data-testid="chart">
      <div ref={ref} style={{ width: "100%", minWidth: 0, overflow: "hidden" }}>
        <Fallback fallback={<p>Diagrammet kunde inte ritas; tabellerna ovan har samma tal.</p>}>
          <LineChart
            data={data}
            width={width}
            height={260}
            hideLegend
            xAxisTitle="År"
            yAxisTitle="mnkr"
            yAxisTickFormat={(v: number) => formatDecimal(v, 1)}
            tickFormat={(v: number | Date) => String(v)}
            xAxisTickCount={Math.min(n, width < 400 ? 5 : 10)}
            culture="sv-SE"
          />
        </Fallback>
      </div>
      <figcaption style={{ fontSize: 12 }}>
        <ul aria-label="Förklaring" style={{ listStyle: "none", margin: "0 0 4px", padding: 0 }}>
          {p.map((s) => (
            <li key={s.key} style={{ display: "inline-block", marginRight: 12, whiteSpace: "nowrap" }}>
              <span aria-hidden="true" style={{ color: COLORS[s.key] }}>
                ━{" "}
              </span>
              {PERSPECTIVE_LABEL[s.key]}
              {s.breakEven !== null && (
                <span>
                  {" "}
                  <span aria-hidden="true" style={{ color: COLORS[s.key] }}>
                    ┆
                  </span>{" "}
                  break-even år {s.breakEven}
                </span>
              )}
            </li>
          ))}
        </ul>
        Ackumulerat netto år 1–{n} i miljoner kronor (nuvärden); håll muspekaren över en punkt för värdet. De streckade
        lodräta linjerna markerar break-even-året.
        {band &&
          p.map((s) => {
            const b = band[s.key];
            return b ? (
              <span key={s.key} data-testid={`band-${s.key}`}>
                {" "}
                {PERSPECTIVE_LABEL[s.key]}: Monte Carlo P10–P90 {mkr(b.p10)} till {mkr(b.p90)} mnkr.
              </span>
            ) : null;
          })}
      </figcaption>
    </figure>
  );
}
