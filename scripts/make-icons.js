/**
 * Draws the add-in's icons (a green square with a white bar chart) as PNG
 * files in assets/, at the sizes the manifest asks for: `node scripts/make-icons.js`.
 * Pure Node: the PNG is written by hand (IHDR, one zlib IDAT, IEND).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { Buffer } = require("buffer");

const ICON_SIZES = [16, 32, 64, 80];
const GREEN = [16, 124, 65, 255]; // Excel green #107C41
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

/** Bars as fractions of the icon: left, right and top; all stand on the baseline. */
const BARS = [
  { left: 0.2, right: 0.36, top: 0.52 },
  { left: 0.42, right: 0.58, top: 0.34 },
  { left: 0.64, right: 0.8, top: 0.18 },
];
const BASELINE = 0.82;
const CORNER = 0.16;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The colour of the pixel whose centre is at (x, y) in an icon of `size` pixels. */
function pixel(x, y, size) {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const dx = Math.max(CORNER - u, u - (1 - CORNER), 0);
  const dy = Math.max(CORNER - v, v - (1 - CORNER), 0);
  if (dx * dx + dy * dy > CORNER * CORNER) return CLEAR;
  // Snap the bars to whole pixels so that small icons stay crisp.
  const px = (fraction) => Math.round(fraction * size);
  const onBar = BARS.some((bar) => x >= px(bar.left) && x < px(bar.right) && y >= px(bar.top) && y < px(BASELINE));
  return onBar ? WHITE : GREEN;
}

/** A square RGBA PNG of the icon. */
function iconPng(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const start = y * (1 + size * 4); // filter byte 0, then the pixels
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(rows, start + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const iconPath = (size) => path.join(__dirname, "..", "assets", `icon-${size}.png`);

if (require.main === module) {
  for (const size of ICON_SIZES) {
    fs.mkdirSync(path.dirname(iconPath(size)), { recursive: true });
    fs.writeFileSync(iconPath(size), iconPng(size));
    console.log(`assets/icon-${size}.png`);
  }
}

module.exports = { ICON_SIZES, iconPng, iconPath };
