/**
 * Undoing obfuscation before matching, with every character traceable to the original text.
 * Steps: fold (case, diacritics, look-alikes, invisible characters) → read the folded words with
 * leetspeak undone (src/text/tokens.ts, `readLexicalWords`; a TextView's `lexical` words) →
 * variants (elongated letters, words split by separators or spaces).
 */
export { fold, type Folded } from './fold.js';
export { elongations, joins, type Join } from './variants.js';
