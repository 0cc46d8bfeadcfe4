/**
 * Malformed HTML (issue 11): comment spans never overlap and follow page order, ids and parents
 * stay consistent, and warning offsets index `text`, on random tag soup built from comment-list
 * pieces and on damaged copies of the written tune fixture pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../src/schema/index.js';
import { splitPage } from '../src/index.js';
import { overlaps, spanViolations } from './spans.js';

const WRITTEN = new URL('../fixtures/html/written/', import.meta.url).pathname;
const pages = readdirSync(WRITTEN)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => readFileSync(`${WRITTEN}${name}`, 'utf8'));

/** Pieces comment lists and forum posts are made of, open and closed in any order. */
const PIECES = [
  '<ol class="commentlist">', '</ol>', '<li class="comment">', '</li>', '<ul class="children">', '</ul>',
  '<div class="comment">', '<div class="post">', '</div>', '<article class="message">', '</article>',
  '<div class="comment-author vcard"><cite class="fn">Anna Berg</cite> says:</div>', '<span class="username">tom_r</span>',
  '<a href="/user/kev">kev</a>', '<time datetime="2019-03-03">March 3, 2019 at 4:12 pm</time>', '<span class="age">3 hours ago</span>',
  '<div class="comment-content">', '<p>', '</p>', 'Finally, a decision on the lanes.', 'What a load of rubbish, honestly.',
  '<blockquote>', '</blockquote>', 'Old Bill wrote:', '@Anna Berg ', '<h1>Headline of the page</h1>', '<script>var x = "</div>";</script>',
  '<noscript>', '</noscript>', '<button class="username">Lee</button>', '<br>', '\n', ' ', '\u0000', '&amp;', '&#0;', '\uFFFD', '<table><tr><td>',
  '</td></tr></table>', '<td class="ind" indent="1">', '<a href="#c1">parent</a>', '<form>', '</form>', '<!--', '-->',
];

const tagSoup = fc.array(fc.constantFrom(...PIECES), { maxLength: 150 }).map((parts) => `<html><body>${parts.join('')}</body></html>`);

/** A written page with a slice deleted, duplicated, moved, or a piece inserted. */
const damagedPage = fc
  .tuple(fc.constantFrom(...pages), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('delete', 'duplicate', 'swap', 'insert'), fc.constantFrom(...PIECES))
  .map(([page, a, b, op, piece]) => {
    const i = Math.floor(Math.min(a, b) * page.length);
    const j = Math.floor(Math.max(a, b) * page.length);
    if (op === 'delete') return page.slice(0, i) + page.slice(j);
    if (op === 'duplicate') return page.slice(0, j) + page.slice(i, j) + page.slice(j);
    if (op === 'insert') return page.slice(0, i) + piece + page.slice(i);
    return page.slice(j) + page.slice(0, i) + page.slice(i, j);
  });

function commentOrderProblems(page: PageAnalysis): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  page.comments.forEach((comment, i) => {
    if (comment.id !== `c${i + 1}` || comment.index !== i) problems.push(`comment ${i} is ${comment.id}/${comment.index}`);
    if (comment.parentId !== null && !ids.has(comment.parentId)) problems.push(`comment ${comment.id} answers ${comment.parentId}, not an earlier comment`);
    ids.add(comment.id);
    const next = page.comments[i + 1];
    if (!next) return;
    const nextStart = Math.min(next.start, next.header?.start ?? Infinity);
    if (comment.end > nextStart) problems.push(`comment ${comment.id} [${comment.start},${comment.end}) runs into ${next.id} at ${nextStart}`);
  });
  return problems;
}

function warningProblems(page: PageAnalysis): string[] {
  return page.warnings
    .filter((w) => w.start !== undefined || w.end !== undefined)
    .filter((w) => w.start === undefined || w.end === undefined || w.start < 0 || w.end < w.start || w.end > page.text.length)
    .map((w) => `${w.code} [${w.start},${w.end}) outside a text of ${page.text.length}`);
}

function check(html: string): void {
  const page = splitPage(html, { format: 'html' });
  expect(spanViolations(page)).toEqual([]);
  expect(overlaps(page)).toEqual([]);
  expect(commentOrderProblems(page)).toEqual([]);
  expect(warningProblems(page)).toEqual([]);
}

describe('splitHtml on malformed HTML', () => {
  it('keeps comment spans apart and in page order on random tag soup', () => {
    fc.assert(fc.property(tagSoup, check), { numRuns: 400 });
  });

  it('keeps comment spans apart and in page order on damaged written pages', () => {
    expect(pages.length).toBeGreaterThan(0);
    fc.assert(fc.property(damagedPage, check), { numRuns: 150 });
  });

  it('points a NUL warning at the NUL in the rendered text, or drops its offsets', () => {
    const shown = splitPage(new TextEncoder().encode(`<html><body>${'<p>padding text</p>'.repeat(40)}<p>a\u0000b</p></body></html>`));
    const nul = shown.warnings.find((w) => w.code === 'nul-bytes');
    expect(nul?.start).toBe(shown.text.indexOf('\u0000'));
    const hidden = splitPage(new TextEncoder().encode(`<html><body>${'<p>padding text</p>'.repeat(40)}<script>a\u0000b</script></body></html>`));
    const dropped = hidden.warnings.find((w) => w.code === 'nul-bytes');
    expect(dropped).toBeDefined();
    expect(dropped?.start).toBeUndefined();
  });

  it('cuts a parent that malformed markup wraps around its reply, and keeps page order', () => {
    const html = `<html><body><article><h1>T</h1><p>${'Body text of the article. '.repeat(8)}</p></article><ol class="commentlist">
      <li class="comment"><div class="comment-author"><cite class="fn">Anna</cite></div><time>March 3, 2019</time><p>Parent words first.</p>
        <ul class="children"><li class="comment"><div class="comment-author"><cite class="fn">Tom</cite></div><time>March 4, 2019</time><p>The reply itself.</p></li></ul>
        <p>Parent words after the reply.</p></li>
      <li class="comment"><div class="comment-author"><cite class="fn">Sam</cite></div><time>March 5, 2019</time><p>Another one.</p></li></ol></body></html>`;
    const page = splitPage(html, { format: 'html' });
    expect(commentOrderProblems(page)).toEqual([]);
    expect(overlaps(page)).toEqual([]);
    const [parent, reply] = page.comments;
    expect(parent?.text).toBe('Parent words first.');
    expect(reply?.parentId).toBe(parent?.id);
  });
});
