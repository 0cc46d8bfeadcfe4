import { describe, expect, it } from 'vitest';
import { TextView } from '../src/text/view.js';
import { MAX_WORD_ID_CHARS, MAX_WORD_IDS, wordId } from '../src/text/word-ids.js';

// The process-wide table (the one tokens use), not a fresh WordIds: its bound is what keeps a
// long run's memory flat. This file fills it, so it must stay the only test in its own file
// (vitest runs each file in a fresh module graph). It is the one test of the default bound
// (MAX_WORD_IDS exactly: ids are given in order from 0); tests/word-ids.test.ts checks the same
// rule on tables given a small limit.
describe('the process-wide word-id table', () => {
  it('stops giving ids after MAX_WORD_IDS keys, and keeps the ids it gave', () => {
    const first = wordId('firstwordever');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(wordId('x'.repeat(MAX_WORD_ID_CHARS + 1))).toBe(-1);
    // `first` is the number of keys given ids before it (imports tokenise nothing, but may): the
    // table gives exactly the ids from first + 1 to MAX_WORD_IDS - 1, then none.
    const ids: number[] = [];
    for (let k = 0; k < MAX_WORD_IDS + 1000; k++) {
      const id = wordId(`w${k}`);
      if (id >= 0) ids.push(id);
    }
    expect(ids.length).toBe(MAX_WORD_IDS - first - 1);
    expect([ids[0], ids.at(-1)]).toEqual([first + 1, MAX_WORD_IDS - 1]);
    expect(wordId('neverseenbefore')).toBe(-1);
    expect(wordId('firstwordever')).toBe(first);
    expect(new TextView('neverseenbefore either').lexical.map((token) => token.id)).toEqual([-1, -1]);
  });
});
