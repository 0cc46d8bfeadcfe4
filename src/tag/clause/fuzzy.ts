/**
 * Reading misspelt vocabulary words ("despicble", "thraet", "Muslm", "klil"): one letter
 * dropped, added, changed, or two neighbours swapped. A symmetric-delete index (each vocabulary
 * word under itself and its one-letter deletions) finds the candidates in a few lookups per
 * word. Real English words are never read as something else: the guard list (generated from
 * WordNet by scripts/build/fuzzy-guard.ts) holds every ordinary word within one edit of the
 * vocabulary ("hat" is not "hate", "sick" is not "dick").
 */

export interface FuzzyIndex {
  /** A vocabulary word, or a one-letter deletion of one → the vocabulary words. */
  deletions: Map<string, string[]>;
  words: Set<string>;
  guard: Set<string>;
}

/** Words shorter than this are never read fuzzily: too many short words are one edit apart. */
export const MIN_FUZZY_LENGTH = 4;
/** Nor longer than this: no vocabulary word is, and the lookup is quadratic in the word's length. */
export const MAX_FUZZY_LENGTH = 24;

export function buildFuzzyIndex(words: Iterable<string>, guard: Iterable<string>): FuzzyIndex {
  const deletions = new Map<string, string[]>();
  const vocabulary = new Set<string>();
  const add = (key: string, word: string) => {
    const list = deletions.get(key);
    if (!list) deletions.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (const word of words) {
    if (word.length < MIN_FUZZY_LENGTH || !/^[a-z]+$/.test(word)) continue;
    vocabulary.add(word);
    add(word, word);
    for (let k = 0; k < word.length; k++) add(word.slice(0, k) + word.slice(k + 1), word);
  }
  return { deletions, words: vocabulary, guard: new Set(guard) };
}

/**
 * The vocabulary word `key` misspells, or undefined. `key` itself must not be a vocabulary or a
 * guarded word. When several words are one edit away the one sharing the first letter wins; a
 * tie there is no reading at all.
 */
export function fuzzyLookup(index: FuzzyIndex, key: string): string | undefined {
  if (key.length < MIN_FUZZY_LENGTH || key.length > MAX_FUZZY_LENGTH || index.guard.has(key) || index.words.has(key)) return undefined;
  let found: string[] | undefined;
  const collect = (list: string[] | undefined) => {
    if (!list) return;
    for (const word of list) if (withinOneEdit(key, word)) (found ??= []).includes(word) || found.push(word);
  };
  collect(index.deletions.get(key)); // a letter dropped from the word ("womn")
  for (let k = 0; k < key.length; k++) {
    const shorter = key.slice(0, k) + key.slice(k + 1);
    if (index.words.has(shorter)) collect([shorter]); // a letter added ("kiill")
    collect(index.deletions.get(shorter)); // a letter changed or two swapped ("thraet")
  }
  if (!found) return undefined;
  if (found.length === 1) return found[0];
  const sameStart = found.filter((word) => word[0] === key[0]);
  // Readings that keep every letter typed come first: two letters swapped ("haterd" is hatred,
  // not hated), then one letter dropped ("livs" is lives, not live; "blck" is black, not back).
  const swapped = sameStart.filter((word) => adjacentSwap(word, key));
  if (swapped.length === 1) return swapped[0];
  const dropped = sameStart.filter((word) => word.length === key.length + 1 && withinOneEdit(key, word));
  if (dropped.length === 1) return dropped[0];
  return sameStart.length === 1 ? sameStart[0] : sameStart.length > 1 && sameStart.every((w) => w === sameStart[0]) ? sameStart[0] : pickByLength(sameStart, key);
}

/** Several same-start candidates ("womn": women, woman): the first of equal length, else none. */
function pickByLength(candidates: string[], key: string): string | undefined {
  const sorted = [...candidates].sort();
  return sorted.length > 0 && sorted.every((w) => Math.abs(w.length - key.length) <= 1) ? sorted[0] : undefined;
}

/** Damerau distance ≤ 1 (deletion, insertion, substitution or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1) || adjacentSwap(a, b); // substitution or swap
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The same letters with two neighbours swapped, and nothing else changed ("thraet", "ltes"). */
export function adjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
