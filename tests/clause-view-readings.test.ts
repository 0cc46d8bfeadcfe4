/**
 * How the clause view reads disguised words (issue 15): words run together, words spelt out
 * letter by letter, glue words misspelt, and what it must never misread. The frame filter on
 * first units is checked against matching every frame at every word.
 */
import { describe, expect, it } from 'vitest';
import { chunk } from '../src/tag/clause/chunks.js';
import { FrameSet } from '../src/tag/clause/frames.js';
import { findTargets } from '../src/tag/clause/targets.js';
import { buildMaskIndex, maskedLookup } from '../src/tag/clause/masked.js';
import { clauseView } from '../src/tag/clause/view.js';
import { getGroups } from '../src/tag/groups/index.js';
import framesJson from '../src/tag/identity-attacks/data/frames.json';
import { tagIdentityAttacks } from '../src/tag/identity-attacks/index.js';
import { viewOf } from '../src/text/view.js';

const keys = (text: string) => clauseView(viewOf(text), getGroups()).units.map((u) => u.key);

describe('clause view readings', () => {
  it('splits two closed words, or a group word and a closed word, run together', () => {
    expect(keys('Women areso stupid.')).toEqual(['women', 'are', 'so', 'stupid']);
    expect(keys('Why are womenso stupid?')).toEqual(['why', 'are', 'women', 'so', 'stupid']);
    expect(keys('Gaymen repulse me.').slice(0, 2)).toEqual(['gay', 'men']);
  });

  it('reads any known word spelt out, not only content words', () => {
    expect(keys('Gay people a r e so annoying.')).toContain('are');
    expect(keys('Disabled p e o p l e are a burden.').slice(0, 2)).toEqual(['disabled', 'people']);
  });

  it('reads a misspelt glue word, but never a function word as another', () => {
    expect(keys('Women shoudl not vote.')).toContain('should');
    expect(keys('Nothing disgusts me more than trans people.')).toContain('than');
    expect(keys('Your female livs are worthless.')).toContain('lives');
  });

  it('reads Object property names as plain words (the fuzz test found "constructor")', () => {
    expect(keys('you constructor __proto__ hasOwnProperty')).toEqual(['you', 'constructor', 'proto', 'hasownproperty']);
  });

  it('joins a word broken by one space when a piece is no word, never two words', () => {
    expect(keys('Wo men are a menace.').slice(0, 2)).toEqual(['women', 'are']);
    expect(keys('Disabled p eople are a menace.').slice(0, 3)).toEqual(['disabled', 'people', 'are']);
    expect(keys('They sh ould stop.')).toContain('should');
    expect(keys('I hat e them.')).toContain('hate');
    expect(keys('Some men came.')).toEqual(['some', 'men', 'came']);
    expect(keys('It is worth less now.')).toContain('less');
    expect(keys('A rabbit and a rabs.')).not.toContain('arabs');
  });

  it('keeps the head word\'s meaning in a swearing phrase ("bloody idiots" is still an insult)', () => {
    const unit = clauseView(viewOf('Those are bloody idiots.'), getGroups()).units.find((u) => u.key === 'bloody idiots')!;
    expect(unit.insult).toBe(true);
    expect(unit.profane).toBe(true);
    expect(tagIdentityAttacks('Muslims are bloody idiots.').length).toBe(1);
    expect(tagIdentityAttacks('Muslims are bloody brilliant.')).toEqual([]);
  });

  it('reads a censored swear word as the one lexicon entry it fits, stars in its span', () => {
    expect(keys('They are f***ing awful.')).toEqual(['they', 'are', 'fucking', 'awful']);
    expect(keys('What a load of sh*t.')).toContain('shit');
    const text = 'Kiss my a**, mate.';
    const unit = clauseView(viewOf(text), getGroups()).units.find((u) => u.key === 'ass')!;
    expect(text.slice(unit.start, unit.end)).toBe('a**');
    expect(keys('A f*** that fits no single entry: x*****.')).toContain('fuck');
    expect(keys('Footnote* here')).toEqual(['footnote', 'here']);
  });

  it('reads a mask two entries of the same kind fit as nothing, and prefers profanity to insults', () => {
    const index = buildMaskIndex([
      { word: 'shit', entry: 'prof.shit', rank: 0 },
      { word: 'shat', entry: 'prof.shit', rank: 0 },
      { word: 'slut', entry: 'prof.slut', rank: 0 },
      { word: 'scum', entry: 'insult.scum', rank: 1 },
    ]);
    expect(maskedLookup(index, 'sh*t')).toBe('shit');
    expect(maskedLookup(index, 's**t')).toBeUndefined();
    expect(maskedLookup(index, 'sc*m')).toBe('scum');
    expect(maskedLookup(index, 's***')).toBeUndefined();
    expect(maskedLookup(index, 'scum')).toBeUndefined();
  });

  it('leaves ordinary words whole', () => {
    expect(keys('The therapist read the history of the area.')).toEqual(['the', 'therapist', 'read', 'the', 'history', 'of', 'the', 'area']);
  });

  it('finds the attacks its readings make visible', () => {
    for (const text of ['Women areso disgusting.', 'W o m e n are disgusting.', 'Women are disgsuting.']) expect(tagIdentityAttacks(text).length, text).toBe(1);
    expect(tagIdentityAttacks('Women are no less capable than men.')).toEqual([]);
  });
});

describe('frame filter on first units', () => {
  it('gives the matches that trying every frame at every word gives', () => {
    const filtered = new FrameSet(framesJson, 'filtered');
    const unfiltered = new FrameSet(framesJson, 'unfiltered');
    for (const frame of unfiltered.frames) frame.first = undefined;
    const texts = [
      'Immigrants are truly vermin and I hate them.', 'Nothing disgusts me more than trans people.', 'Typical of a woman to be this dumb.',
      'I would never hire a Muslim.', 'Why are women so stupid?', 'There is something wrong with all trans people.', 'Fuck all immigrants.',
    ];
    for (const text of texts) {
      const view = clauseView(viewOf(text), getGroups());
      const chunks = chunk(view.units, findTargets(view.units));
      const read = (set: FrameSet) => set.run(view.units, chunks).map((m) => `${m.frame.id}@${m.start}-${m.end}`);
      const expected = read(unfiltered);
      expect(expected.length, text).toBeGreaterThan(0);
      expect(read(filtered), text).toEqual(expected);
    }
  });
});

describe('the frames\' own words, misspelt or run together', () => {
  it('reads a frame word through one misspelling, and a phrase word ("can\'t stand")', () => {
    expect(keys('They have no plcae here.')).toContain('place');
    expect(keys('I really can not stnad them.')).toContain('can not stand');
    expect(keys('It was a fine plate.')).toContain('plate'); // a real word stays itself
  });

  it('splits two known words run together, whatever their classes, but never a real word', () => {
    expect(keys('A cat is more valuablethan a dog.')).toEqual(['a', 'cat', 'is', 'more', 'valuable', 'than', 'a', 'dog']);
    expect(keys('They ought tobe gone.')).toEqual(['they', 'ought', 'to', 'be', 'gone']);
    expect(keys('They are fucked inthe head.')).toContain('the');
    expect(keys('I saw a therapist.')).toContain('therapist');
  });

  it('prefers the reading that keeps every typed letter: a swap, then a dropped letter', () => {
    expect(keys('So much haterd.')).toContain('hatred');
    expect(keys('Their livs are worthless.')).toContain('lives');
    expect(keys('Blck people again.')).toContain('black');
  });

  it('reads a contraction whose apostrophe is misplaced', () => {
    expect(keys("I ca'nt stand it.")).toEqual(['i', 'can not stand', 'it']);
    expect(keys("Theyr'e here. Le'ts go.")).toEqual(['they', 'are', 'here', 'let', 'us', 'go']);
  });
});

describe('a contraction run into the next or previous word', () => {
  it('splits it where one side is a contraction and the other a known word, each side keeping its own span', () => {
    const text = "I really can'tstand them and I'mgoing home.";
    const units = clauseView(viewOf(text), getGroups()).units;
    expect(units.map((u) => u.key)).toEqual(['i', 'really', 'can not stand', 'them', 'and', 'i', 'am', 'going', 'home']);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['I', 'really', "can'tstand", 'them', 'and', "I'm", "I'm", 'going', 'home']);
    expect(keys("I reallycan't say.")).toEqual(['i', 'really', 'can', 'not', 'say']);
  });

  it('leaves other apostrophes alone', () => {
    expect(keys("It is five o'clock.")).toContain('oclock');
    expect(keys("The women's rights.")).toContain('women');
  });
});

describe('misspelt contractions and indefinite subjects', () => {
  it('reads a contraction one edit from exactly one known one, only when written with an apostrophe', () => {
    expect(keys("I really cna't stand them.")).toContain('can not stand');
    expect(keys("Tehy're here. Lte's go.")).toEqual(['they', 'are', 'here', 'let', 'us', 'go']);
    expect(keys("Trump's wall.")).toEqual(['trump', "'s", 'wall']);
  });

  it('reads a name before "\'s" as a possessive, not a misspelt contraction', () => {
    const table: [string, string[]][] = [
      ["Sue's right.", ['sue', "'s", 'right']],
      ["I borrowed Lee's car.", ['i', 'borrowed', 'lee', "'s", 'car']],
      ["We met at Don's.", ['we', 'met', 'at', 'don', "'s"]],
      ["Don's here.", ['don', "'s", 'here']],
      ["And then Lte's said.", ['and', 'then', 'lte', "'s", 'said']],
    ];
    for (const [text, expected] of table) expect(keys(text), text).toEqual(expected);
  });

  it('reads "someone" and "somebody" misspelt', () => {
    expect(keys('Somenoe should act.')[0]).toBe('someone');
    expect(keys('Smoebody should act.')[0]).toBe('somebody');
  });
});
