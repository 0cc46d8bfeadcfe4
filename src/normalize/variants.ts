import type { LexicalToken as Token } from '../text/tokens.js';

/**
 * Readings of a word with elongation undone: every run of 3+ identical letters ("fuuuuck",
 * "niiiigggger") read as one or two letters. Runs of two are left alone, so "assess" never
 * shrinks to "asses". At most 16 readings.
 */
export function elongations(key: string): string[] {
  const runs: { at: number; len: number }[] = [];
  for (let i = 0; i < key.length; ) {
    let j = i + 1;
    while (j < key.length && key[j] === key[i]) j++;
    if (j - i >= 3) runs.push({ at: i, len: j - i });
    i = j;
  }
  if (runs.length === 0 || runs.length > 4) return [];
  const out: string[] = [];
  for (let mask = 0; mask < 1 << runs.length; mask++) {
    let s = '';
    let pos = 0;
    runs.forEach((run, r) => {
      s += key.slice(pos, run.at) + key[run.at]!.repeat(mask & (1 << r) ? 2 : 1);
      pos = run.at + run.len;
    });
    out.push(s + key.slice(pos));
  }
  return out;
}

/** Consecutive tokens that may be one disguised word ("n.i.g.g.e.r", "f a g", "nig-ger"). */
export interface Join {
  from: number;
  to: number; // exclusive
  key: string;
  /** One word of a run that reads as several ("f a g" in "u r a f a g"), not a whole chain. */
  inRun?: true;
}

// No '/': "he/she" and "f/4G" are ordinary text, not a disguised word.
const SEPARATORS = /^[ .\-_~·•*,]{1,3}$/;
const MAX_WINDOW = 14;
const MAX_KEY = 24;

/**
 * Chains of 2+ tokens glued by separators: symbols with no space between any two tokens
 * ("sh.it", "nig-ger"), or spaces/symbols between single letters ("f a g", "n. i. g"). A space
 * between two longer words never joins them, so "the rapist" never reads as "therapist".
 *
 * A disguised word is the whole chain, so letters of two neighbouring words never combine ("such
 * a b o h m" is not "abo"); a leading "a"/"i" (an article or pronoun before a spaced-out word:
 * "a f a g") may be left out. With `known`, a chain spelling several words ("u r a f a g",
 * "f a g f a g") also yields each word of every reading of the whole chain as known words: a
 * piece is read only when the letters around it are words too, so "such a b o h m" (no "b o h m"
 * word) still yields no "abo".
 */
export function joins(tokens: readonly Token[], known?: (key: string) => boolean): Join[] {
  const out: Join[] = [];
  let chainStart = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const linked = i < tokens.length && canLink(tokens[i - 1]!, tokens[i]!);
    if (linked) continue;
    // tokens[chainStart .. i) is a chain; most are one token, which joins nothing.
    if (i - chainStart >= 2) {
      addJoin(tokens, chainStart, i, out);
      const lead = tokens[chainStart]!.raw;
      const leadLeft = i - chainStart > 2 && (lead === 'a' || lead === 'i');
      if (leadLeft) addJoin(tokens, chainStart + 1, i, out);
      if (known && i - chainStart > 2) addWordsOfChain(tokens, chainStart, i, known, leadLeft, out);
    }
    chainStart = i;
  }
  return out;
}

/** The join of tokens [from, to) when the chain is short enough to be one word (callers pass 2+ tokens). */
function addJoin(tokens: readonly Token[], from: number, to: number, out: Join[]): void {
  if (to - from > MAX_WINDOW) return;
  let key = '';
  for (let b = from; b < to; b++) key += tokens[b]!.key;
  if (key.length <= MAX_KEY) out.push({ from, to, key });
}

/**
 * Every piece of 2+ tokens that is one word of some reading of the chain [from, to) as known
 * words, except the pieces addJoin already gave. Words are at most MAX_WINDOW tokens and MAX_KEY
 * letters, so both passes are linear in the chain's length.
 */
function addWordsOfChain(tokens: readonly Token[], from: number, to: number, known: (key: string) => boolean, leadLeft: boolean, out: Join[]): void {
  const n = to - from;
  const pieces: Join[] = [];
  const reached = new Uint8Array(n + 1); // tokens [from, from + k) read as known words
  reached[0] = 1;
  for (let a = 0; a < n; a++) {
    if (!reached[a]) continue;
    let key = '';
    for (let b = a + 1; b <= n && b - a <= MAX_WINDOW; b++) {
      key += tokens[from + b - 1]!.key;
      if (key.length > MAX_KEY) break;
      if (!known(key)) continue;
      reached[b] = 1;
      pieces.push({ from: from + a, to: from + b, key, inRun: true });
    }
  }
  if (!reached[n]) return;
  const ends = new Uint8Array(n + 1); // tokens [from + k, to) read as known words
  ends[n] = 1;
  for (let p = pieces.length - 1; p >= 0; p--) {
    const piece = pieces[p]!;
    if (ends[piece.to - from]) ends[piece.from - from] = 1;
  }
  for (const piece of pieces) {
    if (!ends[piece.to - from] || piece.to - piece.from < 2) continue;
    const given = piece.to === to && (piece.from === from || (leadLeft && piece.from === from + 1));
    if (!given) out.push(piece);
  }
}

function canLink(left: Token, right: Token): boolean {
  const gap = right.gap;
  if (gap === ' ') return left.raw.length === 1 && right.raw.length === 1; // the common case
  if (gap.length === 0 || !SEPARATORS.test(gap)) return false;
  if (gap.includes(',') && !(left.raw.length === 1 && right.raw.length === 1)) return false;
  if (left.sentence !== right.sentence && !(left.raw.length === 1 && right.raw.length === 1)) return false;
  if (!gap.includes(' ')) return true;
  return left.raw.length === 1 && right.raw.length === 1;
}
