import { describe, expect, it } from 'vitest';
import { tagComment } from '../src/analyze.js';
import { attributeExamples, summarizeAttributes, type Findings } from '../src/tag/attributes/index.js';
import { ATTRIBUTE_NAMES, Attributes } from '../src/schema/index.js';

const none = { slurs: [], insults: [], profanity: [], identityAttacks: [], threats: [] };

describe('attribute weights (data/weights.json) examples', () => {
  it.each(attributeExamples().map((e) => [e.text, e] as const))('%j', (text, example) => {
    const { attributes } = tagComment(text);
    for (const [name, least] of Object.entries(example['at least'] ?? {})) expect(attributes[name as keyof Attributes], name).toBeGreaterThanOrEqual(least as number);
    for (const [name, most] of Object.entries(example['at most'] ?? {})) expect(attributes[name as keyof Attributes], name).toBeLessThanOrEqual(most as number);
  });
});

describe('summarizeAttributes', () => {
  it('scores nothing without findings', () => {
    const attributes = summarizeAttributes(none);
    for (const name of ATTRIBUTE_NAMES) expect(attributes[name]).toBe(0);
    expect(attributes.evidence).toEqual({});
  });

  it('grows with more evidence (noisy-OR) and names the rules behind each score', () => {
    const one = tagComment('You are an idiot.').attributes;
    const two = tagComment('You are an idiot and a moron.').attributes;
    expect(two.insult).toBeGreaterThan(one.insult);
    expect(two.evidence.insult?.length).toBe(2);
    expect(Attributes.parse(two)).toEqual(two);
  });

  it('keeps reclaimed slurs out and mentions low', () => {
    expect(tagComment("I'm a proud queer person.").attributes.identityAttack).toBe(0);
    expect(tagComment('He wrote the word "faggot" on the wall.').attributes.toxicity).toBeLessThan(0.3);
  });

  it('reads aimed swearing as an insult and as profanity', () => {
    const { attributes } = tagComment('Shut up, you fucker.');
    expect(attributes.insult).toBeGreaterThan(0.5);
    expect(attributes.profanity).toBeGreaterThan(0.5);
  });

  // Past a few rules an attribute's rule list is kept with a Set (src/tag/attributes/index.ts): the
  // rules seen before the Set is made must still count as seen.
  it.each([
    ['8 rules, then the first again', ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r0'], ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']],
    ['9 rules, then the first again', ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r0'], ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8']],
    ['12 rules, each twice in turn', [...'abcdefghijkl', ...'abcdefghijkl'], [...'abcdefghijkl']],
    ['a rule repeated among 10', ['r0', 'r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r5', 'r9'], ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9']],
  ])('lists each insult rule once, in the order found: %s', (_name, rules, expected) => {
    const insults = rules.map((rule) => ({ rule, severity: 1 })) as unknown as Findings['insults'];
    expect(summarizeAttributes({ ...none, insults }).evidence.insult).toEqual(expected);
  });

  it('is the same for the same findings', () => {
    const text = 'Refugees are vermin and I will burn them all.';
    expect(tagComment(text).attributes).toEqual(tagComment(text).attributes);
  });
});
