/** The rule docs are generated from the data; a data change without `npm run docs` leaves them stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiscourseDoc } from '../scripts/build/discourse-doc.js';
import { renderLexiconDoc } from '../scripts/build/lexicon-doc.js';

const doc = (name: string) => readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');

describe('generated docs are up to date (run npm run docs)', () => {
  it('docs/lexicons.md', () => {
    expect(doc('lexicons.md')).toBe(renderLexiconDoc());
  });

  it('docs/discourse-cues.md', () => {
    expect(doc('discourse-cues.md')).toBe(renderDiscourseDoc());
  });
});
