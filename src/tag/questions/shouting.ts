/** Shouting: mostly capitals over the last clause of a sentence ("WITH FRIENDS LIKE YOU, WHO NEEDS ENEMIES?"). */

const LETTER = /\p{L}/u;

/** Mostly capitals over the last clause, with at least six letters in it. */
export function isShouted(sentence: string): boolean {
  const clause = sentence.split(/[,;:–—-]\s/u).pop() ?? sentence;
  let letters = 0;
  let upper = 0;
  // Code point by code point, as /\p{L}/gu reads them, without a list of the letters.
  for (let k = 0; k < clause.length; ) {
    const cp = clause.codePointAt(k)!;
    k += cp > 0xffff ? 2 : 1;
    if (cp < 128) {
      if (cp >= 65 && cp <= 90) upper++;
      if ((cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) letters++;
      continue;
    }
    const ch = String.fromCodePoint(cp);
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ch !== ch.toLowerCase()) upper++;
  }
  if (letters < 6) return false;
  return upper / letters > 0.8;
}
