/**
 * Censored swearing ("f***ing", "sh*t", "a**"): the letters shown and a star for each letter
 * hidden. A masked word is read as a word of the one lexicon entry it fits (same length, same
 * letters where shown: "f***ing" fits fucking and fecking, both `prof.fuck`). People censor
 * swearing more than insults, so profanity entries are tried first; a mask that fits two entries
 * of the same kind reads as none.
 */

export interface MaskWord {
  word: string;
  entry: string;
  /** 0 for profanity, 1 for insults: the order entries are tried in. */
  rank: number;
}

/** Swear words by `${length}:${first letter}`. */
export type MaskIndex = Map<string, MaskWord[]>;

export function buildMaskIndex(words: readonly MaskWord[]): MaskIndex {
  const index: MaskIndex = new Map();
  for (const item of words) {
    if (!/^[a-z]+$/.test(item.word)) continue;
    const shape = `${item.word.length}:${item.word[0]}`;
    const list = index.get(shape);
    if (list) list.push(item);
    else index.set(shape, [item]);
  }
  return index;
}

/**
 * The swear word `key` (letters and stars, first character a letter) masks, or undefined. At
 * least one star and, in words longer than four characters, half the letters shown.
 */
export function maskedLookup(index: MaskIndex, key: string): string | undefined {
  if (!key.includes('*') || !/^[a-z*]+$/.test(key) || !showsEnough(key, 4)) return undefined;
  const fitting = (index.get(`${key.length}:${key[0]}`) ?? []).filter((item) => starFit(key, item.word));
  for (const rank of [0, 1]) {
    const atRank = fitting.filter((item) => item.rank === rank);
    if (atRank.length === 0) continue;
    return atRank.every((item) => item.entry === atRank[0]!.entry) ? atRank[0]!.word : undefined;
  }
  return undefined;
}

/**
 * Whether a censored key shows enough of its word to be read: a letter first and, in keys longer
 * than `allStarsUpTo` characters, at least half its letters ("f***" and "s**t" are too common to
 * skip; "n*****" is anyone's guess). The clause view and the lexicon matcher differ only there.
 */
export function showsEnough(key: string, allStarsUpTo: number): boolean {
  if (key[0] === '*') return false;
  if (key.length <= allStarsUpTo) return true;
  let shown = 0;
  for (let k = 0; k < key.length; k++) if (key[k] !== '*') shown++;
  return shown * 2 >= key.length;
}

/** Every letter `key` shows is `word`'s letter at that place; a star stands for any letter. */
export function starFit(key: string, word: string): boolean {
  for (let k = 0; k < key.length; k++) if (key[k] !== '*' && key[k] !== word[k]) return false;
  return true;
}
