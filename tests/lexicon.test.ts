import { describe, expect, it } from 'vitest';
import insults from '../src/tag/lexicon/data/insults.json';
import profanity from '../src/tag/lexicon/data/profanity.json';
import slurs from '../src/tag/lexicon/data/slurs.json';
import dehum from '../src/tag/lexicon/data/dehumanization.json';
import { isThreadlensError } from '../src/errors.js';
import {
  builtinLexicon,
  DehumanizationData,
  WORD_LEXICON_VERSION,
  LexiconDataFile,
  parseLexiconFile,
} from '../src/tag/lexicon/index.js';
import { LexiconEntries } from '../src/tag/lexicon/schema.js';

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'slur.example',
  terms: ['examplo'],
  category: 'ethnicity',
  severity: 2,
  note: 'test',
  source: 'test',
  ...over,
});

describe('bundled lexicon data', () => {
  it.each([
    ['slurs', slurs],
    ['insults', insults],
    ['profanity', profanity],
  ])('%s.json validates', (_name, json) => {
    expect(() => LexiconDataFile.parse(json)).not.toThrow();
  });

  it('dehumanization.json validates', () => {
    expect(() => DehumanizationData.parse(dehum)).not.toThrow();
  });

  it('has no term in two entries across files', () => {
    expect(() => builtinLexicon()).not.toThrow();
    const terms = builtinLexicon().entries.flatMap((e) => e.terms);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('keeps slurs, insults and profanity in their own files', () => {
    expect(slurs.entries.every((e) => e.category !== 'insult' && e.category !== 'profanity')).toBe(true);
    expect(insults.entries.every((e) => e.category === 'insult')).toBe(true);
    expect(profanity.entries.every((e) => e.category === 'profanity')).toBe(true);
  });

  it('never lists an identity term itself', () => {
    const identity = ['gay', 'gays', 'lesbian', 'muslim', 'muslims', 'jew', 'jews', 'jewish', 'trans', 'transgender', 'black', 'blacks', 'white', 'women', 'woman', 'immigrant', 'immigrants', 'disabled', 'arab', 'mexican', 'asian', 'homosexual', 'bisexual', 'christian', 'islam'];
    const terms = new Set(builtinLexicon().entries.flatMap((e) => e.terms));
    expect(identity.filter((word) => terms.has(word))).toEqual([]);
  });

  it('gives every entry a source and a note', () => {
    for (const e of builtinLexicon().entries) {
      expect(e.source.length, e.id).toBeGreaterThan(0);
      expect(e.note.length, e.id).toBeGreaterThan(0);
    }
  });

  it('is versioned as YYYY.MM.N', () => {
    expect(WORD_LEXICON_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });
});

describe('lexicon schema rejects bad data', () => {
  it.each([
    ['duplicate id', [entry(), entry({ terms: ['other'] })]],
    ['duplicate term', [entry(), entry({ id: 'slur.other' })]],
    ['term that reads the same as another', [entry({ terms: ['ex amplo'] }), entry({ id: 'slur.other', terms: ['ex-amplo'] })]],
    ['severity out of range', [entry({ severity: 4 })]],
    ['unknown category', [entry({ category: 'weather' })]],
    ['upper-case term', [entry({ terms: ['Examplo'] })]],
    ['empty terms', [entry({ terms: [] })]],
    ['unknown field', [entry({ colour: 'red' })]],
    ['missing source', [entry({ source: undefined })]],
    ['bad id', [entry({ id: 'Slur Example' })]],
  ])('%s', (_why, entries) => {
    expect(LexiconEntries.safeParse(entries).success).toBe(false);
  });

  it('accepts a good entry', () => {
    expect(LexiconEntries.safeParse([entry()]).success).toBe(true);
  });
});

describe('parseLexiconFile', () => {
  it('accepts extend / allow / replace', () => {
    const parsed = parseLexiconFile({ extend: [entry()], allow: ['slur.queer', 'bloody hell'], replace: [entry({ id: 'slur.x', terms: ['xx'] })] });
    expect(parsed.extend).toHaveLength(1);
    expect(parsed.allow).toEqual(['slur.queer', 'bloody hell']);
  });

  it.each([
    ['not an object', 'words'],
    ['unknown key', { add: [] }],
    ['bad entry', { extend: [entry({ severity: 0 })] }],
    ['allow not strings', { allow: [1] }],
  ])('throws invalid-lexicon on %s', (_why, json) => {
    try {
      parseLexiconFile(json);
      expect.unreachable();
    } catch (error) {
      expect(isThreadlensError(error)).toBe(true);
      expect((error as { code: string }).code).toBe('invalid-lexicon');
    }
  });
});
