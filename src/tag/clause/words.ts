/**
 * Closed word classes (data/words.json): copulas, negators, modals, pronouns, reporting verbs.
 * Each class is a bit; `tagsOf(key)` is the mask of the classes a word is in.
 */
import * as z from 'zod';
import wordsJson from './data/words.json';

export const TAG_NAMES = [
  'be', 'neg', 'modal', 'do', 'adv', 'det', 'first', 'second', 'third', 'plural-pronoun', 'report', 'report-noun',
  'condemn', 'relative', 'prep', 'to', 'conj', 'intent', 'hypothetical', 'whoever', 'deny',
] as const;
export type TagName = (typeof TAG_NAMES)[number];
export const TAG = Object.fromEntries(TAG_NAMES.map((name, k) => [name, 1 << k])) as Record<TagName, number>;

const WordsFile = z.lazy(() =>
  z.strictObject({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    description: z.string(),
    tags: z.record(z.enum(TAG_NAMES), z.strictObject({ words: z.array(z.string().min(1)).min(1), note: z.string() })),
  }),
);

export const CLAUSE_WORDS_VERSION: string = wordsJson.version;

/** Word key → class mask, built from the validated file on first use (not at import). */
let masks: Map<string, number> | undefined;

function loadMasks(): Map<string, number> {
  const loaded = new Map<string, number>();
  for (const [name, { words }] of Object.entries(WordsFile.parse(wordsJson).tags)) {
    for (const word of words) {
      const key = word.replace(/['\u2019]/g, '');
      loaded.set(key, (loaded.get(key) ?? 0) | TAG[name as TagName]);
    }
  }
  return loaded;
}

/** The closed classes a word key is in (0 for open-class words). */
export function tagsOf(key: string): number {
  return (masks ??= loadMasks()).get(key) ?? 0;
}

/** An open-class word ending in -ly reads as an adverb ("truly", "absolutely"), a few nouns aside. */
export function lyAdverb(key: string): boolean {
  return key.length > 4 && key.endsWith('ly') && !NOT_ADVERBS.has(key);
}
const NOT_ADVERBS = new Set(['family', 'belly', 'bully', 'jelly', 'italy', 'rally', 'reply', 'supply', 'homely', 'lonely', 'elderly', 'early', 'daily', 'assembly', 'anomaly', 'monopoly', 'butterfly', 'dragonfly', 'folly', 'holly', 'molly', 'sally', 'billy', 'emily', 'kelly', 'lily', 'ally', 'july', 'fly']);

/** Every word of the closed classes (for the fuzzy guard: they are real words). */
export function closedWords(): string[] {
  return [...(masks ??= loadMasks()).keys()];
}
