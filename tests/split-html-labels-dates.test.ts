/**
 * Headline labels and dates as shown, on invented pages: labels a heading holds beside the
 * headline's words (a thread's number, its category link, a state badge, the source's domain) are
 * not the title when the declared title shows the words without them; a byline's whole date line
 * ("5:47am Fri 5 Dec 2026", "on Friday December 04, 2026 @10:30AM" without its "on", an age link
 * titled with the date and "ago" after it); a custom time element's whole text with its zone; and
 * a comment header line's own date element, not a day its subject names first.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const prose = (topic: string) => `<p>${`The ${topic} needs a steady hand and a sharp blade, and every step takes longer than the last. `.repeat(4)}</p>`;

function page(head: string, header: string, after = ''): string {
  return `<!doctype html><html><head>${head}</head><body><main><article>${header}${prose('joinery')}${prose('finish')}</article>${after}</main></body></html>`;
}

describe('labels beside the headline in its heading', () => {
  it.each([
    [
      "an issue's number after the title, the <title> adding it in another part",
      '<title>Router drops the last byte · Issue #88 · acme/router</title>',
      '<h1><span class="issue-title">Router drops the last byte</span> <span class="index">#88</span></h1>',
      'Router drops the last byte',
    ],
    [
      "a category link before a forum thread's subject",
      '<title>Kiln shelf cracked on first firing - Ceramics Board</title>',
      '<h1><a href="/forum?type=3">[Help]</a> <span id="subject">Kiln shelf cracked on first firing</span></h1>',
      'Kiln shelf cracked on first firing',
    ],
    [
      'a badge in a <small> after the subject',
      '<meta property="og:title" content="Which glue for oily hardwoods?">',
      '<h1><span class="subject">Which glue for oily hardwoods?</span> <small class="float-end"><span class="badge">Question</span></small></h1>',
      'Which glue for oily hardwoods?',
    ],
    [
      "the source's domain after a story link, inside a title wrapper",
      '<title>Mill Owners Fined Over Dust Extraction - Newsdesk</title>',
      '<h2 class="story"><span class="story-title"><a href="/s/1">Mill Owners Fined Over Dust Extraction</a> <span><a href="https://news.example/x">(news.example)</a></span></span></h2>',
      'Mill Owners Fined Over Dust Extraction',
    ],
    [
      "a part of the headline the declared title shows is the headline's",
      '<title>Glue that holds: a test - Shop Notes</title>',
      '<h1><span>Glue that holds:</span> <span>a test</span></h1>',
      'Glue that holds: a test',
    ],
    [
      'a short last part the declared title lacks, with bare words before it: no label child to drop beside a heading of words alone',
      '<title>Planing end grain</title>',
      '<h1>Planing end grain <em>again</em></h1>',
      'Planing end grain again',
    ],
  ])('%s', (_name, head, heading, title) => {
    const result = splitHtml(page(head, heading), {})!;
    expect(result.title?.text).toBe(title);
  });
});

describe('the date a byline shows', () => {
  it.each([
    ['a clock with its am glued on, then the day', '<div class="who-when"><span class="by">By <a href="/people/ana">Ana Leota</a></span> <span class="when">5:47am Fri 5 Dec 2026</span></div>', '5:47am Fri 5 Dec 2026'],
    ['a <time> whose text opens with "on"', '<div class="byline">Posted by <a href="/~ana">Ana Leota</a> <time datetime="2026-12-04T10:30">on Friday December 04, 2026 @10:30AM</time></div>', 'Friday December 04, 2026 @10:30AM'],
    ['an age link titled with the date and "ago" after it', '<p class="author">Added by <a class="user" href="/users/5">Ana Leota</a> <a title="03/02/2024 02:17 PM" href="/activity">9 months</a> ago.</p>', '9 months ago'],
    ['a custom time element with a zone', '<div class="meta"><a class="author" href="/ana">Ana Leota</a> opened this <relative-time datetime="2026-11-27T09:14:22+01:00">2026-11-27 09:14:22 +01:00</relative-time></div>', '2026-11-27 09:14:22 +01:00'],
  ])('%s', (_name, byline, date) => {
    const result = splitHtml(page('<title>Planing end grain</title>', `<h1>Planing end grain</h1>${byline}`), {})!;
    expect(result.body?.postedAt ?? null).toBe(date);
  });
});

describe('the date of each comment', () => {
  const names = ['Ann Berg', 'Tove Lind', 'Sam Rhee'];
  const thread = (header: (name: string, i: number) => string) =>
    `<ul class="comments">${names
      .map((name, i) => `<li class="comment"><div class="commentTop">${header(name, i)}</div><div class="commentBody"><p>Comment number ${i + 1} on the joint, which held after a week under load.</p></div></li>`)
      .join('')}</ul>`;
  it.each([
    [
      'a custom time element with its zone',
      (name: string, i: number) => `<a class="author" href="/${name.split(' ')[0]}">${name}</a> commented <relative-time datetime="2026-11-2${i}T10:02:48+01:00">2026-11-2${i} 10:02:48 +01:00</relative-time>`,
      ['2026-11-20 10:02:48 +01:00', '2026-11-21 10:02:48 +01:00', '2026-11-22 10:02:48 +01:00'],
    ],
    [
      'a subject heading naming a day before the line reaches the date element',
      (name: string, i: number) =>
        `<h4><a href="#c${i}">Hearing on January ${21 + i}</a></h4> by <span class="by"><a href="/~${name.split(' ')[0]}">${name}</a></span> <span class="otherdetails">on Friday December 04, 2026 @1${i}:14PM (<a href="#c${i}">#6421${i}</a>)</span>`,
      ['Friday December 04, 2026 @10:14PM', 'Friday December 04, 2026 @11:14PM', 'Friday December 04, 2026 @12:14PM'],
    ],
    [
      'the day in one span and its time in the next',
      (name: string, i: number) => `<a class="author" href="/u/${name.split(' ')[0]}">${name}</a> <span class="date">04/0${i + 2}/24</span> <span class="time">0${i + 7}:02 PM</span> <a href="#p${i}">#884${i}</a>`,
      ['04/02/24 07:02 PM', '04/03/24 08:02 PM', '04/04/24 09:02 PM'],
    ],
    [
      'a numeric zone after the clock in a date-titled <abbr>',
      (name: string, i: number) => `<a class="author" href="/u/${name.split(' ')[0]}">${name}</a> <span class="age">( <abbr class="timeago" title="2023-03-0${i + 6} 20:02:11 +0100">2023-03-0${i + 6} 20:02:11 +0100</abbr> )</span>`,
      ['2023-03-06 20:02:11 +0100', '2023-03-07 20:02:11 +0100', '2023-03-08 20:02:11 +0100'],
    ],
  ])('%s', (_name, header, dates) => {
    const result = splitHtml(page('<title>Planing end grain</title>', '<h1>Planing end grain</h1>', thread(header)), {})!;
    expect(result.comments.map((comment) => comment.postedAt)).toEqual(dates);
  });
});

describe('the author of each comment', () => {
  const names = ['Kevin_Z', 'Li Yuchen', '小鱼干'];
  it.each([
    ['a Valine nick link to a homepage, browser labels beside it', (name: string) => `<div class="vhead"><a class="vnick" rel="nofollow" href="https://home.example/${encodeURIComponent(name)}">${name}</a> <span class="vsys">Chrome 115.0</span> <span class="vsys">macOS 13.4</span></div>`],
  ])('%s', (_name, head) => {
    const thread = `<div class="vcards">${names
      .map((name, i) => `<div class="vcard" id="c${i}"><div class="vh">${head(name)}<div class="vmeta"><span class="vtime">2023-08-1${i}</span></div><div class="vcontent"><p>Comment number ${i + 1} on the joint, which held after a week under load.</p></div></div></div>`)
      .join('')}</div>`;
    const result = splitHtml(page('<title>Planing end grain</title>', '<h1>Planing end grain</h1>', thread), {})!;
    expect(result.comments.map((comment) => comment.author)).toEqual(names);
  });
});

describe('a microdata name in the byline', () => {
  it.each([
    ["a category's name (an item typed Thing) is nobody's", '<div class="meta"><span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/backend/"><span itemprop="name">backend</span></a></span></div>', null],
    ["a person's name is the author", '<div class="meta"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Ana Leota</span></span></div>', 'Ana Leota'],
  ])('%s', (_name, byline, author) => {
    const result = splitHtml(page('<title>Planing end grain</title>', `<h1>Planing end grain</h1>${byline}`), {})!;
    expect(result.body?.author ?? null).toBe(author);
  });
});

describe('where the body starts around the headline', () => {
  const paragraphs = `${prose('joinery')}${prose('finish')}`;
  it.each([
    ['a breadcrumb trail above the headline', '<p class="crumbs"><a href="/">Log</a> › <a href="/galaxies/">Galaxies</a></p><h1>Planing end grain</h1>', 'The joinery'],
    ['a dated byline line right below the headline', '<h1>Planing end grain</h1><p class="entry-meta">Ruth Abernethy · 9 April 2024 · <a href="#comments">Comments</a></p>', 'The joinery'],
    ['a sentence above the headline keeps its place', '<p>This piece first ran in the spring issue of our members’ newsletter.</p><h1>Planing end grain</h1>', 'This piece first ran'],
    ['a short undated line below the headline stays', '<h1>Planing end grain</h1><p>Why the plane skips</p>', 'Why the plane skips'],
  ])('%s', (_name, header, start) => {
    const html = `<!doctype html><html><head><title>Planing end grain</title></head><body><main><article>${header}${paragraphs}</article></main></body></html>`;
    expect(splitHtml(html, {})!.body?.text.startsWith(start)).toBe(true);
  });
});
