import JSZip from "jszip";
import { unzipSync } from "fflate";
import { Package, zipPackage } from "../../src/xlsx/zip";

/** The .xlsx container: every part comes back byte for byte, in the order it was written. */

function samplePackage(): Package {
  const pkg = new Package();
  pkg.append('<?xml version="1.0"?><Types/>', { name: "[Content_Types].xml" });
  pkg.append(Buffer.from("binär del åäö").toString("base64"), { name: "xl/media/bild.bin", base64: true });
  pkg.file("xl/worksheets/sheet1.xml", "<worksheet>" + "<c>1 234 kr</c>".repeat(5000) + "</worksheet>");
  pkg.file("xl/empty.xml", "");
  return pkg;
}

describe("zipPackage", () => {
  test("every part comes back unchanged and in order (fflate and JSZip read it)", async () => {
    const pkg = samplePackage();
    const buf = await zipPackage(pkg);
    const parts = unzipSync(new Uint8Array(buf));
    expect(Object.keys(parts)).toEqual(pkg.names);
    for (const name of pkg.names) {
      const want = await pkg.file(name)!.async("nodebuffer");
      expect(Buffer.from(parts[name]).equals(want)).toBe(true);
    }
    const zip = await JSZip.loadAsync(buf);
    expect(await zip.file("xl/media/bild.bin")!.async("string")).toBe("binär del åäö");
  });

  test("parts are deflated (method 8), not stored", async () => {
    const buf = await zipPackage(samplePackage());
    expect(buf.length).toBeLessThan(5000); // the sheet alone is 75 000 bytes uncompressed
    // local header of the first part: signature, then the compression method at offset 8
    expect(buf.readUInt32LE(0)).toBe(0x04034b50);
    expect(buf.readUInt16LE(8)).toBe(8);
  });
});
