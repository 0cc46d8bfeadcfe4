/**
 * Review findings on the HTML splitter's body and comment rules: each table holds the wrong
 * reading and a case that must keep working. All pages invented.
 */
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../src/schema/index.js';
import { splitHtml } from '../src/split/html/index.js';

function page(body: string, title = 'Daily Ledger'): string {
  return `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
}

function split(html: string): PageAnalysis {
  const result = splitHtml(html, {});
  if (!result) throw new Error('splitHtml returned null');
  return result;
}

function bodyText(result: PageAnalysis): string {
  return result.body?.paragraphs.map((p) => p.text).join('\n') ?? '';
}

const PROSE = [
  'The harbour board met on Thursday evening to hear the plan for the new ferry terminal, which has been argued over for years.',
  'Residents asked about parking, noise and the cost of moving the fish market, and the board promised answers before the summer.',
  'A final vote is expected in the autumn, once the engineers have finished their survey of the old sea wall along the quay.',
];

describe('a page with no article core keeps its listing rows (finding 1)', () => {
  const rows = Array.from({ length: 30 }, (_, i) => `<tr class="row"><td class="rank">${i + 1}.</td><td class="title"><a href="https://example${i}.org/post">Show board: a small tool number ${i} for sorting long lists of receipts</a> <span class="site">(example${i}.org)</span></td></tr><tr><td></td><td class="sub"><a href="/vote?id=${i}">${i + 3} votes</a> | <a href="/from?site=${i}">more from this site</a> | <a href="/save?id=${i}">save</a></td></tr>`).join('');
  it.each([
    ['a link listing (link-heavy rows are the content)', page(`<table class="top"><tr><td><a href="/">Board News</a> | <a href="/new">new</a> | <a href="/ask">ask</a></td></tr></table><table class="items">${rows}</table><div class="foot"><a href="/rules">Rules</a> | <a href="/faq">FAQ</a></div>`), /small tool number 17/],
  ])('%s', (_name, html, kept) => {
    expect(bodyText(split(html))).toMatch(kept);
  });
  it('still finds a short article as its core', () => {
    const result = split(page(`<div class="wrap"><div class="post"><h1>Ferry terminal plan</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div>`));
    expect(bodyText(result)).toContain('final vote is expected');
  });
});

describe('a form that posts somewhere is a widget even without visible controls (finding 3)', () => {
  const article = (form: string) => page(`<div class="entry">${PROSE.map((p) => `<p>${p}</p>`).join('')}${form}</div>`);
  it.each([
    ['a subscribe form', `<form action="/subscribe"><input type="hidden" name="list" value="7"><p>Get the best stories from the quay in your inbox every morning, free of charge.</p><a class="btn" href="#">Sign me up</a></form>`, /best stories from the quay/],
    ['a comment form whose editor a script mounts', `<form id="commentform" action="/wp-comments-post.php"><input type="hidden" name="post_id" value="12"><p>Your email address will not be published and replies are checked by an editor before they appear.</p><div id="editor-mount"></div></form>`, /will not be published/],
    ['a search form', `<form action="/search"><input type="hidden" name="site" value="ledger"><p>Search more than ten thousand stories from our archive, going back to the first issue.</p></form>`, /ten thousand stories/],
  ])('%s stays out of the body', (_name, form, text) => {
    const result = split(article(form));
    expect(bodyText(result)).toContain('final vote is expected');
    expect(bodyText(result)).not.toMatch(text);
  });
  it.each([
    ['no action', '<form class="usertext">'],
    ['action "#"', '<form action="#" class="usertext">'],
  ])('a form that posts nowhere (%s) around a post keeps its prose', (_name, open) => {
    const result = split(page(`<div class="entry">${open}<input type="hidden" name="thing" value="t3"><div class="md">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></form></div>`));
    expect(bodyText(result)).toContain('final vote is expected');
  });
});
