import { describe, expect, it } from 'vitest';
import { identityAttackCandidates, tagIdentityAttacks } from '../src/tag/identity-attacks/index.js';
import { builtinGroups } from '../src/tag/groups/index.js';
import { meaningClasses } from '../src/tag/meaning/index.js';
import { isThreadlensError } from '../src/errors.js';


describe('protected groups (data/groups.json)', () => {
  const withExamples = builtinGroups().filter((group) => group.examples.length > 0);
  it('has examples for most groups', () => {
    expect(withExamples.length).toBeGreaterThan(20);
  });
  for (const group of withExamples) {
    it.each(group.examples)(`${group.id}: %j is an attack on the group`, (example) => {
      expect(tagIdentityAttacks(example).map((f) => f.group)).toContain(group.id);
    });
  }
});

describe('meaning classes read as predicates', () => {
  const { classes } = meaningClasses();
  const single = (words: string[]) => words.filter((w) => /^[a-z]+$/.test(w));
  it.each(classes.filter((c) => c.role === 'dehumanising').map((c) => [c.id, single(c.words)] as const))(
    'every %s word is dehumanising after "Immigrants are …"',
    (_id, words) => {
      const missed = words.filter((word) => !tagIdentityAttacks(`Immigrants are ${word}.`).some((f) => f.kind === 'dehumanisation'));
      expect(missed).toEqual([]);
    },
  );
  it.each(classes.filter((c) => c.role === 'negative-attribute' && c.pos === 'adj').map((c) => [c.id, single(c.words)] as const))(
    'every %s adjective derogates after "Muslims are so …"',
    (_id, words) => {
      // "subhuman", "savage" are also dehumanising nouns: either kind is an attack.
      const missed = words.filter((word) => !tagIdentityAttacks(`Muslims are so ${word}.`).some((f) => f.kind === 'derogation' || f.kind === 'dehumanisation'));
      expect(missed).toEqual([]);
    },
  );
});

describe('tagIdentityAttacks', () => {
  it('names the group, its category, the kind and the predicate span', () => {
    const text = 'Honestly, refugees are a plague.';
    const [found] = tagIdentityAttacks(text);
    expect(found).toMatchObject({ kind: 'dehumanisation', group: 'immigrants', category: 'nationality', meaning: 'disease', obfuscated: false });
    expect(text.slice(found!.start, found!.end)).toBe(found!.text);
    expect(found!.text).toBe('plague');
    expect(found!.target.text).toBe('refugees');
    expect(text.slice(found!.target.start, found!.target.end)).toBe('refugees');
  });

  it('follows "they" back to the group it points to', () => {
    const found = tagIdentityAttacks('I met a lot of Muslims last year. They are all liars.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ group: 'muslims', kind: 'derogation' });
    expect(found[0]!.target.text).toBe('They');
  });

  it('reads "you" as a group only when the text puts the addressee in one', () => {
    expect(tagIdentityAttacks('You are disgusting.')).toEqual([]);
    expect(tagIdentityAttacks('You immigrants are disgusting.').map((f) => f.group)).toEqual(['immigrants']);
  });

  it('is not fooled by disguises it undoes: misspelt, spaced out, leetspeak, run together, broken by a space', () => {
    for (const text of ['Immigrnts are vermin.', 'M u s l i m s are vermin.', 'Imm1grants are v3rmin.', 'Muslims are sodisgusting.', 'Refugees are dis gusting.']) {
      const found = tagIdentityAttacks(text);
      expect(found, text).toHaveLength(1);
      expect(found[0]!.obfuscated, text).toBe(true);
      expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
    }
  });

  it('never reads an ordinary word as a misspelt one', () => {
    // "fill" is one letter from "kill", "makes" from "males", "matter" from "batter".
    expect(tagIdentityAttacks('These matters fill me with hope, women make the best of it.')).toEqual([]);
    // Two words that spell one ("use less", "worth less") are read as written.
    expect(tagIdentityAttacks('Women use less water than men.')).toEqual([]);
  });

  it('leaves out what is not an attack: denial, quotation, report, counter-speech, praise', () => {
    for (const text of [
      'Immigrants are not vermin.',
      'No woman deserves to be called trash.',
      'He wrote that "gay people are vermin" and was banned.',
      'My uncle keeps saying that Muslims are parasites, which is vile.',
      'I never said that refugees are scum.',
      'Calling immigrants vermin is what fascists do.',
      "It's not true that women are stupid.",
      'Immigrants are wonderful neighbours.',
      'Politicians are vermin.',
      'Nobody thinks refugees are stupid.', // a negative pronoun is the thinker, not a negator to skip
      'I refuse to believe that women are inferior.',
    ]) {
      expect(tagIdentityAttacks(text), text).toEqual([]);
    }
  });

  it('takes caller groups, and drops built-in ones on request', () => {
    const options = { groups: { extend: [{ id: 'dalits', category: 'other' as const, nouns: ['dalits'] }], allow: ['women'] } };
    expect(tagIdentityAttacks('Dalits are vermin.', options).map((f) => f.group)).toEqual(['dalits']);
    expect(tagIdentityAttacks('Women are vermin.', options)).toEqual([]);
    expect(tagIdentityAttacks('Women are vermin.')).toHaveLength(1);
  });

  it('rejects malformed caller groups with a typed error', () => {
    try {
      tagIdentityAttacks('x', { groups: { extend: [{ id: 'Bad Id', category: 'gender', nouns: [] }] } as never });
      expect.unreachable();
    } catch (error) {
      expect(isThreadlensError(error)).toBe(true);
    }
  });

  it('never throws on odd input', () => {
    for (const text of ['', ' ', '\u0000', 'a'.repeat(5000), 'they they they', '"""', '\uD800']) expect(() => tagIdentityAttacks(text)).not.toThrow();
    expect(tagIdentityAttacks(undefined as unknown as string)).toEqual([]);
  });
});

describe('cruelty and contempt as negative attributes; denied generalisations', () => {
  it('reads the cruel-harmful class (WordNet: barbarous, harmful, contemptible) as a derogatory predicate', () => {
    for (const word of ['brutal', 'vicious', 'inhumane', 'contemptible', 'harmful']) expect(tagIdentityAttacks(`Immigrants are so ${word}.`).length, word).toBeGreaterThan(0);
    expect(tagIdentityAttacks('Immigrants are not cruel.')).toEqual([]);
  });

  it('"not all" and "not every" before a group deny the generalisation', () => {
    expect(tagIdentityAttacks('Not all Muslims are evil.')).toEqual([]);
    expect(tagIdentityAttacks('Not every immigrant is a criminal.')).toEqual([]);
    expect(tagIdentityAttacks('All Muslims are evil.').length).toBeGreaterThan(0);
  });

  // A count picks members out of the group: what is said of them is no generalisation.
  it.each([
    ['One of the refugees is a rapist.', 0],
    ['One refugee is a rapist.', 0],
    ['Two of those migrants were thieves.', 0],
    ['A handful of the Muslims there were violent.', 0],
    ['Three immigrants were criminals.', 0],
    ['Every one of these immigrants is a criminal.', 1],
    ['None of the refugees are rapists.', 0],
    ['Each of the refugees is a rapist.', 1],
    ['Most of the immigrants are thieves.', 1],
    ['All of these Muslims are violent.', 1],
  ])('a count before the group: %j gives %i', (text, count) => {
    expect(tagIdentityAttacks(text)).toHaveLength(count);
  });
});

describe('a clause denied by the verb that introduces it', () => {
  it('is no attack when someone disagrees with it, denies it, or refuses to accept it', () => {
    for (const opener of ['I disagree that', 'He denies that', 'I refuse to accept that', 'We reject the idea that'])
      expect(tagIdentityAttacks(`${opener} immigrants are vermin.`), opener).toEqual([]);
  });

  it('denies only the clause the verb opens with "that", not a later clause', () => {
    for (const text of ['Muslims reject our values, they are vermin.', 'I doubt anyone cares, but immigrants are parasites.', 'Reject the lies: Jews are rats.'])
      expect(tagIdentityAttacks(text).length, text).toBeGreaterThan(0);
  });

  it('a denied command to say it is no one\'s statement', () => {
    for (const text of ['Never say women are disgusting.', "Don't say Muslims are stupid."]) expect(tagIdentityAttacks(text), text).toEqual([]);
    expect(tagIdentityAttacks('Say it: Muslims are stupid.').length).toBeGreaterThan(0);
  });

  it('is the speaker\'s own when the denial is itself denied or asked rhetorically, or the speaker agrees', () => {
    for (const opener of ['Who would deny that', "You can't deny that", 'There is no denying that', 'I agree that'])
      expect(tagIdentityAttacks(`${opener} immigrants are vermin.`).length, opener).toBeGreaterThan(0);
  });
});

describe('a group aimed at by an act noun (clause/data/target-nouns.json) is not the subject', () => {
  it('condemning attacks, violence or jokes aimed at a group is no attack on it', () => {
    for (const head of ['Attacks on', 'Violence against', 'Jokes about', 'Brutal attacks on innocent', 'Discrimination towards'])
      expect(tagIdentityAttacks(`${head} immigrants are disgusting.`), head).toEqual([]);
  });

  it('still reads the group as the subject without an act noun, or when the noun names the doers', () => {
    for (const text of ['Immigrants are disgusting.', 'Crimes by immigrants are disgusting, immigrants are vermin.', 'Look at immigrants: they are disgusting.'])
      expect(tagIdentityAttacks(text).length, text).toBeGreaterThan(0);
  });

  it('an emotion noun that nobody feels, as the subject of a judgement, is no negative emotion', () => {
    expect(tagIdentityAttacks('Hatred towards gay people is disgusting.')).toEqual([]);
    expect(tagIdentityAttacks('Contempt for Muslims is never acceptable.')).toEqual([]);
    expect(tagIdentityAttacks('So much hatred for gay people.').length).toBeGreaterThan(0);
  });

  it.each([
    ['Hatred of refugees is vile.', false],
    ['Fear of immigrants is irrational.', false],
    ['Contempt for women is disgusting.', false],
    ['Refugees are vile.', true],
    ['Most of the immigrants are vile.', true],
    ['The crimes of immigrants are disgusting.', true],
  ])('a group after a feeling noun and of/for (clause/data/target-nouns.json, feeling-noun) is what the feeling is about, not the subject: %j', (text, attack) => {
    expect(tagIdentityAttacks(text).length > 0, text).toBe(attack);
  });

  it.each([
    ['The god of Muslims is a fraud.', false],
    ['The gods of the Hindus are demons.', false],
    ['The leader of the Jews is a crook.', false],
    ['The leaders of the immigrants are thieves.', false],
    ['The greed of Jews is disgusting.', true],
    ['The majority of Muslims are evil.', true],
    ['The women of Islam are filthy.', true],
  ])('a group after a person or a god and "of" (a WordNet person noun; target-nouns.json, deity) is not what the clause speaks of: %j', (text, attack) => {
    expect(tagIdentityAttacks(text).length > 0, text).toBe(attack);
  });

  it.each([
    ['Attacking Muslims is disgusting.', false],
    ['Hating refugees is vile.', false],
    ['Insulting these women is pathetic.', false],
    ['Lying Muslims are scum.', true],
    ['Fucking immigrants are vile.', true],
    ['Muslims attacking us is disgusting, Muslims are vile.', true],
    ['The mistreatment of women is disgusting.', false],
    ['The way they treat refugees is vile.', false],
    ['What they did to Muslims was disgusting.', false],
    ['Muslims is a disease.', true],
    ['People who hate Muslims are disgusting.', false],
    ['Men who abuse women are scum.', false],
    ['People that attack Jews are vile.', false],
    ['I think that these Muslims are vile.', true],
    ['Women who are Muslims are vile.', true],
    // after "of" only an act done to the group or a feeling about it makes the group its object
    ['Every one of these Christians is filth.', true],
    ['Each of the refugees is a leech.', true],
    ['The bulk of Hindus is trash.', true],
    ['Half of those migrants is vermin.', true],
    ['The laziness of Mexicans is revolting.', true],
    ['The dishonesty of Jews is a cancer.', true],
    ['I believe Muslims is a plague.', true],
    ['These gays is disgusting.', true],
    ['The fury of women is pathetic.', true],
    ['The panic of migrants is laughable, migrants are cowards.', true],
    ['The deportation of Mexicans is disgusting.', false],
    ['The killing of Christians is vile.', false],
    ['The oppression of gay people is revolting.', false],
    ['Fear of migrants is irrational.', false],
    ['Rage against migrants is disgusting.', false],
  ])('a group that is the object of a gerund subject ("Attacking Muslims is …") or of a relative clause\'s verb ("People who hate Muslims are …"), or a plural group before a singular copula it does not open ("The way they treat women is …"), is not what the judgement is about: %j', (text, attack) => {
    expect(tagIdentityAttacks(text).length > 0, text).toBe(attack);
  });

  it.each([
    ['Contempt for disabled people is perfectly reasonable.', true],
    ['Loathing towards refugees is healthy and normal.', true],
    ['Hatred for trans people is fully deserved.', true],
    ['Hatred towards trans people is vile.', false],
    ['Loathing towards refugees is so wrong.', false],
    ['Hatred for trans people is not deserved.', false],
  ])('a judgement that endorses the feeling keeps it the speaker\'s; one that condemns or denies it does not: %j', (text, found) => {
    expect(tagIdentityAttacks(text).some((f) => f.rule === 'emotion-noun'), text).toBe(found);
  });
});

describe('a quantifier standing for people is someone else, not the speaker', () => {
  it.each([
    ['Many see gay people as freaks.', false],
    ['Several regard Mexicans as leeches.', false],
    ['Others view Christians as filth.', false],
    ['Some of us see refugees as parasites.', true],
    ['I view Christians as filth.', true],
    ['I have some hatred for Mexicans.', true],
  ])('"Some see …", "Many regard …": %j', (text, attack) => {
    expect(tagIdentityAttacks(text).length > 0, text).toBe(attack);
  });
});

describe('a denied verb of saying reaches only the clause it opens', () => {
  it.each([
    ["Don't quote me, but Mexicans are filthy.", true],
    ['I never said so, but Christians are disgusting.', true],
    ["Don't tell me Mexicans are filthy.", false],
    ['I never said Christians are disgusting.', false],
  ])('"Don\'t say it, but …" still says it: %j', (text, attack) => {
    expect(tagIdentityAttacks(text).length > 0, text).toBe(attack);
  });
});
