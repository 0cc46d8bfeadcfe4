/**
 * Review findings on the HTML splitter (session 12), each input the reviewer's: a short dated line
 * under the headline is the article's header only when it is a dateline (a date and little else),
 * not an opening sentence, a colon's lead-in or a subheading; a date in a title attribute dates an
 * element only when the element shows a date or an age; a clock, '-' and another clock is a range,
 * not a zone; the time beside a day comes only from a date-marked sibling; a schema.org Comment's
 * name is its commenter. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { DATE_TEXT } from '../src/split/html/dates.js';
import { splitHtml } from '../src/split/html/index.js';

const prose = (topic: string) => `<p>${`The ${topic} needs a steady hand and a sharp blade, and every step takes longer than the last. `.repeat(4)}</p>`;
const paragraphs = `${prose('joinery')}${prose('finish')}`;
const head = '<!doctype html><html><head><title>Planing end grain</title></head><body>';
const page = (header: string, after = '') => `${head}<main><article>${header}${paragraphs}</article>${after}</main></body></html>`;

describe('a short dated line below the headline (finding 1)', () => {
  it.each([
    ['an opening sentence ending in a colon', '<h1>Planing end grain</h1><p>On 5 May 2024 the council announced the following changes:</p>', 'On 5 May 2024 the council'],
    ['a subheading element naming a date', '<h1>Planing end grain</h1><h2>The night of 4 July 2023</h2>', 'The night of 4 July 2023'],
    ['a dated update whose colon introduces content', '<h1>Planing end grain</h1><p>Update, 6 May 2024: the council has responded</p>', 'Update, 6 May 2024'],
    ['a short sentence with a date and no stop', '<h1>Planing end grain</h1><p>On 5 May 2024 the council met</p>', 'On 5 May 2024 the council met'],
    ['a dated byline line is the header', '<h1>Planing end grain</h1><div class="post-meta">Jo Brennan · 2 March 2021 · <a href="#talk">Comments</a></div>', 'The joinery'],
    ['a labelled date line is the header', '<h1>Planing end grain</h1><p>Published on Monday, 5 May 2024 by Jo Brennan</p>', 'The joinery'],
    ['a user name after "by" is a name, not a sentence word', '<h1>Planing end grain</h1><p>by ruthie on January 31, 2011</p>', 'The joinery'],
    ['a heading opening with a dateline label is the header', '<h1>Planing end grain</h1><h3>Posted on September 30th, 2008 in <a href="/t/joinery">Joinery</a> |</h3>', 'The joinery'],
    ['a name, a handle and a day are the header', '<h1>Planing end grain</h1><p>J Jo Brennan @jo_b Jun 2</p>', 'The joinery'],
    ["a heading of a name and a date in its own link, closed by a colon, is the post's header", '<h1>Planing end grain</h1><h4>Tam Okafor <a href="#p7">(Jun 2 2022 at 18:40)</a>:</h4>', 'The joinery'],
  ])('%s', (_name, header, start) => {
    expect(splitHtml(page(header), {})!.body?.text.startsWith(start)).toBe(true);
  });
  it('a subheading under a headline outside the article stays', () => {
    const html = `${head}<header><h1>Planing end grain</h1></header><main><article><p>What changed in May 2024</p>${paragraphs}</article></main></body></html>`;
    expect(splitHtml(html, {})!.body?.text.startsWith('What changed in May 2024')).toBe(true);
  });
});

const byline = (inner: string) => page(`<h1>Planing end grain</h1><div class="byline">${inner}</div>`);

describe('a title attribute dates an element only when it shows a date or an age (finding 2)', () => {
  it.each([
    ['a link labelled "Archive" titled with a date', 'By <a href="/p/ana">Ana</a> · <a class="date" href="/archive/2024/05" title="5 May 2024 10:30">Archive</a> · <span class="date">6 May 2024</span>', '6 May 2024'],
    ['an age label titled with a date', 'By <a href="/p/ana">Ana</a> · <a class="date" href="/a" title="03/02/2024 02:17 PM">9 months</a> ago', '9 months ago'],
  ])('%s', (_name, inner, date) => {
    expect(splitHtml(byline(inner), {})!.body?.postedAt ?? null).toBe(date);
  });
});

describe('a clock, a dash and another clock is a range, not a zone (finding 3)', () => {
  it.each([
    ['Meeting 10:30-11:45 today', '10:30'],
    ['5 May 2024 10:30-11:30', '5 May 2024 10:30'],
    ['2023-03-06 20:02:11 +0100', '2023-03-06 20:02:11 +0100'],
    ['2026-11-27 09:14:22 +01:00', '2026-11-27 09:14:22 +01:00'],
    ['2026-11-27 09:14 -05:00', '2026-11-27 09:14 -05:00'],
  ])('%s', (value, date) => {
    expect(DATE_TEXT.exec(value)?.[0]).toBe(date);
  });
  it('a byline with a time range gives the start time', () => {
    expect(splitHtml(byline('By <a href="/p/ana">Ana</a> · <span class="date">5 May 2024 10:30-11:30</span>'), {})!.body?.postedAt).toBe('5 May 2024 10:30');
  });
});

const names = ['Ann Berg', 'Tove Lind', 'Sam Rhee'];
const thread = (header: (name: string, i: number) => string) =>
  `<ul class="comments">${names
    .map((name, i) => `<li class="comment"><div class="commentTop">${header(name, i)}</div><div class="commentBody"><p>Comment number ${i + 1} on the joint, which held after a week under load.</p></div></li>`)
    .join('')}</ul>`;
const comments = (header: (name: string, i: number) => string) => splitHtml(page('<h1>Planing end grain</h1>', thread(header)), {})!.comments;

describe('the time beside a day comes from a date-marked sibling only (finding 4)', () => {
  it.each([
    ['a score after the day', (name: string, i: number) => `<a class="author" href="/u/${i}">${name}</a> <span class="date">04/0${i + 2}/24</span> <span class="score">12:30</span>`, ['04/02/24', '04/03/24', '04/04/24']],
    ['a time-classed span after the day', (name: string, i: number) => `<a class="author" href="/u/${i}">${name}</a> <span class="date">04/0${i + 2}/24</span> <span class="time">12:30</span>`, ['04/02/24 12:30', '04/03/24 12:30', '04/04/24 12:30']],
  ])('%s', (_name, header, dates) => {
    expect(comments(header).map((comment) => comment.postedAt)).toEqual(dates);
  });
});

describe("a schema.org Comment item's name is its commenter (finding 5)", () => {
  it.each([
    ['Comment', 'https://schema.org/Comment'],
    ['UserComments', 'http://schema.org/UserComments'],
  ])('%s', (_name, type) => {
    const header = (name: string, i: number) => `<span itemscope itemtype="${type}"><span itemprop="name">${name}</span> <span class="date">${5 + i} May 2024</span></span>`;
    expect(comments(header).map((comment) => comment.author)).toEqual(names);
  });
});
