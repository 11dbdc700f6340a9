// Draws build/icon.png (512x512): a white wrench on a blue rounded square. Plain Node + zlib, so
// the icon can be regenerated without an image library: `node build/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4x4 supersampling for smooth edges
const BLUE = [31, 95, 175];
const WHITE = [255, 255, 255];

/** Inside the rounded square background? */
function inBackground(x, y) {
  const r = 96;
  const m = 16;
  const cx = Math.min(Math.max(x, m + r), SIZE - m - r);
  const cy = Math.min(Math.max(y, m + r), SIZE - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Inside the wrench? Drawn along the u axis, then turned 45 degrees about the centre. */
function inWrench(x, y) {
  const dx = x - SIZE / 2;
  const dy = y - SIZE / 2;
  const u = (dx - dy) / Math.SQRT2; // from bottom-left (u < 0) to top-right (u > 0)
  const v = (dx + dy) / Math.SQRT2;
  const tail = (u + 150) ** 2 + v ** 2;
  if (tail <= 16 ** 2) return false; // the hanging hole
  const shaft = u >= -150 && u <= 110 && Math.abs(v) <= 28;
  const head = (u - 120) ** 2 + v ** 2 <= 88 ** 2 && !(u >= 120 && Math.abs(v) <= 34); // open jaw
  return shaft || tail <= 42 ** 2 || head;
}

function pixel(x, y) {
  let bg = 0;
  let fg = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const sx = x + (i + 0.5) / SAMPLES;
      const sy = y + (j + 0.5) / SAMPLES;
      if (inBackground(sx, sy)) {
        bg++;
        if (inWrench(sx, sy)) fg++;
      }
    }
  }
  const n = SAMPLES * SAMPLES;
  const alpha = bg / n;
  if (alpha === 0) return [0, 0, 0, 0];
  const t = fg / bg;
  const rgb = BLUE.map((c, k) => Math.round(c * (1 - t) + WHITE[k] * t));
  return [...rgb, Math.round(alpha * 255)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, row + 1 + x * 4);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(fileURLToPath(new URL('./icon.png', import.meta.url)), png);
console.log(`build/icon.png: ${png.length} bytes`);
