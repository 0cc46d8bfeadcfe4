/**
 * Forum posts whose header is a stack of profile lines printed one per line with no blank lines:
 * the post's number and subject, the name, a place, a badge over two lines, the writer's counts,
 * the date. A quoted post ("Name wrote:" / the quoted words) opens a reply whose own words may
 * open like a reply. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { matchHeaderBlock } from '../src/split/text/header-block.js';
import { splitText } from '../src/split/text/index.js';
import { scanBlocks } from '../src/split/text/blocks.js';

const SUBJECT = 'Re: Ferry or fly to the islands in April?';

const post = (n: number, stack: string[], date: string, text: string[]) => [`${n}. ${SUBJECT}`, ...stack, date, ...text, 'Report this post'];

const PAGE = [
  'Harbourside Travel Community',
  'Forums',
  'Scotland forum',
  'Ferry or fly to the islands in April?',
  'Orla_from_Cork',
  'Cork, Ireland',
  'Apr 1, 2026, 8:02 AM',
  'Two of us, no car, a week in early April. Is the ferry from the mainland reliable that early in the season, or is the little plane worth the price?',
  'Report this post',
  '3 replies',
  ...post(1, ['HamishOnTheIslands', 'Stornoway, United Kingdom', 'Island Guide', 'for the Hebrides', '2,904 posts'], 'Apr 1, 2026, 9:40 AM', [
    'Ferry, unless you are on a tight schedule. April sailings are rarely cancelled and the crossing is half the holiday.',
  ]),
  ...post(2, ['lowtide_lou', '57 posts', '12 reviews'], 'Apr 1, 2026, 1:15 PM', ['The plane is worth it once, for the beach landing alone. We flew out and took the boat back.']),
  ...post(3, ['HamishOnTheIslands', 'Stornoway, United Kingdom', 'Island Guide', 'for the Hebrides', '2,904 posts'], 'Apr 1, 2026, 3:22 PM', [
    'lowtide_lou wrote:',
    'The plane is worth it once, for the beach landing alone.',
    'Fair point, if the tide tables suit. Check them before you book, the landing strip is the beach.',
  ]),
  'Sign in to post a reply.',
  'Related discussions',
  'Island hopping without a car?',
];

describe('a profile stack over each forum post', () => {
  it('reads name, date and text whatever the stack holds, and keeps a quote with its reply', () => {
    const page = splitText(PAGE.join('\n'));
    expect(page.comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ['HamishOnTheIslands', 'Apr 1, 2026, 9:40 AM', 'Ferry, unless you are on a tight schedule. April sailings are rarely cancelled and the crossing is half the holiday.'],
      ['lowtide_lou', 'Apr 1, 2026, 1:15 PM', 'The plane is worth it once, for the beach landing alone. We flew out and took the boat back.'],
      [
        'HamishOnTheIslands',
        'Apr 1, 2026, 3:22 PM',
        ['lowtide_lou wrote:', 'The plane is worth it once, for the beach landing alone.', 'Fair point, if the tide tables suit. Check them before you book, the landing strip is the beach.'].join('\n'),
      ],
    ]);
    expect(page.comments[2]!.parentId).toBe(page.comments[1]!.id);
  });
});

describe('lines a header stack may and may not hold', () => {
  /** One block of lines, read as a multi-line header: its author, or null when it is no header. */
  function authorOf(lines: string[]): string | null | undefined {
    const text = lines.join('\n');
    const block = scanBlocks(text, 100_000).blocks[0]!;
    const header = matchHeaderBlock(block, text);
    return header === null ? undefined : header.author && text.slice(...header.author);
  }
  it.each<[string, string[], string | null | undefined]>([
    ['counts of the writer', ['kirsty_m', '412 posts', '38 reviews', 'Mar 2, 2026'], 'kirsty_m'],
    ['a badge over two lines', ['kirsty_m', 'Local Expert', 'for Orkney', 'Mar 2, 2026'], 'kirsty_m'],
    ['a numbered subject line', ['4. Re: Which ferry?', 'kirsty_m', 'Mar 2, 2026'], 'kirsty_m'],
    ['the name right over the place, under a page label', ['Filter reviews', 'Priya N.', 'Leith, Edinburgh', '41', '7', 'Jun 9, 2026'], 'Priya N.'],
    ['a badge or a reaction with its count is no name', ['Funny 3', 'Agnes W.', 'Top Reviewer 12', 'Jun 9, 2026'], 'Agnes W.'],
    ['a business answering for itself: the person, not the business', ['Comment from Owen P. of Harbour Bikes', 'Owner', 'Jun 10, 2026'], 'Owen P.'],
    ['"Answered 3y" dates an answer, it names nobody', ['Ines Caro', 'Answered 3y'], 'Ines Caro'],
    ['a sort control is page furniture, not a title', ['Reader favourites', '12 likes', 'Sort by Newest', 'kirsty_m', 'Mar 2, 2026'], undefined],
  ])('%s', (_name, lines, author) => {
    expect(authorOf(lines)).toBe(author);
  });
});
