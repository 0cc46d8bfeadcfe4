/**
 * Word order of an English question. A question asked for information usually inverts ("is it…",
 * "did they…") or opens with a wh-word; a statement with a question mark ("you missed the part
 * where…?", "one man charged for 40 thefts?") or a wh-word left in place ("and you base that on
 * what?") mostly challenges or echoes. Only the shape is read, never the topic.
 */

import { COMMON_AUXILIARIES, WH_WORDS } from './scraps.js';

export type QuestionOrder = 'interrogative' | 'declarative' | 'wh-in-place' | 'unknown';

const WH = new Set([...WH_WORDS, 'whom']);
/** Auxiliaries and modals, with their negative and contracted forms folded to letters only. */
const AUXILIARY = new Set([
  ...COMMON_AUXILIARIES,
  ...'am shall may might must'.split(' '),
  ...'isnt arent wasnt werent dont doesnt didnt havent hasnt hadnt cant couldnt wont wouldnt shouldnt mustnt'.split(' '),
]);
/** Words that ask readers directly without inversion: "anyone tried…?", "any news?", "got a link?". */
const ASKING_OPENERS = new Set(['anyone', 'anybody', 'someone', 'somebody', 'any', 'got']);
/** What may stand after an inverted auxiliary: a subject pronoun or a determiner. */
const SUBJECT_START = new Set(
  'i you he she it we they there this that these those the a an my your his her its our their anyone anybody someone somebody everyone people u ya'.split(' '),
);
/** Openers that leave the word order alone: "so", "ok", "lol" before the question proper. */
const DISCOURSE = new Set('so and but or ok okay well um uh hmm oh lol then also yes yeah no nope wait now like'.split(' '));
const PREPOSITION = new Set('for to with from by about of in on at'.split(' '));
/** Common English function words: without one, the sentence is too short or not English. */
const ENGLISH = new Set('the a an you your that this it they he she we i of to in on for with is are was were my me be not'.split(' '));
/** What ends a clause inside a sentence. */
const CLAUSE_BREAK = /[,;:–—(]|\s-\s/u;

/** The word order of `sentence`, or `unknown` when it is too short or does not read as English. */
export function questionOrder(sentence: string): QuestionOrder {
  const clauses = sentence
    .split(CLAUSE_BREAK)
    .map(wordsOf)
    .filter((words) => words.length > 0);
  const words = clauses.flat();
  if (words.length < 4 || !words.some((w) => ENGLISH.has(w))) return 'unknown';
  if (clauses.some(opensAsQuestion) || hasInversion(words) || hasFrontedWh(words)) return 'interrogative';
  return words.some((w) => WH.has(w)) ? 'wh-in-place' : 'declarative';
}

/** Lower-case words, apostrophes dropped ("don't" → "dont"), @handles and links left out. */
function wordsOf(clause: string): string[] {
  const words: string[] = [];
  for (const token of clause.split(/\s+/u)) {
    if (token.startsWith('@') || token.startsWith('http') || token.startsWith('#')) continue;
    const word = token.toLowerCase().replace(/['’]/gu, '').replace(/[^\p{L}\p{N}]+/gu, '');
    if (word) words.push(word);
  }
  return words;
}

/**
 * The clause's first word after discourse openers (and a preposition: "but for who, …?") is a
 * wh-word, an auxiliary or a reader address.
 */
function opensAsQuestion(words: string[]): boolean {
  let k = 0;
  while (k < words.length && DISCOURSE.has(words[k]!)) k++;
  if (PREPOSITION.has(words[k] ?? '') && WH.has(words[k + 1] ?? '')) k++;
  const first = words[k];
  if (!first) return false;
  const bare = first.replace(/s$/u, ''); // "what's" → "whats" → "what"
  return WH.has(first) || WH.has(bare) || AUXILIARY.has(first) || ASKING_OPENERS.has(first);
}

/** An auxiliary before a subject after a conjunction: "… but is that before or after…". */
function hasInversion(words: string[]): boolean {
  for (let i = 1; i + 1 < words.length; i++) {
    if (DISCOURSE.has(words[i - 1]!) && AUXILIARY.has(words[i]!) && SUBJECT_START.has(words[i + 1]!)) return true;
  }
  return false;
}

/**
 * A wh-word before an auxiliary (one noun may come between) or a quantity word: "of the 53 cases
 * how many were…", "@Alice Kerr what variety were yours?".
 */
function hasFrontedWh(words: string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!WH.has(words[i]!)) continue;
    if (AUXILIARY.has(words[i + 1]!) || QUANTITY.has(words[i + 1]!) || AUXILIARY.has(words[i + 2] ?? '')) return true;
  }
  return false;
}
const QUANTITY = new Set(['many', 'much', 'long', 'far', 'often', 'come']);
