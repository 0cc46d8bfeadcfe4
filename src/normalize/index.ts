/**
 * Undoing obfuscation before matching, with every character traceable to the original text.
 * Steps: fold (case, diacritics, look-alikes, invisible characters) → tokenize (read leetspeak
 * inside words) → variants (elongated letters, words split by separators or spaces).
 */
export { fold, type Folded } from './fold.js';
export { tokenize, type Token } from './tokens.js';
export { elongations, joins, type Join } from './variants.js';
