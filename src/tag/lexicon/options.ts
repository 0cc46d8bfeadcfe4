import type { LexiconEntry } from './schema.js';

/**
 * How a caller changes the built-in lexicons (the same shape as a `--lexicon FILE` JSON):
 * - `extend`: extra entries; an entry with a built-in id replaces that entry.
 * - `allow`: entry ids ("slur.queer", "dehum.animal") or single terms ("bloody") to drop.
 * - `replace`: entries that replace ALL built-in word entries (slurs, insults, profanity).
 * - `dehumanization: false` turns the group + predicate pattern off.
 */
export interface LexiconOptions {
  version?: string;
  extend?: LexiconEntry[];
  allow?: string[];
  replace?: LexiconEntry[];
  dehumanization?: boolean;
}

/** Version of the bundled lexicon data; bump on any change to src/tag/lexicon/data. */
export const WORD_LEXICON_VERSION = '2026.12.0';

/** The `source` of findings from the bundled word lists and dehumanization patterns. */
export const WORD_LEXICON_SOURCE = `lexicon@${WORD_LEXICON_VERSION}`;
