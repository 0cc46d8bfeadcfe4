/**
 * Every clause frame's examples, for each tagger whose rules are frames: an example must give the
 * frame's rule among the candidates, and a counter-example must give no finding at all.
 */
import { describe, expect, it } from 'vitest';
import identityFrames from '../src/tag/identity-attacks/data/frames.json';
import { identityAttackCandidates, tagIdentityAttacks } from '../src/tag/identity-attacks/index.js';
import threatFrames from '../src/tag/threats/data/frames.json';
import { tagThreats, threatCandidates } from '../src/tag/threats/index.js';

interface FrameData {
  frames: { id: string; examples: string[]; counterExamples?: string[] }[];
}

const TABLES: [string, FrameData, (text: string) => { rule: string }[], (text: string) => unknown[]][] = [
  ['identity-attacks/data/frames.json', identityFrames, identityAttackCandidates, tagIdentityAttacks],
  ['threats/data/frames.json', threatFrames, threatCandidates, tagThreats],
];

for (const [file, data, candidates, tag] of TABLES) {
  describe(`frames of ${file}`, () => {
    for (const frame of data.frames) {
      it.each(frame.examples)(`${frame.id} finds %j`, (example) => {
        expect(candidates(example).map((f) => f.rule)).toContain(frame.id);
      });
      const counter = frame.counterExamples ?? [];
      if (counter.length > 0) {
        it.each(counter)(`${frame.id} leaves %j alone`, (example) => {
          expect(tag(example)).toEqual([]);
        });
      }
    }
  });
}
