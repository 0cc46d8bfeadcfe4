/** Every form in the bundled lexicons is actually reachable by the matcher, with its own rule. */
import { describe, expect, it } from 'vitest';
import { builtinLexicon } from '../src/tag/lexicon/index.js';
import { tagToxicity } from '../src/tag/toxicity/index.js';

const entries = builtinLexicon().entries;
const slurForms = entries
  .filter((e) => e.category !== 'insult' && e.category !== 'profanity')
  .flatMap((e) => e.terms.map((term) => [term, e.id] as const));
const insultForms = entries.filter((e) => e.category === 'insult').flatMap((e) => e.terms.map((term) => [term, e.id] as const));
const profanityForms = entries.filter((e) => e.category === 'profanity').flatMap((e) => e.terms.map((term) => [term, e.id] as const));

describe('every lexicon form fires in an abusive sentence', () => {
  it.each(slurForms)('slur %j -> %s', (term, id) => {
    const text = `you are such a ${term}.`;
    const found = tagToxicity(text).slurs.find((f) => f.rule === `slurs/${id}`);
    expect(found?.text.toLowerCase()).toBe(term);
    expect(found?.obfuscated).toBe(false);
  });

  it.each(insultForms)('insult %j -> %s', (term, id) => {
    const found = tagToxicity(`you are such a ${term}.`).insults.find((f) => f.rule === `insults/${id}`);
    expect(found?.text.toLowerCase()).toBe(term);
  });

  it.each(profanityForms)('profanity %j -> %s', (term, id) => {
    const tags = tagToxicity(`you are such a ${term}.`);
    const found = [...tags.profanity, ...tags.insults].find((f) => f.rule.endsWith(`/${id}`));
    expect(found?.text.toLowerCase()).toBe(term);
  });
});
