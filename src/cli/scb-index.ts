import { mkdirSync } from "fs";
import { dirname, resolve } from "path";
import { SocinvError } from "../engine";
import { KPI_BASE, KPI_TABLE, fetchKpiSeries } from "../services/statistics";
import { requestJson, type NetSettings } from "./net/http";
import { writeWhole } from "./kolada";

/**
 * `socinv index hamta`: SCB's KPI (1980=100, fastställda tal) from the statistical database's
 * PxWeb API v1: GET the table's metadata, POST a query for every month of the 1980=100 series,
 * average each complete calendar year. Nothing but the query (table, contents code, format) is sent.
 */

export { KPI_BASE, KPI_TABLE };

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

export async function indexFetch(
  p: { output?: string },
  s: NetSettings,
  io: { out: (s: string) => void; err: (s: string) => void },
): Promise<number> {
  const { index, years, incomplete, read } = await fetchKpiSeries(s.scbUrl, (service, req, parse) =>
    requestJson(service, s, req, parse, io.err),
  );
  const text = JSON.stringify(index, null, 2) + "\n";
  const summary =
    `KPI ${KPI_BASE}: årsmedel ${years[0]}–${years[years.length - 1]} (${years.length} år) ur SCB, svar från ${read}` +
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
