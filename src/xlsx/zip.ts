import { crc32, deflateRaw } from "zlib";
import { promisify } from "util";

const deflate = promisify(deflateRaw);

/** One part of the package. */
interface Part {
  async(type: "nodebuffer"): Promise<Buffer>;
}

/**
 * The parts of an .xlsx package in memory, in the order they were written, as ExcelJS writes them
 * (its `append`) and as the charts and properties read and change them (`file`, as in JSZip).
 */
export class Package {
  private readonly parts = new Map<string, string | Buffer>();
  readonly date = new Date();
  append(data: string | Buffer, options: { name: string; base64?: boolean }): void {
    this.parts.set(options.name, options.base64 ? Buffer.from(data as string, "base64") : data);
  }
  file(name: string): Part | null;
  file(name: string, data: string | Buffer): void;
  file(name: string, data?: string | Buffer): Part | null | void {
    if (data !== undefined) {
      this.parts.set(name, data);
      return;
    }
    const x = this.parts.get(name);
    if (x === undefined) return null;
    return { async: () => Promise.resolve(typeof x === "string" ? Buffer.from(x, "utf8") : x) };
  }
  /** A part as text (ExcelJS writes its XML parts as strings). */
  text(name: string): string {
    const x = this.parts.get(name);
    if (x === undefined) throw new Error(`paketet saknar delen ${name}`);
    return typeof x === "string" ? x : x.toString("utf8");
  }
  get names(): string[] {
    return [...this.parts.keys()];
  }
}

/**
 * The package as a zip file, compressed by Node's zlib (native, on its thread pool: the parts are
 * compressed in parallel) instead of JSZip's JavaScript deflate, which took most of the time of
 * writing a large workbook. Only the format changes, not a byte of any part: each file of the
 * package is deflated (method 8) with its CRC-32, local header, central directory entry and the
 * end record (no zip64: a workbook stays far below 4 GiB and 65 535 parts). Folders are not written.
 */
export async function zipPackage(pkg: Package): Promise<Buffer> {
  const parts = await Promise.all(
    pkg.names.map(async (name) => {
      const data = await pkg.file(name)!.async("nodebuffer");
      return { name: Buffer.from(name, "utf8"), date: pkg.date, data, packed: await deflate(data), crc: crc32(data) };
    }),
  );
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const [time, date] = dosTime(p.date);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.packed.length, 18);
    local.writeUInt32LE(p.data.length, 22);
    local.writeUInt16LE(p.name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    local.copy(entry, 6, 4, 30); // version needed … name length, extra length
    // comment length, disk, internal and external attributes: 0
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, p.name, p.packed);
    central.push(entry, p.name);
    offset += local.length + p.name.length + p.packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

/** MS-DOS time and date (local time, 2-second resolution, from 1980), as zip headers keep them. */
function dosTime(d: Date): [number, number] {
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
  const date = (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return [time, date];
}
