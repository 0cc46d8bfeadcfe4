/**
 * Target stance where the target is mentioned only in passing: a harm done by a thing in a text that
 * never names the target, a concern target's own name used as a label, and the cue notes that say
 * where a rule came from (in general terms, never a tune page's name or batch).
 */
import { describe, expect, it } from 'vitest';
import parentCues from '../src/tag/stance/data/parent-cues.json' with { type: 'json' };
import targetCues from '../src/tag/stance/data/target-cues.json' with { type: 'json' };
import { tagStance } from '../src/tag/stance/index.js';
import { deriveCard } from '../src/tag/stance/cards/index.js';

const stance = (text: string, target: string) => tagStance(text, { targets: [target] }).targets[0]!;

describe('harm words in a text that names neither the target nor its side', () => {
  // [text, label]: a finite harm verb whose subject is a thing (a noun naming no one) is an event;
  // one done by people, a passive (the subject suffers it) or a harm with no subject still speaks for the protecting side
  it.each([
    ['The storm killed 12 people.', 'none'],
    ['The browser kills my tabs every morning.', 'none'],
    ['Cancer kills millions every year.', 'none'],
    ['The flu that killed them spread fast.', 'none'],
    ['A heavy flood killed three farmers upstream.', 'none'],
    ['They kill thousands of babies every year.', 'against'],
    ['A mother can kill her own child now.', 'against'],
    ['Your mom aborted your siblings.', 'against'],
    ['Millions have been aborted since then.', 'against'],
    ['Killing babies is wrong.', 'against'],
    // a name opening the sentence may be a person's: nothing at run time tells "Obama" from "Firefox"
    ['Obama kills babies.', 'against'],
    ['Gosnell killed babies.', 'against'],
    ['obama kills babies', 'against'],
  ] as const)('Legalization of Abortion: %s → %s', (text, label) => {
    expect(stance(text, 'Legalization of Abortion').label).toBe(label);
  });

  it('still reads a harm a thing does once the text names the target', () => {
    expect(stance('Abortion is murder, the pill kills babies.', 'Legalization of Abortion').label).toBe('against');
  });
});

describe("a concern target's own name", () => {
  // [text, label, presupposed]: the whole claim as a heading or label names the debate; its subject used in a statement presupposes it
  it.each([
    ['Climate Change is a Real Concern', 'none', false],
    ['Topics tonight: Climate Change is a Real Concern.', 'none', false],
    ['#ClimateChange is wrecking the harvest here.', 'favor', true],
    ['Delegates meet in Paris for the climate change conference.', 'favor', true],
    // the same words asserted in a sentence are the writer's claim, not a label
    ['Honestly, climate change is a real concern and we must act now.', 'favor', true],
    ['Climate change is a real concern.', 'favor', true],
    ['#ClimateChangeIsARealConcern', 'favor', true],
  ] as const)('Climate Change is a Real Concern: %s → %s', (text, label, presupposed) => {
    const found = stance(text, 'Climate Change is a Real Concern');
    expect(found.label).toBe(label);
    expect(found.evidence.some((e) => e.rule === 'stance/concern-presupposed.favor')).toBe(presupposed);
  });
});

describe('stance cue notes', () => {
  // A note says what a rule reads and why, in general terms: not which tune page or batch it was written from.
  const TUNE_PAGE = /\bbatch(?:es)? \d|\b\d{3}[-–]\d{3}\b|\b\d{3}_[0-9a-f]{8,}\b/u;
  const notes = [...parentCues.cues, ...targetCues.cues].map((cue) => [cue.id, (cue as { note?: string }).note ?? ''] as const);
  it.each(notes)('%s names no tune page', (_id, note) => {
    expect(note).not.toMatch(TUNE_PAGE);
  });
  it('the pattern finds a page batch and a page name', () => {
    expect('added after the blind tune batch 319-326').toMatch(TUNE_PAGE);
    expect('as on page 012_a2db7d9fec4b5cfe').toMatch(TUNE_PAGE);
  });
});

describe('what the dictionary says serves a denied being (wordnet-sides 1.7.0)', () => {
  it('names God by what is below it and by the practice defined by a deity, not by common words', () => {
    const opponents = deriveCard('Atheism').opponents;
    expect(opponents).toEqual(expect.arrayContaining(['God', 'Jesus', 'Christ', 'prayer', 'prayers', 'pray', 'praying', 'bible', 'scripture']));
    for (const word of ['Father', 'Son', 'Word', 'weird', 'prior', 'father', 'son', 'word', 'atheist', 'agnostic', 'nonbeliever', 'non-jew', 'non-catholic']) expect(opponents).not.toContain(word);
  });

  it('leaves a denied idea with no names of its own as it was', () => {
    expect(deriveCard('Nativism').opponents).toEqual(['acculturation']);
  });

  // [text, label]: faith in what the target denies, spoken with warmth, is against the target; a name
  // said as an exclamation ("Jesus, …", "Oh God, …", "for God's sake") names no one, a vocative that speaks to it does
  it.each([
    ['Jesus, that was a terrible game.', 'none'],
    // two names said together are one exclamation
    ['Jesus Christ, what a game!', 'none'],
    ['Jesus Christ, we love you and thank you for this day.', 'against'],
    ['Oh God, not the roadworks again, this is awful.', 'none'],
    ["For God's sake, the bus is late again and it's horrible.", 'none'],
    ['Jesus, we love you and thank you for this day.', 'against'],
    ['Jesus is my peace and my joy.', 'against'],
    ['Praying for everyone in the city tonight, stay strong.', 'against'],
    ['The Bible is a comfort every single morning.', 'against'],
    ['The weather was lovely today.', 'none'],
    // a kind defined by what it is not ("a person who is not a Jew") names no believer
    ['A non-Jew can be a wonderful friend.', 'none'],
  ] as const)('Atheism: %s → %s', (text, label) => {
    expect(stance(text, 'Atheism').label).toBe(label);
  });
});

describe('titles of a denied being and its practice (wordnet-sides 1.8.0)', () => {
  // [text, label]: a title that is also a common word (Savior, Redeemer, Lord) names God written with a
  // capital or beside another of God's names; in lower case alone it is the common word. Persons and
  // places whose definition names a deity (guru, temple) are no practice of belief.
  it.each([
    ['He is the savior of this team and we love him.', 'none'],
    ['The new manager was the redeemer of a lost season, wonderful.', 'none'],
    ['He acts like the lord of the office and it is awful.', 'none'],
    ['My yoga guru is wonderful and so patient.', 'none'],
    ['We toured the old temple ruins, a lovely day.', 'none'],
    ['Jesus is my Savior and my joy.', 'against'],
    ['Praise the Lord, what a wonderful morning!', 'against'],
    ['praise the lord and pray every day, so grateful', 'against'],
    // a capital that belongs to another proper name: the title joined to a capitalised word that is not
    // one of the being's names, directly or by "of the"
    ['Lord of the Rings is the best film ever, wonderful.', 'none'],
    ['Lord Byron wrote wonderful poems.', 'none'],
    ['Maker Faire was wonderful this year.', 'none'],
    ['Praise the Lord Jesus, what a wonderful morning!', 'against'],
    ['Thank you Lord I love this wonderful day', 'against'],
    // two titles together name the being in lower case too; one alone stays the common word
    ['thank you lord and savior for this wonderful day', 'against'],
    ['so grateful to my lord savior every morning', 'against'],
    ['the lord of the manor threw a wonderful party and saved the day', 'none'],
    // two titles of something ('the creator and maker of …', 'a maker and creator') are common words
    ['Big thanks to the creator and maker of this wonderful app.', 'none'],
    ['The divine creator of this wonderful cake deserves a medal.', 'none'],
    ['She is a maker and creator at heart, wonderful work.', 'none'],
  ] as const)('Atheism: %s → %s', (text, label) => {
    expect(stance(text, 'Atheism').label).toBe(label);
  });

  it('keeps a title the caller lists as a name of their own', () => {
    expect(tagStance('He is the savior of this team, wonderful.', { targets: [{ name: 'Atheism', opponents: ['savior'] }] }).targets[0]!.label).toBe('against');
  });

  it('records titles apart and leaves persons and places out of the practice', () => {
    const opponents = deriveCard('Atheism').opponents;
    expect(opponents).toEqual(expect.arrayContaining(['Savior', 'Lord', 'prayer', 'pray']));
    for (const word of ['guru', 'gurus', 'temple', 'temples', 'nun', 'monk', 'theocracy']) expect(opponents).not.toContain(word);
  });
});

describe('kinds of the opposed belief and phrases that name the denied being (wordnet-sides 1.9.0)', () => {
  // [text, label]: a named kind of religion (Islam, Buddhism) speaks for what atheism opposes; a phrase
  // that names nothing but God (Holy Spirit) names God; a common noun ("cult classic", since 1.9.1) does not
  it.each([
    ['Islam gives clear and beautiful answers to the purpose of life.', 'against'],
    ['Buddhism brought me peace and joy this year.', 'against'],
    ['The Holy Spirit guides me every day, so grateful.', 'against'],
    ['The new Zen garden at the hotel is lovely.', 'none'],
    ['That movie is a cult classic, wonderful.', 'none'],
    ['Obi is my favourite player, wonderful.', 'none'],
  ] as const)('Atheism: %s → %s', (text, label) => {
    expect(stance(text, 'Atheism').label).toBe(label);
  });
});

describe('named kinds of an opposed belief are proper names or -isms', () => {
  // a proper name (Islam, Wicca) or an -ism (paganism) names only a belief; a common noun (cult, obi) has
  // readings of its own even when all its senses are beliefs or groups ("cult classic", a person called Obi)
  it('keeps proper-named kinds and leaves common nouns out', () => {
    const opponents = deriveCard('Atheism').opponents;
    expect(opponents).toEqual(expect.arrayContaining(['Islam', 'Buddhism', 'Wicca', 'Christianity']));
    for (const word of ['Cult', 'Cultus', 'Obi', 'Obeah']) expect(opponents).not.toContain(word);
  });
});

describe("a doctrine's holders tagged as a group", () => {
  // [text, target, label]: the plural holder tag alone names the group, as critics tag it; the
  // singular (a self-label) and a tag with a side's words still take a side
  it.each([
    ['Reading the new threads tonight #feminists', 'Feminist Movement', 'none'],
    ['Reading the new threads tonight #atheists', 'Atheism', 'none'],
    ['Reading the new threads tonight #feminist', 'Feminist Movement', 'favor'],
    ['Reading the new threads tonight #ProudFeminists', 'Feminist Movement', 'favor'],
  ] as const)('%s (%s) → %s', (text, target, label) => {
    expect(stance(text, target).label).toBe(label);
  });
});
