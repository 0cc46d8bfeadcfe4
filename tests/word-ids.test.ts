import { describe, expect, it } from 'vitest';
import { analyzePage, tagComment } from '../src/analyze.js';
import { forgetMemos } from '../src/memo.js';
import { TextView } from '../src/text/view.js';
import { MAX_WORD_ID_CHARS, WordIds, withoutWordIds } from '../src/text/word-ids.js';
import { loadGoldPages } from './gold.js';

describe('word ids', () => {
  it('gives each key one id and stops giving new ones at the limit', () => {
    const table = new WordIds(3);
    expect(['a', 'b', 'a', 'c'].map((key) => table.id(key))).toEqual([0, 1, 0, 2]);
    expect(table.id('d')).toBe(-1);
    expect(table.id('b')).toBe(1);
    expect(table.size).toBe(3);
  });

  it('answers every key with its own id however keys that share a front slot alternate', () => {
    // Thousands of keys against a small front table: many share a slot, so a front answer given
    // without comparing the key would hand one word another's id.
    const keys = Array.from({ length: 20_000 }, (_, k) => `w${k.toString(36)}${'xyz'[k % 3]}`);
    const table = new WordIds();
    const first = keys.map((key) => table.id(key));
    expect(new Set(first).size).toBe(keys.length);
    // Asked again as a tokenizer asks: slices of one long page, equal to the keys by content but
    // not the same strings. (Whether the front table keeps its own copy rather than the slice,
    // word-ids.ts, is not observable from a test without V8 natives.)
    const page = keys.join(' ');
    const at: number[] = [];
    for (let k = 0, pos = 0; k < keys.length; pos += keys[k]!.length + 1, k++) at.push(pos);
    const sliced = (k: number) => page.slice(at[k]!, at[k]! + keys[k]!.length);
    const indices = keys.map((_, k) => k);
    for (const order of [indices, [...indices].reverse(), indices.filter((k) => k % 7 === 3)]) {
      expect(order.map((k) => table.id(sliced(k)))).toEqual(order.map((k) => first[k]));
    }
    expect(table.size).toBe(keys.length);
  });

  it('gives no id to a key longer than any word', () => {
    const table = new WordIds();
    expect(table.id('x'.repeat(MAX_WORD_ID_CHARS))).toBe(0);
    expect(table.id('y'.repeat(MAX_WORD_ID_CHARS + 1))).toBe(-1);
  });

  it('withholds ids while withoutWordIds runs, and gives them again after', () => {
    expect(withoutWordIds(() => new TextView('idiots everywhere').lexical.map((token) => token.id))).toEqual([-1, -1]);
    expect(new TextView('idiots everywhere').lexical.every((token) => token.id >= 0)).toBe(true);
  });
});

// The readers keyed by word id (clause view facts, toxicity's plain misses) fall back to the key's
// string for a token without one: a full table must change no finding.
const TEXTS = [
  'You are an idiot and a m0r0n.',
  'Immigrants are vermin, they should all be deported.',
  'f u c k off, n.i.g.g.e.r',
  'I will find you and kill you tomorrow.',
  'ur so stup1d lol, what a sh*t take',
  'Those people are animals and don\u2019t belong here.',
  'Muslims r rats. Gays are disgusting.',
  'I agree with you completely, great point!',
  'Is this true? Source? Where did you read that?',
];

describe('tokens without a word id', () => {
  it('get the same tags as with ids: hand-written comments', () => {
    const byId = TEXTS.map((text) => tagComment(text));
    const again = TEXTS.map((text) => tagComment(text)); // answered from the caches kept by id
    forgetMemos();
    const byString = withoutWordIds(() => TEXTS.map((text) => tagComment(text)));
    expect(byString).toEqual(byId);
    expect(again).toEqual(byId);
    // The table must hold findings for the comparison to mean anything.
    expect(byId.filter((tags) => tags.insults.length + tags.slurs.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(byId.filter((tags) => tags.identityAttacks.length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('get the same analysis as with ids: tune fixture pages', () => {
    const inputs = loadGoldPages('tune').slice(0, 12).map((page) => page.input);
    const byId = inputs.map((input) => analyzePage(input));
    forgetMemos();
    const byString = withoutWordIds(() => inputs.map((input) => analyzePage(input)));
    expect(byString).toEqual(byId);
  });
});
