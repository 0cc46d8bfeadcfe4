import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { TextView } from '../src/text/view.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A distinct 13-to-40-letter word per n (V8 slices strings of 13 or more characters). */
function newWord(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor(k / 26)) letters += String.fromCharCode(97 + (k % 26));
  return `unheardof${letters}qz`.padEnd(16, 'x');
}

// The id table keeps every key it names for the life of the process. A key read out of a text
// must be kept as its own short string: a slice of the text would keep the whole text alive
// (one megabyte per page here), and the table is never cleared.
describe('word ids keep no text alive', () => {
  it('a page that brings a new word is not held once the page is dropped', () => {
    const pages = 30;
    const filler = ' '.repeat(1 << 20);
    const heapAfterGc = (): number => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // Warm-up pages first: a first TextView loads and fills what every later one shares.
    for (let n = 1; n <= 3; n++) new TextView((newWord(n) + filler + String(n)).split('').join('')).lexical;
    const before = heapAfterGc();
    for (let n = 100; n < 100 + pages; n++) {
      // A fresh text each time (not a rope of the same filler): the word first, then a megabyte.
      const text = (newWord(n) + filler + String(n)).split('').join('');
      expect(new TextView(text).lexical[0]!.id).toBeGreaterThanOrEqual(0);
    }
    const grown = heapAfterGc() - before;
    expect(grown).toBeLessThan(12 << 20); // 30 pinned pages would be 30 MB or more
  });
});
