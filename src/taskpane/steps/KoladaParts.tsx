/** Parts of Hämta från Kolada: the values beside the comparison, and the unit of the unit cost. */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import { COST_UNIT, formatDecimal, type CostUnit } from "../../engine";
import { koladaCostUnit, type KoladaKpi } from "../../engine/statistics/kolada";
import { kommunValue, type KoladaValues } from "../../services/statistics";
import { Select } from "../components/controls";
import { useStyles } from "../components/ui";

const number = (x: number | undefined) =>
  x === undefined
    ? "saknas"
    : formatDecimal(x, Number.isInteger(x) ? 0 : Math.abs(x * 10 - Math.round(x * 10)) < 1e-9 ? 1 : 2);

/** Years down, the kommun first and then its comparison across; the chosen year in bold. */
export function KoladaTable(props: { values: KoladaValues; year?: number }) {
  const s = useStyles();
  const { values, year } = props;
  const group = values.places.some((p) => p.type === "grupp");
  return (
    <div>
      <Text block weight="semibold">
        {values.kpi.id} {values.kpi.title}
      </Text>
      <table className={s.table} style={{ fontSize: 12, borderCollapse: "collapse" }} aria-label="Värden ur Kolada">
        <thead>
          <tr>
            <th style={{ textAlign: "left", width: "3.2em" }}>År</th>
            {values.places.map((p) => (
              <th key={p.id} className={s.num} style={{ overflowWrap: "anywhere" }} title={`${p.title} (${p.id})`}>
                {p.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {values.years.map((y) => (
            <tr key={y} style={y === year ? { fontWeight: 600 } : undefined}>
              <td>{y}</td>
              {values.places.map((p) => (
                <td key={p.id} className={s.num}>
                  {number(kommunValue(values, y, p))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Text block size={200} className={s.muted}>
        {values.kpi.unit ? `Enhet: ${values.kpi.unit}. ` : ""}Källa: Kolada (RKA), svar från {values.read}.
        {group ? " En kommungrupps värde är ett ovägt medelvärde av dess medlemmar." : ""}
      </Text>
    </div>
  );
}

export type UnitInfo =
  { kind: "fixed"; unit: CostUnit } | { kind: "choose"; kpiUnit: string } | { kind: "refused"; message: string };

/** The unit cost's unit from Kolada's unit: fixed (kr/inv), to be chosen (other kronor), or refused (not kronor). */
export function kpiUnit(kpi: KoladaKpi): UnitInfo {
  try {
    return { kind: "fixed", unit: koladaCostUnit(kpi, undefined) };
  } catch (e) {
    try {
      koladaCostUnit(kpi, COST_UNIT.labels.year);
      return { kind: "choose", kpiUnit: kpi.unit };
    } catch {
      return { kind: "refused", message: (e as Error).message };
    }
  }
}

export function UnitChoice(props: { info: UnitInfo; unit: string; setUnit: (u: string) => void }) {
  const { info } = props;
  if (info.kind === "fixed")
    return <Text block>Enhet: {COST_UNIT.labels[info.unit]} (Koladas värden är årsvärden).</Text>;
  if (info.kind === "refused")
    return <Text role="alert">Nyckeltalet kan inte bli ett kalkylvärde: {info.message}.</Text>;
  const options = COST_UNIT.values
    .filter((u) => u !== "inhabitantYear" && u !== "inhabitantMonth")
    .map((u) => [COST_UNIT.labels[u], COST_UNIT.labels[u]] as [string, string]);
  return (
    <div>
      <Select
        id="kolada-unit"
        label="Enhet för kalkylvärdet"
        value={props.unit}
        options={[["", "Välj enhet"], ...options]}
        onChange={(v) => props.setUnit(v)}
      />
      <Text block size={200}>
        Kolada anger &apos;{info.kpiUnit}&apos;, som inte säger per vad och per hur lång tid: välj enheten efter
        nyckeltalets definition i Kolada.
      </Text>
    </div>
  );
}
