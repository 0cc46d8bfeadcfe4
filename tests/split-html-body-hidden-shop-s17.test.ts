/**
 * Issue 13, WCXB `without` snippets (twelfth session of 2026-12-07): what a page does not show or does not
 * write stays out of the body and the headline.
 * - A shop that declares no product but sells (an add-to-cart control, a price in microdata,
 *   offers in JSON-LD) has its service promises left out, as a declared product page has.
 * - An element a utility class hides (`hidden`, `d-none`, `invisible`, `is-hidden`) is no body,
 *   unless a responsive class shows it on a desktop or it holds prose (a theme that fades in a whole
 *   article hides it first).
 * - A tooltip's text is no body; an `sr-only` heading is no headline.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';
import { bodyLines, PROSE, squeeze } from './html-body-lines.js';


/** A product page that states no Product anywhere; `sells` is the markup that shows it is a shop. */
function shopPage(sells: string, line: string): string {
  return `<!doctype html><html><head><title>Field Lantern</title></head><body><nav><a href="/">Shop</a> <a href="/lights">Lights</a></nav><main><h1>Field Lantern</h1>
<p>${PROSE[0]}</p><div class="row"><span>${line}</span></div><p>${PROSE[1]}</p><p>${PROSE[2]}</p>${sells}</main><footer><a href="/about">About</a></footer></body></html>`;
}

describe('body: a shop that declares no product still has its service promises left out', () => {
  it.each([
    ['an add-to-cart button', '<form><button type="submit">Add to cart</button></form>'],
    ['a buy-now link by class', '<a class="btn buy-now" href="/buy">Order</a>'],
    ['a cart form', '<form action="/cart/add" method="post"><input type="hidden" name="id" value="7"></form>'],
    ['a microdata price', '<span itemprop="price" content="49.00">$49.00</span>'],
    ['JSON-LD offers on the page\'s own item', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"Field Lantern","offers":{"@type":"Offer","price":"49.00"}}</script>'],
    ['a buy-now link to the shop\'s own host', '<link rel="canonical" href="https://lanterns.example/field"><a class="btn" href="https://lanterns.example/cart?add=7">Buy now</a>'],
  ])('%s', (_name, sells) => {
    const lines = bodyLines(shopPage(sells, 'FREE SHIPPING over $100'));
    expect(lines).toContain(PROSE[0]);
    expect(lines).not.toContain('FREE SHIPPING over $100');
  });

  it('a page with no basket keeps the line (an article may title a section so)', () => {
    expect(bodyLines(shopPage('', 'FREE SHIPPING over $100'))).toContain('FREE SHIPPING over $100');
  });

  // What a page talks about is not what it sells: a review's reviewed item, an affiliate's link to another shop.
  it.each([
    ['offers under a Review\'s itemReviewed (JSON-LD)', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Product","name":"Field Lantern","offers":{"@type":"Offer","price":"49.00"}}}</script>'],
    ['a price under a Review\'s itemReviewed (microdata)', '<div itemscope itemtype="https://schema.org/Review"><div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Product"><span itemprop="price" content="49.00">$49</span></div></div>'],
    ['a sponsored buy-now link', '<a href="https://amzn.to/3xYz" rel="sponsored nofollow">Buy now</a>'],
    ['a buy-now button linking to another host', '<link rel="canonical" href="https://gearblog.example/lanterns"><a class="btn buy-now" href="https://shop.example/p/7">Check price</a>'],
  ])('%s: the line stays', (_name, mentions) => {
    expect(bodyLines(shopPage(mentions, 'FREE SHIPPING over $100'))).toContain('FREE SHIPPING over $100');
  });

  it('a button that says something else is no basket', () => {
    expect(bodyLines(shopPage('<button>Add to list</button>', 'FREE SHIPPING over $100'))).toContain('FREE SHIPPING over $100');
  });
});

function hiddenPage(wrapper: string, inner: string): string {
  return `<!doctype html><html><head><title>Field Lantern</title></head><body><main><h1>Field Lantern</h1>
<p>${PROSE[0]}</p>${wrapper.replace('%', inner)}<p>${PROSE[1]}</p><p>${PROSE[2]}</p></main></body></html>`;
}

describe('body: what a class hides is left out', () => {
  it.each([
    ['Tailwind hidden', '<div class="demo-popup hidden">%</div>'],
    ['Bootstrap d-none', '<div class="d-none">%</div>'],
    ['invisible', '<div class="locally-link invisible">%</div>'],
    ['is-hidden', '<section class="panel is-hidden">%</section>'],
    ['a tooltip', '<div role="tooltip">%</div>'],
    // A breakpoint class that is no display value leaves the element hidden on every screen.
    ['hidden with a breakpoint padding', '<div class="hidden md:px-4">%</div>'],
    ['hidden with a breakpoint text size', '<div class="invisible lg:text-lg">%</div>'],
    ['shown only on hover', '<div class="hidden group-hover:block">%</div>'],
    ['shown only below a breakpoint (a phone)', '<div class="hidden max-md:block">%</div>'],
    ['shown only in print', '<div class="hidden print:block">%</div>'],
  ])('%s', (_name, wrapper) => {
    const lines = bodyLines(hiddenPage(wrapper, '<p>Book your free demo now</p>'));
    expect(lines).toContain(PROSE[0]);
    expect(lines).not.toContain('Book your free demo now');
  });

  it.each([
    ['shown from the md breakpoint (Tailwind)', '<div class="hidden md:block">%</div>'],
    ['shown from the lg breakpoint (Bootstrap)', '<div class="d-none d-lg-flex">%</div>'],
    ['`hide`, which themes put on an article they fade in', '<div class="hide">%</div>'],
    ['shown in a wide container (Tailwind @md)', '<div class="hidden @md:block">%</div>'],
    ['shown from an arbitrary breakpoint', '<div class="hidden min-[768px]:flex">%</div>'],
    ['shown from a custom screen name', '<div class="hidden desktop:grid">%</div>'],
    ['made visible from md', '<div class="invisible md:visible">%</div>'],
    ['shown with the important modifier', '<div class="d-none md:!block">%</div>'],
  ])('%s stays', (_name, wrapper) => {
    expect(bodyLines(hiddenPage(wrapper, '<p>Book your free demo now</p>'))).toContain('Book your free demo now');
  });

  it('a hidden wrapper around the prose itself stays: a script shows it', () => {
    const article = PROSE.map((p) => `<p>${p} ${p}</p>`).join('');
    const html = `<!doctype html><html><head><title>Field Lantern</title></head><body><div class="root hidden"><main><h1>Field Lantern</h1>${article}</main></div></body></html>`;
    expect(bodyLines(html).join(' ')).toContain(PROSE[1]);
  });
});

describe('title: a heading only a screen reader reads is no headline', () => {
  it.each([
    ['sr-only', '<h1 class="sr-only">Lantern Times home</h1>'],
    ['XenForo u-srOnly', '<h1 class="u-srOnly">Lantern Times home</h1>'],
  ])('%s', (_name, heading) => {
    const html = `<!doctype html><html><head><title>Lantern Times</title></head><body>${heading}<main><h2>Lantern Times</h2><p>${PROSE[0]}</p><p>${PROSE[1]}</p></main></body></html>`;
    const title = squeeze(splitHtml(html, {})?.title?.text);
    expect(title).not.toBe('Lantern Times home');
  });

  it('a shown heading with the same words is the headline', () => {
    const html = `<!doctype html><html><head><title>Lantern Times</title></head><body><h1>Lantern Times home</h1><main><p>${PROSE[0]}</p><p>${PROSE[1]}</p></main></body></html>`;
    expect(squeeze(splitHtml(html, {})?.title?.text)).toBe('Lantern Times home');
  });
});
