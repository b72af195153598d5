import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import { compareCases, formatDecimal, formatKr, validateCase, type Case } from "../../engine";
import { BASE_PERSPECTIVES } from "../../engine/vocabulary";
import { useStyles } from "../components/ui";
import { PERSPECTIVE_SHORT } from "./preview";

const mkr = (x: number) => formatDecimal(x / 1e6, 1);

/** The engine's comparison of alternative A (the copied case) with B (the one being edited): per actor and year. */
export function Comparison({ base, b }: { base: Record<string, unknown>; b: Case }) {
  const s = useStyles();
  const r = React.useMemo(() => {
    const a = validateCase(base);
    return a.ok ? { a: a.case, cmp: compareCases(a.case, b) } : undefined;
  }, [base, b]);
  if (!r) return null;
  const { cmp } = r;
  return (
    <section aria-labelledby="compare-title" className={s.stack}>
      <h3 id="compare-title" style={{ fontSize: 14, margin: 0 }}>
        Jämförelse: A {r.a.title} mot B {b.title}
      </h3>
      <Text size={200} className={s.muted}>
        Nettonuvärde i miljoner kronor; skillnad = A − B. Vem föredrar vad: det alternativ som ger aktören mest.
      </Text>
      <Table size="small" className={s.table} aria-label="Jämförelse per aktör, miljoner kronor">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "34%" }}>Aktör</TableHeaderCell>
            <TableHeaderCell className={s.num}>A</TableHeaderCell>
            <TableHeaderCell className={s.num}>B</TableHeaderCell>
            <TableHeaderCell className={s.num}>Föredrar</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cmp.actors.map((x) => (
            <TableRow key={x.id}>
              <TableCell>{x.name}</TableCell>
              <TableCell className={s.num} title={`${formatKr(x.npvA)} kr`}>
                {mkr(x.npvA)}
              </TableCell>
              <TableCell className={s.num} title={`${formatKr(x.npvB)} kr`}>
                {mkr(x.npvB)}
              </TableCell>
              <TableCell className={s.num} data-testid={`prefers-${x.id}`}>
                {x.prefers}
              </TableCell>
            </TableRow>
          ))}
          {BASE_PERSPECTIVES.map((p) => (
            <TableRow key={p}>
              <TableCell>
                <strong>{PERSPECTIVE_SHORT[p]}</strong>
              </TableCell>
              <TableCell className={s.num}>{mkr(cmp.perspectives[p].npvA)}</TableCell>
              <TableCell className={s.num}>{mkr(cmp.perspectives[p].npvB)}</TableCell>
              <TableCell className={mergeClasses(s.num, s.nowrap)} data-testid={`compare-diff-${p}`}>
                {mkr(cmp.perspectives[p].difference)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <details>
        <summary>Skillnad A − B per aktör och år (kr, nuvärde)</summary>
        <div style={{ overflowX: "auto" }}>
          <Table size="small" aria-label="Skillnad A − B per aktör och år">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>År</TableHeaderCell>
                {cmp.actors.map((x) => (
                  <TableHeaderCell key={x.id} className={s.num}>
                    {x.name}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {cmp.years.map((t, i) => (
                <TableRow key={t}>
                  <TableCell>{t}</TableCell>
                  {cmp.actors.map((x) => (
                    <TableCell key={x.id} className={mergeClasses(s.num, s.nowrap)}>
                      {formatKr(x.difference[i])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </details>
    </section>
  );
}
