/**
 * Title and body on whole-page text dumps (issue 14, "page chrome is not the page"): where the
 * article ends and starts among the page's furniture. Each table holds the shape a rule reads and
 * a neighbouring shape that must keep its reading. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

const HEADLINE = 'Harbour ferry to run through the winter for the first time';
const P1 = 'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.';
const P2 = 'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.';
const P3 = 'The operator will add a heated waiting room at the pier and says fares stay at last summer’s level until the spring review.';
const LONG_AFTER = 'Harbour staff will also trial a text alert for crossings cancelled by storms, which the council says it will pay for from the coastal fund until the end of next year.';

/** The page's body paragraphs are `body`, and every span indexes the page. */
function expectBody(lines: string[], body: string[]): void {
  const result = splitPage(lines.join('\n'));
  expect(result.body?.paragraphs.map((p) => p.text) ?? []).toEqual(body);
  expect(spanViolations(result)).toEqual([]);
}

describe('furniture that closes an article ends the body', () => {
  const BIO = 'Mara Quint writes about transport and the islands.';
  const LETTERS = 'The Courier welcomes letters from readers about this or any of our stories, and we print a selection every Saturday.';
  it.each([
    ['a writer\'s bio, then the site\'s letters note: the body ends above the bio', [HEADLINE, '', 'By Mara Quint', '', P1, '', P2, '', P3, '', BIO, '', LETTERS], [P1, P2, P3]],
    ['a bio with the article going on at length after it is inline: the article goes on', [HEADLINE, '', 'By Mara Quint', '', P1, '', BIO, '', P2, '', P3, '', LONG_AFTER], [P1, P2, P3, LONG_AFTER]],
    ['the blog\'s post meta ends the body', [HEADLINE, '', P1, '', P2, '', 'This entry was posted in Islands, Transport and tagged ferry, winter. Bookmark the permalink.', '', LETTERS], [P1, P2]],
    ['"Posted in X | Tagged Y | Leave a comment" ends the body', [HEADLINE, '', P1, '', P2, '', 'Posted in Islands | Tagged ferry, winter | Leave a comment', '', LETTERS], [P1, P2]],
    ['a sentence that says where something was posted is the article\'s', [HEADLINE, '', P1, '', 'Posted in the harbour office window on Monday, the new timetable drew a small crowd.', '', P2], [P1, 'Posted in the harbour office window on Monday, the new timetable drew a small crowd.', P2]],
    ['a truncated description\'s "...more" ends it', [HEADLINE, '', P1, '', P2, '', '...more', '', 'Transcript', '', 'Follow along using the transcript.', '', 'Show transcript'], [P1, P2]],
    ['the site\'s copyright notice ends the body, however much follows', [HEADLINE, '', P1, '', P2, '', 'Copyright 2026 Harbour Media Ltd. All Rights Reserved', '', 'This copy is for your personal, non-commercial use only. Reprints of this story are available from our syndication desk.', '', P3, '', LONG_AFTER, '', 'Most Popular', '', 'Island ferry fares to stay at summer level until the spring review of the timetable.'], [P1, P2]],
    ['a photo credit with a copyright sign inside the article is not the notice', [HEADLINE, '', P1, '', '© Mara Quint', '', P2, '', P3, '', LONG_AFTER], [P1, P2, P3, LONG_AFTER]],
    ['a "…more" with the article going on at length after it is inline', [HEADLINE, '', P1, '', '…more', '', P2, '', P3, '', LONG_AFTER], [P1, '…more', P2, P3, LONG_AFTER]],
  ])('%s', (_name, lines, body) => expectBody(lines, body));
});

describe('a standfirst between the headline and the byline', () => {
  const STANDFIRST = 'The crossing was due to stop in October. The operator says the winter trial paid for itself.';
  it.each([
    ['headline, standfirst, byline, text: the text opens under the byline', [HEADLINE, STANDFIRST, 'By Mara Quint | 5 December 2026', 'Share on X  Share on Facebook  Copy link', P1, P2, P3], [P1, P2, P3]],
    ['headline, standfirst, dateline, text (blank lines between)', [HEADLINE, '', STANDFIRST, '', 'Published 5 December 2026 at 09:14', '', P1, '', P2], [P1, P2]],
    ['a first paragraph with a share row under it, no byline, is the text', [HEADLINE, '', P1, '', 'Share on X  Share on Facebook  Copy link', '', P2, '', P3], [P1, P2, P3]],
    ['a byline above the first paragraph: the text opens at it', [HEADLINE, '', 'By Mara Quint | 5 December 2026', '', P1, '', P2], [P1, P2]],
  ])('%s', (_name, lines, body) => expectBody(lines, body));
});

describe('the headline among short lines above the article', () => {
  const PRODUCT = 'Tidewell 1.2L Stainless Kettle with Rapid Boil and Limescale Filter';
  const ABOUT = 'The Tidewell kettle boils a full litre in under three minutes, and its stainless body and limescale filter keep the water clean in hard-water areas.';
  const MORE = 'A concealed element and a cordless base that turns all the way round make it easy to use from either side of the counter.';
  // Printed as a shop prints it: every line its own block.
  const pageOf = (lines: string[]) => lines.flatMap((line) => [line, '']).join('\n');
  const titleOf = (lines: string[]) => splitPage(pageOf(lines)).title?.text ?? null;
  it.each([
    ['the line whose words the article uses wins over a nearer delivery line', ['Skip to main content', 'Tidemart', 'Deliver to Portside PT4', 'Search Tidemart', 'Basket 0', 'All', "Today's Deals", 'Home & Kitchen › Small Appliances › Kettles', PRODUCT, 'Visit the Tidewell Store', '4.4 out of 5 stars', '1,902 ratings | 21 answered questions', '£24.99', 'RRP: £39.99', 'Save £15.00 (38%)', 'FREE delivery Friday, 11 December', 'In stock', 'Quantity: 1', 'Add to Basket', 'About this item', ABOUT, MORE], PRODUCT],
    ['a "#3 Best Seller in …" rank nearer the text is not the headline', ['Skip to main content', 'Tidemart', 'Deliver to Portside PT4', 'Search Tidemart', 'Home & Kitchen › Small Appliances › Kettles', PRODUCT, 'Visit the Tidewell Store', '4.4 out of 5 stars', '1,902 ratings', 'Our Choice', '#2 Best Seller in Stainless Limescale Filter Kettles', '£24.99', 'RRP: £39.99', 'In stock', 'About this item', ABOUT, MORE], PRODUCT],
    ['a teaser that uses the article\'s words does not outweigh the line over the byline', ['Harbour Gazette', 'Island ferry passengers and the winter timetable', 'Weather', 'Sport', HEADLINE, 'By Mara Quint | 5 December 2026', P1, P2], HEADLINE],
  ])('%s', (_name, lines, title) => {
    expect(titleOf(lines)).toBe(title);
    expect(spanViolations(splitPage(pageOf(lines)))).toEqual([]);
  });
});

describe('a link aggregator\'s vote arrow before the headline', () => {
  const COMMENT = ['▲ tern_77 3 hours ago | next [–]', '', 'We did the same with a small queue table and it has been quiet for two years now.'];
  it.each([
    ['"▲ " before the headline is not the headline\'s', ['▲ Running a ferry timetable on a single Postgres table (blog.example.org)', '', '120 points by harbourdev 4 hours ago | hide | 31 comments', '', ...COMMENT], 'Running a ferry timetable on a single Postgres table'],
    ['a headline without an arrow is kept whole', ['Running a ferry timetable on a single Postgres table (blog.example.org)', '', '120 points by harbourdev 4 hours ago | hide | 31 comments', '', ...COMMENT], 'Running a ferry timetable on a single Postgres table'],
  ])('%s', (_name, lines, title) => {
    const result = splitPage(lines.join('\n'));
    expect(result.title?.text).toBe(title);
    expect(spanViolations(result)).toEqual([]);
  });
});

describe('a call to sign up above the headline', () => {
  const page = (prompt: string) => ['Harbour Gazette', 'News', 'Sport', prompt, HEADLINE, 'By Mara Quint | 5 December 2026', P1, P2].flatMap((line) => [line, '']).join('\n');
  it.each([
    ['"Sign up to join this community" is a widget, not the headline', 'Sign up to join this community'],
    ['"Create a free account" is a widget, not the headline', 'Create a free account to follow stories'],
  ])('%s', (_name, prompt) => {
    const result = splitPage(page(prompt));
    expect(result.title?.text).toBe(HEADLINE);
    expect(result.boilerplate.find((item) => item.text === prompt)?.rule).toBe('split/login-prompt');
    expect(spanViolations(result)).toEqual([]);
  });
  it('a headline that opens with "Join" is still a headline', () => {
    const headline = 'Join the queue early: island ferry tickets for the summer sell out by March';
    const result = splitPage(['Harbour Gazette', 'News', 'Sport', headline, 'By Mara Quint | 5 December 2026', P1, P2].flatMap((line) => [line, '']).join('\n'));
    expect(result.title?.text).toBe(headline);
  });
});

describe('sidebars after the article', () => {
  const BLURB = 'Island council to review the harbour parking charges after complaints from traders.';
  it.each([
    ['a "Most popular" list with a blurb among its links is not the article', [HEADLINE, '', P1, '', P2, '', P3, '', 'Most Popular', '', 'Harbour parking review', '', BLURB, '', 'Lifeboat crew honoured', '', 'Ferry fares frozen'], [P1, P2, P3]],
    ['"Related Posts" and a long sidebar paragraph under it are not the article', [HEADLINE, '', P1, '', P2, '', P3, '', 'Related Posts', '', 'Lifeboat crew honoured at the palace', '', 'Mara Quint is a transport reporter who has covered the islands for the Courier since 2009 and writes a weekly column.'], [P1, P2, P3]],
    ['an inline "Related" box with the article\'s rest under it is inline', [HEADLINE, '', P1, '', 'Related stories', '', P2, '', P3, '', LONG_AFTER], [P1, P2, P3, LONG_AFTER]],
    ['a label with most of the article under it opens no sidebar', [HEADLINE, '', P1, '', 'Read more', '', 'Lifeboat crew honoured at the palace', '', P2, '', P3, '', LONG_AFTER], [P1, P2, P3, LONG_AFTER]],
    ['an unlabelled column of short lines (an ingredient list) opens no sidebar: the method goes on', [HEADLINE, '', P1, '', '200g flour\n100g butter\n50g sugar\n1 egg', '', P2, '', P3], [P1, P2, P3]],
  ])('%s', (_name, lines, body) => expectBody(lines, body));
});
