import type { BasePerspective } from "../../engine/vocabulary";
import { PERSPECTIVE_LABEL, type Preview } from "./preview";

const COLORS: Record<BasePerspective, string> = { total: "#105E7A", public: "#C2502E", economic: "#4E8A2E" };

/** P10 and P90 of each perspective's net present value (the accumulated net at the horizon). */
export type Band = Partial<Record<BasePerspective, { p10: number; p90: number }>>;

/**
 * The accumulated net per perspective and year, as a small line chart; with a Monte Carlo band,
 * a bar from P10 to P90 at the last year (the engine gives percentiles of the net present value only).
 */
export function Curve({ p, band }: { p: Preview["perspectives"]; band?: Band }) {
  const W = 300;
  const Hh = 140;
  const pad = 6;
  const bands = Object.values(band ?? {});
  const all = [...p.flatMap((x) => x.accumulated), ...bands.flatMap((b) => [b.p10, b.p90])];
  const min = Math.min(0, ...all);
  const max = Math.max(0, ...all);
  const n = p[0].accumulated.length;
  const x = (i: number) => pad + (n <= 1 ? 0 : (i * (W - 2 * pad)) / (n - 1));
  const y = (v: number) => pad + ((max - v) * (Hh - 2 * pad)) / (max - min || 1);
  return (
    <figure style={{ margin: 0 }}>
      <svg
        data-testid="curve"
        viewBox={`0 0 ${W} ${Hh}`}
        width="100%"
        role="img"
        aria-label="Ackumulerat netto per perspektiv och år"
      >
        <line x1={pad} x2={W - pad} y1={y(0)} y2={y(0)} stroke="#999" strokeDasharray="3 3" />
        {p.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={COLORS[s.key]}
            strokeWidth={2}
            points={s.accumulated.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
          />
        ))}
        {p.map((s, k) => {
          const b = band?.[s.key];
          if (!b) return null;
          const bx = x(n - 1) - 4 - 4 * k;
          return (
            <g key={`band-${s.key}`} data-testid={`band-${s.key}`} stroke={COLORS[s.key]} strokeWidth={2}>
              <line x1={bx} x2={bx} y1={y(b.p10)} y2={y(b.p90)} strokeOpacity={0.7} />
              <line x1={bx - 3} x2={bx + 3} y1={y(b.p10)} y2={y(b.p10)} />
              <line x1={bx - 3} x2={bx + 3} y1={y(b.p90)} y2={y(b.p90)} />
            </g>
          );
        })}
      </svg>
      <figcaption style={{ fontSize: 12 }}>
        {p.map((s) => (
          <span key={s.key} style={{ marginRight: 10, whiteSpace: "nowrap" }}>
            <span aria-hidden="true" style={{ color: COLORS[s.key] }}>
              ■{" "}
            </span>
            {PERSPECTIVE_LABEL[s.key]}
          </span>
        ))}
        <br />
        Ackumulerat netto år 1–{n} (nuvärden); streckat = 0.
        {band && " Staplarna vid sista året: Monte Carlo P10–P90 av nettonuvärdet."}
      </figcaption>
    </figure>
  );
}
