// Writes the add-in's icons (assets/icon-16.png ... icon-128.png): three rising bars, the
// "investment hump" turning into gains. Pure Node (zlib), no image tools needed.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const px = (x, y) => {
    const u = x / size,
      v = y / size;
    const bg = [0x10, 0x5e, 0x7a];
    // rounded square background
    const r = 0.18,
      dx = Math.max(r - u, u - (1 - r), 0),
      dy = Math.max(r - v, v - (1 - r), 0);
    if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
    const bars = [
      { x0: 0.18, x1: 0.34, top: 0.62, color: [0xf2, 0x8c, 0x6b] },
      { x0: 0.42, x1: 0.58, top: 0.42, color: [0xff, 0xff, 0xff] },
      { x0: 0.66, x1: 0.82, top: 0.2, color: [0xff, 0xff, 0xff] },
    ];
    for (const b of bars) if (u >= b.x0 && u < b.x1 && v >= b.top && v < 0.82) return [...b.color, 255];
    return [...bg, 255];
  };
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = px(x + 0.5, y + 0.5);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
