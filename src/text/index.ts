export { splitSentences } from './sentences.js';
export { tokenize, stem, contentStems, STOPWORDS, type Token } from './tokens.js';
export { findQuotes, insideQuote } from './quotes.js';
