import { BASE_PERSPECTIVES, BASIS, ROLE } from "../../engine/vocabulary";
import { FMT, Fx, T, addr, colRange, line, type Block } from "../cells";
import type { Layout } from "../layout";
import { extraArgs, perspectiveCriteria } from "./shared";

/**
 * Method v2: the successes needed to break even per perspective (cf. WSIPP's break-even success
 * rate), beside Prognos's summary. NPV is linear in the number of successes N:
 * NPV(N) = B₀ + N·b₁ − I, with B₀ the present value of the total-basis effect lines and b₁ that
 * of the per-success effect lines for one success (their present value divided by N). Then
 * N* = 0 when I − B₀ ≤ 0, (I − B₀)/b₁ when b₁ > 0, and "Ingen" otherwise; the rate is N* / n.
 */

export const SUCCESSES_HEADERS = [
  "Nuvärde utan utfall (B₀)",
  "Nuvärde per person med utfall (b₁)",
  "Behövs för break-even (N*)",
  "Andel av deltagarna (N* / n)",
];

/** The text the sheets show when no number of successes pays (the engine's null). */
export const NO_SUCCESSES = "Ingen";

const pvCol = (L: Layout, k: "presentValue" | "role" | "basis" | "isPublic" | "category") =>
  colRange(L.projection.col[k], L.projection.firstLine, L.projection.lastLine);

/** The columns B₀, b₁, N* and N* / n of each perspective row of Prognos's summary; none without method v2. */
export function successesColumns(L: Layout): Block[] {
  const S = L.projection.summary;
  const V = S.v2col;
  if (!V) return [];
  const pv = pvCol(L, "presentValue");
  const role = pvCol(L, "role");
  const basis = pvCol(L, "basis");
  const rows = BASE_PERSPECTIVES.map((p) => {
    const row = S.row[p];
    const crit = extraArgs(perspectiveCriteria(p, pvCol(L, "isPublic"), pvCol(L, "category")));
    const effect = `${pv},${role},"<>${ROLE.labels.investment}",${basis}`;
    const at = (c: number) => addr(row, c);
    const successes = L.assumption("successes");
    const gap = `(${at(S.col.investment)}-${at(V.base)})`;
    const n = `=IF(${gap}<=0,0,IF(${at(V.perSuccess)}>0,${gap}/${at(V.perSuccess)},"${NO_SUCCESSES}"))`;
    const rate = L.participants
      ? Fx(
          `=IF(AND(ISNUMBER(${at(V.successes)}),${L.participants}>0),${at(V.successes)}/${L.participants},"")`,
          FMT.percent,
        )
      : null;
    return line(row, V.base, [
      Fx(`=SUMIFS(${effect},"<>${BASIS.labels.perSuccess}"${crit})`, FMT.kr),
      Fx(`=SUMIFS(${effect},"${BASIS.labels.perSuccess}"${crit})/${successes}`, FMT.kr),
      Fx(n, FMT.ratio, "total"),
      rate,
    ]);
  });
  return [
    line(
      S.headerRow,
      V.base,
      SUCCESSES_HEADERS.map((h) => T(h, "header")),
    ),
    ...rows,
  ];
}

/** N* and N* / n on Resultaträkning, read from Prognos; none without method v2. */
export function statementSuccesses(L: Layout): Block[] {
  const V = L.statement.v2col;
  const P = L.projection.summary;
  if (!V || !P.v2col) return [];
  const from = P.v2col;
  const rows = BASE_PERSPECTIVES.map((p) => {
    const ref = (col: number) => `=${L.ref("projection", addr(P.row[p], col, true))}`;
    return line(L.statement.perspectives.row[p], V.successes, [
      Fx(ref(from.successes), FMT.ratio),
      L.participants ? Fx(ref(from.rate), FMT.percent) : null,
    ]);
  });
  const headers = SUCCESSES_HEADERS.slice(2).map((h) => T(h, "header"));
  return [line(L.statement.perspectives.headerRow, V.successes, headers), ...rows];
}
