/**
 * Headlines, bylines and comment dates on invented pages: a site logo in an <h1> and a wiki's
 * "page [Site]" <title> are the site's, a status badge closing the headline is not its words; a
 * byline's author is never a letter avatar, a field label ("Type:") or a menu item's heading; an
 * age shown as a link ("9 months", its title the full date) keeps the "ago" after the link.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const prose = (topic: string) => `<p>${`The ${topic} needs a steady hand and a sharp blade, and every step takes longer than the last. `.repeat(4)}</p>`;

function article(head: string, top: string, header: string): string {
  return `<!doctype html><html><head>${head}</head><body><header>${top}</header><main><article>${header}${prose('joinery')}${prose('finish')}</article></main></body></html>`;
}

describe('the headline', () => {
  it.each([
    [
      'a logo <h1> before the page heading, the <title> ending in the site name in brackets',
      article('<title>tools:bandsaw [Makerspace Wiki]</title>', '<h1 class="logo"><a href="/">Makerspace Wiki</a></h1>', '<h1>Bandsaw (Record BS350)</h1>'),
      'Bandsaw (Record BS350)',
    ],
    [
      'a status badge closing the headline',
      article('<title>Dark mode for the editor – Help Center</title>', '', '<h1 class="post-title">Dark mode for the editor <span class="status-label status-label-planned">Planned</span></h1>'),
      'Dark mode for the editor',
    ],
    [
      'a headline whose last words are its own, in an emphasis',
      article('<title>Glue that holds: a test</title>', '', '<h1>Glue that holds: <em>a test</em></h1>'),
      'Glue that holds: a test',
    ],
    [
      "a site's name in an <h1> that links home, the <title> starting with it",
      `<!doctype html><html><head><title>benchcraft.net Plane irons</title></head><body><div id="banner"><h1><a href="https://benchcraft.net/">benchcraft.net</a></h1></div><div class="blogbody"><h3>Plane irons</h3>${prose('iron')}${prose('stone')}</div></body></html>`,
      'Plane irons',
    ],
    [
      "a docs set's name in an <h1> that links to its index, the <title> naming it at length",
      article('<title>Joints — Benchcraft Workshop Handbook</title>', '<h1><a href="../index.html">Benchcraft Workshop Handbook</a></h1>', '<h1>Joints</h1>'),
      'Joints',
    ],
    [
      "a post's headline that links to the post itself",
      article('<title>benchcraft.net Sharpening a plane iron</title>', '', '<h1><a href="/2025/12/sharpening.html">Sharpening a plane iron</a></h1>'),
      'Sharpening a plane iron',
    ],
  ])('%s', (_name, html, title) => {
    const result = splitHtml(html, {})!;
    expect(result.title?.text.trim()).toBe(title);
  });
});

describe('the byline author', () => {
  it.each([
    [
      'a letter avatar linking to the profile before the name',
      '<div class="post-head"><a class="av av-letter" href="/users/owen_k"><span>O</span></a> <a class="p-by" href="/users/owen_k">Owen Kettering</a></div>',
      'Owen Kettering',
    ],
    ['a property list whose labels are classed name', '<ul class="props"><li><strong class="name">Type:</strong> <span class="value">Bug</span></li></ul>', null],
    ['a menu item heading classed as the item name', '<div class="menu-item"><p class="menu-item__heading menu-item__heading--name">Burrata</p></div>', null],
  ])('%s', (_name, header, author) => {
    const result = splitHtml(article('<title>Planing end grain</title>', '', `<h1>Planing end grain</h1>${header}`), {})!;
    expect(result.body?.author ?? null).toBe(author);
  });
});

describe('a comment date shown as an age link', () => {
  const comments = (date: (i: number) => string) =>
    ['Ann Berg', 'Tove Lind', 'Sam Rhee']
      .map((name, i) => `<div class="note"><h4 class="note-header">Written by <a class="user" href="/users/${name.split(' ')[0]}">${name}</a> ${date(i)}</h4><div class="wiki"><p>Comment number ${i + 1} on the joint, which held after a week under load.</p></div></div>`)
      .join('');
  const page = (date: (i: number) => string) =>
    `<!doctype html><html><head><title>Planing end grain</title></head><body><article><h1>Planing end grain</h1>${prose('joinery')}</article><div id="history"><h3>History</h3>${comments(date)}</div></body></html>`;
  it.each([
    ['"ago" after the link', (i: number) => `<a title="03/0${i + 2}/2024 02:17 PM" href="#c${i}">${i + 2} months</a> ago`, ['2 months ago', '3 months ago', '4 months ago']],
    ['nothing after the link', (i: number) => `<a title="03/0${i + 2}/2024 02:17 PM" href="#c${i}">${i + 2} months</a>`, ['2 months', '3 months', '4 months']],
  ])('%s', (_name, date, expected) => {
    expect(splitHtml(page(date), {})!.comments.map((comment) => comment.postedAt)).toEqual(expected);
  });
});
