import { STOPWORDS } from '../../text/stems.js';

/** Shortest content word, in letters. */
const MIN_LETTERS = 3;
const LETTER = /\p{L}/u;

/**
 * Content words of a text: lowercased runs of three letters or more, the shared function words
 * (text/stems.ts) aside. Scanned by
 * character code (a `/\p{L}{3,}/gu` match costs about 0.1 µs a character, too much for every page).
 */
export function contentWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isLetter(lower, i)) continue;
    if (i - start >= MIN_LETTERS) {
      const word = lower.slice(start, i);
      if (!STOPWORDS.has(word)) words.push(word);
    }
    start = i + 1;
  }
  return words;
}

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  // Letters outside the basic plane (a surrogate pair) end a word, as other symbols do.
  return LETTER.test(text[i]!);
}
