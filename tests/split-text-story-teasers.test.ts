/**
 * A site's own story lists after the article: each entry a byline, a date or a category, then a
 * story's headline written as a sentence without its full stop ("Ferry adds three winter
 * crossings"), then the story's blurb. The headline is not title-cased, so only the blurb under it
 * tells it from a comment. Threads of the same surface shapes (a commenter's short first line
 * without a full stop over the rest of the comment) stay threads. Every page here is invented.
 */
import { describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE as ARTICLE, splitChecked } from './text-pages.js';

const FOOTER = ['About us\nContact\nPrivacy', '', '© 2026 Harbour Gazette'];
const split = (lines: string[]) => splitChecked([...ARTICLE, ...lines, ...FOOTER].join('\n'));

type Story = [string, string];
const STORIES: Story[] = [
  ['Lifeboat crew wins the regional award for a third year', 'The volunteers were named the region’s best crew after forty call-outs in a stormy season.'],
  ['Harbour wall repairs start in April after a long delay', 'Contractors will close the east quay for six weeks while the old stones are reset.'],
  ['Fish market to open on Sundays through the summer', 'Traders voted to open the market one more day a week from June to September.'],
  ['What the new bus timetable means for the island villages', 'Buses will meet every ferry from Monday, but the last evening service is cut.'],
];

/** Entries under a header of one or two lines, each a headline and a blurb, with blank lines between. */
const entries = (headers: string[][], stories: Story[]) => stories.flatMap(([headline, blurb], i) => [...headers[i % headers.length]!, '', headline, '', blurb, '']);

describe('a site\u2019s story lists with sentence-case headlines over blurbs: no comments', () => {
  const cases: [string, string[]][] = [
    ['reporters\u2019 bylines with dates and a count', entries([['Anna Berg – 3/6/2026 | 72'], ['Tom Ellis – 3/7/2026 | 15'], ['Harbour Desk – 3/7/2026 | 27']], STORIES)],
    ['a news ticker: hours ago over a region', entries([['9 hrs ago', 'Island'], ['3 hrs ago', 'Mainland'], ['10 hrs ago', 'Sport']], STORIES)],
    ['release notes: a date over a category', entries([['March 11, 2026', 'Releases'], ['March 4, 2026', 'Guides'], ['February 24, 2026', 'Releases']], STORIES)],
    ['related stories: a category over a date', entries([['Transport', 'December 3, 2025'], ['Community', 'November 28, 2025']], STORIES)],
  ];
  it.each(cases)('%s', (_, lines) => {
    expect(split(lines).comments).toEqual([]);
  });
});

type Post = [string, string[]];
/** "Name / date", a blank line, the comment's paragraphs. */
const named = (posts: Post[]) => posts.flatMap(([name, paragraphs], i) => [name, `March ${3 + i}, 2026`, '', ...paragraphs.flatMap((p) => [p, '']), '']);

const FIRST_LINES: Post[] = [
  ['Mike Dunn', ['Good to see the winter boat at last', 'The trial was packed every morning, so the demand was never in doubt.']],
  ['Sara Lee', ['Twenty minutes earlier means the school run is a rush again.']],
  ['Tom Ellis', ['Fares stay the same until spring, which is fair enough.']],
];

describe('comments whose first line has no full stop, over more of the comment: a thread', () => {
  const cases: [string, Post[], number][] = [
    ['one opener of three under people\u2019s names', FIRST_LINES, 3],
    [
      'two openers of four under one-word names',
      [
        ['Mike', FIRST_LINES[0]![1]],
        ['Sara', FIRST_LINES[1]![1]],
        ['Tom', ['Totally agree with the harbour master here', 'The waiting room matters more than the timetable for the older residents.']],
        ['Ruth', FIRST_LINES[2]![1]],
      ],
      4,
    ],
    [
      'two openers of three, one written as a question',
      [
        ['Mike Dunn', FIRST_LINES[0]![1]],
        ['Sara Lee', ['Does anyone know if the Friday boat stays?', 'The timetable on the website only shows the weekdays so far.']],
        ['Tom Ellis', FIRST_LINES[2]![1]],
      ],
      3,
    ],
  ];
  it.each(cases)('%s', (_, posts, count) => {
    expect(split(named(posts)).comments).toHaveLength(count);
  });

  it('the same story list under a comment count stays a thread (the page vouches for it)', () => {
    const lines = ['4 Comments', '', ...entries([['Anna Berg', 'March 3, 2026'], ['Tom Ellis', 'March 4, 2026']], STORIES)];
    expect(split(lines).comments).toHaveLength(4);
  });
});
