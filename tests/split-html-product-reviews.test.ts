/**
 * A declared product page's reviews widget (issue 13): the box of readers' reviews under the shop's
 * text, with its own heading and rating summary, is no part of the body; a rating line in the buy
 * box (no heading of its own) and a page that declares no product keep theirs.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const split = (html: string) => splitHtml(html, {});
const squeeze = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const bodyText = (html: string) => squeeze((split(html)?.body?.paragraphs ?? []).map((p) => p.text).join(' '));

const PRODUCT_LD = '<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Field Lantern"}</script>';
const SHOP_TEXT = [
  'The Field Lantern is a rechargeable camping light with three brightness settings and a warm amber mode for evenings.',
  'Its aluminium body is sealed against rain and dust, and the folding handle doubles as a hook for a tent loop.',
  'One charge over USB-C lasts about forty hours on the lowest setting, or six hours at full brightness.',
].map((p) => `<p>${p}</p>`).join('');

function reviewsBox(widgetClass: string, heading: boolean): string {
  const review = (name: string, words: string) => `<div class="review-item"><span class="reviewer">${name}</span><p>${words}</p></div>`;
  return `<div class="${widgetClass}">${heading ? '<h2>What buyers say</h2>' : ''}<div class="summary">Rated 4.6 out of 5 from 212 buyers</div>
${review('Ines', 'Bright enough for the whole tent, and it survived a very wet weekend on the coast without trouble.')}
${review('Tomas', 'The amber mode is lovely for reading, though the clip on the handle feels a little flimsy to me.')}</div>`;
}

function page(declared: string, widgetClass: string, heading = true): string {
  return `<!doctype html><html><head><title>Field Lantern</title>${declared}</head><body><nav><a href="/">Shop</a> <a href="/lights">Lights</a></nav><main><h1>Field Lantern</h1>
<div class="price">£34.00, free delivery on orders over £50</div>${SHOP_TEXT}${reviewsBox(widgetClass, heading)}</main></body></html>`;
}

describe('body: a declared product page leaves its reviews widget out', () => {
  it.each([
    ['a plural reviews class', 'product-reviews'],
    ['a reviews id as a shop app names it', 'judgeme_product_reviews'],
    ['a rating summary class', 'ratings-overview'],
  ])('%s', (_name, widgetClass) => {
    const body = bodyText(page(PRODUCT_LD, widgetClass));
    expect(body).toContain('The Field Lantern is a rechargeable camping light');
    expect(body).toContain('six hours at full brightness.');
    expect(body).not.toContain('What buyers say');
    expect(body).not.toContain('Rated 4.6 out of 5');
  });
});

describe('body: reviews kept where they are no product widget', () => {
  it.each([
    ['a page that declares no product', '', 'product-reviews', true],
    ['a box without a heading of its own (a rating line)', PRODUCT_LD, 'product-reviews', false],
    ['a singular review class (a review article wraps its text so)', PRODUCT_LD, 'product-review', true],
  ])('%s', (_name, declared, widgetClass, heading) => {
    expect(bodyText(page(declared, widgetClass, heading))).toContain('Rated 4.6 out of 5');
  });
});
