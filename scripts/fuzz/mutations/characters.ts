/**
 * Character-level damage: random Unicode, NULs, lone surrogates, BOMs, odd whitespace and line
 * breaks, combining marks, bidi controls, truncation (also inside a surrogate pair).
 */
import type { Rng } from '../rng.js';
import { insertAt, range, type Mutation } from './types.js';

/** Code point ranges that tend to break text code: controls, surrogates, specials, astral, RTL. */
const CODE_RANGES: [number, number][] = [
  [0x00, 0x1f], [0x20, 0x7e], [0x7f, 0x9f], [0xa0, 0xff], [0x300, 0x36f], [0x590, 0x6ff], [0x200b, 0x200f],
  [0x2028, 0x202e], [0x2060, 0x206f], [0xd800, 0xdfff], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xfff0, 0xffff],
  [0x1f300, 0x1faff], [0xe0000, 0xe007f], [0x10fff0, 0x10ffff],
];

function randomChar(rng: Rng): string {
  const [from, to] = rng.pick(CODE_RANGES);
  const code = rng.int(from, to);
  // Surrogate code units on their own: String.fromCodePoint would refuse nothing, but keep them lone.
  return code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
}

export const randomUnicode = (rng: Rng, length: number) => Array.from({ length }, () => randomChar(rng)).join('');

const WHITESPACE = ['\u00a0', '\t', '\u2028', '\u2029', '\u0085', '\u3000', '\u200b', '\f', '\v', ' \n ', '\u000b'];

export const CHARACTER_MUTATIONS: Mutation[] = [
  { name: 'insert random unicode', apply: (t, rng) => insertAt(t, rng, randomUnicode(rng, rng.size(64))) },
  {
    name: 'replace characters with random unicode',
    apply: (t, rng) => {
      const [start, end] = range(t, rng, 64);
      return t.slice(0, start) + randomUnicode(rng, end - start) + t.slice(end);
    },
  },
  {
    name: 'delete characters',
    apply: (t, rng) => {
      const [start, end] = range(t, rng, 32);
      return t.slice(0, start) + t.slice(end);
    },
  },
  { name: 'NULs', apply: (t, rng) => sprinkle(t, rng, () => '\u0000') },
  { name: 'lone surrogates', apply: (t, rng) => sprinkle(t, rng, () => rng.pick(['\ud800', '\udfff', '\udc00\ud800', '\ud83d'])) },
  { name: 'BOMs', apply: (t, rng) => (rng.chance(0.5) ? '\ufeff' : '') + sprinkle(t, rng, () => '\ufeff') },
  { name: 'odd whitespace', apply: (t, rng) => t.replace(/ /g, (space) => (rng.chance(0.2) ? rng.pick(WHITESPACE) : space)) },
  { name: 'bidi and zero-width controls', apply: (t, rng) => sprinkle(t, rng, () => rng.pick(['\u202e', '\u202d', '\u2066', '\u2069', '\u200d', '\u200c', '\u034f'])) },
  { name: 'combining mark storm', apply: (t, rng) => t.replace(/[a-z]/g, (c) => (rng.chance(0.05) ? c + randomUnicode(rng, 0).padEnd(rng.size(40), '\u0301') : c)) },
  { name: 'truncate', apply: (t, rng) => t.slice(0, rng.position(t.length)) },
  { name: 'cut a surrogate pair', apply: (t) => t.replace(/[\ud800-\udbff](?=[\udc00-\udfff])/, (high) => high + 'x') },
  { name: 'upper-case everything', apply: (t) => t.toUpperCase() },
  { name: 'full-width and look-alike letters', apply: (t, rng) => t.replace(/[a-z]/gi, (c) => (rng.chance(0.1) ? String.fromCodePoint(c.charCodeAt(0) + 0xfee0) : c)) },
];

/** Inserts `make()` at 1 to 50 random places. */
function sprinkle(text: string, rng: Rng, make: () => string): string {
  let out = text;
  for (let k = rng.size(50); k > 0; k--) out = insertAt(out, rng, make());
  return out;
}
