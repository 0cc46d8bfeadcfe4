/**
 * A line the page prints between a comment's header and its text, recognised by repetition rather
 * than by its words: a member's flair that comes back under each of their posts, a site's template
 * line under every header. On pages printed without blank lines the rhythm cannot tell it from the
 * text; its recurrence can. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../src/split/text/index.js';

const post = (name: string, date: string, lines: string[]) => [name, date, ...lines];

const FLAIR = '🐝 three hives on clay, north Devon';
const APP = 'via the Hivecraft app';

const HEAD = [
  'Brambleway Beekeepers',
  'Forum index › Swarm season',
  'Queen cells on the first of May: split now or wait?',
  'hive_keeper_77',
  'May 1, 2026',
  'Three frames of capped queen cells in my strongest colony this morning, and the weather is turning warm for the whole week ahead. Do I make an artificial swarm today or wait for the weekend?',
  'Replies',
];

type Row = [author: string | null, header: string, text: string];

const CASES: [name: string, posts: string[][], expected: Row[]][] = [
  [
    "a member's flair under each of their posts",
    [
      post('wax_and_wane', 'May 1, 2026', [FLAIR, 'Split today. Capped cells mean the old queen may already be packing her bags.']),
      post('old_comb_ollie', 'May 1, 2026', ['Check for eggs first. If there are none, the swarm has gone already and the split is moot.']),
      post('wax_and_wane', 'May 2, 2026', [FLAIR, 'Ollie is right, look for eggs before anything else.']),
      post('wax_and_wane', 'May 3, 2026', [FLAIR, 'Eggs found, so I split it this morning.']),
    ],
    [
      ['wax_and_wane', `wax_and_wane\nMay 1, 2026\n${FLAIR}`, 'Split today. Capped cells mean the old queen may already be packing her bags.'],
      ['old_comb_ollie', 'old_comb_ollie\nMay 1, 2026', 'Check for eggs first. If there are none, the swarm has gone already and the split is moot.'],
      ['wax_and_wane', `wax_and_wane\nMay 2, 2026\n${FLAIR}`, 'Ollie is right, look for eggs before anything else.'],
      ['wax_and_wane', `wax_and_wane\nMay 3, 2026\n${FLAIR}`, 'Eggs found, so I split it this morning.'],
    ],
  ],
  [
    "a site's line under the posts of two writers twice each, and under a third writer's one post",
    [
      post('wax_and_wane', 'May 1, 2026', [APP, 'Split today. Capped cells mean the old queen may already be packing her bags.']),
      post('old_comb_ollie', 'May 1, 2026', [APP, 'Check for eggs first. If there are none, the swarm has gone already.']),
      post('wax_and_wane', 'May 2, 2026', [APP, 'Eggs found, so I split it this morning.']),
      post('old_comb_ollie', 'May 2, 2026', [APP, 'Good, keep the old queen in the new box.']),
      post('drone_zone', 'May 2, 2026', [APP, 'Whatever you do, do it before noon while the foragers are out.']),
    ],
    [
      ['wax_and_wane', `wax_and_wane\nMay 1, 2026\n${APP}`, 'Split today. Capped cells mean the old queen may already be packing her bags.'],
      ['old_comb_ollie', `old_comb_ollie\nMay 1, 2026\n${APP}`, 'Check for eggs first. If there are none, the swarm has gone already.'],
      ['wax_and_wane', `wax_and_wane\nMay 2, 2026\n${APP}`, 'Eggs found, so I split it this morning.'],
      ['old_comb_ollie', `old_comb_ollie\nMay 2, 2026\n${APP}`, 'Good, keep the old queen in the new box.'],
      ['drone_zone', `drone_zone\nMay 2, 2026\n${APP}`, 'Whatever you do, do it before noon while the foragers are out.'],
    ],
  ],
  [
    'the same short opening from two writers is their text',
    [
      post('wax_and_wane', 'May 1, 2026', ['same here', 'Two frames of cells in mine, I split it at lunchtime.']),
      post('old_comb_ollie', 'May 1, 2026', ['same here', 'Mine swarmed before I got to it, so check for eggs first.']),
    ],
    [
      ['wax_and_wane', 'wax_and_wane\nMay 1, 2026', 'same here\nTwo frames of cells in mine, I split it at lunchtime.'],
      ['old_comb_ollie', 'old_comb_ollie\nMay 1, 2026', 'same here\nMine swarmed before I got to it, so check for eggs first.'],
    ],
  ],
];

describe('a line repeated between header and text, on a page without blank lines', () => {
  it.each(CASES)('%s', (_name, posts, expected) => {
    const page = splitText([...HEAD, ...posts.flat(), 'Log in to reply'].join('\n'));
    expect(page.comments.map((c): Row => [c.author, c.header?.text ?? '', c.text])).toEqual(expected);
    for (const c of page.comments) expect(page.text.slice(c.start, c.end)).toBe(c.text);
  });
});

type TextRow = [author: string | null, text: string, parent: string | null];

/** Openings that readers repeat: agreement, a quote of the question, a greeting; they stay the text. */
const READER_CASES: [name: string, posts: string[][], expected: TextRow[]][] = [
  [
    "'same here' from three writers",
    [
      post('wax_and_wane', 'May 1, 2026', ['same here', 'Two frames of cells in mine, I split it at lunchtime.']),
      post('old_comb_ollie', 'May 1, 2026', ['same here', 'Mine swarmed before I got to it, so check for eggs first.']),
      post('drone_zone', 'May 2, 2026', ['same here', 'Whatever you do, do it before noon while the foragers are out.']),
    ],
    [
      ['wax_and_wane', 'same here\nTwo frames of cells in mine, I split it at lunchtime.', null],
      ['old_comb_ollie', 'same here\nMine swarmed before I got to it, so check for eggs first.', 'c1'],
      ['drone_zone', 'same here\nWhatever you do, do it before noon while the foragers are out.', 'c2'],
    ],
  ],
  [
    "'+1' from three writers",
    [
      post('wax_and_wane', 'May 1, 2026', ['+1', 'Two frames of cells in mine, I split it at lunchtime.']),
      post('old_comb_ollie', 'May 1, 2026', ['+1', 'Mine swarmed before I got to it, so check for eggs first.']),
      post('drone_zone', 'May 2, 2026', ['+1', 'Whatever you do, do it before noon while the foragers are out.']),
    ],
    [
      ['wax_and_wane', '+1\nTwo frames of cells in mine, I split it at lunchtime.', null],
      ['old_comb_ollie', '+1\nMine swarmed before I got to it, so check for eggs first.', null],
      ['drone_zone', '+1\nWhatever you do, do it before noon while the foragers are out.', null],
    ],
  ],
  [
    'three writers each quoting the question first',
    [
      post('wax_and_wane', 'May 1, 2026', ['> split now or wait', 'Split now. Capped cells mean the old queen may already be packing her bags.']),
      post('old_comb_ollie', 'May 1, 2026', ['> split now or wait', 'Wait until you have checked for eggs.']),
      post('drone_zone', 'May 2, 2026', ['> split now or wait', 'Now, before noon while the foragers are out.']),
    ],
    [
      ['wax_and_wane', '> split now or wait\nSplit now. Capped cells mean the old queen may already be packing her bags.', null],
      // Each quotes the question of the opening post, which no comment wrote: none answers another.
      ['old_comb_ollie', '> split now or wait\nWait until you have checked for eggs.', null],
      ['drone_zone', '> split now or wait\nNow, before noon while the foragers are out.', null],
    ],
  ],
  [
    'two anonymous comments opening the same way',
    [
      post('Anonymous', 'May 1, 2026', ['+1', 'Split today. Capped cells mean the old queen may already be packing her bags.']),
      post('Anonymous', 'May 2, 2026', ['+1', 'Check for eggs first. If there are none, the swarm has gone already.']),
    ],
    [
      [null, '+1\nSplit today. Capped cells mean the old queen may already be packing her bags.', null],
      [null, '+1\nCheck for eggs first. If there are none, the swarm has gone already.', null],
    ],
  ],
  [
    'one writer greeting the thread in two posts',
    [
      post('wax_and_wane', 'May 1, 2026', ['Hi all', 'Split today. Capped cells mean the old queen may already be packing her bags.']),
      post('old_comb_ollie', 'May 1, 2026', ['Check for eggs first. If there are none, the swarm has gone already and the split is moot.']),
      post('wax_and_wane', 'May 2, 2026', ['Hi all', 'Ollie is right, look for eggs before anything else.']),
    ],
    [
      ['wax_and_wane', 'Hi all\nSplit today. Capped cells mean the old queen may already be packing her bags.', null],
      ['old_comb_ollie', 'Check for eggs first. If there are none, the swarm has gone already and the split is moot.', 'c1'],
      ['wax_and_wane', 'Hi all\nOllie is right, look for eggs before anything else.', 'c2'],
    ],
  ],
];

describe("a reader's own opening, repeated, is their text", () => {
  it.each(READER_CASES)('%s', (_name, posts, expected) => {
    const page = splitText([...HEAD, ...posts.flat(), 'Log in to reply'].join('\n'));
    expect(page.comments.map((c): TextRow => [c.author, c.text, c.parentId])).toEqual(expected);
    for (const c of page.comments) expect(page.text.slice(c.start, c.end)).toBe(c.text);
  });
});
