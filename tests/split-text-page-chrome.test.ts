/**
 * Title and body on whole-page text dumps (issue 14, "page chrome is not the page"): where the
 * article ends and starts among the page's furniture. Each table holds the shape a rule reads and
 * a neighbouring shape that must keep its reading. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';
import { isActionLine } from '../src/split/text/boilerplate.js';

const HEADLINE = 'Harbour ferry to run through the winter for the first time';
const P1 = 'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.';
const P2 = 'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.';
const P3 = 'The operator will add a heated waiting room at the pier and says fares stay at last summer’s level until the spring review.';
const LONG_AFTER = 'Harbour staff will also trial a text alert for crossings cancelled by storms, which the council says it will pay for from the coastal fund until the end of next year.';

const P4 = 'Councillors will vote on the coastal fund budget in February, and the operator says it will publish the first winter passenger figures in the spring.';
const P5 = 'The pier café will open at seven on winter mornings so that passengers on the first crossing can wait indoors.';

/** A page printed as a shop or a dump prints it: every line its own block. */
const pageOf = (lines: string[]) => lines.flatMap((line) => [line, '']).join('\n');

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

describe('a bio closes the article only when it is the writer\'s', () => {
  const QUOTED = 'Ana Ruiz is a senior researcher at the Island Institute and led the study of winter crossings.';
  const REVIEWED = 'Tomas Vell writes about the lighthouse keepers with a closeness few historians could match, and this book is no exception.';
  it.each([
    ['a bio-shaped sentence about someone the story quotes, two paragraphs after it: the article goes on', [HEADLINE, 'By Mara Quint', P1, P2, QUOTED, P3, P4], [P1, P2, P3, P4]],
    ['a review\'s "X writes about" sentence with the review going on: the article goes on', [HEADLINE, 'By Mara Quint', P1, P2, REVIEWED, P3, P4], [P1, P2, P3, P4]],
    ['the byline\'s writer\'s bio with a blurb after it still closes the article', [HEADLINE, 'By Ana Ruiz and Mara Quint', P1, P2, 'Mara Quint is a transport reporter for the Courier.', P3], [P1, P2]],
  ])('%s', (_name, lines, body) => expectBody(pageOf(lines).split('\n'), body));
});

describe('a copyright line ends the article when it claims the site\'s rights', () => {
  it.each([
    ['a photo\'s "Copyright 2019 Name" credit inside the article: the article goes on', [HEADLINE, P1, P2, 'Copyright 2019 Mara Quint', P3, P4, P5], [P1, P2, P3, P4, P5]],
    ['a photo\'s "© 2024 Name" credit inside the article: the article goes on', [HEADLINE, P1, P2, '© 2024 Mara Quint', P3, P4, P5], [P1, P2, P3, P4, P5]],
    ['a sentence that opens with "Copyright 1998": the article goes on', [HEADLINE, P1, P2, 'Copyright 1998 law, the council said, does not cover the timetable, which is public information.', P3, P4, P5], [P1, P2, P3, P4, P5]],
    ['a bare "© 2024 Name" footer with a short sidebar under it ends the article', [HEADLINE, P1, P2, P3, '© 2024 Harbour Media', 'Island council to review the harbour parking charges after complaints from traders.'], [P1, P2, P3]],
    ['the "All rights reserved" notice ends it, whatever follows', [HEADLINE, P1, P2, '© 2024 Harbour Media. All rights reserved.', P3, P4, P5], [P1, P2]],
  ])('%s', (_name, lines, body) => expectBody(pageOf(lines).split('\n'), body));
});

describe('blog post meta', () => {
  const NOTICE = 'Posted in the harbour office window, the notice asks residents to leave a comment on the plans by Friday.';
  it.each([
    ['a sentence that asks readers to leave a comment is the article\'s', [HEADLINE, P1, P2, P3, NOTICE, P4], [P1, P2, P3, NOTICE, P4]],
    ['"Posted in X | Leave a comment" ends the body', [HEADLINE, P1, P2, 'Posted in Islands | Leave a comment', 'Island council to review the harbour parking charges after complaints from traders.'], [P1, P2]],
    ['"This article was posted in X" ends the body', [HEADLINE, P1, P2, 'This article was posted in Islands and tagged ferry, winter.', 'Island council to review the harbour parking charges after complaints from traders.'], [P1, P2]],
  ])('%s', (_name, lines, body) => expectBody(pageOf(lines).split('\n'), body));
});

describe('a standfirst between the headline and the byline', () => {
  const STANDFIRST = 'The crossing was due to stop in October. The operator says the winter trial paid for itself.';
  it.each([
    ['headline, standfirst, byline, text: the text opens under the byline', [HEADLINE, STANDFIRST, 'By Mara Quint | 5 December 2026', 'Share on X  Share on Facebook  Copy link', P1, P2, P3], [P1, P2, P3]],
    ['headline, standfirst, dateline, text (blank lines between)', [HEADLINE, '', STANDFIRST, '', 'Published 5 December 2026 at 09:14', '', P1, '', P2], [P1, P2]],
    ['a first paragraph with a share row under it, no byline, is the text', [HEADLINE, '', P1, '', 'Share on X  Share on Facebook  Copy link', '', P2, '', P3], [P1, P2, P3]],
    ['a byline above the first paragraph: the text opens at it', [HEADLINE, '', 'By Mara Quint | 5 December 2026', '', P1, '', P2], [P1, P2]],
    ['a full lede with the byline under it is the text', pageOf([HEADLINE, P1, 'By Mara Quint', P2, P3, P4]).split('\n'), [P1, P2, P3, P4]],
    ['an "Updated" stamp under the first paragraph opens nothing', pageOf([HEADLINE, P1, 'Updated 5 December 2026 at 10:14', P2, P3, P4]).split('\n'), [P1, P2, P3, P4]],
    ['a short paragraph over a byline with one paragraph under it is the text', pageOf([HEADLINE, STANDFIRST, 'By Mara Quint', P1]).split('\n'), [STANDFIRST, P1]],
  ])('%s', (_name, lines, body) => expectBody(lines, body));
  it('the paragraph cut over the byline is labelled a standfirst', () => {
    const result = splitPage([HEADLINE, STANDFIRST, 'By Mara Quint | 5 December 2026', P1, P2, P3].join('\n'));
    expect(result.boilerplate.find((item) => item.text === STANDFIRST)?.rule).toBe('split/standfirst');
    expect(spanViolations(result)).toEqual([]);
  });
});

describe('the headline among short lines above the article', () => {
  const PRODUCT = 'Tidewell 1.2L Stainless Kettle with Rapid Boil and Limescale Filter';
  const ABOUT = 'The Tidewell kettle boils a full litre in under three minutes, and its stainless body and limescale filter keep the water clean in hard-water areas.';
  const MORE = 'A concealed element and a cordless base that turns all the way round make it easy to use from either side of the counter.';
  const titleOf = (lines: string[]) => splitPage(pageOf(lines)).title?.text ?? null;
  it.each([
    ['the line whose words the article uses wins over a nearer delivery line', ['Skip to main content', 'Tidemart', 'Deliver to Portside PT4', 'Search Tidemart', 'Basket 0', 'All', "Today's Deals", 'Home & Kitchen › Small Appliances › Kettles', PRODUCT, 'Visit the Tidewell Store', '4.4 out of 5 stars', '1,902 ratings | 21 answered questions', '£24.99', 'RRP: £39.99', 'Save £15.00 (38%)', 'FREE delivery Friday, 11 December', 'In stock', 'Quantity: 1', 'Add to Basket', 'About this item', ABOUT, MORE], PRODUCT],
    ['a "#3 Best Seller in …" rank nearer the text is not the headline', ['Skip to main content', 'Tidemart', 'Deliver to Portside PT4', 'Search Tidemart', 'Home & Kitchen › Small Appliances › Kettles', PRODUCT, 'Visit the Tidewell Store', '4.4 out of 5 stars', '1,902 ratings', 'Our Choice', '#2 Best Seller in Stainless Limescale Filter Kettles', '£24.99', 'RRP: £39.99', 'In stock', 'About this item', ABOUT, MORE], PRODUCT],
    ['a teaser that uses the article\'s words does not outweigh the line over the byline', ['Harbour Gazette', 'Island ferry passengers and the winter timetable', 'Weather', 'Sport', HEADLINE, 'By Mara Quint | 5 December 2026', P1, P2], HEADLINE],
    ['a breadcrumb trail after a labelled menu leads to the headline, not to another menu link', ['Harbour Gazette', 'Your island news, every day since 1921', 'Newsletter', 'Log in', 'Search stories, places, people', 'Home / Islands / Transport', HEADLINE, 'Updated 5 December 2026', P1, P2], HEADLINE],
  ])('%s', (_name, lines, title) => {
    expect(titleOf(lines)).toBe(title);
    expect(spanViolations(splitPage(pageOf(lines)))).toEqual([]);
  });
});

describe('lines that say where a piece appeared, date ranges, crumbs restated and posters are weighed as headlines', () => {
  const titleOf = (lines: string[]) => splitPage(pageOf(lines)).title?.text ?? null;
  const DATED = '5 December 2026 · 4 min read';
  it.each([
    ['"Published in X" over the date is where it appeared, not the headline', ['Harbour Notes', 'Sign in', HEADLINE, 'Mara Quint', 'Published in Island Engineering', DATED, P1, P2], HEADLINE],
    ['a headline that opens with "Published" keeps its reading', ['Harbour Notes', 'Sign in', 'Published letters show the ferry trial was planned for years', DATED, P1, P2], 'Published letters show the ferry trial was planned for years'],
    ['a wiki\'s "From X" line over the text is not the headline', ['Main menu', 'Search', HEADLINE, 'Read  Edit  View history', 'From Harbour Heritage Wiki', P1, P2], HEADLINE],
    ['"Cross-posted to: …" under a link post is not the headline', ['Communities', 'Log In', HEADLINE, 'submitted 7 hours ago by tern_77 to islands@example.org', '94 comments', 'Cross-posted to: ferries@example.org, harbours@example.net', P1, P2], HEADLINE],
    ['a date range under a name is a lifespan, and a crumb restated names the page', ['Hollis Funeral Home', 'Search obituaries', 'Obituaries › 2026 › Mara J. Quint', 'Mara Jane Quint', 'April 9, 1941 – October 2, 2026', 'Send Flowers', P1, P2], 'Mara Jane Quint'],
    ['a short heading that restates the trail\'s last crumb beats a longer meta line', ['Store', 'Community', 'tern_77 » Reviews » Winter Crossings', 'Winter Crossings', 'Store Page', 'Not Recommended', '52.6 hrs on record (48.1 hrs at review time)', 'Posted: 14 Nov @ 8:51pm', P1, P2], 'Winter Crossings'],
    ['a short heading after a trail that ends elsewhere gains nothing', ['Store', 'Community', 'tern_77 » Reviews » Winter Crossings', 'Harbour Lights', 'Store Page', HEADLINE, 'Posted: 14 Nov @ 8:51pm', P1, P2], HEADLINE],
    ['a poster\'s name over a badge and a date heads a post with no headline', ['Home', 'My Network', 'Jobs', 'Messaging', 'Mara Quint', '• 2nd', 'Ferry operator | Speaker', '3d • Edited •', 'Follow', P1, P2], null],
  ])('%s', (_name, lines, title) => {
    expect(titleOf(lines)).toBe(title);
    expect(spanViolations(splitPage(pageOf(lines)))).toEqual([]);
  });
});

describe('the line the article\'s first words name is the headline, even inside a column of menu lines', () => {
  const OPENS = 'Tidewell Kettle boils a full litre in under three minutes, and its stainless body keeps the water clean in hard-water areas.';
  const MORE = 'A concealed element and a cordless base that turns all the way round make it easy to use from either side of the counter.';
  it.each([
    ['no blank lines: the subject\'s name inside the menu column', ['Tidemart', 'Games', 'Apps', 'Search', 'Sign in', 'Tidewell Kettle', 'Tidewell Ltd', 'Contains ads', '4.3', 'Install', 'Share', 'This kettle is available for all of your kitchens', 'About this kettle', OPENS, '', MORE], 'Tidewell Kettle'],
    ['the name before a colon names the subject', ['Tidemart', 'Games', 'Apps', 'Search', 'Sign in', 'Tidewell: Kettles & Toasters', 'Tidewell Ltd', 'Contains ads', 'Install', 'This kettle is available for all of your kitchens', 'About this kettle', OPENS.replace('Tidewell Kettle', 'Tidewell'), '', MORE], 'Tidewell: Kettles & Toasters'],
    ['a one-word menu entry the lede happens to open with is no headline', ['Tidemart', 'Kettles', 'Search', 'Sign in', HEADLINE, 'By Mara Quint | 5 December 2026', 'Harbour ferry passengers will keep their timetable through December and January this year, the operator said.', P2], HEADLINE],
  ])('%s', (_name, lines, title) => {
    const result = splitPage(lines.join('\n'));
    expect(result.title?.text).toBe(title);
    expect(spanViolations(result)).toEqual([]);
  });
});

describe('a report button spelt out is an action line; an ad\'s label and a sentence are not', () => {
  it.each([
    ['Report inappropriate content', true],
    ['Report this post', true],
    ['Flag as inappropriate', true],
    ['Report post', true],
    ['Report comment', true],
    ['Reply · Report this post', true],
    ['Helpful · Report review', true],
    ['REPORT THIS AD', false],
    ['Report ad', false],
    ['Report post office closures to the council', false],
    ['Report the broken ferry ramp to the harbour office', false],
  ])('%s', (line, action) => {
    expect(isActionLine(line)).toBe(action);
  });

  it('an ad\'s "Report this ad" label inside the article keeps the article going', () => {
    const lines = [HEADLINE, '', P1, '', 'ADVERTISEMENT', 'REPORT THIS AD', '', P2, '', P3];
    expectBody(lines, [P1, P2, P3]);
  });
});

describe('a link aggregator\'s vote arrow before the headline', () => {
  const COMMENT = ['▲ tern_77 3 hours ago | next [–]', '', 'We did the same with a small queue table and it has been quiet for two years now.'];
  it.each([
    ['"▲ " before the headline is not the headline\'s', ['▲ Running a ferry timetable on a single Postgres table (blog.example.org)', '', '120 points by harbourdev 4 hours ago | hide | 31 comments', '', ...COMMENT], 'Running a ferry timetable on a single Postgres table'],
    ['a line of only an arrow and an issue number is no title', ['▲ #412', '', '120 points by harbourdev 4 hours ago | hide | 31 comments', '', ...COMMENT], undefined],
    ['a headline without an arrow is kept whole', ['Running a ferry timetable on a single Postgres table (blog.example.org)', '', '120 points by harbourdev 4 hours ago | hide | 31 comments', '', ...COMMENT], 'Running a ferry timetable on a single Postgres table'],
  ])('%s', (_name, lines, title) => {
    const result = splitPage(lines.join('\n'));
    expect(result.title?.text).toBe(title);
    expect(spanViolations(result)).toEqual([]);
  });
});

describe('a call to sign up above the headline', () => {
  const page = (prompt: string) => pageOf(['Harbour Gazette', 'News', 'Sport', prompt, HEADLINE, 'By Mara Quint | 5 December 2026', P1, P2]);
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
    const result = splitPage(page(headline));
    expect(result.title?.text).toBe(headline);
    expect(spanViolations(result)).toEqual([]);
  });
  it.each([
    ['a headline that opens "Sign up for" something not the site\'s is the headline', 'Sign up for flu jabs opens to over-65s on the islands'],
    ['a headline that opens "Register to" something not the site\'s is the headline', 'Register to vote by Friday, islanders told'],
  ])('%s', (_name, headline) => {
    const result = splitPage(page(headline));
    expect(result.title?.text).toBe(headline);
    expect(result.boilerplate.find((item) => item.text === headline)).toBeUndefined();
    expect(spanViolations(result)).toEqual([]);
  });
  it.each([
    ['a sentence that asks readers to register for something is the article\'s', [HEADLINE, '', P1, '', P2, '', 'Register for the winter pass at the harbour office.', '', P3, '', P4], [P1, P2, 'Register for the winter pass at the harbour office.', P3, P4]],
    ['"Log in for free to save stories" under the article is not the article', [HEADLINE, '', P1, '', P2, '', 'Log in for free to save stories'], [P1, P2]],
  ])('%s', (_name, lines, body) => expectBody(lines, body));
});

describe('sidebars after the article', () => {
  const BLURB = 'Island council to review the harbour parking charges after complaints from traders.';
  it.each([
    ['a "Most popular" list with a blurb among its links is not the article', [HEADLINE, '', P1, '', P2, '', P3, '', 'Most Popular', '', 'Harbour parking review', '', BLURB, '', 'Lifeboat crew honoured', '', 'Ferry fares frozen'], [P1, P2, P3]],
    ['"Related Posts", its links and a long blurb under them are not the article', [HEADLINE, '', P1, '', P2, '', P3, '', 'Related Posts', '', 'Lifeboat crew honoured at the palace', '', 'Ferry fares frozen for a second year', '', 'Harbour parking review', '', 'Island school wins the coastal quiz', '', 'Lifeboat volunteers from three islands gathered at the palace on Tuesday, where the crew that saved six fishermen off the north cliffs last February received the gold medal.'], [P1, P2, P3]],
    ['an inline "Related" box with the article\'s rest under it is inline', [HEADLINE, '', P1, '', 'Related stories', '', P2, '', P3, '', LONG_AFTER], [P1, P2, P3, LONG_AFTER]],
    ['a label with most of the article under it opens no sidebar', [HEADLINE, '', P1, '', 'Read more', '', 'Lifeboat crew honoured at the palace', '', P2, '', P3, '', LONG_AFTER], [P1, P2, P3, LONG_AFTER]],
    ['an unlabelled column of short lines (an ingredient list) opens no sidebar: the method goes on', [HEADLINE, '', P1, '', '200g flour\n100g butter\n50g sugar\n1 egg', '', P2, '', P3], [P1, P2, P3]],
  ])('%s', (_name, lines, body) => expectBody(lines, body));
  it('what a sidebar label cuts off is labelled a sidebar', () => {
    const result = splitPage(pageOf([HEADLINE, P1, P2, P3, 'Most Popular', 'Harbour parking review', 'Island council to review the harbour parking charges after complaints from traders.']));
    expect(result.boilerplate.find((item) => item.text === 'Harbour parking review')?.rule).toBe('split/sidebar');
  });
});

describe('a lead photo printed as a caption line over its credit line, no blank lines', () => {
  const CAPTION = 'A crew member checks the ramp before the first winter crossing on Monday. Crossings now run every day of the year, weather allowing.';
  const HEADER = ['Island Courier', 'News', 'Sport', HEADLINE, 'By Mara Quint', 'March 3, 2026'];
  it.each([
    ['caption, then "Photo by …": the text opens under the credit', [...HEADER, CAPTION, 'Photo by Sam Okafor / Courier', P1, P2, P3], [P1, P2, P3]],
    ['a placeholder, a caption, then "Name for Outlet": the text opens under the credit', [...HEADER, '[Image: The ferry at the pier]', CAPTION, 'Sam Okafor for The Courier', P1, P2, P3], [P1, P2, P3]],
    ['the last paragraph over a credit-only photo, nothing after it: still the text', [...HEADER, P1, P2, P3, 'Photo by Sam Okafor / Courier'], [P1, P2, P3]],
  ])('%s', (_name, lines, body) => {
    expectBody(lines, body);
    expect(splitPage(lines.join('\n')).title?.text).toBe(HEADLINE);
  });

  it('a two-word headline over a spaced page: neither the caption nor its credit is the headline', () => {
    const lines = ['Island Courier', '', 'FEATURES', '', 'Winter Crossings', '', 'By Mara Quint', '', 'Share   Save', '', '[Image: The ferry at the pier]', CAPTION, 'Sam Okafor for The Courier', '', P1, '', P2, '', P3];
    expectBody(lines, [P1, P2, P3]);
    expect(splitPage(lines.join('\n')).title?.text).toBe('Winter Crossings');
  });
});

describe('a sentence that opens with "By" is no byline', () => {
  it.each([
    ['"By the end of the month, …"', 'By the end of the month, the pier café will open at seven every morning.'],
    ['"By then …"', 'By then the queue for the first crossing had reached the harbour gate.'],
    ['"By contrast …"', 'By contrast, the summer timetable drew fewer passengers than last year.'],
  ])('%s stays in the body; "By Mara Quint" above it is the byline', (_name, sentence) => {
    const lines = [HEADLINE, '', 'By Mara Quint', '', P1, '', sentence, '', P2, '', P3];
    expectBody(lines, [P1, sentence, P2, P3]);
    const result = splitPage(lines.join('\n'));
    expect(result.boilerplate.some((leaf) => leaf.text === 'By Mara Quint' && leaf.kind === 'byline')).toBe(true);
  });
});

describe('"By" over a capitalised name is a byline, over a clause a sentence', () => {
  it.each([
    ['By The Associated Press'], ['Written by The Editorial Board'], ['By An Nguyen'], ['By My Tran'], ['By Sam A. Okafor'],
  ])('%s is the byline', (byline) => {
    const lines = [HEADLINE, '', byline, '', P1, '', P2, '', P3];
    expectBody(lines, [P1, P2, P3]);
    const result = splitPage(lines.join('\n'));
    expect(result.boilerplate.find((leaf) => leaf.text === byline)?.kind).toBe('byline');
  });
  it.each([
    ['By Monday the queue for the first crossing had reached the harbour gate.'],
    ['By March, the winter timetable had carried twice the expected passengers.'],
    ['By doing so, the operator kept the fares at last summer’s level.'],
    ['By far the busiest crossing was the first one on Monday morning.'],
  ])('"%s" stays in the body', (sentence) => {
    const lines = [HEADLINE, '', 'By Mara Quint', '', P1, '', sentence, '', P2, '', P3];
    expectBody(lines, [P1, sentence, P2, P3]);
  });
});

describe('a title-cased subhead "X for Y" under the first paragraph is no photo credit (no blank lines)', () => {
  const HEADER = ['Island Courier', 'News', HEADLINE, 'By Mara Quint', 'March 3, 2026'];
  it.each([['Room for Growth'], ['A Plan for Winter']])('%s: the first paragraph stays', (subhead) => {
    expectBody([...HEADER, P1, subhead, P2, P3], [P1, subhead, P2, P3]);
  });
  it('a name with an initial for an outlet is still a credit: the text opens under it', () => {
    const CAPTION = 'A crew member checks the ramp before the first winter crossing on Monday. Crossings now run every day of the year, weather allowing.';
    expectBody([...HEADER, CAPTION, 'Sam A. Okafor for The Courier', P1, P2, P3], [P1, P2, P3]);
  });
});

describe('a retailer\'s "Customer questions & answers" opens its comment section', () => {
  const BULLETS = ['Boils a full litre in under three minutes with a 3000W concealed element.', 'Removable limescale filter and a window on both sides to check the water level.', 'Cordless base that turns all the way round, for left- and right-handed use.'];
  const QA = ['Q: Does the lid open with a button or do you lift it by hand?', '', 'By kettle_fan on 2 September 2026', '', 'A: There is a button on the handle, the lid springs open.', '', 'By Ruth C. on 3 September 2026'];
  it.each([
    ['under the label, a question over its "By X on DATE" line is no bullet of the description', ['Tidewell 1.7L Glass Kettle', '', 'About this item', '', ...BULLETS.flatMap((b) => [b, '']), 'Customer questions & answers', '', ...QA], BULLETS],
    ['a subhead "Questions and answers" inside an interview is the article\'s', ['Tidewell 1.7L Glass Kettle', '', ...BULLETS.flatMap((b) => [b, '']), 'Questions and answers', '', 'We asked the designer why the base turns all the way round, and she said it was for her left-handed father.'], [...BULLETS, 'Questions and answers', 'We asked the designer why the base turns all the way round, and she said it was for her left-handed father.']],
  ])('%s', (_name, lines, body) => expectBody(lines, body));
});

describe('title bonuses keep to their shape: a menu entry, a section kicker, a name over a date and a headline opening with "From" stay what they are', () => {
  const titleOf = (lines: string[]) => splitPage(pageOf(lines)).title?.text ?? null;
  const SHUTDOWN = 'L train shutdown returns';
  const LEDE_CITY = 'New York officials said on Monday that the subway line will close for six weeks from January, the longest closure in a decade.';
  const SACKED = 'Solskjaer out at Old Trafford';
  const LEDE_CLUB = 'Manchester United have sacked their manager after a run of six defeats, the club said in a statement on Sunday evening.';
  const SIX = 'United sack manager after six straight defeats';
  const LIFE = 'She was born in Portside in 1939 and ran the harbour post office for thirty years before retiring to the island with her sister.';
  it.each([
    // A name the lede opens with, printed in the menu above a headline.
    ['a menu entry of two words the lede opens with does not beat the headline', ['City Paper', 'World', 'US', 'New York', 'Politics', 'Business', SHUTDOWN, LEDE_CITY, P2, P3], SHUTDOWN],
    ['a club in the menu that the lede opens with does not beat the headline', ['Sports Daily', 'Arsenal', 'Chelsea', 'Liverpool', 'Manchester United', 'Tottenham', SACKED, LEDE_CLUB, P2, P3], SACKED],
    // A trail ending at the section, and the section printed again as a kicker over the headline.
    ['a section kicker that restates the trail\'s last crumb is no headline (byline under the headline)', ['Harbour Gazette', 'Home › Sport › Premier League', 'Premier League', HEADLINE, 'By Mara Quint | 5 December 2026', P1, P2], HEADLINE],
    ['a one-word section kicker that restates the crumb is no headline', ['Harbour Gazette', 'Home › Sport › Football', 'Football', SIX, P2, P3], SIX],
    ['a kicker restating the crumb over a dated headline is no headline', ['Harbour Gazette', 'Home > News > Island Ferry', 'Island Ferry', HEADLINE, '5 December 2026', P1, P2], HEADLINE],
    // A calendar date under a name is a dateline, not a social post's badge.
    ['a name over a calendar date heads an obituary', ['Hollis Funeral Home', 'Obituaries', 'Mara Jane Quint', 'November 28, 2026', LIFE, P2], 'Mara Jane Quint'],
    ['a name over a day-month-year date heads a profile', ['Harbour Gazette', 'People', 'Mara Quint', '5 December 2026', P1, P2], 'Mara Quint'],
    // "From" and "Posted on" open ordinary headlines too.
    ['a headline opening with "From" and a lowercase word keeps its reading', ['Harbour Gazette', 'Sign in', 'From Pit Lane to Podium', P1, P2], 'From Pit Lane to Podium'],
    ['a title-cased headline opening with "From" keeps its reading', ['Harbour Gazette', 'Sign in', 'From Farm To Table', P1, P2], 'From Farm To Table'],
    ['a headline "From X, With Y" keeps its reading', ['Harbour Gazette', 'Sign in', 'From Paris, With Love: the ferry that crossed', P1, P2], 'From Paris, With Love: the ferry that crossed'],
    ['a headline opening with "Posted on the …" keeps its reading', ['Harbour Gazette', 'Sign in', 'Posted on the pier wall, a timetable for winter', P1, P2], 'Posted on the pier wall, a timetable for winter'],
    // The shapes the rules were written for still read so (each fails with its rule removed).
    ['a wiki\'s "From X Wiki" line is no headline', ['Harbour Gazette', 'Sign in', 'From Harbour Heritage Wiki', P1, P2], 'Harbour Gazette'],
    ['"Posted in X" naming a section is no headline', ['Harbour Gazette', 'Sign in', 'Posted in Island Ferries', P1, P2], 'Harbour Gazette'],
    ['an album\'s name over its artist\'s byline, with the lede opening with it, is the title', ['Tidemart Music', 'Search', 'Log in', 'Fen Choir', 'Lowland Rain', 'by Fen Choir', 'Digital Album', 'Buy Now', 'Lowland Rain was recorded over three nights in a chapel on the fen, with the doors open to the weather and the birds.', P2], 'Lowland Rain'],
  ])('%s', (_name, lines, title) => {
    expect(titleOf(lines)).toBe(title);
    expect(spanViolations(splitPage(pageOf(lines)))).toEqual([]);
  });

  it('unspaced: a product name in the menu column under a bylined review headline is a menu entry', () => {
    const REVIEW = 'Tidewell kettle review: quick, quiet and cheap to run';
    const lines = ['Kettle Reviews Weekly', '', REVIEW, 'By Mara Quint | 5 December 2026', '', 'Reviews', 'Kettles', 'Tidewell Kettle', 'Deals', 'Toasters', '',
      'Tidewell Kettle boils a full litre in under three minutes, and its stainless body keeps the water clean in hard-water areas.', '',
      'A concealed element and a cordless base that turns all the way round make it easy to use from either side of the counter.', '', P2];
    const result = splitPage(lines.join('\n'));
    expect(result.title?.text).toBe(REVIEW);
    expect(spanViolations(result)).toEqual([]);
  });
});
