/**
 * Sentence splitting with offsets, linear time and no backtracking: one pass over the characters.
 * Tuned for comment text, which is often badly punctuated ("Yes.The supplies…", "ago ? None").
 */
import type { Segment } from '../schema/index.js';

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '*']);
/** Titles before a name: never the end of a sentence. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'rep', 'sen', 'gov', 'st']);
/** Short words that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'etc', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'rep', 'sen',
  'gov', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'no', 'vol', 'approx', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'cf',
]);

/** Splits `text` into trimmed sentences; `text.slice(start, end) === sentence.text` always holds. */
export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      // A blank line or a line break always ends a sentence in comment text.
      push(out, text, start, i);
      start = i + 1;
      i++;
      continue;
    }
    // . ! ? … (TERMINATORS), tested on the code so ordinary characters cost no lookup.
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) {
      i++;
      continue;
    }
    const ch = text[i]!;
    let end = i + 1;
    while (end < n && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    const next = text[end];
    if (ch === '.' && !endsSentenceAtPeriod(text, start, i, end)) {
      i = end;
      continue;
    }
    if (quotedThenContinues(text, i, end)) {
      i = end;
      continue;
    }
    if (next === undefined || isSpace(next) || startsGluedSentence(text, i, end)) {
      push(out, text, start, end);
      start = end;
    }
    i = end;
  }
  push(out, text, start, n);
  return out;
}

function endsSentenceAtPeriod(text: string, sentenceStart: number, dot: number, after: number): boolean {
  // Decimals and versions: "1.5", "v2.0".
  if (/\d/u.test(text[dot - 1] ?? '') && /\d/u.test(text[after] ?? '')) return false;
  // Titles and abbreviations are short: look back one short word at most, so "a.a.a.…" stays linear.
  let w = dot;
  const floor = Math.max(sentenceStart, dot - 12);
  while (w > floor && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (TITLES.has(word) && isSpace(text[after])) return false;
  if (ABBREVIATIONS.has(word) && isSpace(text[after]) && /[\p{Ll}\d]/u.test(text[after + 1] ?? '')) return false;
  // Single capital initials: "J. Smith".
  if (/^\p{Lu}$/u.test(text.slice(w, dot)) && isSpace(text[after])) return false;
  return true;
}

/** `He said "is it true?" and left.`: a quoted sentence inside a longer one. */
function quotedThenContinues(text: string, terminator: number, after: number): boolean {
  if (!CLOSERS.has(text[after - 1] ?? '') || text[after - 1] === ')') return false;
  return /^[ \t]+\p{Ll}/u.test(text.slice(after, after + 4));
}

/** "Yes.The supplies", "ago ?None": a terminator glued to a capitalised word that is not a domain or initialism. */
function startsGluedSentence(text: string, terminator: number, after: number): boolean {
  const next = text[after] ?? '';
  if (!/\p{Lu}/u.test(next)) return false;
  if (text[terminator] !== '.') return true;
  const prevWord = /[\p{Ll}]{2,}$/u.test(text.slice(Math.max(0, terminator - 3), terminator));
  const nextWord = /^\p{Lu}\p{Ll}+/u.test(text.slice(after, after + 3));
  return prevWord && nextWord;
}

function push(out: Segment[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/** Exactly the characters of `\s` (JS WhiteSpace and LineTerminator), without a regex per character. */
function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
