import { describe, expect, it } from 'vitest';
import { namesPerson } from '../src/tag/stance/cards/person.js';

// Words read out of a tag ("#JohnAndSarah" -> "John And Sarah"). compromise alone tags a
// capitalised joining word inside a name as part of the name, so these pairs would read as one
// person without namesPerson's own test for joining words.
const TABLE: [string, boolean][] = [
  ['Ted Cruz', true],
  ['Bernie', true],
  ['John And Sarah', false],
  ['Juan Y Maria', false],
  ['Hans Und Greta', false],
  ['Jean Et Marie', false],
  ['Bob With Alice', false],
  ['Salt N Pepa', false],
  ['Paris', false],
  ['GOP', false],
];

describe('namesPerson', () => {
  it.each(TABLE)('%s names one person: %s', (name, expected) => {
    expect(namesPerson(name)).toBe(expected);
  });
});
