import { freezeSelection, noteText, offsetAddress } from "../../src/excel/freeze";

/**
 * A small in-memory stand-in for the parts of Excel.RequestContext that freezeSelection uses:
 * a selection with formulas and values, spilled ranges, notes and comments, and a sync counter.
 * Reads are only valid after a sync, as in Office.js.
 */
interface Cell {
  formula?: string;
  value: string | number | boolean;
}
class FakeBook {
  cells = new Map<string, Cell>();
  spills = new Map<string, { address: string; cells: string[][] }>();
  notes = new Map<string, string>();
  comments = new Map<string, string>();
  syncs = 0;
  private pending: (() => void)[] = [];
  private synced = new Set<object>();

  constructor(readonly selection: string) {}

  context(): Excel.RequestContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- closures below outlive this method
    const book = this;
    const whenSynced = <T extends object>(obj: T, props: Record<string, () => unknown>): T => {
      for (const [k, get] of Object.entries(props)) {
        Object.defineProperty(obj, k, {
          configurable: true,
          get: () => {
            if (!book.synced.has(obj)) throw new Error(`PropertyNotLoaded: ${k} read before sync`);
            return get();
          },
          set: (v: unknown) => book.pending.push(() => (props[`set:${k}`] as unknown as (x: unknown) => void)?.(v)),
        });
      }
      return obj;
    };
    const makeRange = (addr: string, rows: number, cols: number, r0: number, c0: number): Excel.Range => {
      const cellAddr = (r: number, c: number) => offsetAddress(`Blad1!${String.fromCharCode(65 + c0)}${r0 + 1}`, r, c);
      const range: Record<string, unknown> = {
        load: () => book.pending.push(() => book.synced.add(range)),
        getCell: (r: number, c: number) => makeRange(cellAddr(r, c), 1, 1, r0 + r, c0 + c),
        getSpillingToRangeOrNullObject: () => {
          const spill = book.spills.get(addr);
          const s: Record<string, unknown> = { load: () => book.pending.push(() => book.synced.add(s)) };
          const props: Record<string, () => unknown> = {
            isNullObject: () => spill === undefined,
            address: () => spill?.address,
            values: () => spill!.cells.map((row) => row.map((a) => book.cells.get(a)?.value ?? "")),
          };
          (props as Record<string, unknown>)["set:values"] = (v: unknown[][]) =>
            spill!.cells.forEach((row, r) => row.forEach((a, c) => book.cells.set(a, { value: v[r][c] as number })));
          return whenSynced(s, props) as unknown as Excel.Range;
        },
      };
      const grid = (f: (a: string) => unknown) =>
        Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(cellAddr(r, c))));
      const props: Record<string, () => unknown> = {
        address: () => addr,
        formulas: () => grid((a) => book.cells.get(a)?.formula ?? book.cells.get(a)?.value ?? ""),
        values: () => grid((a) => book.cells.get(a)?.value ?? ""),
      };
      (props as Record<string, unknown>)["set:values"] = (v: unknown[][]) =>
        v.forEach((row, r) => row.forEach((x, c) => book.cells.set(cellAddr(r, c), { value: x as number })));
      return whenSynced(range, props) as unknown as Excel.Range;
    };
    const notes = {
      getItemOrNullObject: (key: string) => {
        const n: Record<string, unknown> = { load: () => book.pending.push(() => book.synced.add(n)) };
        const props: Record<string, () => unknown> = {
          isNullObject: () => !book.notes.has(key),
          content: () => book.notes.get(key),
        };
        (props as Record<string, unknown>)["set:content"] = (v: string) => book.notes.set(key, v);
        return whenSynced(n, props);
      },
      add: (key: string, content: string) => book.pending.push(() => book.notes.set(key, content)),
    };
    const comments = {
      add: (key: string, content: string) => book.pending.push(() => book.comments.set(key, content)),
    };
    const [, first, last] = /!([A-Z]+\d+)(?::([A-Z]+\d+))?$/.exec(this.selection)!;
    const pos = (a: string) => {
      const m = /^([A-Z])(\d+)$/.exec(a)!;
      return { r: Number(m[2]) - 1, c: m[1].charCodeAt(0) - 65 };
    };
    const p0 = pos(first);
    const p1 = pos(last ?? first);
    return {
      workbook: {
        getSelectedRange: () => makeRange(this.selection, p1.r - p0.r + 1, p1.c - p0.c + 1, p0.r, p0.c),
        notes,
        comments,
      },
      sync: async () => {
        book.syncs++;
        const work = book.pending;
        book.pending = [];
        work.forEach((f) => f());
      },
    } as unknown as Excel.RequestContext;
  }
}

const NOW = new Date("2026-11-23T10:00:00Z");

describe("Lås värden (freeze SOCINV.* cells to values)", () => {
  test("offsetAddress", () => {
    expect(offsetAddress("Blad1!B2:D9", 0, 0)).toBe("Blad1!B2");
    expect(offsetAddress("'Mitt blad'!$Y$10", 2, 3)).toBe("'Mitt blad'!AB12");
    expect(offsetAddress("A1", 0, 26)).toBe("AA1");
  });

  test("turns SOCINV cells and whole spills into values, leaves other formulas, notes the formula", async () => {
    const book = new FakeBook("Blad1!A1:B2");
    book.cells.set("Blad1!A1", { formula: "=SOCINV.NPV(Poster!A1:H20;Antaganden!A1:B9)", value: 123.5 });
    book.cells.set("Blad1!B1", { formula: "=SUM(C1:C3)", value: 6 });
    book.cells.set("Blad1!A2", { formula: "=socinv.STATEMENT(A10:H30)", value: "Aktör" });
    book.cells.set("Blad1!B2", { value: "fritext" });
    book.spills.set("Blad1!A2", {
      address: "Blad1!A2:B3",
      cells: [
        ["Blad1!A2", "Blad1!B2"],
        ["Blad1!A3", "Blad1!B3"],
      ],
    });
    book.cells.set("Blad1!A3", { value: "Summa" });
    book.cells.set("Blad1!B3", { value: 34017064 });
    book.notes.set("Blad1!A1", "Min egen anteckning");
    const r = await freezeSelection(book.context(), { useNotes: true, now: NOW });
    expect(r.frozen).toBe(2);
    expect(r.cells).toBe(1 + 4);
    expect(book.syncs).toBe(3);
    expect(book.cells.get("Blad1!A1")).toEqual({ value: 123.5 });
    expect(book.cells.get("Blad1!B1")!.formula).toBe("=SUM(C1:C3)");
    expect(book.cells.get("Blad1!B3")).toEqual({ value: 34017064 });
    expect(book.notes.get("Blad1!A1")).toBe(
      `Min egen anteckning\n\n${noteText("=SOCINV.NPV(Poster!A1:H20;Antaganden!A1:B9)", NOW)}`,
    );
    expect(book.notes.get("Blad1!A2")).toBe("socinv: låst värde 2026-11-23. Formeln var: =socinv.STATEMENT(A10:H30)");
  });

  test("falls back to comments where notes are not supported", async () => {
    const book = new FakeBook("Blad1!A1");
    book.cells.set("Blad1!A1", { formula: "=SOCINV.DISCOUNTFACTOR(0,035;3)", value: 0.93 });
    await freezeSelection(book.context(), { useNotes: false, now: NOW });
    expect(book.comments.get("Blad1!A1")).toMatch(/Formeln var: =SOCINV.DISCOUNTFACTOR/);
    expect(book.cells.get("Blad1!A1")).toEqual({ value: 0.93 });
  });

  test("a selection without SOCINV formulas changes nothing and syncs once", async () => {
    const book = new FakeBook("Blad1!A1:B1");
    book.cells.set("Blad1!A1", { formula: "=NPV(0,03;B1:B5)", value: 1 });
    book.cells.set("Blad1!B1", { value: "SOCINV.NPV som text" });
    const r = await freezeSelection(book.context(), { useNotes: true, now: NOW });
    expect(r).toEqual({ frozen: 0, cells: 0, formulas: [] });
    expect(book.syncs).toBe(1);
    expect(book.cells.get("Blad1!A1")!.formula).toBe("=NPV(0,03;B1:B5)");
  });

  test("three syncs whatever the size of the selection", async () => {
    const book = new FakeBook("Blad1!A1:J20");
    for (let r = 1; r <= 20; r++)
      for (let c = 0; c < 10; c++)
        book.cells.set(`Blad1!${String.fromCharCode(65 + c)}${r}`, { formula: `=SOCINV.NPV(X${r})`, value: r * c });
    const res = await freezeSelection(book.context(), { useNotes: true, now: NOW });
    expect(res.frozen).toBe(200);
    expect(book.syncs).toBe(3);
  });
});
