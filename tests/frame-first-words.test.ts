/**
 * Frames that can only start with one of a few words ("no|zero", "typical") are looked up by the
 * chunk's word instead of running their first test (FrameSet, `firstWords` in clause/pattern.ts).
 * The word list must hold every word the first test passes, or a match would be lost.
 */
import { describe, expect, it } from 'vitest';
import { FrameSet } from '../src/tag/clause/frames.js';
import { compilePattern, firstWords, type UnitTest } from '../src/tag/clause/pattern.js';
import { clauseReading } from '../src/tag/clause/reading.js';
import { getGroups } from '../src/tag/groups/index.js';
import identityFrames from '../src/tag/identity-attacks/data/frames.json';
import threatFrames from '../src/tag/threats/data/frames.json';
import { TextView } from '../src/text/view.js';

/** Tests that stand for their element text; a plain word or a|b list is a word test. */
function fakeFactory() {
  const words = new Map<UnitTest, ReadonlySet<string>>();
  const factory = {
    element(text: string): UnitTest {
      const test: UnitTest = () => true;
      if (/^[a-z|]+$/.test(text)) words.set(test, new Set(text.split('|')));
      return test;
    },
  };
  return { factory, wordsOf: (test: UnitTest) => words.get(test) };
}

describe('firstWords', () => {
  it.each([
    ['(no|zero) $group', ['no', 'zero']],
    ['typical $group', ['typical']],
    ['(nothing|none #det) $group', ['nothing', 'none']],
    ['(if)? only $group', ['if', 'only']],
    ['!not (better|nicer) than $group', ['better', 'nicer']],
    ['(an|a)* $group', undefined],
    ['#neg #adv* $group', undefined],
    ['(never)? #be $group', undefined],
    ['(never | #neg) $group', undefined],
    ['_ $group', undefined],
  ])('%s -> %j', (pattern, expected) => {
    const { factory, wordsOf } = fakeFactory();
    const words = firstWords(compilePattern(pattern, factory), wordsOf);
    expect(words && [...words].sort()).toEqual(expected && [...expected].sort());
  });
});

const texts = (data: { frames: { examples: string[]; counterExamples?: string[] }[] }) =>
  data.frames.flatMap((frame) => [...frame.examples, ...(frame.counterExamples ?? [])]);

describe('a frame looked up by word starts only at its words', () => {
  it.each([
    ['identity attacks', identityFrames],
    ['threats', threatFrames],
  ])('%s: every chunk whose first test passes has one of the words', (_name, data) => {
    const frames = new FrameSet(data, 'test');
    const byFrame = frames.startWords();
    let passed = 0;
    for (const text of texts(data)) {
      const { units, chunks } = clauseReading(new TextView(text), getGroups(undefined));
      frames.readOver(units, chunks);
      for (const [f, words] of byFrame) {
        const frame = frames.frames[f]!;
        for (let at = 0; at < chunks.length; at++) {
          if (!frame.first?.(at)) continue;
          passed++;
          const key = units[chunks[at]!.from]!.key;
          expect(words.has(key), `${frame.id} at "${key}" in ${text}`).toBe(true);
        }
      }
    }
    expect(byFrame.size).toBeGreaterThan(0);
    expect(passed).toBeGreaterThan(0);
  });
});

/** A frame file of one frame per pattern, each with a placeholder example. */
const frameFile = (patterns: string[]) => ({
  version: '1.0.0',
  description: 'test',
  frames: patterns.map((pattern, k) => ({ id: `f${k}`, kind: 'test', pattern, note: 'test', examples: ['x'] })),
});

// The real factory (clause/frames.ts) gives a word list only to an element of plain words: an
// element that also holds a class, a role, a target or "_" passes other words too, so a frame
// starting with one must keep running its first test.
describe('which first elements the frame set looks up by word', () => {
  it.each([
    ['(no|zero) $group', ['no', 'zero']],
    ['typical $group', ['typical']],
    ['(go_to_hell|die) $group', ['go to hell', 'die']],
    ['(a|#be) $group', undefined],
    ['(never|#neg) $group', undefined],
    ['_ $group', undefined],
    ['(_|no) $group', undefined],
    ['(@harm-verb|x) $group', undefined],
    ['(no|$group) #be', undefined],
    ['(~no) $group', undefined],
    ['#neg $group', undefined],
  ])('%s -> %j', (pattern, expected) => {
    const words = new FrameSet(frameFile([pattern]), 'test').startWords().get(0);
    expect(words && [...words].sort()).toEqual(expected && [...expected].sort());
  });
});
