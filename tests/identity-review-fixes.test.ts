/**
 * Readings a review of the identity session found wrong, one table per finding: the wrong reading
 * and the case beside it that must keep working. Inputs are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagIdentityAttacks } from '../src/tag/identity-attacks/index.js';
import { tagThreats } from '../src/tag/threats/index.js';
import { tagToxicity } from '../src/tag/toxicity/index.js';

const attacked = (t: string) => tagIdentityAttacks(t).length > 0;
const threat = (t: string) => tagThreats(t).length > 0;
const dehumanised = (t: string) => tagToxicity(t).slurs.some((f: { category?: string }) => f.category === 'dehumanization');
const insulted = (t: string) => tagToxicity(t).insults.length > 0;

describe('1. a threat against some members is still a threat', () => {
  it.each([
    ['Some bankers should be hanged.', true],
    ['A few Catholics ought to be shot.', true],
    ['Some of the migrants should be hanged.', true],
  ])('%j threat=%s', (t, want) => expect(threat(t)).toBe(want));
  it.each([
    ['Some bankers are greedy.', false],
    ['A few Catholics are criminals.', false],
    ['Catholics are criminals.', true],
  ])('%j attack=%s (a partial quantifier is no generalisation)', (t, want) => expect(attacked(t)).toBe(want));
});

describe('2. members of a group speak for the group; heads outside it do not', () => {
  it.each([
    ['The daughters of Jews are thieves.', true],
    ['The disciples of Catholics are crooks.', true],
    ['Grandchildren of migrants are criminals.', true],
    ['Members of the Catholic community are crooks.', true],
    ['The critics of Catholics are bigots.', false],
    ['The enemies of the Jews are scum.', false],
    ['The leaders of the migrants are crooks.', false],
  ])('%j attack=%s', (t, want) => expect(attacked(t)).toBe(want));
});

describe('3. pejorative person nouns: animals, praise and affectionate registers are clean', () => {
  it.each([
    'That fish is a hammerhead.',
    'The old turtle is a loggerhead.',
    'The bird by the pond is a loon.',
    'Foxes are varmints on this farm.',
    'The last kitten is a runt.',
    'My puppy is a goofball.',
    'My hamster is a little stinker.',
    'Honestly, you are no slouch.',
    'She is a tea snob and loves it.',
    'Our baby is a little squirt.',
    'That kid is a lovable rapscallion.',
    'You absolute madman, you did it!',
    'He is a duffer at tennis.',
    'She is a huge Kook fan.',
  ])('%j has no insult', (t) => expect(insulted(t)).toBe(false));
  it.each(['Trump is a kook.', 'You lazybones, get up.'])('%j is still an insult', (t) => expect(insulted(t)).toBe(true));
});

describe('4. modifiers before the group: one reach for both readings', () => {
  it.each([
    ['Attacks on the poor innocent Catholics are a plague.', false],
    ['Catholics are a plague.', true],
  ])('%j dehumanising=%s', (t, want) => {
    expect(dehumanised(t)).toBe(want);
    expect(tagIdentityAttacks(t).some((f) => f.kind === 'dehumanisation')).toBe(want);
  });
});

describe('5. toxicity reads the group as the clause taggers do', () => {
  it.each([
    ['The opponents of Catholics are vermin.', false],
    ['The god of Hindus is a plague.', false],
    ['Two of the migrants are vermin.', false],
    ['The sons of Catholics are vermin.', true],
    ['Migrants are vermin.', true],
  ])('%j dehumanising=%s', (t, want) => expect(dehumanised(t)).toBe(want));
});

describe('6. member counts by class; "none" generalises; a focusing adverb is looked past', () => {
  it.each([
    ['None of the Catholics can be trusted.', true],
    ['Not one of the migrants can be trusted.', true],
    ['None of the migrants are thieves.', false],
    ['Not one of the migrants is a thief.', false],
    ['Dozens of migrants are thieves.', true],
    ['Hundreds of migrants are thieves.', true],
    ['Two of the migrants are thieves.', false],
    ['A handful of migrants are thieves.', false],
    ['Only one of the migrants is a thief.', false],
    ['Only some migrants are thieves.', false],
    ['Only migrants are thieves.', true],
  ])('%j attack=%s', (t, want) => expect(attacked(t)).toBe(want));
});

describe('7. an insult before a person noun: British spellings and short nouns', () => {
  it.each([
    ['My idiot neighbour blocked the drive.', true],
    ['My stupid mum lost the keys.', true],
    ['Our idiot MPs passed it.', true],
    ['My idiot brother lost the keys.', true],
    ['I am an idiot.', false],
    ['My idiot self forgot the keys.', false],
    ['Anything with a mouth is a fry predator.', false],
    ['I felt like an idiot in front of my boss.', false],
  ])('%j insult=%s', (t, want) => expect(insulted(t)).toBe(want));
});

describe('8. a negated generalisation insults nobody', () => {
  it.each([
    ['None of the migrants are thieves.', false],
    ['Not one of the migrants is a thief.', false],
    ['None of you are idiots.', false],
    ['No refugee is a criminal.', false],
    ['All of the migrants are thieves.', true],
    ['There is no doubt they are thieves.', true],
    ['No wonder he is an idiot.', true],
  ])('%j insult=%s', (t, want) => expect(insulted(t)).toBe(want));
});
