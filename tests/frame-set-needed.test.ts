/**
 * FrameSet.run with `needed` skips the starts whose clause (or sentence) lacks a chunk passing one
 * of its tests. It must keep every match that holds a chunk passing each (the only ones taggers
 * use): checked on every example and counter-example of the identity-attack and threat frames, two
 * sentences at a time so that clauses with and without a target meet in one text.
 */
import { describe, expect, it } from 'vitest';
import type { Chunk } from '../src/tag/clause/chunks.js';
import { FrameSet, type FrameMatch } from '../src/tag/clause/frames.js';
import { clauseReading } from '../src/tag/clause/reading.js';
import { getGroups } from '../src/tag/groups/index.js';
import { ROLE } from '../src/tag/meaning/index.js';
import { actWords } from '../src/tag/threats/act-words.js';
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

type Needed = (chunk: Chunk, units: readonly Unit[]) => boolean;

/** A chunk holding an act of harm as the threat tagger reads one: a harm role, or a word completing a frame's act. */
const actIn = (data: FrameData): Needed => {
  const words = actWords(new FrameSet(data, 'test').frames.map((frame) => frame.compiled.source));
  const harm = ROLE['harm-verb'] | ROLE['harm-noun'];
  return (c, units) => units.slice(c.from, c.to).some((u) => (u.roles & harm) !== 0 || words.has(u.key));
};

describe('frames run only where a needed chunk can be inside the match', () => {
  const groups = getGroups(undefined);
  const cases: [string, FrameData, Needed[]][] = [
    ['identity attacks (a chunk naming a group)', identityFrames, [(c) => c.target?.group !== undefined]],
    ['threats (a target chunk)', threatFrames, [(c) => c.target !== undefined]],
    ['threats (a target chunk and an act of harm)', threatFrames, [(c) => c.target !== undefined, actIn(threatFrames)]],
  ];
  it.each(cases)('%s', (_name, data, tests) => {
    const frames = new FrameSet(data, 'test');
    let kept = 0;
    for (const text of texts(data)) {
      const { units, chunks } = clauseReading(new TextView(text), groups);
      const needed = tests.map((test) => (c: Chunk) => test(c, units));
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
    const act = actIn(threatFrames);
    let seen = 0;
    for (const text of texts(threatFrames)) {
      const { units, chunks } = clauseReading(new TextView(text), getGroups(undefined));
      const without = frames.run(units, chunks).filter((m) => !chunks.slice(m.start, m.end).some((c) => act(c, units)));
      expect(without.map((m) => m.frame.id), text).toEqual([]);
      seen += frames.run(units, chunks).length;
    }
    expect(seen).toBeGreaterThan(0);
  });
});
