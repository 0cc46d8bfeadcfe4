import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { elongations, fold, joins } from '../src/normalize/index.js';
import { readLexicalWords as tokenize } from '../src/text/tokens.js';
import { workGrowth } from './work-meter.js';

const tokensOf = (text: string) => tokenize(fold(text), text);

describe('fold', () => {
  it.each([
    ['Hello', 'hello'],
    ['ni\u200Bgger', 'nigger'], // zero-width space dropped
    ['f\u00ADag', 'fag'], // soft hyphen dropped
    ['ｆａｇ', 'fag'], // fullwidth
    ['nіggеr', 'nigger'], // Cyrillic і and е
    ['niggér', 'nigger'], // diacritic
    ['𝐟𝐚𝐠', 'fag'], // mathematical bold, surrogate pairs
  ])('%j folds to %j', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it('maps every folded character back to the original code point', () => {
    const input = 'a\u200Bb𝐟é';
    const f = fold(input);
    expect(f.text).toBe('abfe');
    expect([...f.start]).toEqual([0, 2, 3, 5]);
    expect([...f.end]).toEqual([1, 3, 5, 6]);
  });

  it('keeps other scripts as they are', () => {
    expect(fold('Привет мир').text).not.toMatch(/[a-z]/);
  });
});

describe('tokenize', () => {
  it('reads leet only inside words that have letters', () => {
    const keys = tokensOf('n1gg3r 2017 a55 f@g $h!t idiot!!!').map((t) => t.key);
    expect(keys).toEqual(['nigger', 'a', 'fag', 'shit', 'idiot']); // "a55" is not read as "ass"
  });

  it('keeps a reply handle and its leet reading', () => {
    const [t] = tokensOf('@ss');
    expect(t!.key).toBe('ss');
    expect(t!.alt).toContain('ass');
  });

  it('marks quoted words and sentence breaks', () => {
    const tokens = tokensOf('He said "go away". Then left');
    expect(tokens.filter((t) => t.quoted).map((t) => t.key)).toEqual(['go', 'away']);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('does not open a quote at an apostrophe', () => {
    expect(tokensOf("don't ‘quote’ it’s").filter((t) => t.quoted).map((t) => t.key)).toEqual(['quote']);
  });

  it('gives spans into the original text', () => {
    const text = 'You ｆａｇ!';
    const [, t] = tokensOf(text);
    expect(text.slice(t!.start, t!.end)).toBe('ｆａｇ');
  });
});

describe('variants', () => {
  it('undoes elongation by runs of three or more, never runs of two', () => {
    expect(elongations('fuuuuck')).toContain('fuck');
    expect(elongations('niiiigggger')).toContain('nigger');
    expect(elongations('assess')).toEqual([]);
  });

  it.each([
    ['n.i.g.g.e.r', 'nigger'],
    ['f a g', 'fag'],
    ['nig-ger', 'nigger'],
    ['n. i. g. g. e. r', 'nigger'],
    ['a f a g', 'fag'],
  ])('joins %j', (text, key) => {
    expect(joins(tokensOf(text)).map((j) => j.key)).toContain(key);
  });

  it.each([
    ['hello world', []],
    ['a f a g', [[0, 4, 'afag'], [1, 4, 'fag']]],
    // Fifteen letters are too many for one word; after the leading "a", fourteen are not.
    ['a b c d e f g h i j k l m n o', [[1, 15, 'bcdefghijklmno']]],
    ['x sh.it y', [[1, 3, 'shit']]],
  ])('joins of %j are exactly %j', (text, expected) => {
    expect(joins(tokensOf(text)).map((j) => [j.from, j.to, j.key])).toEqual(expected);
  });

  // A run of single letters that spells several words: each word of every reading of the whole
  // run as known words, by tokens [from, to).
  const known = new Set(['u', 'r', 'a', 'i', 'hate', 'fag', 'such', 'abo', 'so', 'gay', 'ur']);
  it.each([
    ['u r a f a g', [[0, 2, 'ur'], [3, 6, 'fag']]], // "u r" reads as "u", "r" and as "ur"
    ['f a g f a g', [[0, 3, 'fag'], [3, 6, 'fag']]],
    ['i h a t e u f a g', [[1, 5, 'hate'], [6, 9, 'fag']]],
    ['u  r  a  f.a.g', [[0, 2, 'ur'], [3, 6, 'fag']]],
    ['u r s o g a y', [[0, 2, 'ur'], [2, 4, 'so'], [4, 7, 'gay']]],
    // "b o h m" reads as no words, so no piece of the run is read: no "abo".
    ['such a b o h m', []],
    ['x f a g', []],
  ])('known words of the run %j are %j', (text, expected) => {
    const whole = new Set(joins(tokensOf(text)).map((j) => `${j.from}-${j.to}`));
    const pieces = joins(tokensOf(text), (key) => known.has(key)).filter((j) => !whole.has(`${j.from}-${j.to}`));
    expect(pieces.map((j) => [j.from, j.to, j.key])).toEqual(expected);
  });

  it('reads the words of a run far longer than one word, in time linear in the run', () => {
    const pieces = (k: number) => joins(tokensOf('a f a g '.repeat(k)), (key) => known.has(key));
    expect(pieces(2000).filter((j) => j.key === 'fag')).toHaveLength(2000);
    expect(workGrowth((k) => void pieces(100 * k))).toBeLessThanOrEqual(20);
  });

  it.each([['the rapist'], ['such a b o h m'], ['as s']])('never joins %j into a lexicon-looking word', (text) => {
    const keys = joins(tokensOf(text)).map((j) => j.key);
    expect(keys).not.toContain('therapist');
    expect(keys).not.toContain('abo');
    expect(keys).not.toContain('ass');
  });
});

describe('normalize never throws and keeps offsets valid', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const f = fold(text);
        expect(f.start.length).toBe(f.text.length);
        for (const t of tokenize(f, text)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThan(t.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
