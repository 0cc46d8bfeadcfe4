/**
 * A slur misspelt by one slip of the fingers ("fgagot", "dkyes", "retrad", "faggott"): two
 * neighbours swapped, a letter dropped or doubled (see `typingSlip`), read with the clause view's symmetric-delete index over the slur forms of
 * five letters or more. Vocabulary words and group terms are never read so; ordinary words one
 * edit from a slur ("dikes", "fagot") are in the clause guard list, which scripts/build/fuzzy-guard.ts builds from WordNet with `misspeltSlurTargets`.
 */
import realWordsJson from '../clause/data/real-words.json';
import { adjacentSwap, buildFuzzyIndex, fuzzyLookup, type FuzzyIndex } from '../clause/fuzzy.js';
import { knownWord } from '../clause/view.js';
import { vocabulary } from '../clause/vocabulary.js';
import { memoize } from '../../memo.js';
import { getGroups } from '../groups/index.js';
import type { CompiledLexicon, Form } from '../lexicon/compile.js';

/** Shorter slurs are one edit from too many words and names. */
const MIN_LENGTH = 5;

/** Per lexicon, its slur forms' misspellings read once per word: words repeat across comments. */
const readers = new WeakMap<CompiledLexicon, (key: string) => Form | undefined>();
const MAX_READINGS = 200_000;

/**
 * The slips a misspelt slur is read through: two neighbours swapped, a letter dropped or doubled,
 * the first letter kept. A changed or added letter is not: pieces of ordinary words split by a
 * space ("carpo phore", "eryt hroid") are that far from a slur too often.
 */
export function typingSlip(key: string, word: string): boolean {
  if (key[0] !== word[0]) return false;
  if (key.length === word.length) return adjacentSwap(key, word);
  const [long, short] = key.length > word.length ? [key, word] : [word, key];
  let i = 0;
  while (long[i] === short[i]) i++;
  if (long.slice(i + 1) !== short.slice(i)) return false;
  return long === key ? long[i] === long[i - 1] || long[i] === long[i + 1] : true; // added: only a doubled letter
}


/** The single-word slur forms a misspelling may be read as. */
export function misspeltSlurTargets(lex: CompiledLexicon): string[] {
  const out: string[] = [];
  for (const [key, form] of lex.single) if (form.entry.kind === 'slur' && key.length >= MIN_LENGTH && /^[a-z]+$/.test(key)) out.push(key);
  return out;
}

/** The slur form `key` misspells, or undefined (also for any word in the guard list). */
export function misspeltSlur(key: string, lex: CompiledLexicon): Form | undefined {
  if (key.length < MIN_LENGTH) return undefined;
  let read = readers.get(lex);
  if (!read) {
    const index = buildFuzzyIndex(misspeltSlurTargets(lex), (realWordsJson as { words: string[] }).words);
    // A word the clause view knows ("cooks" is a person noun) or a group term is never a misspelt slur.
    read = memoize(MAX_READINGS, (word: string) => (/^[a-z]+$/.test(word) && !knownWord(word, vocabulary(), getGroups()) ? readMisspelt(word, index, lex) : undefined));
    readers.set(lex, read);
  }
  return read(key);
}

function readMisspelt(key: string, index: FuzzyIndex, lex: CompiledLexicon): Form | undefined {
  const word = fuzzyLookup(index, key);
  return word === undefined || !typingSlip(key, word) ? undefined : lex.single.get(word);
}
