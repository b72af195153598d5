import JSZip from "jszip";
import { readFileSync, writeFileSync } from "fs";

/**
 * Edits a generated .xlsx the way a user (or a forger) would, straight in its XML: a number
 * typed over a cell (formula gone), or a shared string changed. The file is otherwise untouched.
 */

async function sheetPath(zip: JSZip, sheet: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const esc = sheet.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const m = new RegExp(`<sheet [^>]*name="${esc.replace(/[()]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(wb);
  if (!m) throw new Error(`bladet ${sheet} finns inte`);
  const t = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels)!;
  return "xl/" + (t[1] ?? t[2]).replace(/^\/?xl\//, "");
}

/** Writes `value` as a constant over the cell `ref` (e.g. "D18") of `sheet`: formula and type gone. */
export async function typeOver(file: string, out: string, sheet: string, ref: string, value: number): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const path = await sheetPath(zip, sheet);
  const xml = await zip.file(path)!.async("string");
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
  const m = cell.exec(xml);
  if (!m) throw new Error(`${sheet}!${ref} finns inte i filen`);
  const style = /\ss="\d+"/.exec(m[1])?.[0] ?? "";
  zip.file(path, xml.replace(cell, `<c r="${ref}"${style}><v>${value}</v></c>`));
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Replaces a text in the shared strings (the case text on Revision is one). */
export async function editSharedString(file: string, out: string, from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("xl/sharedStrings.xml")!.async("string");
  if (!xml.includes(from)) throw new Error(`texten ${from} finns inte bland de delade texterna`);
  zip.file("xl/sharedStrings.xml", xml.replace(from, to));
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
