import { readFileSync } from "fs";
import { compute, buildReport, validateCase, METHOD_VERSION, type Issue } from "../engine";
import { renderText } from "./text";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const USAGE = `Användning:
  socinv calc <kalkyl.json> [--json]   räkna ut resultaträkning, prognos och perspektiv
  socinv validate <kalkyl.json>        kontrollera en kalkylfil
  socinv --version                     visa version
  socinv --help                        visa denna hjälp

Slutkoder: 0 klart, 1 ogiltig kalkyl eller oläsbar fil, 2 felaktig användning.
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

class UsageError extends Error {}
class InputError extends Error {}

interface Parsed {
  command: string;
  file: string;
  json: boolean;
}

function parseArgs(argv: string[]): Parsed | "help" | "version" {
  if (argv.length === 0) throw new UsageError("ange ett kommando");
  if (argv.includes("--help") || argv.includes("-h")) return "help";
  if (argv[0] === "--version" || argv[0] === "-v") return "version";
  const [command, ...rest] = argv;
  if (command !== "calc" && command !== "validate") throw new UsageError(`okänt kommando '${command}'`);
  let json = false;
  const files: string[] = [];
  for (const arg of rest) {
    if (arg === "--json" && command === "calc") json = true;
    else if (arg.startsWith("-")) throw new UsageError(`okänd flagga '${arg}' för ${command}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(`${command} tar exakt en kalkylfil (fick ${files.length})`);
  return { command, file: files[0], json };
}

/** Reads a case file as data only: JSON.parse, never require/import. */
export function readCaseFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
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
    throw new InputError(`${file}: ${why}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    let where = "";
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      const line = before.split("\n").length;
      const col = pos - before.lastIndexOf("\n");
      where = ` på rad ${line}, kolumn ${col}`;
    }
    throw new InputError(`${file}: ogiltig JSON${where} (${msg})`);
  }
}

function issuesText(file: string, issues: Issue[]): string {
  const head = `${file}: ${issues.length} ${issues.length === 1 ? "fel" : "fel"} i kalkylen`;
  return [head, ...issues.map((i) => `  ${i.path}: ${i.message}`)].join("\n") + "\n";
}

export function run(argv: string[], io: Io): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
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
    const raw = readCaseFile(parsed.file);
    const v = validateCase(raw);
    if (!v.ok) {
      io.err(issuesText(parsed.file, v.errors));
      return 1;
    }
    const c = v.case;
    if (parsed.command === "validate") {
      const perSuccess = c.lines.filter((l) => l.basis === "perSuccess").length;
      io.out(
        `${parsed.file}: giltig kalkyl "${c.title}" (prisår ${c.priceYear}): ${c.actors.length} aktörer, ` +
          `${c.lines.length} poster (${perSuccess} per person), horisont ${c.assumptions.horizon} år\n`,
      );
      return 0;
    }
    const comp = compute(c);
    io.out(parsed.json ? JSON.stringify(buildReport(comp), null, 2) + "\n" : renderText(comp));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`socinv: ${e.message}\n`);
      return 1;
    }
    io.err(`socinv: internt fel: ${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
}
