/**
 * The article's header inside the body's first blocks: a standfirst between the headline and the
 * byline, the byline's meta lines and a lead image's caption are not body. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const paragraphs = [
  'The harbour committee voted on Tuesday evening to close the eastern slipway for the whole winter season.',
  'Fishing crews who rely on the slipway said they had not been consulted before the decision was taken.',
  'A spokesperson for the committee said repairs would begin in January and take about ten weeks to finish.',
].map((p) => `<p>${p}</p>`).join('');

function page(header: string): string {
  return `<!doctype html><html><head><title>Harbour news</title></head><body><article><h1>Slipway closed for winter repairs</h1>${header}${paragraphs}</article></body></html>`;
}

function bodyStart(html: string): string {
  const result = splitHtml(html, {});
  return result?.body?.paragraphs[0]?.text.trim() ?? '';
}

describe('body starts after the article header', () => {
  it.each([
    ['standfirst over a byline with meta', '<p class="dek">Crews say they were given no warning of the closure</p><div class="meta"><span class="author">Jo Pell</span> <time datetime="2025-01-02">2 January 2025</time></div>'],
    ['standfirst, byline and a lead photo caption', '<h2>Crews say they were given no warning of the closure</h2><p><a href="/author/jo-pell" rel="author">Jo Pell</a></p><p>5 min read</p><figure><img src="x.jpg" alt=""><figcaption>The eastern slipway at low tide. Photo: Harbour Desk</figcaption></figure>'],
    ['standfirst, byline link and a read-time line', '<p>Crews say they were given no warning of the closure</p><p>By <a href="/author/jo-pell" rel="author">Jo Pell</a></p><p>Updated · 4 min read</p>'],
  ])('%s', (_name, header) => {
    expect(bodyStart(page(header))).toMatch(/^The harbour committee voted/);
  });

  it.each([
    // No byline: a first paragraph stays the body's.
    ['no byline', '', /^The harbour committee voted/],
    // A short first paragraph that ends a sentence is the article's, not a meta line.
    ['short greeting after the byline', '<p>Crews say they were given no warning of the closure</p><div class="byline"><span class="author">Jo Pell</span></div><p>Hello again, readers!</p>', /^Hello again, readers!/],
    // A byline with no standfirst over it stays where it is (pages whose gold counts it as the article's).
    ['byline alone', '<div class="byline">By <a rel="author" href="/author/jo-pell">Jo Pell</a></div>', /^By Jo Pell/],
    // A first paragraph that ends its sentence is the article's opening, not a standfirst.
    ['opening sentence over a byline', '<p>Crews were given no warning of the closure, they say.</p><p><span class="author">Jo Pell</span></p>', /^Crews were given no warning/],
    // A dateline over the byline is no standfirst.
    ['dateline over a byline', '<p>2025-01-02 09:14 (press release, harbour news)</p><p><span class="author">Jo Pell</span></p>', /^2025-01-02 09:14/],
    // Article prose before the name (a long opening) is body, not a standfirst.
    [
      'long prose before a name',
      `<p>${'Winter storms have battered the coast for weeks and the slipway has taken much of the damage, according to engineers. '.repeat(3)}</p><p><span class="author">Jo Pell</span></p>`,
      /^Winter storms have battered/,
    ],
  ])('keeps: %s', (_name, header, start) => {
    expect(bodyStart(page(header))).toMatch(start);
  });
});
