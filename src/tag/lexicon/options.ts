// PLACEHOLDER until issue 3 lands: the lexicon options shape.
export interface LexiconOptions {
  [key: string]: unknown;
}
export const LEXICON_VERSION = '0.0.0';
