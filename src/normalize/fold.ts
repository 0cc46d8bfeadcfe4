import { CONFUSABLES } from './confusables.js';

/**
 * The text with case, diacritics, look-alike letters and invisible characters folded away, plus
 * where each folded character came from. `start[i]`/`end[i]` are UTF-16 offsets into the
 * original text of the code point that produced folded character `i`, so any folded span maps
 * back to original characters. One pass, linear in the input.
 */
export interface Folded {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

// Zero-width and formatting characters a disguise inserts inside a word ("n\u200Bigger").
const INVISIBLE = /^[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]$/u;
const COMBINING = /\p{M}/gu;

const cache = new Map<string, string>();

/**
 * Which original offsets hold a look-alike that should be read as Latin: only inside words that
 * also have Latin letters ("nіggеr") or consist of look-alikes alone ("ѕех"). Real Russian or
 * Greek words ("Привет") keep their letters, so they never turn into Latin words by accident.
 */
function lookAlikeMask(input: string): Uint8Array {
  const mask = new Uint8Array(input.length);
  for (const m of input.matchAll(/[\p{L}\p{M}\u200B-\u200D\u00AD\u2060\uFEFF]+/gu)) {
    const word = m[0];
    let latin = false;
    let confusable = false;
    let other = false;
    for (const ch of word) {
      if (/[a-zA-Z]/.test(ch)) latin = true;
      else if (CONFUSABLES[ch] !== undefined) confusable = true;
      else if (/\p{L}/u.test(ch) && !/[\u00C0-\u024F\uFF21-\uFF5A]/.test(ch) && !/[\u{1D400}-\u{1D7FF}]/u.test(ch)) other = true;
    }
    if (confusable && (latin || !other)) mask.fill(1, m.index!, m.index! + word.length);
  }
  return mask;
}

/** What one non-ASCII code point folds to ('' drops it). */
function foldCodePoint(ch: string, lookAlike: boolean): string {
  if (!lookAlike && CONFUSABLES[ch] !== undefined && !/[€£¥¡©®∪∩ıłøđħŧßæœ]/.test(ch)) return ch.toLowerCase();
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (INVISIBLE.test(ch)) out = '';
  else if (CONFUSABLES[ch] !== undefined) out = CONFUSABLES[ch]!;
  else {
    const decomposed = ch.normalize('NFKD').replace(COMBINING, '');
    const lower = decomposed.toLowerCase();
    // Keep the fold only when it lands on plain ASCII (fullwidth "ｆ", math "𝐟", "é"); other
    // scripts stay as they are so they never turn into Latin words by accident.
    out = /^[\x20-\x7e]+$/.test(lower) ? lower : ch.toLowerCase();
    if (decomposed === '' ) out = '';
  }
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

export function fold(input: string): Folded {
  const n = input.length;
  if (ASCII.test(input)) return foldAscii(input);
  // Folded text is at most 3x longer than input (ligatures); allocate once, trim at the end.
  let cap = n + 16;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  const parts: string[] = [];
  let len = 0;
  const ensure = (extra: number) => {
    if (len + extra <= cap) return;
    while (len + extra > cap) cap *= 2;
    const ns = new Int32Array(cap);
    ns.set(start);
    start = ns;
    const ne = new Int32Array(cap);
    ne.set(end);
    end = ne;
  };
  const push = (s: string, from: number, to: number) => {
    ensure(s.length);
    for (let k = 0; k < s.length; k++) {
      start[len] = from;
      end[len] = to;
      len++;
    }
    parts.push(s);
  };
  let lookAlike: Uint8Array | undefined; // computed on the first look-alike letter only
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      // ASCII run: lower-case it in one go.
      let j = i + 1;
      while (j < n && input.charCodeAt(j) < 0x80) j++;
      const run = input.slice(i, j).toLowerCase();
      ensure(j - i);
      for (let k = i; k < j; k++) {
        start[len] = k;
        end[len] = k + 1;
        len++;
      }
      parts.push(run);
      i = j;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    if (CONFUSABLES[ch] !== undefined) lookAlike ??= lookAlikeMask(input);
    // Lone surrogates are kept as-is (one unit) so offsets stay valid.
    push(width === 1 && code >= 0xd800 && code <= 0xdfff ? ch : foldCodePoint(ch, lookAlike?.[i] === 1), i, i + width);
    i += width;
  }
  return { text: parts.join(''), start: start.subarray(0, len), end: end.subarray(0, len) };
}

const ASCII = /^[\x00-\x7f]*$/;

/** Plain ASCII needs no map: folded offset i is original offset i. */
function foldAscii(input: string): Folded {
  const n = input.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text: input.toLowerCase(), start, end };
}
