/**
 * The Porter stemmer (natural's porter_stemmer.js) runs regular expressions whose time grows with
 * the square of a word's length, and comment authors choose that length. Every path into it is
 * guarded: here the stemmer is wrapped to record what it is given, while hostile comments go
 * through every tagger.
 */
import { describe, expect, it, vi } from 'vitest';

const given = vi.hoisted(() => ({ longest: 0, calls: 0 }));

vi.mock('natural/lib/natural/stemmers/porter_stemmer.js', async (importOriginal) => {
  const original = ((await importOriginal()) as { default: { stem: (word: string) => string } }).default;
  return {
    default: {
      ...original,
      stem: (word: string) => {
        given.calls++;
        given.longest = Math.max(given.longest, word.length);
        return original.stem(word);
      },
    },
  };
});

const { createAnalyzer } = await import('../src/analyzer/index.js');
const { MAX_STEMMED_LENGTH, stem } = await import('../src/text/stems.js');

describe('the stemmer never sees an unbounded word', () => {
  it('on long consonant runs, hashtags and words naming a target, as text and as parent', () => {
    const analyzer = createAnalyzer({ targets: ['Trump'] });
    const run = 'bcdfghjklmnpqrstvwxz'.repeat(1600); // 32,000 consonants
    for (const text of [`Trump is ${run}`, `#Trump${run}`, `${run}y Trump`, `Trump ${run}ing is awful`, `Who is ${run}? Trump knows.`]) {
      analyzer.tagComment(text);
      analyzer.tagComment('Trump is right about it, no doubt.', { parent: text });
      analyzer.tagComments([{ id: 1, text }, { id: 2, text: 'Yes, Trump said so.', parentId: 1 }]);
    }
    // The guard is what keeps the stemmer fed: it ran, and never on a word longer than an English
    // word can be (64), whatever the cap is set to.
    expect(given.calls).toBeGreaterThan(0);
    expect(given.longest).toBeLessThanOrEqual(Math.min(64, MAX_STEMMED_LENGTH));
  });

  // Lower-casing can lengthen a word ('İ' becomes 'i' and a combining dot): the bound is on what
  // the stemmer gets, so a word within it as written may be over it lower-cased.
  it.each([['İ'.repeat(40)], [`#${'İ'.repeat(30)}`], ['İSTANBUL'.repeat(5)]])('on %s, longer lower-cased than as written', (word) => {
    given.longest = 0;
    expect(word.length).toBeLessThanOrEqual(MAX_STEMMED_LENGTH);
    expect(word.toLowerCase().length).toBeGreaterThan(MAX_STEMMED_LENGTH);
    expect(stem(word)).toBe(word.toLowerCase().replace(/^#/u, ''));
    expect(given.longest).toBeLessThanOrEqual(MAX_STEMMED_LENGTH);
  });
});
