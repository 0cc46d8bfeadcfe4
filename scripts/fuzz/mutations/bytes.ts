/**
 * How a mutant reaches the library: as a string, or as bytes in one of the encodings scrapers
 * produce (UTF-8 with or without BOM, UTF-16 with BOM, Latin-1), sometimes with byte damage.
 */
import type { Rng } from '../rng.js';

export type Delivery = { name: string; encode: (text: string, rng: Rng) => Uint8Array };

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + 2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
    bytes[2 + 2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
  }
  return bytes;
}

/** Flips, inserts or deletes up to 64 random bytes. */
function damage(bytes: Uint8Array, rng: Rng): Uint8Array {
  const out = Array.from(bytes);
  for (let k = rng.size(64); k > 0 && out.length > 0; k--) {
    const at = rng.int(0, out.length - 1);
    const op = rng.int(0, 2);
    if (op === 0) out[at] = out[at]! ^ (1 << rng.int(0, 7));
    else if (op === 1) out.splice(at, 0, rng.pick([0x00, 0x80, 0xc0, 0xe2, 0xed, 0xf0, 0xf4, 0xf8, 0xff, 0xfe, 0x3c]));
    else out.splice(at, 1);
  }
  return Uint8Array.from(out);
}

export const DELIVERIES: Delivery[] = [
  { name: 'utf-8 bytes', encode: utf8 },
  { name: 'utf-8 bytes with BOM', encode: (t) => utf8(`\ufeff${t}`) },
  { name: 'utf-16le bytes', encode: (t) => utf16(t, false) },
  { name: 'utf-16be bytes', encode: (t) => utf16(t, true) },
  { name: 'latin-1 bytes', encode: (t) => Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff) },
  { name: 'damaged utf-8 bytes', encode: (t, rng) => damage(utf8(t), rng) },
  { name: 'utf-8 cut mid-character', encode: (t) => { const b = utf8(t); const cut = b.findLastIndex((x) => x >= 0xc0); return cut > 0 ? b.subarray(0, cut + 1) : b; } },
];
