/** Word stems for content overlap (question and answer, reply and parent) and AFINN fallbacks. */
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { memoize } from '../memo.js';
import type { WordToken } from './tokens.js';

/**
 * Longest word the Porter stemmer is given. Its regular expressions (natural's porter_stemmer.js,
 * `/[^aeiouy]+y/g` among them) take time quadratic in a word's length, and comment authors choose
 * that length: 32,000 consonants took seconds. No English word comes near this, so a longer "word"
 * (a key held down, a run of glued hashtags) is its own stem. It also bounds what the caches hold.
 */
export const MAX_STEMMED_LENGTH = 40;

const stemOfLower = memoize(50_000, (lower: string) => porterStemmer.stem(lower.replace(/^[#@]/u, '')), MAX_STEMMED_LENGTH);

/**
 * Porter stem, cached: the same few thousand words recur across a page. Keyed on the word as given
 * first: most callers pass it lower-cased already, and skipping toLowerCase spares a fresh string
 * and its hashing on every call. Words over MAX_STEMMED_LENGTH are their own stem, and not cached;
 * the length is the lower-cased word's, which is what the stemmer would get (lower-casing can
 * lengthen a word: 'İ' becomes two characters).
 */
export const stem: (word: string) => string = memoize(50_000, (word: string) => stemOfLowerBounded(word.toLowerCase()), MAX_STEMMED_LENGTH);

function stemOfLowerBounded(lower: string): string {
  return lower.length > MAX_STEMMED_LENGTH ? lower.replace(/^[#@]/u, '') : stemOfLower(lower);
}

/** Function words that carry no topic, for content-word overlap. */
export const STOPWORDS = new Set(
  (
    "a an the and or but if then so of to in on at by for with from as is are was were be been being am do does did " +
    "have has had i you he she it we they me him her us them my your his its our their this that these those there here " +
    "what which who whom whose when where why how not no nor can could will would shall should may might must just very " +
    "too also than about into over out up down off again all any some such only own same more most other each few both " +
    "s t don't doesn't didn't isn't aren't wasn't weren't it's i'm you're they're that's there's what's yes yeah well oh " +
    "like get got one even really much many still now"
  ).split(' '),
);

/** Stems of the content words of a text, for overlap between a question and an answer or a reply and its parent. */
export function contentStems(tokens: readonly WordToken[]): Set<string> {
  const out = new Set<string>();
  for (const token of tokens) {
    const lower = token.lower;
    if (lower.length < 3) continue;
    const kept = contentStemOf(lower);
    if (kept !== null) out.add(kept);
  }
  return out;
}

/**
 * A lower-cased word's stem, or null when it is no content word: one cache lookup per token where
 * the stopword test and the stem cache took two (contentStems runs over every word of every view).
 * Words over MAX_STEMMED_LENGTH are answered and not kept, as by stem(): one page of long junk
 * words must not hold megabytes.
 */
const contentStemOf = memoize(
  50_000,
  (lower: string): string | null => (STOPWORDS.has(lower) || lower[0] === '@' || lower[0] === '#' || isDigits(lower) ? null : stem(lower)),
  MAX_STEMMED_LENGTH,
);

/** Only ASCII digits (the `\d+` of a u-flag regex). */
function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}
