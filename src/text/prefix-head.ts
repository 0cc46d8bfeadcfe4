/**
 * A word's first two UTF-16 units as one number: a Set of these rules most words out of a
 * prefix lookup before any slicing (the toxicity lexicon's prefix keys, the conspiracy cues'
 * prefix phrases). Callers pass words of at least two units: a shorter one gives NaN.
 */
export function prefixHead(word: string): number {
  return word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}
