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
    ],
    [
      ['wax_and_wane', `wax_and_wane\nMay 1, 2026\n${FLAIR}`, 'Split today. Capped cells mean the old queen may already be packing her bags.'],
      ['old_comb_ollie', 'old_comb_ollie\nMay 1, 2026', 'Check for eggs first. If there are none, the swarm has gone already and the split is moot.'],
      ['wax_and_wane', `wax_and_wane\nMay 2, 2026\n${FLAIR}`, 'Ollie is right, look for eggs before anything else.'],
    ],
  ],
  [
    "a site's line under three headers, whoever wrote",
    [
      post('wax_and_wane', 'May 1, 2026', [APP, 'Split today. Capped cells mean the old queen may already be packing her bags.']),
      post('old_comb_ollie', 'May 1, 2026', [APP, 'Check for eggs first. If there are none, the swarm has gone already.']),
      post('drone_zone', 'May 2, 2026', [APP, 'Whatever you do, do it before noon while the foragers are out.']),
    ],
    [
      ['wax_and_wane', `wax_and_wane\nMay 1, 2026\n${APP}`, 'Split today. Capped cells mean the old queen may already be packing her bags.'],
      ['old_comb_ollie', `old_comb_ollie\nMay 1, 2026\n${APP}`, 'Check for eggs first. If there are none, the swarm has gone already.'],
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
