/** Text readings shared by the taggers: one TextView per text, with its words, sentences and quotes. */
export { TextView, viewOf, lowerBound } from './view.js';
export { splitSentences } from './sentences.js';
export { scanWords, scanCueWords, readLexicalWords, type WordToken, type CueToken, type LexicalToken } from './tokens.js';
export { stem, contentStems, STOPWORDS } from './stems.js';
export { findQuotes } from './quotes.js';
export * from './spans.js';
