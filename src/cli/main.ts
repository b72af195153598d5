import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, resolve } from "path";
import {
  catalogue,
  compute,
  buildReport,
  searchCatalogue,
  compareCases,
  decodeCaseBytes,
  parseCaseJson,
  placeOf,
  validateCase,
  CaseError,
  METHOD_VERSION,
  SocinvError,
  isSocinvError,
  type Case,
  type Issue,
} from "../engine";
import { renderAnalyses, renderCompare, renderText } from "./text";
import { renderCatalogue } from "./prices-text";
import { fundCommand } from "./fund";
import { buildWorkbook, layout } from "../template";
import { writeXlsx } from "../xlsx/render";
import { koladaFetch, koladaSearch, parseKoladaArgs } from "./kolada";
import { indexFetch, parseIndexArgs } from "./scb-index";
import { netSettings } from "./net/http";
import { caseHashFinding } from "../template/verify";
import { verifyCommand } from "./verify";
import { readWorkbookFile, revisionText } from "./workbook-file";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** The environment for the network settings (SOCINV_KOLADA_URL, …); process.env when absent. */
  env?: Record<string, string | undefined>;
}

export const USAGE = `Användning:
  socinv calc <kalkyl.json> [--json]   räkna ut resultaträkning, prognos och perspektiv
  socinv validate <kalkyl.json>        kontrollera en kalkylfil
  socinv workbook <kalkyl.json> -o <fil.xlsx>
                                       skriv arbetsboken (resultaträkning, prognos, känslighet,
                                       återföring, omfördelning, uppföljning, poster, antaganden,
                                       metod, revision) med Excels egna formler
  socinv compare <a.json> <b.json> [--json | -o <fil.xlsx>]
                                       jämför två alternativ för samma målgrupp per aktör och år;
                                       med -o skrivs jämförelsen som arbetsbok (bladet Jämförelse,
                                       A:s blad och B:s poster, antaganden och prognos)
  socinv extract <arbetsbok.xlsx> [-o <kalkyl.json>] [--force]
                                       läs ut kalkylen ur en arbetsboks Revision-blad; vägrar en
                                       kalkyltext vars SHA-256 inte är den Revision anger
                                       (--force: läs ut ändå, med en varning)
  socinv verify <arbetsbok.xlsx>       granska en arbetsbok: kalkyltextens SHA-256, varje indata
                                       mot kalkylen och varje resultat mot motorn; slutkod 1 när
                                       något skiljer
  socinv fond <portfolj.json> [--json | -o <fil.xlsx>]
                                       en social investeringsfond och dess projekt: fondens saldo
                                       per år, utbetalningar och återföring, projekten rangordnade
                                       och vem som vinner över alla projekt; med -o som arbetsbok
  socinv catalogue [--json] [--sok <text>]
                                       visa den inbyggda katalogen av kalkylvärden med källor
  socinv kolada sok <text> [--json]    sök nyckeltal i Kolada (RKA) efter titel; hämtar över nätet
  socinv kolada hamta <KPI> --kommun <namn eller kod> [--ar 2021-2024]
                       [--jamfor <kommuner eller grupper>] [--json]
                                       nyckeltalets värden per kommun och år (totalt, kvinnor, män)
                       [--till-fall <kalkyl.json> --som <id> [--enhet <enhet>]]
                                       lägg värdet som kalkylvärde i kalkylen, med källa och datum
  socinv index hamta [-o <kpi.json>]   hämta KPI (1980=100) ur SCB:s statistikdatabas som årsmedel,
                                       i den form kalkylens priceIndex tar
                                       (kolada och index: --cache <mapp>, --uppdatera; adresser i
                                       SOCINV_KOLADA_URL, SOCINV_SCB_URL; se docs/statistik.md)
  socinv --version                     visa version
  socinv --help                        visa denna hjälp

Slutkoder: 0 klart, 1 ogiltig kalkyl, oläsbar fil eller (verify) en arbetsbok som avviker,
2 felaktig användning.
`;

export const VERSION: string = (() => {
  try {
    // dist/cli/main.js → ../../package.json
    const pkg = JSON.parse(readFileSync(`${__dirname}/../../package.json`, "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
})();

/** The command line was used wrongly (exit code 2, the usage follows the message). */
const usage = (message: string) => new SocinvError("usage", message);
/** A file could not be read or written, or is no case (exit code 1). */
const badInput = (message: string) => new SocinvError("invalid-input", message);

interface Args {
  command: string;
  kolada?: ReturnType<typeof parseKoladaArgs>;
  index?: ReturnType<typeof parseIndexArgs>;
  file: string;
  second?: string;
  json: boolean;
  force?: boolean;
  output?: string;
  search?: string;
}

function parseCatalogueArgs(rest: string[]): Args {
  const p: Args = { command: "catalogue", file: "", json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--json") p.json = true;
    else if (arg === "--sok" || arg === "--sök" || arg === "--search") {
      p.search = rest[++i];
      if (p.search === undefined || p.search.startsWith("-")) throw usage(`${arg} behöver en text att söka efter`);
    } else if (arg.startsWith("-")) throw usage(`okänd flagga '${arg}' för catalogue`);
    else throw usage(`catalogue tar ingen fil (fick '${arg}')`);
  }
  return p;
}

function parseArgs(argv: string[]): Args | "help" | "version" {
  if (argv.length === 0) throw usage("ange ett kommando");
  if (argv.includes("--help") || argv.includes("-h")) return "help";
  if (argv[0] === "--version" || argv[0] === "-v") return "version";
  const [command, ...rest] = argv;
  if (
    !["calc", "validate", "workbook", "extract", "verify", "compare", "catalogue", "fond", "kolada", "index"].includes(
      command,
    )
  )
    throw usage(`okänt kommando '${command}'`);
  if (command === "kolada") return { command, file: "", json: false, kolada: parseKoladaArgs(rest) };
  if (command === "index") return { command, file: "", json: false, index: parseIndexArgs(rest) };
  if (command === "catalogue") return parseCatalogueArgs(rest);
  let json = false;
  let force = false;
  let output: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--json" && (command === "calc" || command === "compare" || command === "fond")) json = true;
    else if (arg === "--force" && command === "extract") force = true;
    else if ((arg === "-o" || arg === "--output") && ["workbook", "extract", "compare", "fond"].includes(command)) {
      output = rest[++i];
      if (output === undefined || output.startsWith("-")) throw usage(`${arg} behöver ett filnamn`);
    } else if (arg.startsWith("-")) throw usage(`okänd flagga '${arg}' för ${command}`);
    else files.push(arg);
  }
  if (command === "compare") {
    if (files.length !== 2) throw usage(`compare tar exakt två kalkylfiler (fick ${files.length})`);
    if (json && output !== undefined) throw usage("compare tar antingen --json eller -o, inte båda");
    checkXlsx(output);
    return { command, file: files[0], second: files[1], json, ...(output === undefined ? {} : { output }) };
  }
  const what =
    command === "extract" || command === "verify" ? "arbetsbok" : command === "fond" ? "portföljfil" : "kalkylfil";
  if (files.length !== 1) throw usage(`${command} tar exakt en ${what} (fick ${files.length})`);
  if (command === "workbook" && output === undefined) throw usage("workbook behöver -o <fil.xlsx>");
  if (command === "workbook" || command === "fond") checkXlsx(output);
  if (command === "fond" && json && output !== undefined) throw usage("fond tar antingen --json eller -o, inte båda");
  return { command, file: files[0], json, output, ...(force ? { force } : {}) };
}

function checkXlsx(output: string | undefined): void {
  if (output !== undefined && !/\.xlsx$/i.test(output)) throw usage(`-o ${output}: filnamnet ska sluta på .xlsx`);
}

/** Reads a case file as data only (never require/import): UTF-8 or Windows-1252, said so on stderr. */
export function readCaseFile(file: string, io?: Io): unknown {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "filen finns inte"
        : code === "EISDIR"
          ? "det är en mapp"
          : code === "EACCES"
            ? "åtkomst nekad"
            : "kunde inte läsas";
    throw badInput(`${file}: ${why}`);
  }
  try {
    const decoded = decodeCaseBytes(bytes);
    if (decoded.note) io?.err(`socinv: ${file}: ${decoded.note}\n`);
    return parseCaseJson(decoded.text);
  } catch (e) {
    if (isSocinvError(e)) throw badInput(`${file}: ${e.message}`);
    throw e;
  }
}

function issuesText(file: string, issues: readonly Issue[]): string {
  const head = `${file}: ${issues.length} ${issues.length === 1 ? "fel" : "fel"} i kalkylen`;
  // one form on every surface: "Post 4, Till år: …", with the file's own path for the editor
  const line = (i: Issue) => {
    if (!i.path) return `  ${i.message}`;
    const place = placeOf(i.path);
    return place === i.path ? `  ${i.path}: ${i.message}` : `  ${place} (${i.path}): ${i.message}`;
  };
  return [head, ...issues.map(line)].join("\n") + "\n";
}

/**
 * Reads the canonical case out of a workbook's Revision sheet. A case text whose SHA-256 is not
 * the one Revision gives was edited after the workbook was made: refused, or with `force` a warning.
 */
async function extractCase(file: string, force: boolean, io: Io): Promise<string> {
  const rev = revisionText(await readWorkbookFile(file), file);
  const changed = caseHashFinding(rev.caseText, rev.hash);
  if (changed && !force)
    throw badInput(`${file}: ${changed.message} Kalkylen läses inte ut; med --force läses den ut ändå.`);
  if (changed) io.err(`socinv: varning: ${file}: ${changed.message}\n`);
  return rev.caseText;
}

/** Validates a case file; prints its issues and returns undefined when it is invalid. */
function loadCase(file: string, io: Io): Case | undefined {
  const v = validateCase(readCaseFile(file, io));
  if (!v.ok) {
    io.err(issuesText(file, v.errors));
    return undefined;
  }
  return v.case;
}

async function extractCommand(p: Args, io: Io): Promise<number> {
  const json = await extractCase(p.file, p.force === true, io);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw badInput(`${p.file}: kalkyltexten på Revision är ingen giltig JSON`);
  }
  const pretty = JSON.stringify(parsed, null, 2) + "\n";
  if (p.output) {
    mkdirSync(dirname(resolve(p.output)), { recursive: true });
    writeFileSync(p.output, pretty);
    io.out(`${p.output}: kalkylen ur ${p.file}\n`);
  } else io.out(pretty);
  return 0;
}

function compareCommand(p: Args, io: Io): number | Promise<number> {
  const a = loadCase(p.file, io);
  const b = loadCase(p.second!, io);
  if (!a || !b) return 1;
  if (p.output) {
    const build = () => {
      // a case the workbook cannot hold is named by its own file: B's before the whole is built
      try {
        layout(b);
      } catch (e) {
        if (isSocinvError(e) && e.code === "template") throw badInput(`${p.second}: ${e.message}`);
        throw e;
      }
      return buildWorkbook(a, { addinVersion: VERSION, alternative: b });
    };
    return writeWorkbook(p.output, p.file, build, io);
  }
  const r = compareCases(a, b);
  io.out(p.json ? JSON.stringify(r, null, 2) + "\n" : renderCompare(a, b, r));
  return 0;
}

function validateCommand(p: Args, c: Case, io: Io): number {
  const perSuccess = c.lines.filter((l) => l.basis === "perSuccess").length;
  io.out(
    `${p.file}: giltig kalkyl "${c.title}" (prisår ${c.priceYear}): ${c.actors.length} aktörer, ` +
      `${c.lines.length} poster (${perSuccess} per person), horisont ${c.assumptions.horizon} år\n`,
  );
  return 0;
}

function workbookCommand(p: Args, c: Case, io: Io): Promise<number> {
  return writeWorkbook(p.output!, p.file, () => buildWorkbook(c, { addinVersion: VERSION }), io);
}

/** Builds a workbook (a template error names the case file) and writes it to `out`. */
async function writeWorkbook(
  out: string,
  file: string,
  build: () => ReturnType<typeof buildWorkbook>,
  io: Io,
): Promise<number> {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  let model: ReturnType<typeof buildWorkbook>;
  try {
    model = build();
  } catch (e) {
    if (isSocinvError(e) && e.code === "template") throw badInput(`${file}: ${e.message}`);
    throw e;
  }
  try {
    await writeXlsx(model, out);
  } catch (e) {
    throw badInput(`${out}: kunde inte skrivas (${(e as Error).message})`);
  }
  io.out(`${out}: ${model.sheets.map((s) => s.name).join(", ")}\n`);
  return 0;
}

function calcCommand(p: Args, c: Case, io: Io): number {
  const comp = compute(c);
  let report: ReturnType<typeof buildReport>;
  try {
    report = buildReport(comp);
  } catch (e) {
    if (e instanceof CaseError) {
      io.err(issuesText(p.file, e.issues));
      return 1;
    }
    throw e;
  }
  io.out(p.json ? JSON.stringify(report, null, 2) + "\n" : renderText(comp) + "\n" + renderAnalyses(c, report));
  return 0;
}

function catalogueCommand(p: Args, io: Io): number {
  const cat = catalogue();
  const entries = p.search === undefined ? [...cat.entries] : searchCatalogue(p.search);
  io.out(
    p.json
      ? JSON.stringify({ version: cat.version, date: cat.date, entries }, null, 2) + "\n"
      : renderCatalogue(cat, entries, p.search),
  );
  return 0;
}

/** `kolada` and `index`: the only commands that use the network, and only when run. */
function networkCommand(p: Args, io: Io): Promise<number> {
  const env = io.env ?? process.env;
  const flags = p.kolada ?? p.index!;
  const s = netSettings(env, { cacheDir: flags.cacheDir, refresh: flags.refresh });
  if (p.index) return indexFetch(p.index, s, io);
  const k = p.kolada!;
  const kio = { ...io, read: (f: string) => readCaseFile(f, io) };
  return k.sub === "sok" ? koladaSearch(k, s, kio) : koladaFetch(k, s, kio);
}

async function runCommand(p: Args, io: Io): Promise<number> {
  if (p.command === "kolada" || p.command === "index") return networkCommand(p, io);
  if (p.command === "catalogue") return catalogueCommand(p, io);
  if (p.command === "extract") return extractCommand(p, io);
  if (p.command === "verify") return verifyCommand(p.file, io);
  if (p.command === "compare") return compareCommand(p, io);
  if (p.command === "fond")
    return fundCommand(p.file, { json: p.json, output: p.output, version: VERSION }, { ...io, read: readCaseFile });
  const c = loadCase(p.file, io);
  if (!c) return 1;
  if (p.command === "validate") return validateCommand(p, c, io);
  if (p.command === "workbook") return workbookCommand(p, c, io);
  return calcCommand(p, c, io);
}

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    if (e instanceof SocinvError && e.code === "usage") {
      io.err(`socinv: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (parsed === "help") {
    io.out(USAGE);
    return 0;
  }
  if (parsed === "version") {
    io.out(`socinv ${VERSION} (metod version ${METHOD_VERSION})\n`);
    return 0;
  }
  try {
    return await runCommand(parsed, io);
  } catch (e) {
    if (e instanceof SocinvError && e.code === "invalid-input") {
      io.err(`socinv: ${e.message}\n`);
      return 1;
    }
    io.err(`socinv: internt fel: ${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  }).then((code) => (process.exitCode = code));
}
