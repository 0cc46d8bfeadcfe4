/**
 * FrameSet.run with `needed` skips the starts whose clause (or sentence) holds no needed chunk. It
 * must keep every match that holds a needed chunk (the only ones taggers use): checked on every example
 * and counter-example of the identity-attack and threat frames, two sentences at a time so that
 * clauses with and without a target meet in one text.
 */
import { describe, expect, it } from 'vitest';
import type { Chunk } from '../src/tag/clause/chunks.js';
import { FrameSet, type FrameMatch } from '../src/tag/clause/frames.js';
import { clauseReading } from '../src/tag/clause/reading.js';
import { getGroups } from '../src/tag/groups/index.js';
import identityFrames from '../src/tag/identity-attacks/data/frames.json';
import threatFrames from '../src/tag/threats/data/frames.json';
import { TextView } from '../src/text/view.js';

interface FrameData {
  frames: { examples: string[]; counterExamples?: string[] }[];
}

const texts = (data: FrameData) => {
  const all = data.frames.flatMap((frame) => [...frame.examples, ...(frame.counterExamples ?? [])]);
  // Each text also beside the next one, so a sentence with a target follows or precedes one without.
  return [...all, ...all.slice(1).map((text, k) => `${all[k]} The weather was fine today, nothing else. ${text}`)];
};

const key = (m: FrameMatch) => `${m.frame.id}:${m.start}-${m.end}:${JSON.stringify(m.captures)}`;

describe('frames run only where a needed chunk can be inside the match', () => {
  const groups = getGroups(undefined);
  const cases: [string, FrameData, (chunk: Chunk) => boolean][] = [
    ['identity attacks (a chunk naming a group)', identityFrames, (c) => c.target?.group !== undefined],
    ['threats (a target chunk)', threatFrames, (c) => c.target !== undefined],
  ];
  it.each(cases)('%s', (_name, data, needed) => {
    const frames = new FrameSet(data, 'test');
    let kept = 0;
    for (const text of texts(data)) {
      const { units, chunks } = clauseReading(new TextView(text), groups);
      const holds = (m: FrameMatch) => chunks.slice(m.start, m.end).some(needed);
      const all = frames.run(units, chunks).filter(holds).map(key);
      const restricted = frames.run(units, chunks, needed).filter(holds).map(key);
      expect(restricted, text).toEqual(all);
      kept += restricted.length;
    }
    expect(kept).toBeGreaterThan(0);
  });
});
