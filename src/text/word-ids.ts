/**
 * One number per distinct word key, the same for the whole process: a lexical token carries the
 * id of its key (src/text/tokens.ts), and the readers that ask the same questions of a word in
 * every comment (is it a lexicon form, a vocabulary word, what does its unit carry) keep their
 * answers by that number, so a token costs one string lookup here instead of one per question.
 *
 * Bounded: keys longer than MAX_WORD_ID_CHARS and keys first seen after MAX_WORD_IDS others get
 * no id (-1) and are asked by their string as before; the table is never cleared, since caches
 * keyed by id would otherwise answer for another word. An id means only "this key": callers
 * forget their answers (forgetMemos), the table keeps its names.
 */
const ids = new Map<string, number>();

/** Distinct keys given an id; a long run's later new words go without (its usual words came first). */
export const MAX_WORD_IDS = 1 << 17;
/** Longer than any vocabulary or lexicon word; a longer key (a run of letters) is no word to remember. */
export const MAX_WORD_ID_CHARS = 40;

/** The key's id, or -1 when it has none (too long, or the table is full). */
export function wordId(key: string): number {
  if (key.length > MAX_WORD_ID_CHARS) return -1;
  let id = ids.get(key);
  if (id !== undefined) return id;
  if (ids.size >= MAX_WORD_IDS) return -1;
  id = ids.size;
  ids.set(key, id);
  return id;
}
