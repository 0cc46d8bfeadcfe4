/**
 * Review of the tenth session's title and body rules (issue 14): each rule keeps reading the shape
 * it was written for, and no longer reads a neighbouring shape it was not. A count line is meta by
 * what it counts, so a headline opening with a number ("12 Angry Men") stays the headline; a line
 * opening "Re: <headline>" and going on as a sentence is a post's text, not a reply's subject. (The
 * review's other findings, a lone "A"/"I" read as a track position, a "Written by" sentence ending
 * the body, a Follow button over a bylined headline, "Dear Abby:", are open: docs/status.md.)
 * Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { isCountLine } from '../src/split/text/article.js';
import { spaced, splitChecked, unspaced } from './text-pages.js';

const P1 = 'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.';
const P2 = 'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.';
const P3 = 'The council will review the winter service in April, when the operator publishes its passenger figures for the first full season.';

const split = splitChecked;

const title = (text: string) => split(text).title?.text ?? null;
const paragraphs = (text: string) => (split(text).body?.paragraphs ?? []).map((paragraph) => paragraph.text);

describe('a count is page meta by what it counts, not by opening with a number', () => {
  it.each([
    ['84 photos', true],
    ['3 helpful votes', true],
    ['12.5K Followers', true],
    ['12 Angry Men', false],
    ['100 Days', false],
    ['7 Takeaways', false],
  ])('%s', (line, count) => expect(isCountLine(line)).toBe(count));
});

const headlinePages = (headlines: string[]) => headlines.flatMap((headline) => [
  [headline, 'spaced', spaced(['Harbour Post', 'News', headline, 'By Mara Quint', P1, P2, P3])],
  [headline, 'unspaced', unspaced(['Harbour Post', 'News', headline, 'By Mara Quint', P1, P2, P3])],
]);

describe('a headline opening with a number is still the headline', () => {
  it.each(headlinePages(['12 Angry Men', '100 Days']))('%s (%s)', (headline, _layout, text) => expect(title(text)).toBe(headline));
});

describe('a "Re: <headline>" that goes on as a sentence is the post\'s text', () => {
  it.each([
    ['a title that only opens the line', 'Winter ferry', 'Re: Winter ferry timetables, see the notice at the end of this post.'],
    ['the headline quoted in a sentence', 'Is the winter ferry worth the fare?', 'Re: Is the winter ferry worth the fare? was the subject of my last letter to the council.'],
  ])('%s', (_name, subject, line) => {
    expect(paragraphs(spaced(['Harbour Forum', subject, 'Posted by pier_watcher', P1, line, P2, P3])).at(-1)).toBe(P3);
  });
});
