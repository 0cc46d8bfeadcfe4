/**
 * A sidebar printed after the article with header-shaped lines over headlines (a "Latest" list
 * with dates, an events list, a blogroll under a name) is no comment section; the same headers over
 * sentences, or over a short lower-case reply, are. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../src/split/text/index.js';

const ARTICLE = [
  'Harbour Weekly',
  'Ferry timetable changes from Monday',
  'The morning crossing to the island leaves twenty minutes earlier from Monday, the operator said, to make room for a freight sailing at nine.',
  'The last evening boat is unchanged. Season tickets bought before the change stay valid until they run out.',
  '',
];

const page = (lines: string[]) => splitText([...ARTICLE, ...lines, '', '© 2026 Harbour Weekly'].join('\n'));

describe('header-shaped lines over headlines after the article, no comment marker', () => {
  const cases: [string, string[]][] = [
    ['a dated entry over a title-cased headline', ['March 3, 2026', 'News', 'Council Approves New Slipway For The Old Quay']],
    ['a name and date over a column of headlines', ['Anna Berg – 3/4/26', 'Lifeboat Crew Wins Regional Award', 'Harbour Wall Repairs Start In April', 'What Next For The Fish Market?']],
    ['a name over three link lines', ['Sam Okafor', 'March 3, 2026', 'island walks', 'tide tables', 'bird counts']],
    [
      'related posts, two headlines of three entries (one with a sentence for a title)',
      ['December 4, 2025', 'Guides', '', 'Planning A Winter Crossing', '', 'November 30, 2025', 'Guides', '', 'Five Walks From The Ferry Port', '', 'November 2, 2025', 'News', '', 'The island bus now runs every hour.'],
    ],
  ];
  it.each(cases)('%s gives no comments, and the body ends with the article', (_, lines) => {
    const result = page(lines);
    expect(result.comments).toEqual([]);
    expect(result.body?.paragraphs.at(-1)?.text).toBe(ARTICLE[3]);
  });
});

describe('the same headers over what commenters write', () => {
  const cases: [string, string[], string[]][] = [
    ['a sentence', ['Anna Berg', 'March 3, 2026', 'Twenty minutes earlier means I miss the school run, thanks for nothing.'], ['Twenty minutes earlier means I miss the school run, thanks for nothing.']],
    ['a short lower-case reply', ['Anna Berg', 'March 3, 2026', 'same here'], ['same here']],
    [
      'a title-cased line after a comment marker',
      ['2 Comments', 'Anna Berg', 'March 3, 2026', 'Great News For The Island', 'Tom Ellis', 'March 4, 2026', 'About time they changed it.'],
      ['Great News For The Island', 'About time they changed it.'],
    ],
  ];
  it.each(cases)('%s stays a comment', (_, lines, texts) => {
    expect(page(lines).comments.map((c) => c.text)).toEqual(texts);
  });
});

describe('people\u2019s names over one-line comments without a full stop, no comment marker', () => {
  // Commenters often leave off the final stop; two such lines of three do not make a headline list.
  const cases: [string, string[], number][] = [
    ['two of three', ['Anna Berg', 'March 3, 2026', 'Thanks for sharing this news', '', 'Tom Ellis', 'March 4, 2026', 'Couldn\u2019t agree more with Anna', '', 'Ruth Hale', 'March 4, 2026', 'My bus still leaves at eight, so I miss it either way.'], 3],
    ['three of five', ['Anna Berg', 'March 3, 2026', 'Thanks for sharing this news', '', 'Tom Ellis', 'March 4, 2026', 'Great news for the island', '', 'Ruth Hale', 'March 4, 2026', 'My bus still leaves at eight, so I miss it either way.', '', 'Sam Okafor', 'March 5, 2026', 'About time they did this', '', 'Jo Lind', 'March 5, 2026', 'Will the fares go up as well? Nobody says.'], 5],
  ];
  it.each(cases)('%s stay comments', (_, lines, count) => {
    expect(page(lines).comments).toHaveLength(count);
  });
});

describe('dated entries under one-word names, no comment marker: more than half title-cased lines make a list', () => {
  // One-word names ("Tom") are no people's names to the rule, so the bar is more than half, not
  // three in four: half the entries is the largest share a thread keeps, one more is a list.
  const entry = (name: string, day: number, text: string) => [name, `March ${day}, 2026`, text];
  const half = [
    ...entry('Tom', 3, 'Great News For The Island'),
    ...entry('Ruth', 4, 'About time they changed it.'),
    ...entry('Sam', 4, 'Lifeboat Crew Deserves The Award'),
    ...entry('Jo', 5, 'My bus still leaves at eight, so I miss it either way.'),
  ];
  it('two headlines of four stay comments', () => {
    expect(page(half).comments.map((c) => c.author)).toEqual(['Tom', 'Ruth', 'Sam', 'Jo']);
  });
  it('three headlines of four are a list', () => {
    const three = [...half.slice(0, -1), 'Harbour Wall Needs Fixing First'];
    expect(page(three).comments).toEqual([]);
  });
});

describe('teasers: a header, a headline on its own line, then a blurb', () => {
  const teaser = (header: string, headline: string, blurb: string) => [header, '', headline, '', blurb, ''];
  const cases: [string, string[]][] = [
    [
      'under a category and a date',
      [
        ...teaser('News | March 3, 2026', 'Lifeboat Crew Wins Regional Award', 'The volunteer crew was honoured for three rescues in one stormy week last winter.'),
        ...teaser('News | February 27, 2026', 'Harbour Wall Repairs Start In April', 'Contractors will close the east quay for six weeks while the wall is rebuilt.'),
        ...teaser('Schools | February 20, 2026', 'Island School Gets New Science Room', 'Pupils moved into the new room after half term, the head teacher said.'),
      ],
    ],
    [
      'under the staff writers\u2019 names (three of three)',
      [
        ...teaser('Anna Berg · March 3, 2026', 'Lifeboat Crew Wins Regional Award', 'The volunteer crew was honoured for three rescues in one stormy week last winter.'),
        ...teaser('Anna Berg · February 27, 2026', 'Harbour Wall Repairs Start In April', 'Contractors will close the east quay for six weeks while the wall is rebuilt.'),
        ...teaser('Tom Ellis · February 20, 2026', 'Island School Gets New Science Room', 'Pupils moved into the new room after half term, the head teacher said.'),
      ],
    ],
  ];
  it.each(cases)('%s give no comments, and the body ends with the article', (_, lines) => {
    const result = page(lines);
    expect(result.comments).toEqual([]);
    expect(result.body?.paragraphs.at(-1)?.text).toBe(ARTICLE[3]);
  });
  it('reviews under people\u2019s names, two of three titled, stay comments (a list takes three in four there)', () => {
    const lines = [
      ...teaser('Anna Berg · March 3, 2026', 'Works Great On Rough Crossings', 'I took it on the evening boat in a gale and it stayed dry.'),
      'Tom Ellis · March 4, 2026', '', 'Better than the old model, but the strap is short.', '',
      ...teaser('Ruth Hale · March 5, 2026', 'Perfect Little Travel Companion', 'Small enough for a pocket, and it survived the spray.'),
    ];
    expect(page(lines).comments.map((c) => c.author)).toEqual(['Anna Berg', 'Tom Ellis', 'Ruth Hale']);
  });
});

describe('a commenter\u2019s name over one title-cased line, no comment marker', () => {
  it('is the first comment', () => {
    const lines = ['Anna Berg', 'March 3, 2026', 'Great News For The Island', 'Tom Ellis', 'March 4, 2026', 'About time they changed it.'];
    expect(page(lines).comments.map((c) => c.text)).toEqual(['Great News For The Island', 'About time they changed it.']);
  });
});
