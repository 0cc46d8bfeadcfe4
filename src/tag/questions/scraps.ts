/**
 * Short verbless scraps: how many words a sentence holds, counted without building the list, and
 * whether a short one asks anything. Shared by detection (a short unmarked question), the kind (a
 * bare "Coincidence?") and the follow-up fragment ("Parks, police overtime?").
 */

import { countLetterRuns } from '../../text/letters.js';

const LETTER_RUN = /\p{L}+/gu;

const WH_WORDS: readonly string[] = ['who', 'what', 'when', 'where', 'why', 'how', 'which', 'whose'];
const COMMON_AUXILIARIES: readonly string[] = 'is are was were do does did can could will would should has have had'.split(' ');
/** Wh-words and auxiliaries: a scrap that holds one still asks ("Why?", "Is it?"). */
export const ASKING_WORDS: ReadonlySet<string> = new Set([...WH_WORDS, ...COMMON_AUXILIARIES]);

/** One to `most` words, none of them in `asking` (lower-case words). */
export function isScrap(sentence: string, most: number, asking: ReadonlySet<string>): boolean {
  const runs = countLetterRuns(sentence, most);
  if (runs === 0 || runs > most) return false;
  return !(sentence.match(LETTER_RUN) ?? []).some((word) => asking.has(word.toLowerCase()));
}
