/**
 * Edges of the issue-13 title and body rules on invented pages (review of the htmlbody branch):
 * a Product a review only mentions, a <nav> a heading labels, a last line that starts "Asked" and
 * a date, an author's own "Disclaimer:", a notice under a kicker, and a kicker before a colon in the
 * headline. Each table row is a page shape and the body or title a reader would take from it.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const split = (html: string) => splitHtml(html, {});
const squeeze = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

const PROSE = [
  'The harbour committee voted on Tuesday evening to close the eastern slipway for the whole winter season.',
  'Fishing crews who rely on the slipway said they had not been consulted before the decision was taken.',
  'A spokesperson for the committee said repairs would begin in January and take about ten weeks to finish.',
].map((p) => `<p>${p}</p>`).join('');

const BOX = '<div class="product-description"><p>The Hill Kettle is a 1.7 litre stainless steel kettle with a rapid boil element, a limescale filter and a water window on both sides of the body, and it switches off by itself when dry.</p></div>';

describe('body: a product a review article only mentions leaves the article its body', () => {
  it.each([
    ['JSON-LD Review with the Product as itemReviewed', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Product","name":"Hill Kettle"}}</script>', ''],
    ['microdata Product inside a Review item', '', '<div itemscope itemtype="https://schema.org/Review"><div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Product"><meta itemprop="name" content="Hill Kettle"></div></div>'],
  ])('%s', (_name, head, marked) => {
    const html = `<!doctype html><html><head><title>Hill Kettle review</title>${head}</head><body><article><h1>Hill Kettle review: fast but loud</h1>${marked}${PROSE}${BOX}${PROSE}</article></body></html>`;
    expect(squeeze(split(html)?.body?.text)).toMatch(/^The harbour committee voted/);
  });
});

describe('boilerplate: a <nav> a heading labels is navigation, whatever prose it holds', () => {
  it('keeps a labelled footer nav with an about paragraph as navigation', () => {
    const html = `<!doctype html><html><head><title>Slipway closed</title></head><body><article><h1>Slipway closed</h1>${PROSE}</article><nav aria-labelledby="about-h"><h2 id="about-h">About us</h2><p>Harbour Weekly is an independent paper covering the coast since 1921, owned by its readers and staffed by local reporters.</p><a href="/a">About</a></nav></body></html>`;
    const kinds = (split(html)?.boilerplate ?? []).filter((item) => squeeze(item.text).includes('independent paper')).map((item) => item.kind);
    expect(kinds).toContain('navigation');
  });
});

describe('body: an article ending in an "Asked <date> …" sentence keeps it', () => {
  it.each([
    ['a question line and a one-word answer', '<p>Asked 12 May 2020 whether she would return:</p><p>“Never.”</p>', /“Never\.”$/],
    ['a short closing line after the date', '<p>Answered on 3 March 2024 by the harbour master himself.</p><p>Thanks, Jo.</p>', /Thanks, Jo\.$/],
  ])('%s', (_name, tail, end) => {
    const html = `<!doctype html><html><head><title>Interview</title></head><body><article><h1>An interview at the slipway</h1>${PROSE}${tail}</article></body></html>`;
    expect(squeeze(split(html)?.body?.text)).toMatch(end);
  });
});

function article(lead: string): string {
  return `<!doctype html><html><head><title>Slipway closed</title></head><body><article><h1>Slipway closed for winter repairs</h1>${lead}${PROSE}</article></body></html>`;
}

describe('body: notices over the post and the author\'s own opening words', () => {
  it.each([
    ['an author\'s disclaimer about themselves', '<p>Disclaimer: I am not a doctor, this is just what worked for me over six months.</p>', /^Disclaimer: I am not a doctor/],
    ['an author\'s disclosure of a stake', '<p>Disclosure: I have fished from this slipway for twenty years and sit on the users\' group.</p>', /^Disclosure: I have fished/],
    ['a labelled affiliate notice', '<p>Disclosure: this page contains affiliate links, and we may earn a commission.</p>', /^The harbour committee voted/],
    ['a notice under a kicker line', '<p>Kitchen / Reviews</p><p>This post may contain affiliate links. Please read my disclosure policy.</p>', /^The harbour committee voted/],
  ])('%s', (_name, lead, start) => {
    expect(squeeze(split(article(lead))?.body?.text)).toMatch(start);
  });
});

describe('title: a kicker before a colon is the headline\'s, a field label is not', () => {
  it.each([
    ['a kicker', '<title>Storm hits the coast overnight | Harbour News</title>', '<h1>Update: <a href="/x">Storm hits the coast overnight</a></h1>', 'Update: Storm hits the coast overnight'],
    ['a thread field label', '<title>help &gt; WAL replay takes 20 minutes after crash | Chat archive</title>', '<h3>Thread: <a href="/t/1">WAL replay takes 20 minutes after crash</a></h3>', 'WAL replay takes 20 minutes after crash'],
  ])('%s', (_name, head, header, title) => {
    const result = split(`<!doctype html><html><head>${head}</head><body>${header}${PROSE}</body></html>`);
    expect(squeeze(result?.title?.text)).toBe(title);
  });
});
