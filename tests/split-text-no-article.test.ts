/**
 * Pages with no article (issue 14): a link post whose page is only its thread. The main run of
 * paragraphs opens right under a comment header, and the post's own meta line names a different
 * poster: that run is the first comment, and the body is null. A first post signed by the poster
 * named above, a page with no byline to tell, and a post with its own text keep their body.
 * Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

const C1 = 'The headline oversells it. They still run a broker, it is just hosted by somebody else now, which is fine for a team of their size.';
const C2 = 'Fair point, I should have said that in the post. The broker was the part nobody on the team wanted to be paged for.';
const C3 = 'Every one of these migration stories skips the part where the bill doubles in year two and somebody has to explain it.';
const C4 = 'We did the same move last spring and the only thing I miss is the dead letter view, which the managed one hides behind a paid tier.';
const C5 = 'Did you measure latency before and after? The post only talks about cost.';
const OWN_TEXT = 'We run about forty background jobs a minute and spent more time nursing the broker than writing the jobs, so last quarter we moved everything to a hosted queue and kept notes on what broke along the way.';

/** A link aggregator's thread page: headline, the post's meta line, then five comments. */
function linkPost(meta: string, firstAuthor: string, ownText: string[] = []): string {
  return [
    'Widget News new | past | comments | submit', '',
    '▲ Moving our job queue off RabbitMQ onto a managed service (blog.example.dev)', '',
    meta, '',
    ...ownText.flatMap((line) => [line, '']),
    'add comment', '',
    `▲ ${firstAuthor} 5 hours ago | next [–]`, '', C1, '', 'reply', '',
    '    ▲ tomasz_k 4 hours ago | parent | next [–]', '', `    ${C2}`, '', '    reply', '',
    '▲ rina_b 3 hours ago | prev | next [–]', '', C3, '', 'reply', '',
    '▲ dmitri_a 3 hours ago | prev | next [–]', '', C4, '', 'reply', '',
    '▲ sol_h 2 hours ago | prev [–]', '', C5, '', 'reply',
  ].join('\n');
}

describe('a thread with no article above it has no body', () => {
  it.each([
    ['the meta line names another poster: no body, the first run is the first comment', linkPost('120 points by tomasz_k 6 hours ago | hide | 58 comments', 'olle_v'), null, C1],
    ['the same with "submitted … by"', linkPost('submitted 6 hours ago by tomasz_k | 58 comments', 'olle_v'), null, C1],
  ])('%s', (_name, page, body, first) => {
    const result = splitPage(page);
    expect(result.body).toBe(body);
    expect(result.comments).toHaveLength(5);
    expect(result.comments[0]!.text).toBe(first);
    expect(result.comments[0]!.author).toBe('olle_v');
    expect(spanViolations(result)).toEqual([]);
  });

  it.each([
    ['the first header signed by the poster named above is the post itself (a forum\'s first post)', linkPost('120 points by olle_v 6 hours ago | hide | 58 comments', 'olle_v'), [C1]],
    ['no meta line naming a poster: nothing says the run is a reply, it stays the body', linkPost('120 points | 58 comments', 'olle_v'), [C1]],
    ['a post with its own text above its comments keeps that text as its body', linkPost('120 points by tomasz_k 6 hours ago | hide | 58 comments', 'olle_v', [OWN_TEXT]), [OWN_TEXT]],
  ])('%s', (_name, page, body) => {
    const result = splitPage(page);
    expect(result.body?.paragraphs.map((p) => p.text)).toEqual(body);
    expect(spanViolations(result)).toEqual([]);
  });
});

/** A listing printed one element a line: each item a day, a name, a place, a time, maybe a blurb, "Save". */
function listing(items: [string, string, string, string, string | null][]): string {
  return [
    'Skip to main content', 'Riverside Weekly', 'Events', 'Venues', 'Log in',
    'Things to do in Alderford this weekend',
    'Showing 1–4 of 19 events', 'Sort: Soonest first',
    ...items.flatMap(([day, name, place, time, blurb]) => [day, name, place, time, ...(blurb ? [blurb] : []), 'Save', 'Share']),
    'Load more events', 'About us', 'Contact', 'Privacy policy', '© 2026 Riverside Weekly Ltd.',
  ].join('\n');
}

const ITEMS: [string, string, string, string, string | null][] = [
  ['FRI 3 APR', 'Spring Plant Swap', 'Library Garden', '10:00 – 12:00 · Free entry', 'Bring a cutting, take a cutting, and meet the town gardeners.'],
  ['SAT 4 APR', 'Ceilidh for Beginners', 'Drill Hall, Mill Road', '19:30 · £6 on the door · Ages 16+', null],
  ['SAT 4 APR', 'Bike Repair Morning', 'Station Yard', '09:00 – 12:00 · Free (donations welcome)', 'Volunteers fix punctures, brakes and gears while you wait.'],
  ['SUN 5 APR', 'River Clean-up', 'Meet at the footbridge', '11:00 · Free · Register online', 'Gloves and bags provided; children welcome with an adult.'],
];

describe('a listing with no article has no body', () => {
  it('event cards with one-line blurbs among short lines: no body, no comments', () => {
    const result = splitPage(listing(ITEMS));
    expect(result.body).toBeNull();
    expect(result.comments).toEqual([]);
    expect(spanViolations(result)).toEqual([]);
  });

  it('a short article of short paragraphs keeps its body: its sentences sit beside each other', () => {
    const P1 = 'The footbridge over the Alder will close for repairs from Monday.';
    const P2 = 'Walkers should use the road bridge by the mill until the end of May.';
    const P3 = 'The council says the work is overdue.';
    const page = ['Riverside Weekly', 'News', 'Log in', 'Footbridge to close for repairs', 'By Ana Pereira', '3 April 2026', P1, P2, P3, 'Share', 'About us', '© 2026 Riverside Weekly Ltd.'].join('\n');
    const result = splitPage(page);
    expect(result.body?.text).toContain(P1);
    expect(result.body?.text).toContain(P2);
  });

  it.each([
    ['a photo and its credit between the two paragraphs', ['[Image: The footbridge]', 'Photo: Sam Okafor']],
    ['a related-link row between the two paragraphs', ['Related', 'Mill Road reopens']],
  ])('a news brief of two short paragraphs with %s keeps its body: its fields differ from item to item', (_name, between) => {
    const A = 'The footbridge over the Alder will close for repairs from Monday.';
    const B = 'Walkers should use the road bridge by the mill until the end of May.';
    const lines = ['Riverside Weekly', 'Footbridge to close for repairs', 'By Ana Pereira', '3 April 2026', A, ...between, B, 'Share', '© 2026 Riverside Weekly Ltd.'];
    const result = splitPage(lines.join('\n\n'));
    expect(result.body?.text).toContain(A);
    expect(result.body?.text).toContain(B);
    expect(spanViolations(result)).toEqual([]);
  });

  it('the same listing with a blank line after every line: no body', () => {
    const result = splitPage(listing(ITEMS).replace(/\n/gu, '\n\n'));
    expect(result.body).toBeNull();
    expect(spanViolations(result)).toEqual([]);
  });

  it.each([
    ['short paragraphs between long attributed lines that end with no stop', 'Greta Holm, a weaver of forty years, on the patience a loom asks of anyone who sits at it — March 2019'],
    ['short paragraphs between long pull quotes set in capitals', 'WHAT A LOOM TEACHES YOU IS THAT NOTHING GOOD IS EVER FINISHED IN THE TIME YOU PROMISED IT'],
  ])('%s keep their body: an item field is a short line', (_name, between) => {
    const P1 = 'The weaving shed on Mill Lane opens its doors to visitors this weekend.';
    const P2 = 'Visitors can try the smaller looms with one of the volunteers beside them.';
    const page = ['Riverside Weekly', 'News', 'Log in', 'Open days at the weaving shed', '', P1, '', between, '', between.toLowerCase(), '', P2, '', 'About us', 'Contact us'].join('\n');
    const result = splitPage(page);
    expect(result.body?.text).toContain(P1);
    expect(result.body?.text).toContain(P2);
    expect(spanViolations(result)).toEqual([]);
  });
});

describe('a "Comments" label over the first comment header, no article paragraph above it: the thread opens there', () => {
  const HEADLINE = 'Moving our job queue off RabbitMQ onto a managed service';
  const thread = (above: string[]) =>
    [
      'Widget.Social', 'Communities', 'Log In', '', HEADLINE, '', 'blog.example.dev/posts/moving-our-job-queue', '',
      'submitted 7 hours ago by tomasz_k to devops@widget.social', '', '58 comments', 'save', 'share', '',
      ...above,
      'Comments', 'Sort: Hot  Top  New  Old', '',
      'olle_v@widget.social · 6h', C1, '↑ 88  ↓ 2   Reply', '',
      'tomasz_k@widget.social · 5h', C2, '↑ 51  ↓ 0   Reply', '',
      'rina_b@lemm.example · 5h', C3, '↑ 12  ↓ 1   Reply', '',
      'dmitri_a@widget.social · 4h', C4, '↑ 9  ↓ 0   Reply', '',
    ].join('\n');
  it.each([
    ['a link post: no body, the first run is the first comment', thread([]), null, C1],
    ['a post with its own text above the label keeps it as the body', thread([OWN_TEXT, '']), OWN_TEXT, C1],
  ])('%s', (_name, page, body, first) => {
    const result = splitPage(page);
    expect(result.title?.text).toBe(HEADLINE);
    expect(result.body?.paragraphs[0]?.text ?? null).toBe(body);
    expect(result.comments[0]?.text).toBe(first);
    expect(spanViolations(result)).toEqual([]);
  });
});
