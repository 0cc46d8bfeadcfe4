/** One prefix-head function serves the toxicity lexicon and the conspiracy cues. */
import { describe, expect, it } from 'vitest';
import { prefixHead } from '../src/text/prefix-head.js';
import * as toxicityMatch from '../src/tag/toxicity/match.js';
import * as conspiracyCues from '../src/tag/conspiracy/cues.js';
import { compileEntries } from '../src/tag/lexicon/compile.js';

describe('prefixHead', () => {
  it.each([
    ['ab', 0x61 * 0x10000 + 0x62],
    ['abc', 0x61 * 0x10000 + 0x62],
    ['zz', 0x7a * 0x10000 + 0x7a],
    ['éa', 0xe9 * 0x10000 + 0x61],
    // An astral letter: its two UTF-16 units.
    ['𐐨x', 0xd801 * 0x10000 + 0xdc28],
  ])('%s → %d', (word, head) => {
    expect(prefixHead(word)).toBe(head);
  });

  it('tells words apart by their first two units only', () => {
    expect(prefixHead('snowflake')).toBe(prefixHead('sn'));
    expect(prefixHead('ba')).not.toBe(prefixHead('ab'));
  });

  it('keys the lexicon\'s prefix terms, so a compound of a prefix term is still looked up', () => {
    const entry = { id: 'insult.zorbwit', terms: ['zorbo'], category: 'insult', severity: 1, note: 'invented', source: 'test', prefix: true } as never;
    const lex = compileEntries([entry], undefined, () => 'test', 'test');
    expect([...lex.prefixHeads]).toEqual([prefixHead('zorbo')]);
    expect(lex.prefixHeads.has(prefixHead('zorbohead'))).toBe(true);
    expect(lex.prefixHeads.has(prefixHead('zebra'))).toBe(false);
  });

  it('is the only copy: neither tagger keeps its own', () => {
    expect('head' in toxicityMatch).toBe(false);
    expect('prefixHead' in conspiracyCues).toBe(false);
  });
});
