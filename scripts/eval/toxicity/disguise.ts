/**
 * Disguises for the obfuscation table. Deterministic: the same word always gets the same disguise,
 * so runs are comparable. Each returns the disguised word; the caller embeds it in a sentence.
 */
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', g: '9' };
const HOMOGLYPH: Record<string, string> = { a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', x: 'х', i: 'і', y: 'у', s: 'ѕ', k: 'к' };

/** Leet on the first leetable letter after the first (n1gger, f4g), or on the first one. */
function leet(word: string): string {
  const chars = [...word];
  let at = chars.findIndex((ch, k) => k > 0 && LEET[ch] !== undefined);
  if (at < 0) at = chars.findIndex((ch) => LEET[ch] !== undefined);
  if (at < 0) return word;
  chars[at] = LEET[chars[at]!]!;
  return chars.join('');
}

/** Every letter spaced out ("f a g"); the words of a phrase kept apart by two spaces. */
const spacing = (word: string) => word.split(' ').map((w) => [...w].join(' ')).join('  ');
const dots = (word: string) => word.split(' ').map((w) => [...w].join('.')).join(' ');
const dashes = (word: string) => word.split(' ').map((w) => [...w].join('-')).join(' ');
/** The second letter repeated 4 more times ("fuuuuck"). */
const repeated = (word: string) => (word.length < 2 ? word : word[0] + word[1]!.repeat(5) + word.slice(2));
/** A zero-width space inside every word. */
const zeroWidth = (word: string) =>
  word.split(' ').map((w) => (w.length < 2 ? w : w.slice(0, 1) + '\u200b' + w.slice(1, -1) + '\u200c' + w.slice(-1))).join(' ');
/** Every letter that has a Cyrillic twin swapped for it. */
const homoglyph = (word: string) => [...word].map((ch) => HOMOGLYPH[ch] ?? ch).join('');
/** Leet, repeated letters and a zero-width joiner together. */
const combined = (word: string) => zeroWidth(repeated(leet(word)));

/** One letter in the middle of each word censored with a star ("n*gger", "f*g"). */
const star = (word: string) =>
  word.split(' ').map((w) => (w.length < 3 ? w : w.slice(0, w.length >> 1) + '*' + w.slice((w.length >> 1) + 1))).join(' ');
/** Alternating case plus leet ("NiGg3R"). */
const mixedCase = (word: string) => [...leet(word)].map((ch, k) => (k % 2 ? ch : ch.toUpperCase())).join('');
/** The word split once by a plain space into two multi-letter halves ("nig ger"). NOT handled by design:
 * joining words across a plain space would turn "the rapist" into "therapist". */
const split = (word: string) => (word.length < 4 || word.includes(' ') ? word : `${word.slice(0, word.length >> 1)} ${word.slice(word.length >> 1)}`);

/** The disguises the issue lists; the floor (recall >= 0.90) applies to these. */
export const DISGUISES: Record<string, (word: string) => string> = {
  leet,
  spacing,
  'separators .': dots,
  'separators -': dashes,
  'repeated letters': repeated,
  'zero-width': zeroWidth,
  homoglyphs: homoglyph,
  combined,
};

/** Extra disguises reported for honesty, outside the floor. */
export const EXTRA_DISGUISES: Record<string, (word: string) => string> = {
  'star censor': star,
  'mixed case + leet': mixedCase,
  'split by a space': split,
};
