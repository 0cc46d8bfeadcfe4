import { describe, expect, it } from 'vitest';
import { namesPerson } from '../src/tag/stance/cards/person.js';

// Words read out of a tag ("#JohnAndSarah" -> "John And Sarah"). compromise alone tags a
// capitalised joining word inside a name as part of the name, so the joined pairs below would read
// as one person without namesPerson's own test for joining words; and a one-letter joiner is also a
// middle initial, which must not split one person's name (compromise alone reads those rightly).
const TABLE: [string, boolean][] = [
  ['Ted Cruz', true],
  ['Bernie', true],
  ['John And Sarah', false],
  ['Juan Y Maria', false],
  ['Romeo N Juliet', false],
  ['Hans Und Greta', false],
  ['Hans Oder Greta', false],
  ['Jean Et Marie', false],
  ['Marie Ou Jean', false],
  ['John Or Sarah', false],
  ['Bob With Alice', false],
  ['Kenneth N Waltz', true],
  ['Ricardo Y Lopez', true],
  ['Michael J Fox', true],
  ['Paris', false],
  ['GOP', false],
];

describe('namesPerson', () => {
  it.each(TABLE)('%s names one person: %s', (name, expected) => {
    expect(namesPerson(name)).toBe(expected);
  });
});
