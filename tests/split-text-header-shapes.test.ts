/**
 * Comment header lines read by their shape: a track position under the name ("at 3:12"), a
 * profile row that counts the writer's posts beside a place ("NZ · 4 reviews"), a handle under the
 * name ("@tui_bird · Maker"), a "replied to X" line over the replier's name, and a labelled date
 * under the text ("Date of visit: …"). Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../src/split/text/blocks.js';
import { isActionLine } from '../src/split/text/boilerplate.js';
import { matchHeaderBlock } from '../src/split/text/header-block.js';
import { splitText } from '../src/split/text/index.js';
import { spanViolations } from './spans.js';

const PAGE_TOP = [
  'Ridgeline Audio',
  'Home  Library  Upload',
  'Night ferry to Wellington (field recording)',
  'A forty-minute crossing recorded on deck at night: the engine, the wake, a couple of gulls that followed the ship out of the harbour, and a long quiet stretch in the middle of the strait.',
];

type Row = [author: string | null, text: string];

const CASES: [name: string, lines: string[], expected: Row[]][] = [
  [
    'a track position between the name and the date',
    [
      '3 comments',
      'kauri_sound',
      'at 12:40',
      '4 days ago',
      'the wake noise at 12:40 is unreal',
      'Reply',
      'Mere Tane',
      'at 0:15',
      '5 days ago',
      'I did this crossing as a kid and the engine hum brought it all back.',
      'Reply',
      '  Ridgeline Audio',
      '  Artist',
      '  at 0:15',
      '  5 days ago',
      '  @Mere Tane: same here, it is the sound of every school holiday.',
      '  Reply',
      'dB_dan',
      'at 31:02',
      '1 week ago',
      'What recorder did you use?',
      'Reply',
    ],
    [
      ['kauri_sound', 'the wake noise at 12:40 is unreal'],
      ['Mere Tane', 'I did this crossing as a kid and the engine hum brought it all back.'],
      ['Ridgeline Audio', '@Mere Tane: same here, it is the sound of every school holiday.'],
      ['dB_dan', 'What recorder did you use?'],
    ],
  ],
  [
    'a place and a count of reviews, a rating, a date; a labelled date under the text',
    [
      'Reviews',
      'Aroha Ngata',
      'NZ · 4 reviews',
      'Rated 2 out of 5 stars',
      '3 days ago',
      'The download link expired before I could use it and support took a week to answer.',
      'Date of purchase: April 2, 2026',
      'Helpful 3 · Share',
      'Pete W',
      'AU · 1 review',
      'Rated 5 out of 5 stars',
      'Apr 9, 2026',
      'Lovely quiet recording, I fall asleep to it most nights.',
      'Date of purchase: March 28, 2026',
      'Helpful 1 · Share',
    ],
    [
      ['Aroha Ngata', 'The download link expired before I could use it and support took a week to answer.'],
      ['Pete W', 'Lovely quiet recording, I fall asleep to it most nights.'],
    ],
  ],
  [
    'a handle under each name, and "replied to" over the replier',
    [
      'Discussion (3)',
      'Tui Harris',
      '@tui_bird · Maker',
      'Thanks for listening! This was recorded on a handheld with two small omni mics taped to the rail.',
      'Upvote (12) · Reply · 9h',
      'Sam Okoro',
      '@samokoro',
      'Does the free download include the lossless file or only the mp3?',
      'Upvote (3) · Reply · 7h',
      'replied to Sam Okoro',
      'Tui Harris',
      '@tui_bird · Maker',
      'Both: the lossless file is in the zip next to the mp3.',
      'Upvote (2) · Reply · 6h',
      'replied to Tui Harris',
      'Sam Okoro',
      '@samokoro',
      'Found it, thanks. The lossless one sounds even better on headphones.',
      'Upvote (1) · Reply · 5h',
    ],
    [
      ['Tui Harris', 'Thanks for listening! This was recorded on a handheld with two small omni mics taped to the rail.'],
      ['Sam Okoro', 'Does the free download include the lossless file or only the mp3?'],
      ['Tui Harris', 'Both: the lossless file is in the zip next to the mp3.'],
      ['Sam Okoro', 'Found it, thanks. The lossless one sounds even better on headphones.'],
    ],
  ],
];

describe('comment header lines read by their shape', () => {
  it.each(CASES)('%s', (_name, lines, expected) => {
    const page = splitText([...PAGE_TOP, ...lines, 'About Ridgeline', 'Terms · Privacy'].join('\n'));
    expect(page.comments.map((c): Row => [c.author, c.text])).toEqual(expected);
    expect(spanViolations(page)).toEqual([]);
  });

  it('"replied to X" makes the comment a reply to X, and the name under it is its writer', () => {
    const lines = CASES[2]![1];
    const page = splitText([...PAGE_TOP, ...lines, 'About Ridgeline', 'Terms · Privacy'].join('\n'));
    expect(page.comments.slice(2).map((c) => [c.author, c.parentId])).toEqual([
      ['Tui Harris', 'c2'],
      ['Sam Okoro', 'c3'],
    ]);
  });
});

/** Lines that look like header parts inside or as a comment's text, where the text must stay whole. */
const TEXT_CASES: [name: string, lines: string[], expected: Row[]][] = [
  [
    'a labelled date in the middle of the text, with more text under it',
    ['Comments', 'Aroha Ngata', '3 days ago', 'The download link expired before I could use it.', 'Edit: yesterday', 'Support sent a new link and it works now, thanks to them.', 'Reply', 'Pete W', '2 days ago', 'Mine worked first time.', 'Reply'],
    [
      ['Aroha Ngata', 'The download link expired before I could use it.\nEdit: yesterday\nSupport sent a new link and it works now, thanks to them.'],
      ['Pete W', 'Mine worked first time.'],
    ],
  ],
  [
    'a lower-case label over a date, with text under it',
    ['Comments', 'Aroha Ngata', '3 days ago', 'The download link expired before I could use it.', 'update: yesterday', 'Support sent a new link and it works now.', 'Reply', 'Pete W', '2 days ago', 'Mine worked first time.', 'Reply'],
    [
      ['Aroha Ngata', 'The download link expired before I could use it.\nupdate: yesterday\nSupport sent a new link and it works now.'],
      ['Pete W', 'Mine worked first time.'],
    ],
  ],
  [
    'a comment whose only text is a labelled date',
    ['Comments', 'Aroha Ngata', '3 days ago', 'Deadline: March 20, 2026', 'Reply', 'Pete W', '2 days ago', 'Thanks, noted.', 'Reply'],
    [
      ['Aroha Ngata', 'Deadline: March 20, 2026'],
      ['Pete W', 'Thanks, noted.'],
    ],
  ],
  [
    'a reply that is only a track position, under the date',
    ['3 comments', 'kauri_sound', '4 days ago', 'Where does the foghorn come in?', 'Reply', 'Mere Tane', '3 days ago', 'at 31:02', 'Reply', 'dB_dan', '1 week ago', 'What recorder did you use?', 'Reply'],
    [
      ['kauri_sound', 'Where does the foghorn come in?'],
      ['Mere Tane', 'at 31:02'],
      ['dB_dan', 'What recorder did you use?'],
    ],
  ],
  [
    'a track position opening the text, on a line of its own under the date',
    ['3 comments', 'kauri_sound', '4 days ago', 'at 3:12', 'the drummer comes in and the whole room changes.', 'Reply', 'Mere Tane', '3 days ago', 'Lovely recording.', 'Reply'],
    [
      ['kauri_sound', 'at 3:12\nthe drummer comes in and the whole room changes.'],
      ['Mere Tane', 'Lovely recording.'],
    ],
  ],
];

describe('header-shaped lines that are a comment\'s text', () => {
  it.each(TEXT_CASES)('%s', (_name, lines, expected) => {
    const page = splitText([...PAGE_TOP, ...lines, 'About Ridgeline', 'Terms · Privacy'].join('\n'));
    expect(page.comments.map((c): Row => [c.author, c.text])).toEqual(expected);
    expect(spanViolations(page)).toEqual([]);
  });
});

describe('one block of header lines, read without the page around it', () => {
  /** The block's author, or undefined when it is no header. */
  function authorOf(lines: string[]): string | null | undefined {
    const text = lines.join('\n');
    const header = matchHeaderBlock(scanBlocks(text, 100_000).blocks[0]!, text);
    return header === null ? undefined : header.author && text.slice(...header.author);
  }
  it.each<[string, string[], string | null | undefined]>([
    ['a track position', ['kauri_sound', 'at 12:40', '4 days ago'], 'kauri_sound'],
    ['a video position with hours', ['Mere Tane', '@ 1:02:33', 'Mar 3, 2026'], 'Mere Tane'],
    ['a place beside a count of reviews', ['Aroha Ngata', 'NZ · 4 reviews', 'Rated 2 out of 5 stars', '3 days ago'], 'Aroha Ngata'],
    ['words between name and date are text, not a position', ['kauri_sound', 'at the harbour again', '4 days ago'], undefined],
    ['the verb of "Name says:" on a line of its own', ['Rhona Kerr', 'says:', 'May 4, 2026 at 9:12 am'], 'Rhona Kerr'],
    ['"wrote:" on its own line under a handle', ['fell_runner_55', 'wrote:', '2 hours ago'], 'fell_runner_55'],
  ])('%s', (_name, lines, author) => {
    expect(authorOf(lines)).toBe(author);
  });
});

describe('"Quote · Like (3)" under each post, a signature under its rule line', () => {
  const post = (name: string, date: string, text: string[], signature: string[], likes: number) => [name, 'Regular', 'Posts: 120', date, ...text, ...signature, `Quote · Like (${likes})`];
  const PAGE = [
    'Allotment Chat',
    'Forums › Fruit › Soft fruit',
    'Gooseberry sawfly again: anything that works without spraying?',
    'Started by plot9_pat, 3 days ago',
    'Every June the sawfly larvae strip my gooseberries to the stalks in about a week. I pick them off by hand but there are hundreds.',
    ...post('hazel_at_14', 'Posted 2 days ago', ['Check the centre of the bush from April, they start low down in the middle where you do not see them.'], ['--', 'Growing on heavy clay since 1998'], 4),
    ...post('Ned B', 'Posted Yesterday at 09:10', ['Prune to an open goblet and you will spot the first holes straight away.'], [], 2),
    ...post('hazel_at_14', 'Posted Yesterday at 18:45', ['Agreed, an open centre makes all the difference.'], ['--', 'Growing on heavy clay since 1998'], 1),
    'You must log in to reply.',
    'Allotment Chat is run by volunteers.',
  ];
  it('ends each post at its buttons and keeps the signature out of the text', () => {
    const page = splitText(PAGE.join('\n'));
    expect(page.comments.map((c) => [c.author, c.text])).toEqual([
      ['hazel_at_14', 'Check the centre of the bush from April, they start low down in the middle where you do not see them.'],
      ['Ned B', 'Prune to an open goblet and you will spot the first holes straight away.'],
      ['hazel_at_14', 'Agreed, an open centre makes all the difference.'],
    ]);
    expect(spanViolations(page)).toEqual([]);
  });
});

describe('a quote button is an action, a quote label is not', () => {
  it.each<[string, boolean]>([
    ['Quote · Like (3)', true],
    ['Reply | Quote | Report', true],
    ['Quote:', false],
    ['Quote: Originally posted by Ned B', false],
  ])('%s', (line, action) => {
    expect(isActionLine(line)).toBe(action);
  });
});

describe('a one-line comment shaped like a name, right over its button row', () => {
  const comment = (name: string, when: string, lines: string[]) => [name, when, ...lines, 'Reply'];
  const page = (line: string) =>
    [
      'Campus Weekly',
      'University to shorten Friday library hours',
      'The main library will close at six on Fridays from January, the university said, after a review of evening use.',
      '4 comments',
      ...comment('Jo Hart', 'Jan 3, 2027', ['Friday evening is the only time I can study.']),
      ...comment('dmitri_k', 'Jan 3, 2027', [line]),
      ...comment('Sam O', 'Jan 4, 2027', ['Evening use fell because the heating goes off at five.']),
      ...comment('Ruth Kemp', 'Jan 5, 2027', ['Write to the vice-chancellor.']),
      '\u00a9 2027 Campus Weekly',
    ].join('\n');
  it.each(['Agree with Prof. Patel', 'Well said Dr. Okafor', 'Totally agree', 'Seconded'])('"%s" is the comment\u2019s text, not a flair in its header', (line) => {
    expect(splitText(page(line)).comments.map((c) => [c.author, c.text])).toEqual([
      ['Jo Hart', 'Friday evening is the only time I can study.'],
      ['dmitri_k', line],
      ['Sam O', 'Evening use fell because the heating goes off at five.'],
      ['Ruth Kemp', 'Write to the vice-chancellor.'],
    ]);
  });

  it.each(['Agree with Prof. Patel', 'Well said Dr. Okafor'])('"%s" over more text is its first line: a title after other words names someone in a sentence', (line) => {
    const text = page(line).replace(`${line}\nReply`, `${line}\nThe evening desk has been empty since October.\nReply`);
    expect(splitText(text).comments[1]).toMatchObject({ author: 'dmitri_k', text: `${line}\nThe evening desk has been empty since October.` });
  });

  it('keeps a flair under the date when text follows it', () => {
    const text = page('Library Volunteer').replace('Library Volunteer\nReply', 'Library Volunteer\nThe evening desk has been empty since October.\nReply');
    expect(splitText(text).comments[1]).toMatchObject({ author: 'dmitri_k', text: 'The evening desk has been empty since October.' });
  });
});

describe('a name the rules would not take for a name, in the place the thread prints names', () => {
  const comment = (name: string, text: string, row: string) => [name, text, row];
  const PAGE = [
    'Coastline FM',
    'Harbour car park to charge overnight',
    'Overnight parking at the harbour will cost four pounds from April, the council said on Tuesday.',
    'Comments',
    ...comment('Pete Larkin', 'Four pounds to sleep in my own town. Brilliant.', 'Like · Reply · 8 · 3d'),
    ...comment('Sian Morgan', 'Does this cover the campervans or just cars?', 'Like · Reply · 2 · 3d'),
    ...comment('County Sport Desk', 'Hi Sian, yes it covers every vehicle, we asked them this morning.', 'Like · Reply · 4 · 2d'),
    ...comment('Jim Baxter', 'Honestly I think the campervans were the whole reason for it.', 'Like · Reply · 6 · 2d'),
    ...comment('Ann Lowe', 'I got a residents permit last year, so I hope that still counts.', 'Like · Reply · 3 · 1d'),
    '\u00a9 2026 Coastline FM',
  ].join('\n');

  it('reads the line as the writer of the text under it', () => {
    expect(splitText(PAGE).comments.map((c) => [c.author, c.text])).toEqual([
      ['Pete Larkin', 'Four pounds to sleep in my own town. Brilliant.'],
      ['Sian Morgan', 'Does this cover the campervans or just cars?'],
      ['County Sport Desk', 'Hi Sian, yes it covers every vehicle, we asked them this morning.'],
      ['Jim Baxter', 'Honestly I think the campervans were the whole reason for it.'],
      ['Ann Lowe', 'I got a residents permit last year, so I hope that still counts.'],
    ]);
  });
});
