/**
 * A thread's opening post as the page's body (issue 14, "opening posts of threads"): the post is
 * printed under its own header (handle, rank, post count, date), and its short first and last lines,
 * a greeting and a sign-off, are its text. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

const TITLE = 'Sourdough starter smells of nail varnish after a week away - ruined?';
const GREETING = 'Hello everyone, first post here.';
const P1 = 'I left my rye starter in the fridge for eight days while we were away and fed it twice since coming back, but it still smells sharply of nail varnish and barely rises.';
const P2 = 'It is a 100% hydration rye starter, about two years old, and it has never done this before even after a fortnight in the fridge over the summer holidays.';
const SIGN_OFF = 'Should I bin it and start again? Thanks, Priya';
const REPLY = 'That smell is just the starter being hungry, nothing to worry about. Feed it twice a day at room temperature for a couple of days and it will come back.';

/** Header lines of a forum post: handle, rank, post count, date. */
const postHeader = (handle: string, when: string) => [handle, 'Member', 'Posts: 231', `Posted ${when}`];

const thread = (opening: string[]) => [
  'Bread Bakers Forum',
  'Forums › Sourdough › Starters',
  TITLE,
  'Started by priya_bakes, 3 days ago',
  ...postHeader('priya_bakes', '3 days ago'),
  ...opening,
  '--',
  'Baking since lockdown, still learning.',
  'Quote · Like (3)',
  ...postHeader('crumb_shot_88', '3 days ago'),
  REPLY,
  'Quote · Like (5)',
];

function bodyOf(lines: string[]): string[] {
  const result = splitPage(lines.join('\n'));
  expect(spanViolations(result)).toEqual([]);
  return result.body?.paragraphs.map((p) => p.text) ?? [];
}

describe('the opening post under its header is the body, greeting and sign-off included', () => {
  it.each([
    ['greeting above the first paragraph, sign-off under the last', [GREETING, P1, P2, SIGN_OFF], [GREETING, P1, P2, SIGN_OFF]],
    ['blank lines between the post\'s paragraphs', [GREETING, '', P1, '', P2, '', SIGN_OFF], [GREETING, P1, P2, SIGN_OFF]],
    ['no greeting, no sign-off', [P1, P2], [P1, P2]],
    // Short lines that are not sentences stay out of the post: a hashtag row, a "Solved" badge.
    ['a hashtag row under the post is not its text', [P1, P2, '#sourdough #rye #starter'], [P1, P2]],
    ['a solved badge under the post is not its text', [P1, P2, 'Solved by crumb_shot_88 in post #2'], [P1, P2]],
  ])('%s', (_name, opening, body) => expect(bodyOf(thread(opening))).toEqual(body));
});

describe('a short line over an article with no post header keeps its reading', () => {
  const HEADLINE = 'Harbour ferry to run through the winter for the first time';
  const NEWS1 = 'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.';
  const NEWS2 = 'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.';
  const CAPTION = 'The morning ferry leaves the pier at Ardmore';
  it.each([
    ['a lead photo\'s caption (no sentence end) between the date and the text is not the body', [HEADLINE, 'By Mara Quint', 'Published 5 December 2026', CAPTION, NEWS1, NEWS2], [NEWS1, NEWS2]],
  ])('%s', (_name, lines, body) => expect(bodyOf(lines)).toEqual(body));
});
