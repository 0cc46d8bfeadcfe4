/**
 * Runs of letters (`/\p{L}+/gu` matches) counted without building the list: a short-text gate
 * ("at most three words", "more than ten words") reads only as far as its limit, so a hostile
 * sentence of a million words costs no more than one of eleven.
 */
export function countLetterRuns(text: string, cap: number): number {
  return countRuns(LETTER_RUN, text, cap);
}
const LETTER_RUN = /\p{L}+/gu;

/** The same for runs of two letters or more (`/\p{L}{2,}/gu` matches): words, not initials. */
export function countWordRuns(text: string, cap: number): number {
  return countRuns(WORD_RUN, text, cap);
}
const WORD_RUN = /\p{L}{2,}/gu;

function countRuns(run: RegExp, text: string, cap: number): number {
  run.lastIndex = 0;
  let runs = 0;
  while (runs <= cap && run.test(text)) runs++;
  run.lastIndex = 0;
  return runs;
}
