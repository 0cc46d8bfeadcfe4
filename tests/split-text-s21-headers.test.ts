/**
 * Comment header shapes of the sixteenth session's tune batch (issue 14), on lines and a page
 * invented for the test: relative dates with a one-letter unit after an ago-word ("hace 18 h"), a
 * post number before the date ("#4 · 3 d ago"), edit stamps in other languages before a date, an
 * action row ending in an overflow-menu glyph, name titles of other languages, and a forum profile
 * printed as stat labels alone over their values (name, rank, Joined / date, Messages / count, …).
 */
import { describe, expect, it } from 'vitest';
import { spaced, splitChecked, unspaced } from './text-pages.js';
import { isActionLine } from '../src/split/text/boilerplate.js';
import { matchHeader } from '../src/split/text/headers.js';
import { looksLikeName } from '../src/split/text/names.js';

describe('date lines of the sixteenth session', () => {
  const dated: [line: string, date: string][] = [
    ['hace 18 h', 'hace 18 h'],
    ['vor 3 h', 'vor 3 h'],
    ['#2 · 4 d ago', '4 d ago'],
    ['#12 · Mar 3, 2026', 'Mar 3, 2026'],
    ['Redigerad · 12 min', '12 min'],
    ['Editado · hace 2 min', 'hace 2 min'],
    ['Edited 20 hours ago', '20 hours ago'],
  ];
  it.each(dated)('%s dates the post and names nobody', (line, date) => {
    const header = matchHeader(line);
    expect(header?.author).toBeNull();
    expect(header?.postedAt && line.slice(...header.postedAt).trim()).toBe(date);
  });
  it('still reads a name before a relative date as its author', () => {
    const header = matchHeader('rotor_kat 3 d ago');
    expect(header?.author && 'rotor_kat 3 d ago'.slice(...header.author)).toBe('rotor_kat');
  });
});

describe('action rows and name titles', () => {
  it.each(['Responder  ·  9 Me gusta  ·  Compartir  ·  ⋯', 'Reply · Share · ⋮'])('%s is a comment\u2019s action row', (line) => {
    expect(isActionLine(line)).toBe(true);
  });
  it.each(['Ing. Marisol Vega Cruz', 'Lic. Andrés Pabón', 'Mme Odile Ferrand'])('%s is a name line', (line) => {
    expect(looksLikeName(line)).toBe(true);
  });
  it('a sentence opening with a short word and a full stop is no name', () => {
    expect(looksLikeName('Yes. I agree')).toBe(false);
  });
});

type Post = [name: string, rank: string, joined: string, messages: string, text: string];

const POSTS: Post[] = [
  ['Quarry Hound', 'Black Belt', 'Mar 12, 2011', '48,201', 'Watched the replay twice and the referee waited far too long before stepping in.'],
  ['kettle_drum', 'Blue Belt', 'Nov 1, 2022', '611', 'The corner should have thrown the towel after the second knockdown, not the referee.'],
  ['Ivo Brandt', 'Gold Member', 'Sep 9, 2010', '57', 'Rules give the referee full discretion here, there is no count of strikes in them.'],
];

/** A XenForo thread page: each post's profile printed one field a line, stat labels over their values. */
function statPage(posts: Post[]): string {
  return spaced([
    unspaced(['Skip to content', 'Fight Talk Forums', 'Home  Forums  Search', 'Was the third-round stoppage late?', 'Thread starter Quarry Hound  Start date Dec 6, 2026']),
    'Page 4 of 5',
    ...posts.map(([name, rank, joined, messages, text], i) =>
      unspaced([name, rank, 'Joined', joined, 'Messages', messages, 'Reaction score', String(40 + i), 'Dec 7, 2026', `#${61 + i}`, text, 'Reply']),
    ),
    'You must log in or register to reply here.',
  ]);
}

describe('a forum profile printed as stat labels alone over their values', () => {
  const result = splitChecked(statPage(POSTS));
  it('reads every post with its writer, the rank and the stats in the header, small counts too', () => {
    expect(result.comments.map((c) => c.author)).toEqual(POSTS.map(([name]) => name));
    expect(result.comments.map((c) => c.text)).toEqual(POSTS.map(([, , , , text]) => text));
  });
});
