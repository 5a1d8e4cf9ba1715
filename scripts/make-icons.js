#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons (assets/icon-16/32/64/80.png): a blue rounded square
 * with a white tick over three list lines. No image tools, no downloads: pixels and zlib.
 *   node scripts/make-icons.js
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

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
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
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
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment ab. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function icon(size) {
  const S = 4; // supersampling for smooth edges
  const blue = [15, 108, 189];
  return png(size, (x, y) => {
    let cover = 0;
    let white = 0;
    for (let sy = 0; sy < S; sy++)
      for (let sx = 0; sx < S; sx++) {
        const u = (x + (sx + 0.5) / S) / size;
        const v = (y + (sy + 0.5) / S) / size;
        // Rounded square.
        const r = 0.18;
        const cx = Math.min(Math.max(u, r), 1 - r);
        const cy = Math.min(Math.max(v, r), 1 - r);
        if (Math.hypot(u - cx, v - cy) > r) continue;
        cover++;
        const w = size <= 16 ? 0.09 : 0.07;
        const lines = [0.3, 0.5, 0.7].some((ly) => Math.abs(v - ly) < w / 2 && u > 0.16 && u < 0.5);
        const tick = segDist(u, v, 0.5, 0.56, 0.62, 0.7) < w * 0.75 || segDist(u, v, 0.62, 0.7, 0.86, 0.32) < w * 0.75;
        if (lines || tick) white++;
      }
    if (!cover) return [0, 0, 0, 0];
    const k = white / cover;
    const mix = blue.map((c) => Math.round(c + (255 - c) * k));
    return [...mix, Math.round((255 * cover) / (S * S))];
  });
}

const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  const file = path.join(dir, `icon-${size}.png`);
  fs.writeFileSync(file, icon(size));
  console.log(file);
}
