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
  const stars = key.split('*').length - 1;
  if (stars === 0 || key[0] === '*' || !/^[a-z*]+$/.test(key)) return undefined;
  if (key.length > 4 && (key.length - stars) * 2 < key.length) return undefined;
  const fitting = (index.get(`${key.length}:${key[0]}`) ?? []).filter((item) => fits(key, item.word));
  for (const rank of [0, 1]) {
    const atRank = fitting.filter((item) => item.rank === rank);
    if (atRank.length === 0) continue;
    return atRank.every((item) => item.entry === atRank[0]!.entry) ? atRank[0]!.word : undefined;
  }
  return undefined;
}

function fits(key: string, word: string): boolean {
  for (let k = 0; k < key.length; k++) if (key[k] !== '*' && key[k] !== word[k]) return false;
  return true;
}
