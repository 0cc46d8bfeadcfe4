/**
 * Runs of letters (`/\p{L}+/gu` matches) counted without building the list: a short-text gate
 * ("at most three words", "more than ten words") reads only as far as its limit, so a hostile
 * sentence of a million words costs no more than one of eleven.
 */
export function countLetterRuns(text: string, cap: number): number {
  LETTER_RUN.lastIndex = 0;
  let runs = 0;
  while (runs <= cap && LETTER_RUN.test(text)) runs++;
  LETTER_RUN.lastIndex = 0;
  return runs;
}
const LETTER_RUN = /\p{L}+/gu;
