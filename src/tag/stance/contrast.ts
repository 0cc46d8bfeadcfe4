/**
 * Contrast words read as a turn against what came before them ('Lovely, but the queue…'), not in
 * the senses that turn nothing: 'all but' and 'nothing but' (= almost, only), 'not only … but
 * also' (adds), 'even though' (concedes against the writer's own interest, for the point), 'yet'
 * inside a clause ('not yet', 'best yet'), and 'until' in time ('open until late'; only the idiom
 * 'worked fine (right up) until' turns). Words inside a quotation are the quoted writer's.
 * One list (parent-shapes.json `contrasts`) serves warm-tone, praise-then-contrast and takes-up-figure.
 */
import shapes from './data/parent-shapes.json' with { type: 'json' };
import type { WordToken } from '../../text/tokens.js';

const CONTRAST_WORDS = new Set(shapes.contrasts);
const UNTIL_AFTER = new Set(shapes.contrastSenses.untilAfter);
const NOT_AFTER = shapes.contrastSenses.notAfter as Record<string, string[]>;
/** 'but' after these is 'almost' or 'only', not a turn. */
const BUT_NOT_AFTER = new Set(NOT_AFTER['but']);
/** 'even though' concedes for the point. */
const THOUGH_NOT_AFTER = new Set(NOT_AFTER['though']);
/** What may stand before a clause-opening 'yet': punctuation, or 'and'. */
const CLAUSE_BREAK = /[,;:.!?—–-]\s*$/u;

/**
 * Whether words[i] turns the sentence against what came before it. `text` is what the tokens'
 * offsets point into.
 */
export function isContrastAt(text: string, words: readonly WordToken[], i: number): boolean {
  const word = words[i]!.lower;
  const previous = i > 0 ? words[i - 1]!.lower : '';
  if (word === 'until') return untilTurns(words, i);
  if (!CONTRAST_WORDS.has(word)) return false;
  if (word === 'but') {
    if (BUT_NOT_AFTER.has(previous)) return false;
    if (words[i + 1]?.lower === 'also' || notOnlyBefore(words, i)) return false;
  }
  if (word === 'though' && THOUGH_NOT_AFTER.has(previous)) return false;
  if (word === 'yet') {
    if (i === 0) return true;
    const gap = text.slice(words[i - 1]!.end, words[i]!.start);
    return CLAUSE_BREAK.test(gap) || previous === 'and';
  }
  return true;
}

/** 'worked fine until', 'works well right up until': the idiom of a thing going well and then not. */
function untilTurns(words: readonly WordToken[], i: number): boolean {
  let j = i - 1;
  if (words[j]?.lower === 'up') j--;
  if (words[j]?.lower === 'right') j--;
  return j >= 0 && UNTIL_AFTER.has(words[j]!.lower);
}

/** 'not only cheap but …': the 'but' adds to what came before. */
function notOnlyBefore(words: readonly WordToken[], i: number): boolean {
  for (let j = i - 1; j > 0 && j >= i - 8; j--) if (words[j]!.lower === 'only' && words[j - 1]!.lower === 'not') return true;
  return false;
}

/** The first contrast of words outside the given spans (quotations), or -1. */
export function firstContrast(text: string, words: readonly WordToken[], outside: readonly { start: number; end: number }[] = []): number {
  for (let i = 0; i < words.length; i++) {
    if (!CONTRAST_WORDS.has(words[i]!.lower) && words[i]!.lower !== 'until') continue;
    if (outside.some((s) => s.start <= words[i]!.start && words[i]!.end <= s.end)) continue;
    if (isContrastAt(text, words, i)) return i;
  }
  return -1;
}
