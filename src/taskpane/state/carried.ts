/** What carrying a case to a new year did to its amounts (state/reindex.ts), kept in the state to be said and undone. */

export interface AmountChange {
  /** Which amount (a stable key of the field). */
  slot: string;
  /** Where, in words: "Post 2 (Lön), Belopp". */
  where: string;
  before: string;
  after: string;
}

export interface Reindexing {
  from: number;
  to: number;
  /** The index's name as the case has it ("KPI", or its own series' name). */
  index: string;
  /** I(to)/I(from) − 1, when the amounts were re-indexed. */
  change?: number;
  changes: AmountChange[];
  /** Why nothing was re-indexed (a year the index lacks); the amounts are as they were. */
  missing?: string;
  /** Amounts typed in a way that is no number: left as typed. */
  unreadable?: string[];
  /** Ångra omräkningen was used: the amounts are back as typed. */
  undone?: boolean;
}
