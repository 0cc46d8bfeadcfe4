/** Word tokens with offsets, plus the stemmer shared by the taggers. */
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Letters/digits with inner apostrophes or hyphens ("don't", "al-Assad"); '#' and '@' kept as prefixes.
const WORD = /[#@]?[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // exec with lastIndex, not matchAll: matchAll clones the regex on every call.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index + offset;
    tokens.push({ text: match[0], lower: match[0].toLowerCase().replace(/’/gu, "'"), start, end: start + match[0].length });
  }
  return tokens;
}

const stemCache = new Map<string, string>();

/** Porter stem, cached: the same few thousand words recur across a page. */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  let cached = stemCache.get(lower);
  if (cached === undefined) {
    cached = porterStemmer.stem(lower.replace(/^[#@]/u, ''));
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(lower, cached);
  }
  return cached;
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
export function contentStems(text: string | Token[]): Set<string> {
  const out = new Set<string>();
  for (const token of typeof text === 'string' ? tokenize(text) : text) {
    if (token.lower.length < 3 || STOPWORDS.has(token.lower) || /^[@#]|^\d+$/u.test(token.lower)) continue;
    out.add(stem(token.lower));
  }
  return out;
}
