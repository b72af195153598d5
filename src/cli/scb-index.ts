import { mkdirSync } from "fs";
import { dirname, resolve } from "path";
import { SocinvError } from "../engine";
import { annualAverages, kpiPriceIndex, kpiQuery, parsePxData, parsePxMetadata } from "../engine/statistics/pxweb";
import { requestJson, type NetSettings } from "./net/http";
import { writeWhole } from "./kolada";

/**
 * `socinv index hamta`: SCB's KPI (1980=100, fastställda tal) from the statistical database's
 * PxWeb API v1: GET the table's metadata, POST a query for every month of the 1980=100 series,
 * average each complete calendar year. Nothing but the query (table, contents code, format) is sent.
 */

export const KPI_TABLE = "PR/PR0101/PR0101A/KPItotM";
export const KPI_BASE = "1980=100";

const usage = (m: string) => new SocinvError("usage", m);

export function parseIndexArgs(rest: string[]): { output?: string; cacheDir?: string; refresh: boolean } {
  const [sub, ...args] = rest;
  if (sub !== "hamta" && sub !== "hämta") throw usage(`index tar 'hamta' (fick '${sub ?? ""}')`);
  const p: { output?: string; cacheDir?: string; refresh: boolean } = { refresh: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith("-")) throw usage(`${a} behöver ett värde`);
      return v;
    };
    if (a === "-o" || a === "--output") p.output = value();
    else if (a === "--cache") p.cacheDir = value();
    else if (a === "--uppdatera") p.refresh = true;
    else if (a.startsWith("-")) throw usage(`okänd flagga '${a}' för index hamta`);
    else throw usage(`index hamta tar ingen fil (fick '${a}'); ange -o <fil.json>`);
  }
  if (p.output !== undefined && !/\.json$/i.test(p.output)) throw usage(`-o ${p.output}: filnamnet ska sluta på .json`);
  return p;
}

/** A shape SCB's answer should not have: said as such, with nothing written. */
function scbShape<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SocinvError)
      throw new SocinvError("invalid-input", `SCB svarade något oväntat (${e.message}); inget har ändrats`);
    throw e;
  }
}

export async function indexFetch(
  p: { output?: string },
  s: NetSettings,
  io: { out: (s: string) => void; err: (s: string) => void },
): Promise<number> {
  const url = `${s.scbUrl}/${KPI_TABLE}`;
  const meta = await requestJson("SCB", s, { url }, parsePxMetadata, io.err);
  const q = scbShape(() => kpiQuery(meta.value, KPI_BASE));
  const data = await requestJson("SCB", s, { method: "POST", url, body: q.query }, parsePxData, io.err);
  const { values, incomplete } = annualAverages(data.value);
  const years = Object.keys(values);
  if (years.length === 0)
    throw new SocinvError("invalid-input", "SCB:s svar innehåller inget helt år med tolv månadstal; inget har ändrats");
  const index = scbShape(() =>
    kpiPriceIndex(values, { title: meta.value.title, contents: q.contents, url, read: data.read }),
  );
  const text = JSON.stringify(index, null, 2) + "\n";
  const summary =
    `KPI ${KPI_BASE}: årsmedel ${years[0]}–${years[years.length - 1]} (${years.length} år) ur SCB, svar från ${data.read}` +
    (incomplete.length ? `; ${incomplete.join(", ")} utelämnat (inte alla tolv månader publicerade)` : "") +
    "\n";
  if (p.output) {
    mkdirSync(dirname(resolve(p.output)), { recursive: true });
    writeWhole(p.output, text);
    io.out(`${p.output}: ${summary}`);
  } else {
    io.err(summary);
    io.out(text);
  }
  return 0;
}
