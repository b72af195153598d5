import type { BasePerspective } from "../../engine/vocabulary";
import { PERSPECTIVE_LABEL, type Preview } from "./preview";

const COLORS: Record<BasePerspective, string> = { total: "#105E7A", public: "#C2502E", economic: "#4E8A2E" };

/** The accumulated net per perspective and year, as a small line chart. */
export function Curve({ p }: { p: Preview["perspectives"] }) {
  const W = 300;
  const Hh = 140;
  const pad = 6;
  const all = p.flatMap((x) => x.accumulated);
  const min = Math.min(0, ...all);
  const max = Math.max(0, ...all);
  const n = p[0].accumulated.length;
  const x = (i: number) => pad + (n <= 1 ? 0 : (i * (W - 2 * pad)) / (n - 1));
  const y = (v: number) => pad + ((max - v) * (Hh - 2 * pad)) / (max - min || 1);
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${Hh}`} width="100%" role="img" aria-label="Ackumulerat netto per perspektiv och år">
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
      </figcaption>
    </figure>
  );
}
