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
import { matchHeader } from '../src/split/text/headers.js';

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
  it('reads name, date and text whatever the stack holds, and leaves a quote of the post above out of its reply', () => {
    const page = splitText(PAGE.join('\n'));
    expect(page.comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ['HamishOnTheIslands', 'Apr 1, 2026, 9:40 AM', 'Ferry, unless you are on a tight schedule. April sailings are rarely cancelled and the crossing is half the holiday.'],
      ['lowtide_lou', 'Apr 1, 2026, 1:15 PM', 'The plane is worth it once, for the beach landing alone. We flew out and took the boat back.'],
      [
        'HamishOnTheIslands',
        'Apr 1, 2026, 3:22 PM',
        // The quote (its words printed above) is lowtide_lou's, not the reply's (fixtures/ANNOTATING.md).
        'Fair point, if the tide tables suit. Check them before you book, the landing strip is the beach.',
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

describe('a name-shaped badge, a numbered name, a short line under a name (review findings)', () => {
  function authorOf(lines: string[]): string | null | undefined {
    const text = lines.join('\n');
    const block = scanBlocks(text, 100_000).blocks[0]!;
    const header = matchHeaderBlock(block, text);
    return header === null ? undefined : header.author && text.slice(...header.author);
  }
  function replyToOf(lines: string[]): string | undefined {
    const text = lines.join('\n');
    const header = matchHeaderBlock(scanBlocks(text, 100_000).blocks[0]!, text);
    return header?.replyTo && text.slice(...header.replyTo);
  }
  it.each<[string, string[], string | null | undefined]>([
    // A badge or user title between the name and the place is no author.
    ['a title between name and place', ['Marta K.', 'Top Contributor', 'Dayton, OH', 'Jun 9, 2026'], 'Marta K.'],
    ['a handle over a title over a place', ['rowan_b', 'Local Expert', 'Galway, Ireland', 'Mar 2, 2026'], 'rowan_b'],
    ['a long handle over a title over a place', ['TeodoraV_Sofia', 'Destination Expert', 'Sofia, Bulgaria', 'Mar 2, 2026'], 'TeodoraV_Sofia'],
    ['a page label over the name over the place', ['Sort reviews', 'Dev R.', 'Austin, TX', 'Jun 9, 2026'], 'Dev R.'],
    // A name may end in a number; only a badge or a reaction with its count is skipped.
    ['a name with a number', ['Dave 77', '3 hours ago'], 'Dave 77'],
    ['a full name with a year', ['Lena Hart 1991', '3 hours ago'], 'Lena Hart 1991'],
    ['a guest number', ['Guest 4521', '2 days ago'], 'Guest 4521'],
    ['a reaction count over the name', ['Useful 4', 'Nadia P.', 'Jun 9, 2026'], 'Nadia P.'],
    // A short lowercase line right under the name is its text, not a badge's second line.
    ['lowercase words under a name end the header', ['Jo Marsh', 'great news', '2h'], undefined],
    ['a short reaction under a name ends the header', ['bram_k', 'so true', '3d'], undefined],
  ])('%s', (_name, lines, author) => {
    expect(authorOf(lines)).toBe(author);
  });
  it('a badge over two lines names no replied-to commenter', () => {
    expect(replyToOf(['rowan_b', 'Local Expert', 'for Galway', 'Mar 2, 2026'])).toBeUndefined();
  });
});

describe('a sign-off line glued over a long profile stack', () => {
  const stack = (name: string, date: string) => [name, 'Senior Member', 'Posts: 2,310', 'Joined: Mar 2015', 'Location: Leeds', date];
  it.each<[string, string[]]>([
    ['one sign-off line', ['Tom']],
    ['two sign-off lines', ['Cheers', 'Tom']],
  ])('%s stays with the post above it', (_name, signOff) => {
    const page = [
      'Engines forum',
      'Glow plugs before winter?',
      'My van struggles to start on cold mornings. Is it worth changing the glow plugs now, or wait for the service?',
      '',
      ...stack('torque_tom', '12 Mar 2026, 09:14'),
      'Swapped all four glow plugs at the weekend and it starts first time now, even on frosty mornings.',
      ...signOff,
      ...stack('Ola_B', '12 Mar 2026, 11:02'),
      'Same here on the estate, the old ones were badly pitted. Did you torque them by hand or with a wrench?',
      ...signOff,
      ...stack('fen_rider', '12 Mar 2026, 13:40'),
      'By hand, gently. They snap if you force them in a cold head.',
      '',
      'Reply to thread',
    ].join('\n');
    expect(splitText(page).comments.map((c) => c.author)).toEqual(['torque_tom', 'Ola_B', 'fen_rider']);
  });
});

describe('who answers in a "Response from" line', () => {
  const answer = (line: string) => {
    const header = matchHeader(line);
    return header && { author: header.author && line.slice(...header.author), answersAbove: header.answersAbove === true };
  };
  it.each<[string, string, { author: string | null; answersAbove: boolean } | null]>([
    ['a person of a business', 'Comment from Owen P. of Harbour Bikes', { author: 'Owen P.', answersAbove: true }],
    ['a business with "of" in its name', 'Response from Museum of Fenland Crafts', { author: 'Museum of Fenland Crafts', answersAbove: true }],
    ['a bank of a country', 'Response from Bank of Ruritania', { author: 'Bank of Ruritania', answersAbove: true }],
    ['an island ferry', 'Reply from Isle of Skerry Ferries', { author: 'Isle of Skerry Ferries', answersAbove: true }],
  ])('%s', (_name, line, expected) => {
    expect(answer(line)).toEqual(expected);
  });
  it('"Comment by" heads a plain comment, not an answer to the one above', () => {
    expect(matchHeader('Comment by Jane Fairlie')?.answersAbove).not.toBe(true);
  });
});
