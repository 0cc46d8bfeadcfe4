/**
 * Session 14 (issue 13): a contents box's label left alone once its links are gone ("Table of
 * Contents" over a list a script fills) is no part of the article; a link that says it is a button
 * ("Click to expand..." under a long quote in a forum post) is nobody's words, in a quote too.
 * Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const prose = (topic: string) => `<p>${`The ${topic} needs a steady hand and a sharp blade, and every step takes longer than the last. `.repeat(4)}</p>`;
const page = (inner: string) => `<!doctype html><html><head><title>Planing end grain</title></head><body><main><article><h1>Planing end grain</h1>${prose('joinery')}${inner}${prose('finish')}</article></main></body></html>`;

describe('a contents label alone in its element', () => {
  it.each([
    ['<h2>Table of Contents</h2>', 'Table of Contents', true],
    ['<div class="toc-title"><strong>On this page</strong></div>', 'On this page', true],
    ['<p>Table of contents [hide]</p>', 'Table of contents [hide]', true],
    ['<p>In this article:</p>', 'In this article:', true],
    ['<h2>Contents of a good toolbox</h2>', 'Contents of a good toolbox', false],
    ['<p>Table of contents pages in old books were set by hand, line by line, as the joinery was.</p>', 'Table of contents pages in old books were set by hand, line by line, as the joinery was.', false],
  ])('%j is taken out: %s', (inner, line, out) => {
    const result = splitHtml(page(inner), {})!;
    expect(result.body!.paragraphs.some((p) => p.text === line)).toBe(!out);
    expect(result.boilerplate.some((b) => b.rule === 'table-of-contents-label' && b.text.trim() === line)).toBe(out);
  });
});

const post = (id: number, name: string, body: string) => `<article class="message message--post" id="js-post-${id}">
  <div class="message-user"><a href="/members/${name.toLowerCase()}.${id}/" class="username">${name}</a></div>
  <div class="message-main"><time class="u-dt" datetime="2022-10-2${id}T10:00:00">Oct 2${id}, 2022</time>
  <div class="message-body"><div class="bbWrapper">${body}</div></div></div></article>`;
const thread = (posts: string) => `<!doctype html><html><head><title>Which watch?</title></head><body><main><h1>Which watch?</h1><div class="block-body">${posts}</div></main></body></html>`;
const longQuote = `<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">Ada said:</div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">The strap wore through in a month and the battery lasted two days at most.</div><div class="bbCodeBlock-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`;

describe('a link that says it is a button, in a post', () => {
  it.each([
    ['a quote expander', `${longQuote}Mine lasted a year before the strap went.`, 'Click to expand...', false],
    ['a disclosure that opens content stays', `Mine lasted a year. <a role="button" aria-expanded="false" href="#spoiler">Show the spoiler about the strap</a>`, 'Show the spoiler about the strap', true],
    ['a plain link stays', `Mine lasted a year, see <a href="/reviews/strap">the strap review</a> for why.`, 'the strap review', true],
    ['a comment that is all one button link stays', `<a role="button" tabindex="0" class="reply-open">Mine lasted a year, the strap went first.</a>`, 'Mine lasted a year, the strap went first.', true],
    ['a button link to a page is a link the commenter posted', `<div><a role="button" href="/reviews/strap">Read my full strap review here</a></div><p>Mine lasted a year.</p>`, 'Read my full strap review here', true],
    ['a script-driven button link with a bare # is a control', `${longQuote.replace('<a role="button" tabindex="0">', '<a role="button" href="#">')}Mine lasted a year before the strap went.`, 'Click to expand...', false],
  ])('%s', (_name, body, words, kept) => {
    const result = splitHtml(thread([post(1, 'Ada', 'Which watch lasts longest on one charge? Mine dies by noon every day.'), post(2, 'Ben', 'The older model lasts longer, in my experience of three of them.'), post(3, 'Cy', body)].join('')), {})!;
    const last = result.comments[result.comments.length - 1]!;
    expect(last.author).toBe('Cy');
    expect(last.paragraphs.map((p) => p.text).join('\n').includes(words)).toBe(kept);
    for (const p of last.paragraphs) expect(result.text.slice(p.start, p.end)).toBe(p.text);
  });
});

const topics = ['Joinery', 'Finishing', 'Sharpening', 'Planing', 'Turning', 'Carving', 'Veneering', 'Marquetry', 'Inlay', 'Steam bending'];
const listPage = (items: string[], before = '', menu = '') =>
  `<!doctype html><html><head><title>Category: Woodworking</title></head><body><main><h1>Category: Woodworking</h1>${before}${menu}<ul>${items.map((item) => `<li><a href="/wiki/${item.replace(/ /g, '_')}">${item} techniques</a></li>`).join('')}</ul></main></body></html>`;

describe('a list of links as the page content', () => {
  it('keeps the entries of a page that is a list of links', () => {
    const body = splitHtml(listPage(topics), {})!.body!;
    const lines = body.paragraphs.map((p) => p.text);
    for (const topic of topics) expect(lines).toContain(`${topic} techniques`);
  });
  it('still leaves out the links of a menu inside the list page', () => {
    const menu = `<div class="side-menu"><ul>${['Home', 'Random page', 'Donate'].map((item) => `<li><a href="/${item}">${item}</a></li>`).join('')}</ul></div>`;
    const lines = splitHtml(listPage(topics, '', menu), {})!.body!.paragraphs.map((p) => p.text);
    expect(lines).toContain('Joinery techniques');
    expect(lines).not.toContain('Random page');
  });
  it.each([
    ['too few entries', topics.slice(0, 5), ''],
    ['one link repeated under every picture', Array(12).fill('Photo courtesy of the museum'), ''],
    ['an article of several paragraphs beside them', topics, `${prose('joinery')}${prose('finish')}`],
  ])('leaves the links out when there are %s', (_name, items, before) => {
    const lines = splitHtml(listPage(items, before), {})!.body?.paragraphs.map((p) => p.text) ?? [];
    expect(lines.some((line) => line.endsWith('techniques'))).toBe(false);
  });
});

/** A short news article: paragraphs of one sentence each, under the 120 characters a long paragraph has. */
const news = ['The mayor resigned on Tuesday after a long dispute with the council over the budget and the roads.', 'Her deputy will take over until an election is held in the spring, officials said on Tuesday.', 'The council meets again next week to pick a date for the vote and to name a new finance chief.'];
const headlines = Array.from({ length: 10 }, (_, i) => `Council approves a new budget plan for district number ${i + 1}`);
const tagNames = Array.from({ length: 12 }, (_, i) => `Local politics topic ${i + 1}`);
const shortArticle = (paragraphs: string[], box: string) =>
  `<!doctype html><html><head><title>Mayor resigns</title></head><body><main><article><h1>Mayor resigns</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}${box}</article></main></body></html>`;

describe('a short article with a box of links under it is no list of links', () => {
  it.each([
    ['a grid of more stories', news, `<div class="more-stories-grid"><h3>More stories</h3><ul>${headlines.map((h, i) => `<li><a href="/news/${i}">${h}</a></li>`).join('')}</ul></div>`, headlines],
    ['a list of topics', news.slice(0, 2), `<div class="topic-list">${tagNames.map((t, i) => `<div><a href="/tag/${i}">${t}</a></div>`).join('')}</div>`, tagNames],
  ])('%s stays out of the body', (_name, paragraphs, box, links) => {
    const lines = splitHtml(shortArticle(paragraphs, box), {})!.body!.paragraphs.map((p) => p.text);
    for (const p of paragraphs) expect(lines).toContain(p);
    for (const link of links) expect(lines).not.toContain(link);
  });
});
