/**
 * A slur run together with the word before it ("manyfags", "thosekikes"): the word splits into a
 * determiner, quantifier, pronoun or preposition and a slur form of four letters or more.
 * Ordinary words that split so ("therapist", "assets") are in the clause guard list, which
 * scripts/build/fuzzy-guard.ts builds from WordNet with this same function.
 */
import realWordsJson from '../clause/data/real-words.json';
import { TAG, tagsOf } from '../clause/words.js';
import type { CompiledLexicon, Form } from '../lexicon/compile.js';

/** Closed words a slur is found run into: the ones that stand before a noun. */
const GLUE = TAG.det | TAG.first | TAG.second | TAG.third | TAG['plural-pronoun'] | TAG.prep | TAG.conj | TAG.adv;
const MIN_SLUR = 4;
const MAX_PREFIX = 8;

let guard: Set<string> | undefined;
const realWords = () => (guard ??= new Set((realWordsJson as { words: string[] }).words));

export interface GluedSlur {
  form: Form;
  /** Where the slur starts in the word's key. */
  cut: number;
}

/** The slur `key` ends in after a closed word, unless `key` is an ordinary word. */
export function gluedSlur(key: string, lex: CompiledLexicon, ordinary: ReadonlySet<string> = realWords()): GluedSlur | undefined {
  if (key.length < MIN_SLUR + 2 || ordinary.has(key)) return undefined;
  const last = Math.min(MAX_PREFIX, key.length - MIN_SLUR);
  for (let cut = 2; cut <= last; cut++) {
    if ((tagsOf(key.slice(0, cut)) & GLUE) === 0) continue;
    const form = lex.single.get(key.slice(cut));
    if (form && form.entry.kind === 'slur') return { form, cut };
  }
  return undefined;
}
