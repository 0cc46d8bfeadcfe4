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
}

// No '/': "he/she" and "f/4G" are ordinary text, not a disguised word.
const SEPARATORS = /^[ .\-_~·•*,]{1,3}$/;
const MAX_WINDOW = 14;
const MAX_KEY = 24;

/**
 * Chains of 2+ tokens glued by separators: symbols with no space between any two tokens
 * ("sh.it", "nig-ger"), or spaces/symbols between single letters ("f a g", "n. i. g"). A space
 * between two longer words never joins them, so "the rapist" never reads as "therapist".
 */
export function joins(tokens: readonly Token[]): Join[] {
  const out: Join[] = [];
  let chainStart = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const linked = i < tokens.length && canLink(tokens[i - 1]!, tokens[i]!);
    if (linked) continue;
    // tokens[chainStart .. i) is a chain (most are one token, which joins nothing). A disguised
    // word is the whole chain, so letters of two neighbouring words never combine ("such a b o h m"
    // is not "abo"); only a leading "a"/"i" (an article or pronoun before a spaced-out word:
    // "a f a g") may be left out. No list of starts per chain: every token of every comment ends one.
    if (i - chainStart >= 2) {
      addJoin(tokens, chainStart, i, out);
      const lead = tokens[chainStart]!.raw;
      if (i - chainStart > 2 && (lead === 'a' || lead === 'i')) addJoin(tokens, chainStart + 1, i, out);
    }
    chainStart = i;
  }
  return out;
}

/** The join of tokens [from, to) when the chain is short enough to be one word. */
function addJoin(tokens: readonly Token[], from: number, to: number, out: Join[]): void {
  if (to - from < 2 || to - from > MAX_WINDOW) return;
  let key = '';
  for (let b = from; b < to; b++) key += tokens[b]!.key;
  if (key.length <= MAX_KEY) out.push({ from, to, key });
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
