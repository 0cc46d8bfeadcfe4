/**
 * Review findings on the HTML splitter (session 10): FAQ questions and intro prose are no table of
 * contents, a label beside the name is no name, a link cited in a comment's text names nobody, and
 * a line shown once before the first comment is no post's header row. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const prose = (n: number) =>
  `Paragraph ${n} of the report: the council met for four hours on Tuesday evening and heard from residents, engineers and the transport board about the bridge plans.`;
const article = (inner: string) =>
  `<!doctype html><html><head><title>Council votes on the new bridge</title></head><body><main><article><h1>Council votes on the new bridge</h1><p>${prose(1)}</p>${inner}<p>${prose(2)}</p><p>${prose(3)}</p></article></main></body></html>`;
const entries = (n: number, href = (i: number) => `#s${i}`) =>
  Array.from({ length: n }, (_, i) => `<li><a href="${href(i)}">Section number ${i} of the guide</a></li>`).join('');
const headings = (n: number) => Array.from({ length: n }, (_, i) => `<h2 id="s${i}">Section number ${i} of the guide</h2><p>${prose(10 + i)}</p>`).join('');
const question = (i: number) => `How much will the tolls cost in year ${i}?`;
const faq = (link: (i: number) => string, answer: (i: number) => string) =>
  `<div class="faq">${[0, 1, 2, 3].map((i) => `<h3>${link(i)}</h3>${answer(i)}`).join('')}</div>`;
const intro = 'This guide walks through every stage of the bridge project, from the first survey of the river bed to the opening ceremony, and who pays for each part.';

function contents(html: string): string[] {
  return splitHtml(html, {})!.boilerplate.filter((item) => item.rule === 'table-of-contents').map((item) => item.text);
}

describe('a table of contents is a box of jumps to visible sections', () => {
  const cases: { name: string; html: string; inContents: string[]; notInContents: string[] }[] = [
    {
      name: 'FAQ questions that open their answers (aria) stay content',
      html: article(faq((i) => `<a href="#a${i}" aria-expanded="false" aria-controls="a${i}">${question(i)}</a>`, (i) => `<div id="a${i}" hidden><p>The board sets them.</p></div>`)),
      inContents: [],
      notInContents: [question(0), question(3)],
    },
    {
      name: 'FAQ questions whose answers are hidden by style stay content',
      html: article(faq((i) => `<a href="#a${i}">${question(i)}</a>`, (i) => `<div id="a${i}" style="display:none"><p>The board sets them.</p></div>`)),
      inContents: [],
      notInContents: [question(0), question(3)],
    },
    {
      name: 'a contents box jumping to visible headings is still one (negative)',
      html: article(`<div class="toc"><p>Table of Contents</p><ul>${entries(4)}</ul></div>${headings(4)}`),
      inContents: ['Table of Contents', 'Section number 0 of the guide', 'Section number 3 of the guide'],
      notInContents: [],
    },
    {
      name: 'an intro paragraph beside the list stays in the body; the list is the contents',
      html: article(`<div class="overview"><p>${intro}</p><ul>${entries(20)}</ul></div>${headings(3)}`),
      inContents: ['Section number 0 of the guide', 'Section number 19 of the guide'],
      notInContents: [intro],
    },
  ];
  it.each(cases)('$name', ({ html, inContents, notInContents }) => {
    const found = contents(html).join('\n');
    const body = splitHtml(html, {})!.body!.text;
    for (const value of inContents) expect(found).toContain(value);
    for (const value of notInContents) {
      expect(found).not.toContain(value);
      expect(body).toContain(value);
    }
    if (inContents.length === 0) expect(found).toBe('');
  });
});

const said = (i: number) => `Comment ${i}: I went to the meeting and the engineers could not say what the tolls would be in the first year of the new bridge.`;
const names = ['Ray Castellano', 'Phil', 'MossyMick', 'tankgirl_88'];
const dates = ['March 3, 2024', 'March 4, 2024', 'March 5, 2024', 'March 6, 2024'];
const page = (comments: string, before = '') =>
  `<!doctype html><html><head><title>Council votes on the new bridge</title></head><body><main><article><h1>Council votes on the new bridge</h1><p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p></article><section id="comments"><h2>Comments</h2>${before}${comments}</section></main></body></html>`;
const list = (item: (i: number) => string) => `<ol class="comment-list">${[0, 1, 2, 3].map(item).join('')}</ol>`;

function authorsAndDates(html: string): [string | null, string | null][] {
  return splitHtml(html, {})!.comments.map((comment) => [comment.author, comment.postedAt]);
}

describe('comment authors', () => {
  const cases: { name: string; item: (i: number) => string; authors: (string | null)[] }[] = [
    {
      name: 'a prefix label before the name is no name',
      item: (i) => `<li class="comment"><div class="comment-author"><span class="author-prefix">Posted by</span> <a href="https://site.example/">${names[i]}</a></div><div class="comment-date">${dates[i]}</div><div class="comment-content"><p>${said(i)}</p></div></li>`,
      authors: names,
    },
    {
      name: 'a role label before the name is no name alone',
      item: (i) => `<li class="comment"><div class="comment-author"><span class="author-role">Member</span> <b>${names[i]}</b></div><div class="comment-date">${dates[i]}</div><div class="comment-content"><p>${said(i)}</p></div></li>`,
      authors: names.map((name) => `Member ${name}`),
    },
    {
      name: 'a homepage link cited in the text is no author; the meta line after it is',
      item: (i) => `<li class="comment"><div class="comment-content"><p>${said(i)} See <a href="https://www.cs.example.edu/~prof${i}/">these notes</a>.</p></div><div class="comment-meta">— <span class="comment-author">${names[i]}</span>, <span class="comment-date">${dates[i]}</span></div></li>`,
      authors: names,
    },
    {
      name: 'a profile.php link cited in the text names nobody',
      item: (i) => `<li class="comment"><div class="comment-content"><p>${said(i)} See <a href="https://social.example/profile.php?id=10${i}">these notes</a>.</p></div><div class="comment-meta"><span class="comment-date">${dates[i]}</span></div></li>`,
      authors: [null, null, null, null],
    },
    {
      name: 'a profile link in the meta line still names the author (negative)',
      item: (i) => `<li class="comment"><div class="comment-meta">— <a href="/~user${i}/">${names[i]}</a>, <span class="comment-date">${dates[i]}</span></div><div class="comment-content"><p>${said(i)}</p></div></li>`,
      authors: names,
    },
  ];
  it.each(cases)('$name', ({ item, authors }) => {
    expect(authorsAndDates(page(list(item)))).toEqual(authors.map((author, i) => [author, dates[i]]));
  });
});

describe('a line before the first comment is no header row', () => {
  const item = (i: number) => `<div class="comment"><div class="comment-author">${names[i]}</div><div class="comment-body"><p>${said(i)}</p></div></div>`;
  const cases: { name: string; before: string; comments: (i: number) => string; expected: (string | null)[] }[] = [
    { name: "a thread's summary line", before: '<div class="thread-info">4 replies · last activity <time>March 9, 2024</time></div>', comments: item, expected: [null, null, null, null] },
    { name: "the article's date line", before: '<div class="post-meta">Published <time>March 1, 2024</time></div>', comments: item, expected: [null, null, null, null] },
    {
      name: 'a header row before each post gives each its date (negative)',
      before: '<div class="thread-info">4 replies</div>',
      comments: (i) => `<div class="post-wrap"><div class="reply-header"><span class="reply-date">${dates[i]}</span></div>${item(i)}</div>`,
      expected: dates,
    },
  ];
  it.each(cases)('$name', ({ before, comments, expected }) => {
    const html = page([0, 1, 2, 3].map(comments).join(''), before);
    expect(authorsAndDates(html)).toEqual(names.map((name, i) => [name, expected[i]]));
  });
});
