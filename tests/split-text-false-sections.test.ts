/**
 * The decision that a page has a comment section at all (issue 14, "no comments where none are"):
 * sidebars of a whole-page dump that repeat a header-like shape are lists, not threads. Each table
 * holds the sidebar shape and the thread of the same shape that must keep its comments. Every
 * input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';
import { HARBOUR_ARTICLE as ARTICLE } from './text-pages.js';


const commentsOf = (lines: string[]) => {
  const result = splitPage(lines.join('\n'));
  expect(spanViolations(result)).toEqual([]);
  return result.comments.map((c) => [c.author, c.text]);
};

describe('a dated line printed twice is a reprinted link, not a comment header', () => {
  const LINKS = ['Five Best Lunches on the Harbour Front »', 'Harbour Dining Deals and Events, Nov. 12-18 »', 'Take a Look Inside the New Ferry Terminal Café and Its Kitchen »'].join('\n');
  it('the same list of links, one of them dated, printed in two sidebars: no comments', () => {
    const lines = [...ARTICLE, 'Sites We Love', '', LINKS, '', 'Watch the Ferry Crew Test the New Ramp at Low Tide »', '', 'More News', '', LINKS, '', '© 2026 Harbour Gazette'];
    expect(commentsOf(lines)).toEqual([]);
  });

  const C1 = 'About time too, my mother has missed two appointments this winter.';
  const C2 = 'Will the café on the pier open earlier as well?';
  const C3 = 'The winter timetable should have come years ago.';
  it.each([
    ['three "Anonymous, 2 days ago" headers under "Comments"', ['Comments', '', 'Anonymous, 2 days ago', '', C1, '', 'Anonymous, 2 days ago', '', C2, '', 'Anonymous, 2 days ago', '', C3, ''], 3],
    ['the same three headers with no label', ['Anonymous, 2 days ago', '', C1, '', 'Anonymous, 2 days ago', '', C2, '', 'Anonymous, 2 days ago', '', C3, ''], 3],
    ['one poster twice on one day, "Anna Berg, Nov. 12"', ['Anna Berg, Nov. 12', '', C1, '', 'Anna Berg, Nov. 12', '', C2, ''], 2],
  ])('the same dated header over different comments is a thread: %s', (_name, thread, count) => {
    const comments = commentsOf([...ARTICLE, ...thread, '© 2026 Harbour Gazette']);
    expect(comments.map(([, text]) => text)).toEqual([C1, C2, C3].slice(0, count));
  });

  it('a dated headline printed in two lists, over different teasers: no comments', () => {
    const HEAD = 'Ferry Operator To Add Winter Crossings On November 16';
    const lines = [...ARTICLE, 'Latest News', '', HEAD, '', 'The extra crossings will run until the end of March.', '', 'Most Read', '', HEAD, '', 'Residents had asked for the change for three years.', '', '© 2026 Harbour Gazette'];
    expect(commentsOf(lines)).toEqual([]);
  });

  it('two different "Name, date" lines over comments are a thread', () => {
    const lines = [...ARTICLE, 'Anna Berg, Nov. 12', '', 'About time too, my mother has missed two appointments this winter.', '', 'Tom Reed, Nov. 13', '', 'Will the café on the pier open earlier as well?', '', '© 2026 Harbour Gazette'];
    expect(commentsOf(lines)).toEqual([
      ['Anna Berg', 'About time too, my mother has missed two appointments this winter.'],
      ['Tom Reed', 'Will the café on the pier open earlier as well?'],
    ]);
  });
});

describe('an event list (a name, a date, a title) is not a thread', () => {
  it.each([
    ['a place over a date over a title-cased event name', ['Upcoming Events', '01/31/13', 'The Sixth Annual Harbour Awards Night', 'Portside', '04/27/13', 'Winter Fair 2013', 'Harbour Hall']],
  ])('%s: no comments', (_name, list) => {
    // The footer's column of links keeps the page from reading as one printed with a blank line after every line.
    expect(commentsOf([...ARTICLE, ...list.flatMap((line) => [line, '']), 'About us\nContact\nPrivacy', '', '© 2026 Harbour Gazette'])).toEqual([]);
  });

  it('a name over a date over a sentence is a comment header', () => {
    const lines = [...ARTICLE, 'Anna Berg', '', 'January 31, 2013', '', 'I went to the awards last year and the food was great.', '', 'Tom Reed', '', 'February 2, 2013', '', 'Same here, the band was good too.', '', 'About us\nContact\nPrivacy', '', '© 2026 Harbour Gazette'];
    expect(commentsOf(lines)).toEqual([
      ['Anna Berg', 'I went to the awards last year and the food was great.'],
      ['Tom Reed', 'Same here, the band was good too.'],
    ]);
  });
});

describe('a "by" inside brackets credits someone in an aside', () => {
  const entry = (label: string, who: string, pick: string, quote: string) => [`${label} (nominated by ${who}):`, pick, '', quote, ''];
  it('a list of picks, each "Label (nominated by Name):" over its pick: no comments', () => {
    const lines = [
      ...ARTICLE,
      ...entry('Most Useful', 'Anna Berg', 'Tom Reed at the Island Post with “How the tide tables are made”', '“Every table starts with a year of readings from the same gauge on the pier.”'),
      ...entry('Best Story', 'Jo Marsh', 'Ruth Calloway at Coast Weekly with “The last lighthouse keeper”', '“He kept the lamp lit for thirty-one winters and never missed a night.”'),
      ...entry('Best Photo', 'Sam Okafor', 'Pia Holm at Harbour Lens with “Ferries in the fog”', '“The fog came in so fast that the ferry disappeared halfway across.”'),
      '© 2026 Harbour Gazette',
    ];
    expect(commentsOf(lines)).toEqual([]);
  });

  it('"by Name (12345) on DATE" over each comment stays a header: the "by" is in the open', () => {
    const lines = [...ARTICLE, 'by annab (48213) on Monday November 12, 2012 @09:14AM', '', 'About time too, my mother has missed two appointments this winter.', '', 'by tomr (51877) on Monday November 12, 2012 @10:02AM', '', 'The café on the pier should open earlier as well.', '', 'by pia_h (60233) on Tuesday November 13, 2012 @08:40AM', '', 'Good news for the island at last.', '', '© 2026 Harbour Gazette'];
    expect(commentsOf(lines).map(([author]) => author)).toEqual(['annab', 'tomr', 'pia_h']);
  });
});

describe('name-shaped lines that read as labels are sub-headings, not commenters', () => {
  // A services page: each heading names what its paragraph is about, and a link label repeats.
  const SERVICES = [
    'Tide Tables', '', 'Our tide tables cover every harbour on the coast, updated each morning from the port office.', '',
    'Learn more', '', 'We send the tables by email before each weekend so skippers can plan early.', '',
    'Mooring Permits', '', 'Apply for mooring permits online, and we post the permits within a week.', '',
    'Learn more', '', 'You can renew at the pier office too, if you prefer paper forms.', '',
    'Explore winter berths', '', 'Covered berths are open from November to March at reduced rates.', '',
  ];
  it('headings echoed by their paragraphs, and sentence-case link labels: no comments', () => {
    expect(commentsOf([...ARTICLE, ...SERVICES, '© 2026 Harbour Gazette'])).toEqual([]);
  });

  // The same rhythm with people's names, one of them posting twice: a thread.
  const THREAD = [
    'Marta Quinn', '', 'About time too, my mother has missed two appointments this winter.', '',
    'Deb in Ohio', '', 'Will the café on the pier open earlier as well?', '',
    'Marta Quinn', '', 'I hope they keep the old ferry as a spare.', '',
    'tom_reed_77', '', 'The winter timetable should have come years ago.', '',
  ];
  it('names that are not echoed and are not sentence-case phrases keep their comments', () => {
    expect(commentsOf([...ARTICLE, ...THREAD, '© 2026 Harbour Gazette']).map(([author]) => author)).toEqual(['Marta Quinn', 'Deb in Ohio', 'Marta Quinn', 'tom_reed_77']);
  });

  // Names with a lower-case particle, and names that are also words their comment uses.
  it.each([
    ['Jan van Dijk', 'About time too, my mother has missed two appointments this winter.'],
    ['Maria da Silva', 'About time too, my mother has missed two appointments this winter.'],
    ['Ursula von der Leyen', 'About time too, my mother has missed two appointments this winter.'],
    ['Hope Ellis', 'I hope they keep the old ferry as a spare.'],
    ['Mark Baker', 'I would mark this down as a win for the island.'],
  ])('"%s" is a commenter, not a label', (name, text) => {
    const thread = [name, '', text, '', 'Tom Reed', '', 'Will the café on the pier open earlier as well?', '', name, '', 'The winter timetable should have come years ago.', ''];
    expect(commentsOf([...ARTICLE, ...thread, '© 2026 Harbour Gazette']).map(([author]) => author)).toEqual([name, 'Tom Reed', name]);
  });
});

describe('"Name, Place" lines one under another with nothing between', () => {
  const article = [
    'Harbour Weekly', '', 'Where house prices will rise next year', '',
    'Agents expect buyers to move away from the big cities again next year, as more offices ask staff to come in three days a week.', '',
    'Towns within an hour of a large employer are likely to gain most, according to the survey of two hundred agents.', '',
  ];
  const after = ['', 'On the other hand, coastal towns that boomed during the lockdowns may see prices fall as second homes come back on the market.', ''];
  it('are a list of places, not a thread', () => {
    const page = [...article, 'Markets most likely to heat up:', 'Ashford, Kent', 'Swindon, Wiltshire', 'Reading, Berkshire', 'Luton, Bedfordshire', ...after, '© 2026 Harbour Weekly'].join('\n');
    expect(splitPage(page).comments).toEqual([]);
  });
  it('each over its own comment, they stay a thread', () => {
    const page = [...article, 'Ann Berg, Kent', 'Prices here went up a lot last year already.', '', 'Tom Hale, Wiltshire', 'Nobody I know can afford to move in.', '', '© 2026 Harbour Weekly'].join('\n');
    expect(splitPage(page).comments.map((c) => c.text)).toEqual(['Prices here went up a lot last year already.', 'Nobody I know can afford to move in.']);
  });
});
