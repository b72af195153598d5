/**
 * An in-memory stand-in for the part of the Excel JavaScript API socinv uses, for tests in
 * Node and in the browser (no Node imports). Like Office.js, writes are queued and applied at
 * context.sync(), and reading a property before it was loaded and synced throws. It counts
 * sync() calls and API calls (method calls and property writes), and can simulate a
 * read-only workbook or a failure at a given sync.
 */

export interface FakeCell {
  formula?: string;
  value: string | number | boolean;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  locked?: boolean;
  validation?: string;
  validationMessage?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  tables: { name: string; address: string; style?: string }[];
  charts: {
    type: string;
    title: string;
    series: { name: string; values?: string; categories?: string }[];
    position?: [string, string];
  }[];
  columnWidths: Map<number, number>;
  /** Whole columns (1-based) whose texts wrap, and whole columns and rows aligned to the top. */
  wrapColumns: Set<number>;
  topColumns: Set<number>;
  topRows: Set<number>;
  /** Row heights set (1-based row → points). */
  rowHeights: Map<number, number>;
  /** Merged ranges ("A19:G19"), wrapped and aligned to the top when the renderer says so. */
  merges: { address: string; wrap?: boolean; top?: boolean }[];
  frozen?: string;
  deleted?: boolean;
  /** Protected (without a password). */
  protected?: boolean;
  pageLayout: {
    orientation?: string;
    zoom?: unknown;
    printOrder?: string;
    /** Manual page breaks: the top-left cell of the page after each. */
    verticalBreaks?: string[];
    horizontalBreaks?: string[];
    printArea?: string;
    titleRows?: string;
    titleColumns?: string;
    headerFooter?: Record<string, string>;
  };
  /** Rows hidden (1-based) and row ranges grouped ("5:7"). */
  hiddenRows: Set<number>;
  groupedRows: string[];
  /** Conditional formats: range and formula. */
  conditionalFormats: { address: string; formula: string; fill?: string }[];
}

export interface FakeName {
  name: string;
  sheet: string;
  address: string;
  comment?: string;
}

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
/** "B3:D9" → 0-based [row, col, rows, cols]; "C:C" → whole column (rows = 1 048 576). */
export function parseAddress(address: string): [number, number, number, number] {
  const a = address.replace(/^.*!/, "").replace(/\$/g, "");
  const [p, q] = a.split(":");
  const one = (s: string): [number, number] => {
    const m = /^([A-Z]+)?(\d+)?$/i.exec(s)!;
    return [m[2] ? Number(m[2]) - 1 : -1, m[1] ? colNumber(m[1]) - 1 : -1];
  };
  const [r0, c0] = one(p);
  const [r1, c1] = one(q ?? p);
  const top = r0 < 0 ? 0 : r0;
  const bottom = r1 < 0 ? 1048575 : r1;
  return [top, c0, bottom - top + 1, c1 - c0 + 1];
}
export function cellKey(r: number, c: number): string {
  return `${colLetters(c + 1)}${r + 1}`;
}

/** Excel.run over a fake workbook: a fresh context per run, as in Office.js. */
export function fakeRun(wb: FakeWorkbook) {
  return <T>(f: (context: Excel.RequestContext) => Promise<T>): Promise<T> => f(wb.context());
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  active = "";
  syncs = 0;
  apiCalls = 0;
  calculationSuspended = 0;
  /** Simulate: every write fails with AccessDenied. */
  readOnly = false;
  /** Simulate: the n-th sync (1-based) fails after applying the operations before the failing one. */
  failAtSync?: { sync: number; afterOps: number; code: string };
  selection?: { sheet: string; address: string };
  settings = new Map<string, unknown>();
  /** Cell notes and comments by address ("Blad1!B2"), for Lås värden. */
  notes = new Map<string, string>();
  comments = new Map<string, string>();

  private queue: (() => void)[] = [];
  private loaded = new WeakSet<object>();

  constructor(sheetNames: string[] = ["Blad1"]) {
    for (const n of sheetNames) this.sheets.push(this.newSheet(n));
    this.active = sheetNames[0] ?? "";
  }

  newSheet(name: string): FakeSheet {
    return {
      name,
      cells: new Map(),
      tables: [],
      charts: [],
      columnWidths: new Map(),
      wrapColumns: new Set(),
      topColumns: new Set(),
      topRows: new Set(),
      rowHeights: new Map(),
      merges: [],
      pageLayout: {},
      hiddenRows: new Set(),
      groupedRows: [],
      conditionalFormats: [],
    };
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase());
  }

  /** Value of a cell as the tests see it (formulas are not evaluated here). */
  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet)?.cells.get(address.replace(/\$/g, ""));
  }

  private call(): void {
    this.apiCalls++;
  }
  private enqueue(op: () => void): void {
    this.call();
    this.queue.push(() => {
      if (this.readOnly) throw new FakeError("AccessDenied", "The workbook is read-only.");
      op();
    });
  }
  private read(op: () => void): void {
    this.call();
    this.queue.push(op);
  }
  private guard<T extends object>(obj: T, props: Record<string, () => unknown>): T {
    for (const [k, get] of Object.entries(props)) {
      Object.defineProperty(obj, k, {
        enumerable: true,
        configurable: true,
        get: () => {
          if (!this.loaded.has(obj))
            throw new FakeError(
              "PropertyNotLoaded",
              `The property '${k}' is not available. Call load() and sync() first.`,
            );
          return get();
        },
      });
    }
    return obj;
  }

  context(): Excel.RequestContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake objects below close over the workbook
    const wb = this;
    const sync = async () => {
      wb.syncs++;
      const ops = wb.queue;
      wb.queue = [];
      const fail = wb.failAtSync && wb.failAtSync.sync === wb.syncs ? wb.failAtSync : undefined;
      ops.forEach((op, i) => {
        if (fail && i === fail.afterOps) throw new FakeError(fail.code, `Simulated failure (${fail.code}).`);
        op();
      });
      if (fail && fail.afterOps >= ops.length) throw new FakeError(fail.code, `Simulated failure (${fail.code}).`);
    };

    const rangeOf = (sheetName: () => string, r: number, c: number, rows: number, cols: number): Excel.Range => {
      const sheet = () => {
        const s = wb.sheet(sheetName());
        if (!s) throw new FakeError("ItemNotFound", `No sheet ${sheetName()}`);
        return s;
      };
      const address = () =>
        `${sheetName()}!${cellKey(r, c)}${rows > 1 || cols > 1 ? ":" + cellKey(r + rows - 1, c + cols - 1) : ""}`;
      const eachCell = (f: (cell: FakeCell, i: number, j: number) => void) => {
        const s = sheet();
        for (let i = 0; i < rows; i++)
          for (let j = 0; j < cols; j++) {
            const k = cellKey(r + i, c + j);
            let cell = s.cells.get(k);
            if (!cell) {
              cell = { value: "", numberFormat: "General" };
              s.cells.set(k, cell);
            }
            f(cell, i, j);
          }
      };
      const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] =>
        Array.from({ length: rows }, (_, i) =>
          Array.from({ length: cols }, (_, j) => f(sheet().cells.get(cellKey(r + i, c + j)))),
        );
      const range: Record<string, unknown> = {
        load: () => wb.read(() => wb.loaded.add(range)),
        getCell: (i: number, j: number) => rangeOf(sheetName, r + i, c + j, 1, 1),
        getColumn: (j: number) => rangeOf(sheetName, r, c + j, rows, 1),
        getSpillingToRangeOrNullObject: () => {
          const nul: Record<string, unknown> = { load: () => wb.read(() => wb.loaded.add(nul)) };
          return wb.guard(nul, { isNullObject: () => true });
        },
        worksheet: { name: sheetName() },
      };
      const setters: Record<string, (v: unknown) => void> = {
        formulas: (v) =>
          eachCell((cell, i, j) => {
            const x = (v as unknown[][])[i][j];
            if (x === null) return;
            if (typeof x === "string" && x.startsWith("=")) {
              cell.formula = x;
              cell.value = "";
            } else {
              delete cell.formula;
              cell.value = x as string | number | boolean;
            }
          }),
        values: (v) =>
          eachCell((cell, i, j) => {
            const x = (v as unknown[][])[i][j];
            if (x === null) return;
            delete cell.formula;
            cell.value = x as string | number | boolean;
          }),
        numberFormat: (v) =>
          eachCell((cell, i, j) => {
            const x = (v as unknown[][])[i][j];
            if (x !== null) cell.numberFormat = String(x);
          }),
      };
      const getters: Record<string, () => unknown> = {
        address,
        values: () => grid((x) => x?.value ?? ""),
        formulas: () => grid((x) => x?.formula ?? x?.value ?? ""),
        numberFormat: () => grid((x) => x?.numberFormat ?? "General"),
        rowCount: () => rows,
        columnCount: () => cols,
      };
      for (const [k, get] of Object.entries(getters)) {
        Object.defineProperty(range, k, {
          enumerable: true,
          configurable: true,
          get: () => {
            if (!wb.loaded.has(range))
              throw new FakeError("PropertyNotLoaded", `The property '${k}' is not available.`);
            return get();
          },
          set: (v: unknown) => {
            if (!setters[k]) throw new Error(`fake: ${k} is read-only`);
            wb.enqueue(() => setters[k](v));
          },
        });
      }
      const fmtSet = (apply: (cell: FakeCell, v: unknown) => void) => (v: unknown) =>
        wb.enqueue(() => eachCell((cell) => apply(cell, v)));
      const font = {};
      Object.defineProperty(font, "bold", { set: fmtSet((cell, v) => (cell.bold = Boolean(v))) });
      Object.defineProperty(font, "italic", { set: fmtSet((cell, v) => (cell.italic = Boolean(v))) });
      Object.defineProperty(font, "color", { set: fmtSet(() => undefined) });
      Object.defineProperty(font, "size", { set: fmtSet(() => undefined) });
      const fill = {};
      Object.defineProperty(fill, "color", { set: fmtSet((cell, v) => (cell.fill = String(v))) });
      const protection = {};
      Object.defineProperty(protection, "locked", { set: fmtSet((cell, v) => (cell.locked = Boolean(v))) });
      const format = { font, fill, protection };
      Object.defineProperty(format, "columnWidth", {
        set: (v: number) => wb.enqueue(() => sheet().columnWidths.set(c, v)),
      });
      // wrapping, top alignment and heights are kept per whole column or row, as the renderer sets them
      const wholeColumn = () => {
        if (r !== 0 || rows !== 1048576 || cols !== 1) throw new Error(`fake: ${address()} is not one whole column`);
        return c + 1;
      };
      const wholeRows = () => {
        if (c !== -1) throw new Error(`fake: ${address()} is not whole rows`);
        return Array.from({ length: rows }, (_x, i) => r + i + 1);
      };
      const mergedHere = () => sheet().merges.find((m) => m.address === address().replace(/^.*!/, ""));
      Object.defineProperty(format, "wrapText", {
        set: (v: boolean) =>
          wb.enqueue(() => {
            const m = mergedHere();
            if (m) m.wrap = v;
            else if (v) sheet().wrapColumns.add(wholeColumn());
          }),
      });
      Object.defineProperty(format, "verticalAlignment", {
        set: (v: string) =>
          wb.enqueue(() => {
            if (v !== "Top") throw new Error(`fake: verticalAlignment ${v}`);
            const m = mergedHere();
            if (m) m.top = true;
            else if (c === -1) for (const row of wholeRows()) sheet().topRows.add(row);
            else sheet().topColumns.add(wholeColumn());
          }),
      });
      Object.defineProperty(format, "rowHeight", {
        set: (v: number) => wb.enqueue(() => wholeRows().forEach((row) => sheet().rowHeights.set(row, v))),
      });
      range.format = format;
      const dv = {};
      Object.defineProperty(dv, "rule", {
        set: (v: Record<string, { source?: string; formula1?: unknown; formula2?: unknown }>) =>
          wb.enqueue(() =>
            eachCell((cell) => {
              const [kind, x] = Object.entries(v)[0];
              cell.validation = kind === "list" ? x.source : `${kind}:${String(x.formula1)}..${String(x.formula2)}`;
            }),
          ),
      });
      Object.defineProperty(dv, "errorAlert", {
        set: (v: { message: string }) => wb.enqueue(() => eachCell((cell) => (cell.validationMessage = v.message))),
      });
      range.dataValidation = dv;
      Object.defineProperty(range, "rowHidden", {
        set: (v: boolean) =>
          wb.enqueue(() => {
            for (let i = 0; i < rows; i++) if (v) sheet().hiddenRows.add(r + i + 1);
          }),
      });
      range.merge = (across: boolean) => {
        wb.call();
        if (across) throw new Error("fake: merge across");
        wb.enqueue(() => sheet().merges.push({ address: address().replace(/^.*!/, "") }));
      };
      range.group = (by: string) => {
        wb.call();
        if (by !== "ByRows") throw new Error(`fake: group ${by}`);
        wb.enqueue(() => sheet().groupedRows.push(`${r + 1}:${r + rows}`));
      };
      range.conditionalFormats = {
        add: (type: string) => {
          wb.call();
          if (type !== "Custom") throw new Error(`fake: conditional format ${type}`);
          const entry: { address: string; formula: string; fill?: string } = { address: address(), formula: "" };
          wb.enqueue(() => sheet().conditionalFormats.push(entry));
          const rule = {};
          Object.defineProperty(rule, "formula", { set: (v: string) => wb.enqueue(() => (entry.formula = v)) });
          const fill = {};
          Object.defineProperty(fill, "color", { set: (v: string) => wb.enqueue(() => (entry.fill = v)) });
          const font = {};
          Object.defineProperty(font, "color", { set: () => wb.call() });
          Object.defineProperty(font, "bold", { set: () => wb.call() });
          return { custom: { rule, format: { fill, font } } };
        },
      };
      range.__address = address;
      return range as unknown as Excel.Range;
    };

    const worksheetOf = (nameRef: { name: string }): Excel.Worksheet => {
      const ws: Record<string, unknown> = {
        getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => {
          wb.call();
          return rangeOf(() => nameRef.name, r, c, rows, cols);
        },
        getRange: (address: string) => {
          wb.call();
          const [r, c, rows, cols] = parseAddress(address);
          return rangeOf(() => nameRef.name, r, c, rows, cols);
        },
        getUsedRange: () => {
          wb.call();
          const s = wb.sheet(nameRef.name);
          let maxR = 0;
          let maxC = 0;
          for (const k of s?.cells.keys() ?? []) {
            const [r, c] = parseAddress(k);
            maxR = Math.max(maxR, r);
            maxC = Math.max(maxC, c);
          }
          return rangeOf(() => nameRef.name, 0, 0, maxR + 1, maxC + 1);
        },
        activate: () => wb.enqueue(() => (wb.active = nameRef.name)),
        verticalPageBreaks: {
          add: (at: string) => {
            wb.call();
            wb.enqueue(() => {
              const l = wb.sheet(nameRef.name)!.pageLayout;
              l.verticalBreaks = [...(l.verticalBreaks ?? []), at];
            });
          },
        },
        horizontalPageBreaks: {
          add: (at: string) => {
            wb.call();
            wb.enqueue(() => {
              const l = wb.sheet(nameRef.name)!.pageLayout;
              l.horizontalBreaks = [...(l.horizontalBreaks ?? []), at];
            });
          },
        },
        pageLayout: (() => {
          const pl = {};
          Object.defineProperty(pl, "orientation", {
            set: (v: string) => wb.enqueue(() => (wb.sheet(nameRef.name)!.pageLayout.orientation = v)),
          });
          Object.defineProperty(pl, "zoom", {
            set: (v: unknown) => wb.enqueue(() => (wb.sheet(nameRef.name)!.pageLayout.zoom = v)),
          });
          Object.defineProperty(pl, "printOrder", {
            set: (v: string) => wb.enqueue(() => (wb.sheet(nameRef.name)!.pageLayout.printOrder = v)),
          });
          const layout = () => wb.sheet(nameRef.name)!.pageLayout;
          const method = (apply: (v: string) => void) => (v: string) => {
            wb.call();
            wb.enqueue(() => apply(v));
          };
          Object.assign(pl, {
            setPrintArea: method((v) => (layout().printArea = v)),
            setPrintTitleRows: method((v) => (layout().titleRows = v)),
            setPrintTitleColumns: method((v) => (layout().titleColumns = v)),
          });
          const hf = {};
          for (const k of ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"])
            Object.defineProperty(hf, k, {
              set: (v: string) =>
                wb.enqueue(() => {
                  const l = layout();
                  l.headerFooter = { ...(l.headerFooter ?? {}), [k]: v };
                }),
            });
          Object.assign(pl, { headersFooters: { defaultForAllPages: hf } });
          return pl;
        })(),
        delete: () => wb.enqueue(() => (wb.sheet(nameRef.name)!.deleted = true)),
        protection: { protect: () => wb.enqueue(() => (wb.sheet(nameRef.name)!.protected = true)) },
        freezePanes: {
          freezeAt: (range: Excel.Range) =>
            wb.enqueue(
              () => (wb.sheet(nameRef.name)!.frozen = (range as unknown as { __address: () => string }).__address()),
            ),
          freezeRows: (n: number) => wb.enqueue(() => (wb.sheet(nameRef.name)!.frozen = `rows:${n}`)),
          freezeColumns: (n: number) => wb.enqueue(() => (wb.sheet(nameRef.name)!.frozen = `columns:${n}`)),
        },
        tables: {
          add: (address: string) => {
            const t: Record<string, unknown> = {};
            const entry = { name: "", address, style: undefined as string | undefined };
            wb.enqueue(() => wb.sheet(nameRef.name)!.tables.push(entry));
            Object.defineProperty(t, "name", { set: (v: string) => wb.enqueue(() => (entry.name = v)) });
            Object.defineProperty(t, "style", { set: (v: string) => wb.enqueue(() => (entry.style = v)) });
            return t;
          },
        },
        charts: {
          add: (type: string, source: Excel.Range) => {
            const entry = {
              type,
              title: "",
              series: [
                { name: "", values: (source as unknown as { __address: () => string }).__address() },
              ] as FakeSheet["charts"][number]["series"],
              position: undefined as [string, string] | undefined,
            };
            wb.enqueue(() => wb.sheet(nameRef.name)!.charts.push(entry));
            const seriesObj = (s: FakeSheet["charts"][number]["series"][number]) => {
              const o: Record<string, unknown> = {
                setValues: (rg: Excel.Range) =>
                  wb.enqueue(() => (s.values = (rg as unknown as { __address: () => string }).__address())),
                setXAxisValues: (rg: Excel.Range) =>
                  wb.enqueue(() => (s.categories = (rg as unknown as { __address: () => string }).__address())),
              };
              Object.defineProperty(o, "name", { set: (v: string) => wb.enqueue(() => (s.name = v)) });
              return o;
            };
            const title = {};
            Object.defineProperty(title, "text", { set: (v: string) => wb.enqueue(() => (entry.title = v)) });
            return {
              title,
              series: {
                getItemAt: (i: number) => {
                  wb.call();
                  return seriesObj(entry.series[i]);
                },
                add: (name: string) => {
                  const s = { name };
                  wb.enqueue(() => entry.series.push(s));
                  return seriesObj(s);
                },
              },
              setPosition: (a: string, b: string) => wb.enqueue(() => (entry.position = [a, b])),
            };
          },
        },
      };
      Object.defineProperty(ws, "name", { get: () => nameRef.name, enumerable: true });
      return ws as unknown as Excel.Worksheet;
    };

    const collection = <T extends object>(items: () => T[]) => {
      const col: Record<string, unknown> = { load: () => wb.read(() => wb.loaded.add(col)) };
      return wb.guard(col, { items });
    };

    const worksheets = collection(() => wb.sheets.filter((s) => !s.deleted).map((s) => ({ name: s.name })));
    Object.assign(worksheets, {
      add: (name: string) => {
        const ref = { name };
        wb.enqueue(() => {
          if (wb.sheet(name)) throw new FakeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
          wb.sheets.push(wb.newSheet(name));
        });
        return worksheetOf(ref);
      },
      getItem: (name: string) => {
        wb.call();
        return worksheetOf({ name });
      },
      getItemOrNullObject: (name: string) => {
        wb.call();
        const ws = worksheetOf({ name }) as unknown as Record<string, unknown>;
        ws.load = () => wb.read(() => wb.loaded.add(ws));
        return wb.guard(ws, { isNullObject: () => !wb.sheet(name) }) as unknown as Excel.Worksheet;
      },
      getActiveWorksheet: () => {
        wb.call();
        return worksheetOf({ name: wb.active });
      },
    });
    const names = collection(() => wb.names.map((n) => ({ name: n.name })));
    Object.assign(names, {
      add: (name: string, range: Excel.Range, comment?: string) =>
        wb.enqueue(() => {
          if (wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
            throw new FakeError("ItemAlreadyExists", `Name ${name} exists.`);
          const a = (range as unknown as { __address: () => string }).__address();
          const [sheet, address] = a.split("!");
          wb.names.push({ name, sheet, address, comment });
        }),
      getItemOrNullObject: (name: string) => {
        wb.call();
        const n: Record<string, unknown> = {
          load: () => wb.read(() => wb.loaded.add(n)),
          delete: () => wb.enqueue(() => (wb.names = wb.names.filter((x) => x.name !== name))),
        };
        return wb.guard(n, { isNullObject: () => !wb.names.some((x) => x.name === name) });
      },
    });
    const tables = collection(() =>
      wb.sheets.filter((s) => !s.deleted).flatMap((s) => s.tables.map((t) => ({ name: t.name }))),
    );

    const notes = {
      getItemOrNullObject: (address: string) => {
        wb.call();
        const n: Record<string, unknown> = { load: () => wb.read(() => wb.loaded.add(n)) };
        wb.guard(n, { isNullObject: () => !wb.notes.has(address), content: () => wb.notes.get(address) ?? "" });
        const get = Object.getOwnPropertyDescriptor(n, "content")!.get!;
        Object.defineProperty(n, "content", {
          get,
          set: (v: string) => wb.enqueue(() => wb.notes.set(address, v)),
        });
        return n;
      },
      add: (address: string, content: string) => wb.enqueue(() => wb.notes.set(address, content)),
    };
    const comments = {
      add: (address: string, content: string) => wb.enqueue(() => wb.comments.set(address, content)),
    };

    return {
      workbook: {
        worksheets,
        names,
        tables,
        notes,
        comments,
        getSelectedRange: () => {
          wb.call();
          const sel = wb.selection ?? { sheet: wb.active, address: "A1" };
          const [r, c, rows, cols] = parseAddress(sel.address);
          return rangeOf(() => sel.sheet, r, c, rows, cols);
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          wb.call();
          wb.calculationSuspended++;
        },
      },
      sync,
    } as unknown as Excel.RequestContext;
  }
}
