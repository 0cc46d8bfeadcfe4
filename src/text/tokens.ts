/** Word tokens with offsets, plus the stemmer shared by the taggers. */
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { memoize } from '../memo.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * Letters/digits with inner apostrophes or hyphens ("don't", "al-Assad"); '#' and '@' kept as
 * prefixes. The tokens are exactly the matches of the regex `[#@]?[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`
 * (flags gu), found by a hand-written scan: only non-ASCII characters consult the Unicode tables.
 */
/**
 * The last text tokenized: a comment is tokenized for its parent stance and again for its target
 * stance, so the second call copies the first's tokens. Callers get their own array (never mutate
 * the Token objects, which are shared).
 */
let lastText: string | undefined;
let lastOffset = 0;
let lastTokens: Token[] = [];

export function tokenize(text: string, offset = 0): Token[] {
  if (text === lastText && offset === lastOffset) return lastTokens.slice();
  const tokens = scan(text, offset);
  lastText = text;
  lastOffset = offset;
  lastTokens = tokens;
  return tokens.slice();
}

function scan(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let start = i;
    let j: number;
    if (code === 35 || code === 64) {
      // '#' or '@' starts a token only when a letter or digit follows.
      const width = wordWidth(text, i + 1);
      if (width === 0) {
        i++;
        continue;
      }
      j = i + 1 + width;
    } else {
      const width = wordWidth(text, i);
      if (width === 0) {
        i++;
        continue;
      }
      j = i + width;
    }
    for (;;) {
      // The rest of the letter/digit run...
      for (let w = wordWidth(text, j); w > 0; w = wordWidth(text, j)) j += w;
      // ...then an inner apostrophe or hyphen, only when another run follows it.
      const sep = text.charCodeAt(j);
      if ((sep === 39 || sep === 0x2019 || sep === 45) && wordWidth(text, j + 1) > 0) {
        j++;
        continue;
      }
      break;
    }
    const word = text.slice(start, j);
    const lowered = word.toLowerCase();
    const lower = lowered.includes('’') ? lowered.replace(/’/gu, "'") : lowered;
    start += offset;
    tokens.push({ text: word, lower, start, end: start + word.length });
    i = j;
  }
  return tokens;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const nonAscii = new Map<number, boolean>();

/** UTF-16 width of the letter or digit code point at `i`, or 0 when there is none. */
function wordWidth(text: string, i: number): number {
  const code = text.charCodeAt(i); // NaN past the end: no branch below matches
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (!(code >= 128)) return 0;
  const cp = text.codePointAt(i)!;
  let known = nonAscii.get(cp);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (nonAscii.size < 65_536) nonAscii.set(cp, known);
  }
  return known ? (cp > 0xffff ? 2 : 1) : 0;
}

const stemOfLower = memoize(50_000, (lower: string) => porterStemmer.stem(lower.replace(/^[#@]/u, '')));

/**
 * Porter stem, cached: the same few thousand words recur across a page. Keyed on the word as given
 * first: most callers pass it lower-cased already, and skipping toLowerCase spares a fresh string
 * and its hashing on every call.
 */
export const stem: (word: string) => string = memoize(50_000, (word: string) => stemOfLower(word.toLowerCase()));

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
export function contentStems(text: string | Token[]): Set<string> {
  const out = new Set<string>();
  for (const token of typeof text === 'string' ? tokenize(text) : text) {
    const lower = token.lower;
    if (lower.length < 3 || STOPWORDS.has(lower) || lower[0] === '@' || lower[0] === '#' || isDigits(lower)) continue;
    out.add(stem(lower));
  }
  return out;
}

/** Only ASCII digits (the `\d+` of a u-flag regex). */
function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}
