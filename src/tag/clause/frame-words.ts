/**
 * The words the identity-attack and threat frames spell out ("than", "place", "difference",
 * "someone"). A frame's glue breaks the frame as surely as its predicate when it is misspelt or run
 * into the next word ("valuablethan", "plcae"), so the clause view knows these words: it reads a
 * one-letter misspelling as them and splits words run together at them, with the real-word guard
 * (data/real-words.json) keeping ordinary words whole.
 */
import identityFramesJson from '../identity-attacks/data/frames.json';
import threatFramesJson from '../threats/data/frames.json';
import { once } from '../../memo.js';
import { splitElement, tokenizePattern } from './pattern.js';

interface PatternFile {
  macros?: Record<string, string>;
  frames: { pattern: string }[];
}

/** Every literal word of the frame files (one word each; "go_to_hell" phrases are the vocabulary's). */
export const frameWords = once((): Set<string> => {
  const words = new Set<string>();
  for (const file of [identityFramesJson, threatFramesJson] as PatternFile[]) {
    const patterns = [...Object.values(file.macros ?? {}), ...file.frames.map((frame) => frame.pattern)];
    for (const pattern of patterns) for (const word of literalWords(pattern)) words.add(word);
  }
  return words;
});

/** The literal words of one pattern: element parts that are plain letters. */
function literalWords(pattern: string): string[] {
  const out: string[] = [];
  for (const token of tokenizePattern(pattern)) {
    if (token === '|' || token.endsWith('(') || token.startsWith(')')) continue;
    const { body } = splitElement(token.replace(/^[!~]/, ''));
    for (const part of body.split('|')) if (/^[a-z']+$/.test(part)) out.push(part.replace(/'/g, ''));
  }
  return out.filter((word) => word.length >= 2);
}
