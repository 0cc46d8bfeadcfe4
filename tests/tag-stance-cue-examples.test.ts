/**
 * Every parent cue's examples (src/tag/stance/data/parent-cues.json): an example must cast a vote of
 * that cue, read as the tagger reads it (its readings applied: a cue for the article is read under
 * the article), and a counter-example must cast none. A cue without examples is left out.
 */
import { describe, expect, it } from 'vitest';
import parentData from '../src/tag/stance/data/parent-cues.json';
import targetData from '../src/tag/stance/data/target-cues.json';
import { parentVotes } from '../src/tag/stance/parent.js';
import { findQuestions } from '../src/tag/questions/find.js';
import { viewOf } from '../src/text/view.js';

/** A neutral parent: no word of it is in any example, so no restatement or negation of it is read. */
const PARENT = 'The committee met on Tuesday evening to go through the draft plan for the harbour.';

interface CueData {
  id: string;
  parent?: string;
  examples?: string[];
  counterExamples?: string[];
}

function votedCues(text: string, cue: CueData): string[] {
  const view = viewOf(text);
  return parentVotes(view, PARENT, findQuestions(view), { parentIsArticle: cue.parent === 'article' }).map((v) => v.key);
}

const cues = (parentData.cues as CueData[]).filter((cue) => (cue.examples?.length ?? 0) + (cue.counterExamples?.length ?? 0) > 0);

describe('parent cues: examples and counter-examples', () => {
  it('has cues with examples to check', () => {
    expect(cues.length).toBeGreaterThan(0);
  });
  for (const cue of cues) {
    if (cue.examples?.length) {
      it.each(cue.examples)(`${cue.id} finds %j`, (example) => {
        expect(votedCues(example, cue)).toContain(cue.id);
      });
    }
    if (cue.counterExamples?.length) {
      it.each(cue.counterExamples)(`${cue.id} leaves %j alone`, (example) => {
        expect(votedCues(example, cue)).not.toContain(cue.id);
      });
    }
  }
});

describe('stance cue patterns: word boundaries beside non-ASCII letters', () => {
  // The cue regexes run without the u flag, where `\b` knows only ASCII word characters: after 'ę' or
  // before 'ж' it never holds between a letter and a space ('Masz rację, ale' went unread). Such a
  // pattern needs a lookahead ('(?=[\s,])') or no boundary (the cue compiler adds Unicode-aware ones).
  const NON_ASCII_BEFORE = /\p{L}(?<![\x00-\x7F])(?:[^[\]()|\\\s]*\])?\)*\\b/u;
  const NON_ASCII_AFTER = /\\b(?:\(\?:)*\[?\p{L}(?<![\x00-\x7F])/u;
  // The stance data files that hold cue regexes.
  const files = [parentData, targetData] as { cues: { id: string; patterns?: string[] }[] }[];
  const patterns = files.flatMap((file) => file.cues.flatMap((cue) => (cue.patterns ?? []).map((p) => [cue.id, p] as const)));
  it('reads some patterns', () => expect(patterns.length).toBeGreaterThan(100));
  it('has no \\b next to a non-ASCII letter', () => {
    expect(patterns.filter(([, p]) => NON_ASCII_BEFORE.test(p) || NON_ASCII_AFTER.test(p))).toEqual([]);
  });
  it('the check catches such a pattern', () => {
    expect(NON_ASCII_BEFORE.test(String.raw`(?:masz racj[eę])\b[^.!?]{0,80}?,? ale\b`)).toBe(true);
    expect(NON_ASCII_AFTER.test(String.raw`\bжить`)).toBe(true);
  });
});
