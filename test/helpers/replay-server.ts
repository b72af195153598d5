import { readFileSync, readdirSync } from "fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "http";
import type { AddressInfo } from "net";
import { join } from "path";
import { ROOT } from "./cases";

/**
 * A local replay server for Kolada and SCB: answers kept in test/fixtures/{kolada,scb}/*.json,
 * served on 127.0.0.1 at a random port under /<dir>/<file>/… (e.g. /kolada/trelleborg/kpi/N90001).
 * Each fixture file lists exchanges { method, path, status, body | raw | hang }; "{BASE}" in a
 * body is replaced by the scenario's own address (for next_page). Tests never touch the internet.
 */

interface Exchange {
  method?: "GET" | "POST";
  /** Path and query after the scenario's address, or "*" for every request. */
  path: string;
  status?: number;
  body?: unknown;
  raw?: string;
  hang?: boolean;
}

interface Fixture {
  note: string;
  exchanges: Exchange[];
}

export interface Replay {
  /** The address of a scenario: `${url}/kolada/trelleborg`. */
  url: string;
  base: (scenario: string) => string;
  /** Every request seen: method, path (with query) and body. */
  requests: { method: string; path: string; body: string }[];
  close: () => Promise<void>;
}

function loadFixtures(): Map<string, Fixture> {
  const out = new Map<string, Fixture>();
  for (const dir of ["kolada", "scb"]) {
    const d = join(ROOT, "test", "fixtures", dir);
    for (const f of readdirSync(d).filter((x) => x.endsWith(".json"))) {
      const fx = JSON.parse(readFileSync(join(d, f), "utf8")) as Fixture;
      if (typeof fx.note !== "string" || !Array.isArray(fx.exchanges))
        throw new Error(`${dir}/${f}: no note or exchanges`);
      out.set(`${dir}/${f.replace(/\.json$/, "")}`, fx);
    }
  }
  return out;
}

export async function startReplay(): Promise<Replay> {
  const fixtures = loadFixtures();
  const requests: Replay["requests"] = [];
  const hanging: ServerResponse[] = [];
  let origin = "";
  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    // the taskpane's browser tests ask from another origin (CORS, as a browser does): allowed, not recorded
    res.setHeader("access-control-allow-origin", "*");
    if (req.method === "OPTIONS") {
      res
        .writeHead(204, { "access-control-allow-methods": "GET, POST", "access-control-allow-headers": "content-type" })
        .end();
      return;
    }
    const url = decodeURIComponent(req.url ?? "/");
    requests.push({ method: req.method ?? "", path: url, body });
    const [, dir, name, ...rest] = url.split("/");
    const scenario = `${dir}/${name}`;
    const fx = fixtures.get(scenario);
    const path = "/" + rest.join("/");
    const ex = fx?.exchanges.find(
      (e) => (e.path === "*" || e.path === path) && (e.method === undefined || e.method === req.method),
    );
    if (!ex) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`no fixture for ${req.method} ${url}`);
      return;
    }
    if (ex.hang) {
      hanging.push(res);
      return;
    }
    const text = ex.raw ?? JSON.stringify(ex.body).split("{BASE}").join(`${origin}/${scenario}`);
    res
      .writeHead(ex.status ?? 200, { "content-type": ex.raw === undefined ? "application/json" : "text/plain" })
      .end(text);
  };
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => handle(req, res, body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    base: (scenario) => `${origin}/${scenario}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        for (const h of hanging) h.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** An address on 127.0.0.1 where nothing listens (a port opened and closed again). */
export async function deadAddress(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}
