// The home-screen icons, drawn here rather than downloaded or committed as binaries: the hotline's
// number in blue on a white speech bubble over a full-bleed blue square (safe for maskable cropping).
import zlib from 'node:zlib';

const BLUE = [0x16, 0x77, 0xff];
const WHITE = [0xff, 0xff, 0xff];

// 3x5 pixel digits, rows top to bottom.
const DIGITS = {
  1: ['010', '110', '010', '010', '111'],
  2: ['111', '001', '111', '100', '111'],
  3: ['111', '001', '111', '001', '111'],
  4: ['101', '101', '111', '001', '001'],
  5: ['111', '100', '111', '001', '111'],
};

// The colour at (x, y) in the unit square.
function shade(x, y) {
  // The bubble: a rounded rectangle inside maskable icons' central safe circle, with a tail.
  const [left, top, right, bottom, radius] = [0.2, 0.3, 0.8, 0.62, 0.08];
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  const inBubble = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= left && x <= right && y >= top && y <= bottom;
  const inTail = y >= bottom && y <= bottom + 0.1 && x >= 0.3 && x <= 0.3 + (bottom + 0.1 - y) * 1.2;
  if (!inBubble && !inTail) return BLUE;
  // "12345" centred in the bubble: 5 digits of 3 cells with 1-cell gaps, cells 0.026 wide.
  const cell = 0.026;
  const textLeft = 0.5 - (19 * cell) / 2;
  const textTop = (top + bottom) / 2 - (5 * cell) / 2;
  const col = Math.floor((x - textLeft) / cell);
  const row = Math.floor((y - textTop) / cell);
  if (row >= 0 && row < 5 && col >= 0 && col < 19 && col % 4 !== 3) {
    const digit = DIGITS[Math.floor(col / 4) + 1];
    if (digit[row][col % 4] === '1') return BLUE;
  }
  return WHITE;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// An RGB PNG of size x size pixels, each the mean of 4x4 samples (smooth edges).
export function iconPng(size) {
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let py = 0; py < size; py++) {
    const rowStart = py * (1 + size * 3);
    rows[rowStart] = 0;  // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const colour = shade((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size);
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
        }
      }
      for (let i = 0; i < 3; i++) rows[rowStart + 1 + px * 3 + i] = Math.round(sum[i] / 16);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);  // 8-bit RGB, deflate, no filter method variants, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
                        chunk('IDAT', zlib.deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
