/**
 * One number per distinct word key, the same for the whole process: a lexical token carries the
 * id of its key (src/text/tokens.ts), and the readers that ask the same questions of a word in
 * every comment (is it a lexicon form, a vocabulary word, what does its unit carry) keep their
 * answers by that number, so a token costs one string lookup here instead of one per question.
 *
 * Bounded, so a process tagging millions of comments stops growing: keys longer than
 * MAX_WORD_ID_CHARS and keys first seen after MAX_WORD_IDS others get no id (-1), and every reader
 * asks such a key by its string as before (same answers, only slower). The table is at most
 * 131,072 keys of at most 40 characters, each stored as a copy of its own (a slice would keep its
 * whole page alive), plus an array of those copies by id (#names, about 1 MB more): under 20 MB in
 * the worst case, a few MB for real words. A long run's usual words come first. It is never cleared: caches keyed by id would
 * otherwise answer for another word. An id means only "this key": callers forget their answers
 * (forgetMemos), the table keeps its names.
 */

/** Distinct keys given an id; a long run's later new words go without (its usual words came first). */
export const MAX_WORD_IDS = 1 << 17;
/** Longer than any vocabulary or lexicon word; a longer key (a run of letters) is no word to remember. */
export const MAX_WORD_ID_CHARS = 40;

/** Slots of the front table (a power of two). */
const FRONT = 4096;

/** A table of ids that stops giving new ones at `limit` keys. */
export class WordIds {
  readonly #ids = new Map<string, number>();
  constructor(
    readonly limit = MAX_WORD_IDS,
    readonly maxChars = MAX_WORD_ID_CHARS,
  ) {}

  /**
   * The last key seen in each of FRONT slots (by a hash of its length and first, middle and last
   * letters: cheap; a hash of every letter would hit more often but costs a loop per key, unbenched) and its
   * id: the common words of every comment answer from a small table that stays in the CPU's
   * cache, where a lookup in the big Map (tens of thousands of keys) mostly missed it. Only ids
   * are kept, so the answers are the Map's.
   */
  readonly #frontKeys: (string | undefined)[] = new Array<string | undefined>(FRONT).fill(undefined);
  readonly #frontIds = new Int32Array(FRONT);
  /** Each id's key, as the Map holds it. */
  readonly #names: string[] = [];

  /** The key's id, or -1 when it has none (too long, or the table is full). */
  id(key: string): number {
    const n = key.length;
    if (n > this.maxChars) return -1;
    const slot = n === 0 ? 0 : (n * 31 + key.charCodeAt(0) * 7 + key.charCodeAt(n - 1) * 131 + key.charCodeAt(n >> 1)) & (FRONT - 1);
    if (this.#frontKeys[slot] === key) return this.#frontIds[slot]!;
    let id = this.#ids.get(key);
    if (id !== undefined) {
      this.#frontKeys[slot] = this.#names[id]!; // the table's own flat copy: a slice of a page would keep the page alive
      this.#frontIds[slot] = id;
      return id;
    }
    if (this.#ids.size >= this.limit) return -1;
    id = this.#ids.size;
    const name = flatCopy(key);
    this.#ids.set(name, id);
    this.#names.push(name);
    return id;
  }

  get size(): number {
    return this.#ids.size;
  }
}

/**
 * The key as a string of its own. A token's key is often a slice of the page's text, and V8 keeps
 * a slice of 13 or more characters as a pointer into its parent (a "sliced string"): kept in the
 * table, which is never cleared, it would keep the whole page alive for the life of the process.
 * Joining the code units makes a flat string (checked with %DebugPrint: ONE_BYTE_STRING_TYPE, not
 * SLICED_ONE_BYTE_STRING_TYPE), paid once per new id, for at most MAX_WORD_ID_CHARS characters.
 */
export function flatCopy(key: string): string {
  return key.split('').join('');
}

const shared = new WordIds();
/** True while `withoutWordIds` runs: every key goes without an id. */
let withheld = false;

/** The key's process-wide id, or -1 when it has none. */
export function wordId(key: string): number {
  return withheld ? -1 : shared.id(key);
}

/**
 * Runs `run` as if the table were full: every key goes without an id, so the readers' fallback by
 * string is what answers (tests compare it with the answers by id). Safe at any time: no id is
 * given out meanwhile, so no cache keyed by id gains an entry.
 */
export function withoutWordIds<T>(run: () => T): T {
  const before = withheld;
  withheld = true;
  try {
    return run();
  } finally {
    withheld = before;
  }
}
