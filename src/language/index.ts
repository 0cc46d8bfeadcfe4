/**
 * Small, deterministic language guesser for comments: the writing system first, then function-word
 * counts for Latin-script languages. It answers "und" rather than guess on too little evidence.
 */
import { FUNCTION_WORDS } from './function-words.js';

const SCRIPTS: [RegExp, string][] = [
  [/[\u0600-\u06FF\u0750-\u077F]/gu, 'ar'],
  [/[\u0590-\u05FF]/gu, 'he'],
  [/[\u0400-\u04FF]/gu, 'ru'],
  [/[\u0370-\u03FF]/gu, 'el'],
  [/[\u0900-\u097F]/gu, 'hi'],
  [/[\u0E00-\u0E7F]/gu, 'th'],
  [/[\u3040-\u30FF]/gu, 'ja'],
  [/[\uAC00-\uD7AF]/gu, 'ko'],
  [/[\u4E00-\u9FFF]/gu, 'zh'],
];

const UKRAINIAN_LETTERS = /[іїєґ]/iu;
const WORD = /\p{L}+/gu;
/** Below this many function-word hits a Latin-script guess is not defensible. */
const MIN_HITS = 2;

/**
 * A comment's opening says enough about its language; long texts are judged on a sample. Stance's
 * English-only rules read this guess for their scan (src/tag/stance/parent.ts SCAN_LIMIT): the
 * two lengths must agree (tests/text-fast-paths.test.ts, "TextView.language").
 */
const SAMPLE = 1500;

export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = countLetters(sample);
  if (letters < 3) return 'und';
  const ascii = !NON_ASCII.test(sample);
  const script = ascii ? null : dominantScript(sample, letters);
  if (script) return script === 'ru' && UKRAINIAN_LETTERS.test(sample) ? 'uk' : script;
  return guessLatin(sample, ascii);
}

function countLetters(sample: string): number {
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // ASCII letters are counted directly; anything else is asked of Unicode only when needed.
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
    else if (code > 127 && /\p{L}/u.test(sample[i]!)) letters++;
  }
  return letters;
}

/** Pure ASCII cannot be in any of the non-Latin scripts below. */
const NON_ASCII = /[^\u0000-\u007F]/u;

function dominantScript(sample: string, letters: number): string | null {
  // Japanese text mixes kana with Han; check kana before Han so it is not called Chinese.
  for (const [pattern, code] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count / letters > 0.3 || (code === 'ja' && count > 0 && count / letters > 0.1)) return code;
  }
  return null;
}

/** Adds one to each language a lower-cased word is a function word of (FUNCTION_WORDS). */
export function countFunctionWord(counts: Map<string, number>, word: string): void {
  const languages = FUNCTION_WORDS.get(word);
  if (!languages) return;
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
}

function guessLatin(sample: string, ascii: boolean): string {
  const counts = new Map<string, number>();
  const count = (word: string) => countFunctionWord(counts, word);
  const lower = sample.toLowerCase();
  if (ascii) {
    // In ASCII text the letter runs of \p{L}+ are the runs of a-z: no regex needed.
    for (let i = 0; i < lower.length; ) {
      const c = lower.charCodeAt(i);
      if (c < 97 || c > 122) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < lower.length && lower.charCodeAt(j) >= 97 && lower.charCodeAt(j) <= 122) j++;
      count(lower.slice(i, j));
      i = j;
    }
  } else {
    for (const word of lower.match(WORD) ?? []) count(word);
  }
  let best = 'und';
  let bestCount = 0;
  let runnerUp = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) {
      runnerUp = bestCount;
      best = language;
      bestCount = count;
    } else if (count > runnerUp) runnerUp = count;
  }
  if (bestCount < MIN_HITS || bestCount === runnerUp) return 'und';
  return best;
}
