/**
 * Past the article's last paragraph, a list (three lines in a row that do not end like sentences:
 * a related-links label and its links, a source, a date) closes the article: a short sentence
 * after it is a feedback or a sharing prompt. A short closing line after one label stays the
 * article's. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../src/split/text/index.js';

const HEAD = ['Valley Post', 'Bridge reopens after six months of repairs'];
const TEXT = [
  'The river bridge on Mill Road reopened to traffic on Friday morning, six months after engineers found cracks in two of its supports.',
  'Buses return to their usual route from Monday, the council said.',
];

describe('a short sentence after a list past the article', () => {
  const cases: [string, string[]][] = [
    ['a related box, its links and a date', ['Related', 'Mill Road closure: what we know', 'Council budget vote delayed', 'Last updated 14 May', 'Was this article useful?']],
    ['two headlines and a source line', ['Mill Road closure: what we know', 'Council budget vote delayed', 'Valley Post, 14 May', 'Did you find this helpful?']],
    ['a column of headlines, no label', ['Mill Road closure: what we know', 'Council budget vote delayed', 'New cycle lane for the high street', 'What did you think of this story?']],
  ];
  it.each(cases)('after %s is no part of the body', (_, tail) => {
    const page = splitText([...HEAD, ...TEXT, ...tail].join('\n\n'));
    expect(page.body?.paragraphs.map((p) => p.text)).toEqual(TEXT);
  });
});

describe('a short closing sentence after fewer list lines', () => {
  it('stays the article\u2019s last line', () => {
    const closing = 'Drivers should still expect delays at peak times.';
    const page = splitText([...HEAD, ...TEXT, 'Mill Road', closing, 'Related', 'Council budget vote delayed', 'Mill Road closure: what we know'].join('\n\n'));
    expect(page.body?.paragraphs.at(-1)?.text).toBe(closing);
  });
});

describe('the article\u2019s own list, then its closing line', () => {
  const closing = 'Full details are online.';
  const cases: [string, string[]][] = [
    ['a lead-in and bullets', ['What changes for drivers:', '- Buses return to the usual route', '- Parking on Mill Road reopens', '- A new cycle lane on the bridge']],
    ['a numbered list', ['1. Buses return to the usual route', '2. Parking on Mill Road reopens', '3. A new cycle lane on the bridge']],
  ];
  it.each(cases)('after %s keeps the closing line', (_, list) => {
    const page = splitText([...HEAD, ...TEXT, ...list, closing].join('\n\n'));
    expect(page.body?.paragraphs.at(-1)?.text).toBe(closing);
  });
});
