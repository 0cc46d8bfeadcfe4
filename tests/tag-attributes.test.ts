import { describe, expect, it } from 'vitest';
import { tagComment } from '../src/analyze.js';
import { attributeExamples, summarizeAttributes } from '../src/tag/attributes/index.js';
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

  it('is the same for the same findings', () => {
    const text = 'Refugees are vermin and I will burn them all.';
    expect(tagComment(text).attributes).toEqual(tagComment(text).attributes);
  });
});
