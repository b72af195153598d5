/**
 * Granska, method v3: a perspective's figures over years 1..T at the milestone years (1, 2, 3,
 * 4 = a mandatperiod, 5, 10, 20, …, H), with both ratios named; from the engine (perspectiveAt).
 * Investering and Nytta show where the pane is wide enough; NPV and the ratios always.
 */
import * as React from "react";
import {
  Subtitle2,
  Tab,
  TabList,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { MANDATE_PERIOD_YEARS, MILESTONE_WORDS, formatDecimal, formatKr, type Dec } from "../../engine";
import type { BasePerspective } from "../../engine/vocabulary";
import { useStyles } from "../components/ui";
import { HelpButton } from "../components/Help";
import { PERSPECTIVE_LABEL } from "./preview";
import type { Continuing, MilestoneRow } from "./continuing";

/** From this width of the pane on, Investering and Nytta show too. */
const WIDE = "@media (min-width: 560px)";

const useLocal = makeStyles({
  wide: { display: "none", [WIDE]: { display: "table-cell", width: "22%" } },
  yearCol: { width: "22%", [WIDE]: { width: "12%" } },
  npvCol: { width: "36%", [WIDE]: { width: "22%" } },
  ratioCol: { width: "21%", [WIDE]: { width: "11%" } },
  mandate: { backgroundColor: tokens.colorBrandBackground2 },
  note: {
    display: "block",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
  },
});

const ratio = (x: Dec | null) => (x === null ? "–" : formatDecimal(x, 2));

function YearCell({ year, horizon }: { year: number; horizon: number }) {
  const l = useLocal();
  // a soft hyphen lets "mandatperiod" break in the narrowest pane
  const note =
    year === MANDATE_PERIOD_YEARS
      ? MILESTONE_WORDS.mandate.replace(/^mandat/, "mandat\u00ad")
      : year === horizon
        ? MILESTONE_WORDS.horizon
        : "";
  return (
    <TableCell>
      {year}
      {note && <span className={l.note}>{note}</span>}
    </TableCell>
  );
}

function Rows({ p, rows, horizon }: { p: BasePerspective; rows: MilestoneRow[]; horizon: number }) {
  const s = useStyles();
  const l = useLocal();
  const num = mergeClasses(s.num, s.nowrap);
  return (
    <TableBody>
      {rows.map((r) => (
        <TableRow key={r.year} className={r.year === MANDATE_PERIOD_YEARS ? l.mandate : undefined}>
          <YearCell year={r.year} horizon={horizon} />
          <TableCell className={mergeClasses(num, l.wide)} data-testid={`ms-${p}-${r.year}-investment`}>
            {formatKr(r.investment)}
          </TableCell>
          <TableCell className={mergeClasses(num, l.wide)} data-testid={`ms-${p}-${r.year}-benefits`}>
            {formatKr(r.benefits)}
          </TableCell>
          <TableCell className={num} data-testid={`ms-${p}-${r.year}-npv`}>
            {formatKr(r.npv)}
          </TableCell>
          <TableCell className={s.num} data-testid={`ms-${p}-${r.year}-roi`}>
            {ratio(r.roi)}
          </TableCell>
          <TableCell className={s.num} data-testid={`ms-${p}-${r.year}-npvRatio`}>
            {ratio(r.npvRatio)}
          </TableCell>
        </TableRow>
      ))}
    </TableBody>
  );
}

export function MilestonesTable({ figures }: { figures: Continuing }) {
  const s = useStyles();
  const l = useLocal();
  const [p, setP] = React.useState<BasePerspective>("total");
  const rows = figures.perspectives.find((x) => x.key === p)!.rows;
  const W = MILESTONE_WORDS;
  return (
    <>
      <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: 4 }}>
        <Subtitle2 as="h3">Talen vid år T: över år 1–T</Subtitle2>
        <HelpButton term="milestones" />
      </div>
      <TabList
        size="small"
        selectedValue={p}
        onTabSelect={(_, d) => setP(d.value as BasePerspective)}
        aria-label="Perspektiv för talen vid år T"
        style={{ flexWrap: "wrap" }}
      >
        {figures.perspectives.map((x) => (
          <Tab key={x.key} value={x.key}>
            {PERSPECTIVE_LABEL[x.key]}
          </Tab>
        ))}
      </TabList>
      <Table size="small" className={s.table} aria-label={`${PERSPECTIVE_LABEL[p]}: talen vid år T över år 1–T`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={l.yearCol}>{W.year}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(s.num, l.wide)}>{W.investment} (kr)</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(s.num, l.wide)}>{W.benefits} (kr)</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(s.num, l.npvCol)}>
              {W.npv.replace(/^Netto/, "Netto\u00ad")} (kr)
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(s.num, l.ratioCol)}>B/I</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(s.num, l.ratioCol)}>NPV/I</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <Rows p={p} rows={rows} horizon={figures.horizon} />
      </Table>
      <p className={s.muted} style={{ margin: 0 }}>
        Nuvärden över år 1–T. B/I: {W.roi.replace(/ \(.*\)$/, "").toLowerCase()}, nyttan per investerad krona. NPV/I:{" "}
        {W.npvRatio.replace(/ \(.*\)$/, "").toLowerCase()}, nettonuvärdet per investerad krona. År{" "}
        {MANDATE_PERIOD_YEARS} är en {W.mandate}.
      </p>
    </>
  );
}
