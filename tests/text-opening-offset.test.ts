import { describe, it, expect } from 'vitest';
import { openingOffset } from '../src/text/cues.js';
import { findQuestions } from '../src/tag/questions/find.js';
import { viewOf } from '../src/text/view.js';
import { stanceToParent } from '../src/tag/stance/parent.js';

// Where a reply's own words begin: past @handles, and past a surname initial that belongs to the handle.
describe('openingOffset: the reply starts after the handle and its initial', () => {
  it.each([
    ['@Laia R. Fair point, the bus is faster.', 'Fair point, the bus is faster.'],
    ['@Ayesha R, how long will it take?', 'how long will it take?'],
    ['@kim it never held its shape for me', 'it never held its shape for me'],
    // A lone 'I' after a handle is the reply's first word, not an initial.
    ['@kim I, for one, never saw it.', 'I, for one, never saw it.'],
    ['@kim I. Disagree.', 'I. Disagree.'],
    // A vowel alone before a comma is a word of the reply ('É' is, 'A' to, 'Y' and), not an initial.
    ['@joao É, mas o metrô fecha antes.', 'É, mas o metrô fecha antes.'],
    ['@Marta Y, además, cierra a las diez.', 'Y, además, cierra a las diez.'],
    ['@Ola Ö. Fair point.', 'Fair point.'],
    // A consonant initial in another script or with a diacritic is the handle's, as 'R' is; a vowel is a word in any script.
    ['@jan Ł, jak długo to trwa?', 'jak długo to trwa?'],
    ['@eva Č, kolik to stojí?', 'kolik to stojí?'],
    ['@oleg Б, сколько это стоит?', 'сколько это стоит?'],
    ['@nikos Σ, πόσο κοστίζει;', 'πόσο κοστίζει;'],
    ['@oleg А, ну тогда ясно.', 'А, ну тогда ясно.'],
    ['@ana Á, sim, claro.', 'Á, sim, claro.'],
    ['RT @x: Unconfirmed reports', 'Unconfirmed reports'],
    ['Fair point.', 'Fair point.'],
  ])('%j -> %j', (text, rest) => {
    expect(text.slice(openingOffset(text))).toBe(rest);
  });

  it('reads an opening cue after a handle with an initial as it does after a bare handle', () => {
    const parent = 'The new timetable adds two trains an hour on the Kaunas line.';
    const read = (text: string) => {
      const view = viewOf(text);
      return stanceToParent(view, parent, findQuestions(view)).label;
    };
    expect(read('@Laia Fair point, the bus is still faster.')).toBe('support');
    expect(read('@Laia R. Fair point, the bus is still faster.')).toBe('support');
  });
});
