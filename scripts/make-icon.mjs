// Draws images/icon.png (128×128): a page with text lines and a check mark, in two colours.
// Run once after changing it: node scripts/make-icon.mjs. Writes a PNG with node:zlib, no deps.
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4); // RGBA, transparent
const set = (x, y, [r, g, b]) => {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return;
  const i = (y * SIZE + x) * 4;
  pixels[i] = r; pixels[i + 1] = g; pixels[i + 2] = b; pixels[i + 3] = 255;
};
const rect = (x0, y0, w, h, colour) => { for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) set(x, y, colour); };
const BLUE = [32, 84, 160];
const PAPER = [244, 246, 250];
const GREEN = [46, 160, 90];

// Rounded background.
for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) {
  const dx = Math.max(0, Math.abs(x - 63.5) - 44), dy = Math.max(0, Math.abs(y - 63.5) - 44);
  if (dx * dx + dy * dy <= 20 * 20) set(x, y, BLUE);
}
rect(34, 22, 60, 84, PAPER); // the page
for (const [y, w] of [[36, 40], [48, 32], [60, 40], [72, 24]]) rect(44, y, w, 5, BLUE); // text lines
// A check mark over the lower right corner.
const thick = (x0, y0, x1, y1) => {
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  for (let s = 0; s <= steps; s++) {
    const x = Math.round(x0 + ((x1 - x0) * s) / steps), y = Math.round(y0 + ((y1 - y0) * s) / steps);
    rect(x - 4, y - 4, 9, 9, GREEN);
  }
};
thick(62, 88, 74, 100);
thick(74, 100, 100, 66);

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0); header.writeUInt32BE(SIZE, 4); header[8] = 8; header[9] = 6; // 8-bit RGBA
const raw = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
fs.writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log('wrote images/icon.png');
