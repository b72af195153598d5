import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { buildWorkbook, layout } from "../../src/template";
import { normalFormula, sameValue } from "../../src/template/verify";
import { writeXlsx } from "../../src/xlsx/render";
import { loadExample } from "../helpers/cases";
import { editSharedString, typeOver } from "../helpers/xlsxEdit";

/** `socinv verify` and `socinv extract` against a workbook changed in its XML, as a forger would. */
jest.setTimeout(60_000);

async function call(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), "socinv-verify-"));
const c = loadExample("arbetsmarknadskontoret.json");
const L = layout(c);
const book = join(tmp, "bokslut.xlsx");
const at = (name: string) => join(tmp, name);

beforeAll(async () => {
  await writeXlsx(buildWorkbook(c, { generatedAt: new Date("2026-11-30T10:00:00Z"), addinVersion: "test" }), book);
});

describe("socinv verify", () => {
  test("a workbook as made: exit 0, the engine's figures and a Swedish verdict", async () => {
    const r = await call(["verify", book]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Arbetsboken stämmer");
    expect(r.out).toContain("Offentlig sektor: nettonuvärde");
  });

  test("a number typed over the public sector's NPV on Resultaträkning: exit 1, the cell named", async () => {
    const row = L.statement.perspectives.row.public;
    const f = at("typed-over.xlsx");
    await typeOver(book, f, "Resultaträkning", `D${row}`, 400000000);
    const r = await call(["verify", f]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Resultat som inte följer av indata (1)");
    expect(r.out).toContain(
      `Resultaträkning!D${row} följer inte av indata: formeln är borta (värdet 400 000 000 är inskrivet)`,
    );
    expect(r.out).not.toContain("Indata ändrade");
    expect(r.err).toContain("arbetsboken avviker");
  });

  test("a number typed over a cell on Känslighet is found too", async () => {
    const s = L.sensitivity;
    const row = s.scenarios[0].row;
    const f = at("sensitivity.xlsx");
    await typeOver(book, f, "Känslighet", `C${row}`, 1);
    const r = await call(["verify", f]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Känslighet!C${row} följer inte av indata`);
  });

  test("an amount changed on Poster is an input edit, told apart from results", async () => {
    const f = at("edited.xlsx");
    await typeOver(book, f, "Poster", "G2", 123456);
    const r = await call(["verify", f]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Indata ändrade sedan arbetsboken skapades (1)");
    expect(r.out).toMatch(/Poster!G2: indata ändrat från [\d ]+ till 123 456\./);
    expect(r.out).not.toContain("Resultat som inte följer av indata");
    expect(r.out).toContain("Resultatens värden jämförs inte med motorn när indata har ändrats");
  });

  test("an edited case text: its SHA-256 no longer matches; extract refuses it, or warns with --force", async () => {
    const f = at("case-edited.xlsx");
    const amount = c.lines[0].amount;
    await editSharedString(book, f, `&quot;amount&quot;:${amount}`, `&quot;amount&quot;:${amount + 1}`);
    const v = await call(["verify", f]);
    expect(v.code).toBe(1);
    expect(v.out).toContain("Kalkyltexten på Revision har ändrats efter att arbetsboken skapades");
    // the edited case no longer gives the workbook's input
    expect(v.out).toContain("Poster!G2: indata ändrat");

    const x = await call(["extract", f]);
    expect(x.code).toBe(1);
    expect(x.out).toBe("");
    expect(x.err).toContain("Kalkylen läses inte ut; med --force läses den ut ändå");

    const forced = await call(["extract", f, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.err).toContain("varning");
    expect(JSON.parse(forced.out).lines[0].amount).toBe(amount + 1);

    const clean = await call(["extract", book]);
    expect(clean.code).toBe(0);
    expect(clean.err).toBe("");
  });

  test("usage: verify takes one workbook; a missing file is exit 1 in Swedish", async () => {
    expect((await call(["verify"])).code).toBe(2);
    const r = await call(["verify", at("finns-inte.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("filen finns inte");
  });
});

describe("what verify holds equal", () => {
  test("formulas as other programs save them: quotes, spaces, TRUE()", () => {
    expect(normalFormula("=IF('Prognos'!$A$1,TRUE,\"Ja 'x'\")")).toBe(
      normalFormula("if(Prognos!$A$1, TRUE(),\"Ja 'x'\")"),
    );
    expect(normalFormula('="a"')).not.toBe(normalFormula('="A"'));
  });
  test("numbers within float noise, texts exactly, empty as empty", () => {
    expect(sameValue(1000000, 1000000.0000001)).toBe(true);
    expect(sameValue(1000000, 1000001)).toBe(false);
    expect(sameValue("", null)).toBe(true);
    expect(sameValue("OK", "Ok")).toBe(false);
  });
});

describe("socinv verify: key figures and milestones (tabell-4-3)", () => {
  const cv = loadExample("tabell-4-3.json");
  const LV = layout(cv);
  const bookV = at("tabell-4-3.xlsx");
  beforeAll(async () => {
    await writeXlsx(buildWorkbook(cv, { generatedAt: new Date("2026-11-30T10:00:00Z"), addinVersion: "test" }), bookV);
  });

  test("as made (method v3 with amounts per year): exit 0", async () => {
    const r = await call(["verify", bookV]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Arbetsboken stämmer");
  });

  test("a number typed over a key figure on Resultaträkning: exit 1, the cell named", async () => {
    const K = LV.statement.keyFigures!;
    const cellRef = `B${K.row.result}`;
    const f = at("keyfigure.xlsx");
    await typeOver(bookV, f, "Resultaträkning", cellRef, 4242);
    const r = await call(["verify", f]);
    expect(r.err).toContain("arbetsboken avviker");
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Resultaträkning!${cellRef} följer inte av indata`);
    expect(r.out).not.toContain("Indata ändrade");
  });

  test("a number typed over a milestone per perspective on Prognos: exit 1, the cell named", async () => {
    const M = LV.projection.perspectiveMilestones!;
    const col = String.fromCharCode(64 + M.col.first + 1);
    const cellRef = `${col}${M.row.public.npv}`;
    const f = at("milestone.xlsx");
    await typeOver(bookV, f, "Prognos", cellRef, 4242);
    const r = await call(["verify", f]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Prognos!${cellRef} följer inte av indata`);
  });
});
