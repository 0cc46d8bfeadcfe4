/**
 * Issue 15's slur causes: a slur run into the closed word before it ("manyfags") and a noun-only
 * slur used as a modifier after a word of contempt ("typical queer behaviour") are uses; the
 * ordinary readings stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { tagToxicity } from '../src/tag/toxicity/index.js';
import { compileLexicon } from '../src/tag/lexicon/index.js';
import { gluedSlur } from '../src/tag/toxicity/glued.js';
import { typingSlip } from '../src/tag/toxicity/misspelt.js';

const slurs = (text: string) => tagToxicity(text).slurs.map((f) => ({ text: f.text, use: f.use, rule: f.rule }));

describe('a slur run into the word before it', () => {
  it.each([
    ['There are too manyfags here.', 'fags', 'slurs/slur.fag'],
    ['Get thosecoons out.', 'coons', 'slurs/slur.coon'],
  ])('%s', (text, span, rule) => {
    const found = slurs(text);
    expect(found).toEqual([{ text: span, use: 'use', rule }]);
    const f = tagToxicity(text).slurs[0]!;
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(tagToxicity(text).slurs[0]!.obfuscated).toBe(true);
  });

  it('reads no slur in ordinary words that split so', () => {
    for (const text of ['The therapist said so.', 'Anzios was a battle.', 'Another day, another dollar.']) expect(slurs(text)).toEqual([]);
  });

  it('takes the word it was run into as the word before it', () => {
    expect(slurs('I am soqueer and proud.')).toEqual([]); // a degree word: the adjective
    expect(slurs('Too manyqueer in this country.')).toEqual([{ text: 'queer', use: 'use', rule: 'slurs/slur.queer' }]);
  });

  it('needs a closed word before the slur and four letters of slur', () => {
    const lex = compileLexicon();
    expect(gluedSlur('manyfags', lex)?.form.term).toBe('fags');
    expect(gluedSlur('redfags', lex)).toBeUndefined(); // "red" is no closed word
    expect(gluedSlur('thefag', lex)).toBeUndefined(); // three letters of slur
  });
});

describe('a noun-only slur as a modifier', () => {
  it('is a use after a word of contempt', () => {
    expect(slurs('Typical queer behaviour.')).toEqual([{ text: 'queer', use: 'use', rule: 'slurs/slur.queer' }]);
    expect(slurs('Typical J i h a d i behaviour.').map((f) => f.use)).toEqual(['use']);
  });

  it('keeps the old sense, the identity and the description otherwise', () => {
    expect(slurs('I had a queer feeling.')).toEqual([]);
    expect(slurs('Many queer artists came.').map((f) => f.use)).toEqual(['reclaimed']);
    expect(slurs('Jihadi groups attacked the town.')).toEqual([]);
  });
});

describe('a slur misspelt by one slip', () => {
  it('reads a swapped, dropped or doubled letter as the slur, with the span of the word as written', () => {
    for (const [text, span] of [['Shut up, you fgagot.', 'fgagot'], ['Those dkyes again.', 'dkyes']] as const) {
      const [f] = tagToxicity(text).slurs;
      expect(f, text).toMatchObject({ text: span, use: 'use', obfuscated: true });
      expect(text.slice(f!.start, f!.end)).toBe(span);
    }
  });

  it('never reads an ordinary word, a changed letter or a changed first letter as one', () => {
    for (const text of ['The dikes held.', 'She cooks for us.', 'A carpo phore.', 'Eryt hroid cells.', 'Ingra titude.']) expect(slurs(text), text).toEqual([]);
    expect(typingSlip('phore', 'whore')).toBe(false);
    expect(typingSlip('ingra', 'nigra')).toBe(false);
    expect(typingSlip('homoe', 'homo')).toBe(false);
    expect(typingSlip('homoo', 'homo')).toBe(true);
    expect(typingSlip('dkyes', 'dykes')).toBe(true);
  });
});
