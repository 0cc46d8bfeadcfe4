/**
 * FrameSet.run with `needed` skips the starts whose clause (or sentence) lacks a chunk passing one
 * of its tests. It must keep every match that holds a chunk passing each (the only ones taggers
 * use): checked on every example and counter-example of the identity-attack and threat frames, two
 * sentences at a time so that clauses with and without a target meet in one text.
 */
import { describe, expect, it } from 'vitest';
import { FrameSet, type FrameMatch, type Needed } from '../src/tag/clause/frames.js';
import { clauseReading } from '../src/tag/clause/reading.js';
import { getGroups } from '../src/tag/groups/index.js';
import { actChunk, threatNeeded } from '../src/tag/threats/index.js';
import identityFrames from '../src/tag/identity-attacks/data/frames.json';
import threatFrames from '../src/tag/threats/data/frames.json';
import { TextView } from '../src/text/view.js';
import type { Unit } from '../src/tag/clause/view.js';

interface FrameData {
  frames: { examples: string[]; counterExamples?: string[] }[];
}

const texts = (data: FrameData) => {
  const all = data.frames.flatMap((frame) => [...frame.examples, ...(frame.counterExamples ?? [])]);
  // Each text also beside the next one, so a sentence with a target follows or precedes one without.
  return [...all, ...all.slice(1).map((text, k) => `${all[k]} The weather was fine today, nothing else. ${text}`)];
};

const key = (m: FrameMatch) => `${m.frame.id}:${m.start}-${m.end}:${JSON.stringify(m.captures)}`;

/** The tests a match must pass, given the text's units. */
type Needs = (units: readonly Unit[]) => Needed[];

describe('frames run only where a needed chunk can be inside the match', () => {
  const groups = getGroups(undefined);
  const cases: [string, FrameData, Needs][] = [
    ['identity attacks (a chunk naming a group)', identityFrames, () => [(c) => c.target?.group !== undefined]],
    ['threats (a target chunk)', threatFrames, () => [(c) => c.target !== undefined]],
    ['threats (what the threat tagger needs: a target chunk and an act of harm)', threatFrames, (units) => threatNeeded(units)],
  ];
  it.each(cases)('%s', (_name, data, needs) => {
    const frames = new FrameSet(data, 'test');
    let kept = 0;
    for (const text of texts(data)) {
      const { units, chunks } = clauseReading(new TextView(text), groups);
      const needed = needs(units);
      const holds = (m: FrameMatch) => needed.every((test) => chunks.slice(m.start, m.end).some(test));
      const all = frames.run(units, chunks).filter(holds).map(key);
      const restricted = frames.run(units, chunks, needed).filter(holds).map(key);
      expect(restricted, text).toEqual(all);
      kept += restricted.length;
    }
    expect(kept).toBeGreaterThan(0);
  });
});

describe('every threat frame match holds an act of harm (what lets the threat tagger skip clauses without one)', () => {
  it('on every example and counter-example of the threat frames, two at a time', () => {
    const frames = new FrameSet(threatFrames, 'test');
    let seen = 0;
    for (const text of texts(threatFrames)) {
      const { units, chunks } = clauseReading(new TextView(text), getGroups(undefined));
      const act = actChunk(units); // the threat tagger's own test
      const without = frames.run(units, chunks).filter((m) => !chunks.slice(m.start, m.end).some(act));
      expect(without.map((m) => m.frame.id), text).toEqual([]);
      seen += frames.run(units, chunks).length;
    }
    expect(seen).toBeGreaterThan(0);
  });
});
