/**
 * Granska's main message: who invests, who gains and when. One small table per actor
 * (investment, benefits, NPV and break-even over the horizon, a parent including its units and
 * saying so), the actors without lines named apart, and why Totalt and Samhällsekonomiskt differ.
 */
import { Text } from "@fluentui/react-components";
import { formatKr } from "../../engine";
import { useStyles } from "../components/ui";
import { PERSPECTIVE_LABEL, type ActorFigures, type Preview } from "./preview";

function ActorTable({ a, horizon }: { a: ActorFigures; horizon: number }) {
  const s = useStyles();
  const caption = a.units.length ? `${a.name} inkl. ${a.units.join(", ")}` : a.name;
  const row = (label: string, testId: string, value: string) => (
    <tr>
      <th scope="row" style={{ textAlign: "left", fontWeight: "normal" }}>
        {label}
      </th>
      <td className={s.num} style={{ whiteSpace: "nowrap" }} data-testid={`${testId}-${a.id}`}>
        {value}
      </td>
    </tr>
  );
  return (
    <table className={s.table} aria-label={caption} style={{ borderCollapse: "collapse", fontSize: 13 }}>
      <caption style={{ textAlign: "left", fontWeight: 600, paddingBottom: 2 }}>{caption}</caption>
      <tbody>
        {row("Investering (nuvärde)", "actor-inv", `${formatKr(a.investment)} kr`)}
        {row("Nytta (nuvärde)", "actor-ben", `${formatKr(a.benefits)} kr`)}
        {row("Nettonuvärde", "actor-npv", `${formatKr(a.npv)} kr`)}
        {row("Break-even", "actor-be", a.breakEven === null ? `inte inom ${horizon} år` : `år ${a.breakEven}`)}
      </tbody>
      {a.units.length > 0 && (
        <tfoot>
          <tr>
            <td colSpan={2}>
              <Text size={200} className={s.muted}>
                Siffrorna omfattar {a.name} och dess enheter ({a.units.join(", ")}).
              </Text>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

export function ActorTables({ rows, without, horizon }: { rows: ActorFigures[]; without: string[]; horizon: number }) {
  const s = useStyles();
  return (
    <div className={s.stack}>
      <div
        data-testid="actor-tables"
        style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))", gap: 12 }}
      >
        {rows.map((a) => (
          <ActorTable key={a.id} a={a} horizon={horizon} />
        ))}
      </div>
      {without.length > 0 && (
        <Text size={200} className={s.muted} data-testid="actors-without">
          Inga poster: {without.join(", ")}.
        </Text>
      )}
    </div>
  );
}

/** One sentence where Totalt and Samhällsekonomiskt differ, saying why. */
export function WhyTotalDiffers({ pv }: { pv: Preview }) {
  const total = pv.perspectives.find((p) => p.key === "total")!;
  const economic = pv.perspectives.find((p) => p.key === "economic")!;
  if (Math.round(total.npv) === Math.round(economic.npv)) return null;
  return (
    <Text as="p" size={200} data-testid="why-total" style={{ margin: 0 }}>
      {PERSPECTIVE_LABEL.total} ({formatKr(total.npv)} kr) och {PERSPECTIVE_LABEL.economic} ({formatKr(economic.npv)}{" "}
      kr) skiljer sig eftersom {PERSPECTIVE_LABEL.total} räknar överföringar mellan aktörer (finansiella poster, t.ex.
      minskat försörjningsstöd) som vinst för den som slipper betala utan någon motsvarande förlust, medan{" "}
      {PERSPECTIVE_LABEL.economic} bara räknar reala resurser och produktion.
    </Text>
  );
}
