import type { Case } from "../../engine";
import { BASE_PERSPECTIVES } from "../../engine/vocabulary";
import { canonicalJson } from "../canonical";
import type { V2AssumptionsLayout } from "./assumptions.layout";
import { rowsFrom, type P } from "./rows";

/** Where everything goes on Revision: the metadata, the checks against the engine's figures and the stored case. */

/** Defined names of the key results (without the version suffix), also checked on the Revision sheet. */
export const RESULT_NAMES = {
  statementTotal: "Statement_Total",
  actorNet: (id: string) => `Statement_Net_${id}`,
  npv: (p: P) => `NPV_${p}`,
  roi: (p: P) => `ROI_${p}`,
  breakEven: (p: P) => `BreakEven_${p}`,
  breakEvenSuccesses: (p: P) => `BreakEvenSuccesses_${p}`,
  breakEvenSuccessRate: (p: P) => `BreakEvenSuccessRate_${p}`,
};

/** Longest text Excel accepts in a cell is 32 767 characters; the case is stored in chunks. */
export const CASE_CHUNK = 30000;

export const REVISION_META = ["addinVersion", "methodVersion", "generatedAt", "title", "priceYear", "hash"] as const;
export type RevisionMeta = (typeof REVISION_META)[number];

/** A check on the Revision sheet: a defined name, compared with the engine's figure. */
export type Check = { name: string } & (
  | { kind: "statementTotal" }
  | { kind: "actorNet"; actor: string }
  | { kind: "npv" | "roi" | "breakEven" | "breakEvenSuccesses" | "breakEvenSuccessRate"; perspective: P }
);

export interface RevisionLayout {
  metaRow: Record<RevisionMeta, number>;
  /** Columns of the checks table. */
  col: { label: number; name: number; now: number; expected: number; tolerance: number; status: number };
  checksTitleRow: number;
  checksHeaderRow: number;
  checks: (Check & { row: number })[];
  statusRow: number;
  /** Inputs_Status, and the spare Poster rows left. */
  inputsRow: number;
  spareRow: number;
  caseTitleRow: number;
  caseNoteRow: number;
  caseFirstRow: number;
  caseLastRow: number;
}

export function revisionLayout(
  c: Case,
  nm: (n: string) => string,
  v2: V2AssumptionsLayout | undefined,
): RevisionLayout {
  let r = 4;
  const metaRow = rowsFrom(REVISION_META, () => r++);
  r++;
  const checksTitleRow = r++;
  const checksHeaderRow = r++;
  const list: Check[] = [
    { kind: "statementTotal", name: nm(RESULT_NAMES.statementTotal) },
    ...c.actors.map((a): Check => ({ kind: "actorNet", actor: a.id, name: nm(RESULT_NAMES.actorNet(a.id)) })),
    ...BASE_PERSPECTIVES.flatMap((p) =>
      resultKinds(v2).map((kind): Check => ({
        kind,
        perspective: p,
        name: nm(RESULT_NAMES[kind](p)),
      })),
    ),
  ];
  const checks = list.map((x) => ({ ...x, row: r++ }));
  const statusRow = r;
  const caseTitleRow = statusRow + 4;
  const chunks = Math.ceil(canonicalJson(c).length / CASE_CHUNK);
  const caseFirstRow = caseTitleRow + 2;
  const rows = { checksTitleRow, checksHeaderRow, checks, statusRow, caseTitleRow, caseNoteRow: caseTitleRow + 1 };
  const inputs = { inputsRow: statusRow + 1, spareRow: statusRow + 2 };
  const col = { label: 1, name: 2, now: 3, expected: 4, tolerance: 5, status: 6 };
  return { metaRow, col, ...rows, ...inputs, caseFirstRow, caseLastRow: caseFirstRow + chunks - 1 };
}

/** The results checked per perspective: method v2 adds N* (and N* / n with participants). */
function resultKinds(v2: V2AssumptionsLayout | undefined) {
  const base = ["npv", "roi", "breakEven"] as const;
  if (!v2) return [...base];
  const rate = v2.participantsRow === undefined ? [] : (["breakEvenSuccessRate"] as const);
  return [...base, "breakEvenSuccesses" as const, ...rate];
}
