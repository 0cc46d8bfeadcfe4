/**
 * Title and body rules of the eleventh session (issue 14), on page shapes rather than on any one
 * page: a question headline over a row of the page's meta cut by separators, a reaction box asking
 * about "this article" under the text, a lone capital or a clock time read as a track entry, a
 * "Written by" sentence read as a byline, a section's follow button over a bylined headline, a
 * letter's salutation over the first paragraph. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { matchBoilerplate } from '../src/split/text/boilerplate.js';
import { spaced, splitChecked, unspaced } from './text-pages.js';

const P1 = 'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.';
const P2 = 'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.';
const P3 = 'The council will review the winter service in April, when the operator publishes its passenger figures for the first full season.';

const title = (text: string) => splitChecked(text).title?.text ?? null;
const paragraphs = (text: string) => (splitChecked(text).body?.paragraphs ?? []).map((paragraph) => paragraph.text);
const layouts = (lines: string[]): [string, string][] => [['spaced', spaced(lines)], ['unspaced', unspaced(lines)]];

describe('a question headline over a row of meta with a date, cut by separators', () => {
  const QUESTION = 'My ferry pass was cancelled after 3 years. Can the operator keep the deposit?';
  const META = 'Q: Harbour, North Coast  |  Asked on Nov 29, 2026  |  4 answers  |  1,203 views';
  const page = ['Skip to main content', 'AskHarbour', 'Find an expert  Advice  Ask  Guides', 'Log in  Sign up', 'Advice > Transport > Ferries', QUESTION, META, P1, P2, P3];
  it.each(layouts(page))('is the title, and the text opens under the row (%s)', (_layout, text) => {
    expect(title(text)).toBe(QUESTION);
    expect(paragraphs(text)[0]).toBe(P1);
  });
  it('a row of separators with no date over the text leaves a lede that is a sentence in the body', () => {
    const lede = 'The ferry pass scheme closed after three years. Can the operator keep the deposits it took?';
    const text = spaced(['Harbour Post', 'News', 'Ferry Pass Scheme Closes After Three Years', 'By Mara Quint', lede, 'Ferries  |  Passes  |  Deposits  |  Council', P1, P2]);
    expect(paragraphs(text)).toContain(lede);
  });
});

describe('the reaction box under the text is not its last paragraph', () => {
  it.each([
    ['Do you like the content of this article?', true],
    ['Was this article helpful?', true],
    ['How did this story make you feel?', true],
    ['What did you think of this piece?', true],
    ['Did you like the ending of the film?', false],
    ['Was this the right call by the council?', false],
  ])('%s', (line, widget) => expect(matchBoilerplate(line)?.rule === 'reaction-prompt').toBe(widget));
  it.each(layouts(['Harbour Post', 'News', 'The Winter Ferry Keeps Sailing', 'By Mara Quint', P1, P2, P3, 'Do you like the content of this article?', 'Like  Unlike', 'Most read', 'Bridge repairs to start in May']))('%s', (_layout, text) => {
    expect(paragraphs(text).at(-1)).toBe(P3);
  });
});

describe('a headline with a clock time at its end is not a tracklist entry', () => {
  const headlines = ['A Night on the Last Ferry at 11:45', 'I Woke at 4:30 Every Day for a Month', '12 Hours on the Night Ferry until 6:15'];
  it.each(headlines.flatMap((headline) => layouts(['Harbour Post', 'News', headline, 'By Mara Quint', P1, P2, P3]).map(([layout, text]) => [headline, layout, text])))('%s (%s)', (headline, _layout, text) => {
    expect(title(text)).toBe(headline);
  });
});

describe('a sentence opening "Written by" is the text, not a byline', () => {
  const WRITTEN = 'Written by Mara Quint over two winters, the guide covers every crossing on the north coast.';
  it.each(layouts(['Harbour Post', 'News', 'The Winter Ferry Keeps Sailing', 'By Mara Quint', P1, P2, WRITTEN, P3]))('in the middle of the text (%s)', (_layout, text) => {
    expect(paragraphs(text)).toEqual([P1, P2, WRITTEN, P3]);
  });
  it('"Written by Mara Quint" alone over the text stays a byline', () => {
    expect(paragraphs(spaced(['Harbour Post', 'News', 'The Winter Ferry Keeps Sailing', 'Written by Mara Quint', P1, P2, P3]))).toEqual([P1, P2, P3]);
  });
});

describe("a headline under its section's follow button", () => {
  it.each(layouts(['Harbour Post', 'Opinion', 'Follow', 'The Winter Ferry Keeps Sailing', 'By Mara Quint', P1, P2, P3]))('is the title (%s)', (_layout, text) => {
    expect(title(text)).toBe('The Winter Ferry Keeps Sailing');
  });
});

describe("a letter's salutation opens the text", () => {
  it.each(layouts(['Harbour Post', 'Advice', 'Sister-in-law keeps borrowing money', 'By Abigail Van Buren', 'Dear Abby:', P1, P2, 'Dear Borrowed:', P3]))('%s', (_layout, text) => {
    expect(paragraphs(text)).toEqual(['Dear Abby:', P1, P2, 'Dear Borrowed:', P3]);
  });
});

describe("a guide's short introduction under its bylined headline, long sections under subheadings below", () => {
  const INTRO = 'Picking a ferry pass is harder than it looks: the operators sell six of them, and the cheapest one on paper is rarely the cheapest one in a year of real crossings.';
  const INTRO_MORE = 'We rode every route on the north coast for a month and compared what each pass would have cost us.';
  const LONG = (n: number) => `Pass number ${n} covers the inner routes at a flat rate, and the operator adds the outer islands for a small fee in summer, when the extra sailings run twice a day and the queues at the north pier are at their longest.`;
  const section = (n: number) => [`${n}. The ${['Harbour', 'Island', 'Coastal', 'Weekender'][n - 1]} Pass`, 'Price:', `£${n}0 a month`, 'Routes:', 'Inner, outer', 'Best for:', 'Commuters', LONG(n), LONG(n + 4), LONG(n + 8), LONG(n + 12), LONG(n + 16)];
  const HEADLINE = 'The 4 Best Ferry Passes for the North Coast in 2026';
  const page = ['Harbour Guides', 'Routes  Passes  Timetables  Reviews', HEADLINE, 'By Mara Quint', INTRO, INTRO_MORE, 'Our top picks', 'Harbour Pass', 'Island Pass', 'Coastal Pass', 'Weekender Pass', ...[1, 2, 3, 4].flatMap(section)];
  it.each(layouts(page))('the headline is the title and the introduction opens the body (%s)', (_layout, text) => {
    expect(title(text)).toBe(HEADLINE);
    expect(paragraphs(text)[0]).toBe(INTRO);
  });
});

describe('a credit line ending in a full stop stays a byline (review)', () => {
  it.each([
    ['Compiled by the staff of the library.', true],
    ['Written by the editors of Harbour Post.', true],
    ['Written by Mara Quint and photographed by Tom Lee.', true],
    ['Story by Anna Berg, with reporting by Tom Lee.', true],
    ['Written by Mara Quint over two winters, the guide covers every crossing on the north coast.', false],
    ['Compiled by hand over many years, the index lists every sailing since 1902.', false],
  ])('%s', (line, byline) => expect(matchBoilerplate(line)?.rule === 'byline').toBe(byline));
});

describe("another article's bylined teaser above the page's own bylined article (review)", () => {
  const TEASER = 'A new bridge between the two largest islands will open in the spring, two years late and well over budget, after the council approved the last payment on Friday night.';
  const P4 = 'Operators on the south coast said they would watch the figures closely, since their own winter sailings have run at a loss for most of the last ten years.';
  const more = ['More news', 'Bridge tolls to rise', 'School bus timetable', 'Harbour fair returns', 'Lifeboat crew honoured', 'Weather warning for Friday'];
  const page = ['Harbour Post', 'News', 'Previous article', 'Bridge Opens Two Years Late', 'By Tom Lee', TEASER, ...more, 'Opinion', 'The Winter Ferry Keeps Sailing', 'By Mara Quint', '7 December 2026', P1, P2, P3, P4];
  it.each(layouts(page))('does not open the body (%s)', (_layout, text) => {
    expect(title(text)).toBe('The Winter Ferry Keeps Sailing');
    expect(paragraphs(text)).toEqual([P1, P2, P3, P4]);
  });
});
