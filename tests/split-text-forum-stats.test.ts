/**
 * Forum post headers that print the writer's stats label first and without a colon ("Messages
 * 9,412", "Joined Aug 2016"), or the label alone over its value ("Reaction score" / "98"): the
 * stats are the header's, the name over them is the writer (issue 14). Pages invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { splitChecked } from './text-pages.js';

const HEAD = [
  'Skip to content',
  'Kiln Talk',
  'Forums  Members  Search',
  'Glaze crawling on the inside of bowls only',
  'Thread starter clay_and_co  Start date Mar 2, 2026',
  'My bowls come out of the glaze firing with bare patches on the inside walls but the outsides are perfect. Same glaze, same dip, same kiln shelf, and it happens on every bowl from the last three loads.',
  'I wipe the bisque with a damp sponge before glazing. Cone 6, oxidation, a slow cool.',
];
const POSTS: [string, string, string[], string][] = [
  ['tomas_wheel', 'Well-Known Member', ['Joined Apr 2017', 'Messages 2,310', 'Reaction score 412'], 'Dust on the inside from the bisque. Rinse the inside under the tap and let it dry a day.'],
  ['Hedda Lund', 'Member', ['Joined Jan 2023', 'Messages 54', 'Reaction score 7'], 'Thick application inside shrinks more. Try a quicker dip for the insides.'],
  ['clay_and_co', 'New Member', ['Joined Feb 2026', 'Messages 3', 'Reaction score 0'], 'Rinsed them this time and the crawling is gone. Thank you both.'],
  ['potter_ruth', 'Supporting Member', ['Joined Oct 2012', 'Messages 7,904', 'Reaction score 1,129'], 'Glad it worked. Hand oils do the same thing, so glaze with gloves on.'],
];
// The label alone on its line, its value below: 'Joined' / 'Apr 2017'.
const labelAbove = (stats: string[]) => stats.flatMap((stat) => {
  const [, label, value] = /^(Joined|Messages|Reaction score) (.+)$/u.exec(stat)!;
  return [label!, value!];
});

describe('a forum post header with its writer\u2019s stats, label first and no colon', () => {
  type Print = (stats: string[]) => string[];
  const opening = ['clay_and_co', 'New Member', 'Joined Feb 2026', 'Messages 3', 'Reaction score 0'];
  const thread = (header: (print: Print, i: number, name: string, rank: string, stats: string[]) => string[], print: Print) => {
    const [name, rank, ...stats] = opening;
    const posts = POSTS.flatMap(([name, rank, stats, text], i) => [...header(print, i + 1, name, rank, stats), text, '', 'Reply', '']);
    const lines = [...HEAD.slice(0, 5), '', ...header(print, 0, name!, rank!, stats), ...HEAD.slice(5), '', 'Reply', '', ...posts];
    return splitChecked([...lines, 'You must log in or register to reply here.'].join('\n')).comments.map((c) => [c.author, c.text]);
  };
  const expected = POSTS.map(([name, , , text]) => [name, text]);

  // Date and post number over the name and its stats, all glued, the text under them.
  it.each([
    ['on one line each', (stats: string[]) => stats],
    ['each label over its value', labelAbove],
  ])('date over the name, stats %s: every post, by its writer', (_, print) => {
    expect(thread((p, i, name, rank, stats) => [`Mar ${i + 2}, 2026`, `#${i + 1}`, name, rank, ...p(stats)], print)).toEqual(expected);
  });

  // Known gap (2026-12-07): the name and its stats, a blank line, then date and post number (tune
  // page 347's layout): the first reply's stack is read as text after the article and a later
  // stack splits. Recorded as failing; when it passes, `.fails` goes.
  it.fails('the name and its stats over the date, a blank line between: every post, by its writer', () => {
    for (const print of [(stats: string[]) => stats, labelAbove]) {
      expect(thread((p, i, name, rank, stats) => [name, rank, ...p(stats), '', `Mar ${i + 2}, 2026`, `#${i + 1}`, ''], print)).toEqual(expected);
    }
  });
});

// A stat's value counts or dates; a reader's first line that opens with a stat's word is their text.
describe('a comment that opens with a stat\u2019s word, under a name and a date', () => {
  const ARTICLE = [
    'Kiln Talk',
    'Glaze crawling on the inside of bowls only',
    'My bowls come out of the glaze firing with bare patches on the inside walls but the outsides are perfect. Same glaze, same dip, same kiln shelf.',
    'I wipe the bisque with a damp sponge before glazing. Cone 6, oxidation, a slow cool.',
    'Comments',
  ];
  const OTHERS: [string, string][] = [['Anna Berg', 'Rinse the insides under the tap first.'], ['Lee Park', 'Dust from the bisque, almost certainly.'], ['Mia Chen', 'Thinner coats inside helped me.']];
  const split = (lines: string[]) => {
    const thread: [string, string][] = [OTHERS[0]!, ['Tom Reyes', lines.join('\n\n')], ...OTHERS.slice(1)];
    const text = [...ARTICLE, ...thread.flatMap(([name, words]) => [name, 'Mar 3, 2026', words, 'Reply'])].join('\n\n');
    return { thread, comments: splitChecked(text).comments.map((c) => [c.author, c.text]) };
  };
  it.each([
    ['a stat word and a sentence', ['Karma is real, people.', 'Skip the sponge next time.']],
    ['a stat word and a phrase', ['Messages from the kiln gods', 'Skip the sponge next time.']],
    ['a stat word and a number in a sentence', ['Posts 3 and 4 said the same.', 'Skip the sponge next time.']],
  ])('%s: the reader\u2019s text, whole', (_, lines) => {
    const { thread, comments } = split(lines);
    expect(comments).toEqual(thread);
  });

  // A label alone over a line that neither counts nor dates: the comment stays, by its writer. (Its
  // first line is still lost as the header's, as a short line under a date was before the stats.)
  it.each([
    ['over a short sentence', ['Messages', 'Thanks all for the help.']],
    ['over a name', ['Joined', 'Anna Berg']],
  ])('a stat label alone %s: the comment kept, by its writer', (_, lines) => {
    const { thread, comments } = split(lines);
    expect(comments.map(([author]) => author)).toEqual(thread.map(([author]) => author));
    expect(comments[1]![1]).toContain(lines[1]);
  });
});
