import { describe, expect, it } from 'vitest';
import { TextView } from '../src/text/view.js';
import { MAX_WORD_ID_CHARS, MAX_WORD_IDS, wordId } from '../src/text/word-ids.js';

// The process-wide table (the one tokens use), not a fresh WordIds: its bound is what keeps a
// long run's memory flat. This file fills it, so it must stay the only test in its own file
// (vitest runs each file in a fresh module graph). It is the one test of the default bound:
// tests/word-ids.test.ts checks the limit on small tables.
describe('the process-wide word-id table', () => {
  it('stops giving ids after MAX_WORD_IDS keys, and keeps the ids it gave', () => {
    const first = wordId('firstwordever');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(wordId('x'.repeat(MAX_WORD_ID_CHARS + 1))).toBe(-1);
    let given = 0;
    for (let k = 0; k < MAX_WORD_IDS + 1000; k++) if (wordId(`w${k}`) >= 0) given++;
    expect(given).toBeLessThan(MAX_WORD_IDS);
    expect(wordId('neverseenbefore')).toBe(-1);
    expect(wordId('firstwordever')).toBe(first);
    expect(new TextView('neverseenbefore either').lexical.map((token) => token.id)).toEqual([-1, -1]);
  });
});
